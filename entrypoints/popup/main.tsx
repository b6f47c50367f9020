import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/shared/ui.css';
import './popup.css';
import { popupApi } from './api';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp api={popupApi} />
  </StrictMode>,
);
