import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/shared/ui.css';
import { optionsApi } from './api';
import { reportsApi } from './reports';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp api={optionsApi} reports={reportsApi} />
  </StrictMode>,
);
