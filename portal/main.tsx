import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PortalApp } from './PortalApp';
import { LARGE_TEXT } from './Layout';
import './portal.css';

// Larger text from the first paint on, not one frame later when the layout's effect runs.
document.documentElement.classList.toggle('large-text', localStorage.getItem(LARGE_TEXT) === '1');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PortalApp />
  </StrictMode>,
);
