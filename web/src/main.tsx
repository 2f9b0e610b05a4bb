import './app/fonts.css';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './app/app.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

// The first render as a transition: React renders it in slices that yield to the browser between them (the
// router, the texts and the layout are set up in that render), rather than in one long task.
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

// Field labels, tabs, popovers…: the custom elements Designsystemet's React components rely on. They upgrade
// the elements already on the page when they arrive, so they need not hold up the first render.
void import('@digdir/designsystemet-web');
