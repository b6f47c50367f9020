import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TrainingApp } from '@/components/training/TrainingApp';
import '@/components/shared/ui.css';
import '@/components/training/training.css';
import { trainingApi } from './api';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <TrainingApp api={trainingApi} />
  </StrictMode>,
);
