// First, before the rest is evaluated: the session restore's refresh (see early-refresh.ts).
import { startEarlyRefresh } from './auth/early-refresh';
startEarlyRefresh(window.location.pathname);
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadRoute } from './app/routes';

// The page's own chunk loads while the session is restored, not after it.
preloadRoute(window.location.pathname);
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
