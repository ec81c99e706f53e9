// The mock portal first, then the app: MSW answers the page's requests only once `startMockPortal()` has resolved,
// and the elements' first call (reading the invitation) must reach it (README: A page without a bundler).
import { startMockPortal } from 'pf-portal-elements/mocks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// The registration emails link back to this page.
await startMockPortal({ registrationUrl: `${location.origin}${location.pathname}` });

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
