import './app/fonts.css';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Field labels, tabs, popovers…: the custom elements Designsystemet's React components rely on. They upgrade
// the elements already on the page when they arrive, so they need not hold up the first render.
void import('@digdir/designsystemet-web');
