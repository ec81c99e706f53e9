// The mock portal first, then the app: MSW answers the page's requests only once `startMockPortal()` has resolved,
// and the elements' first call (reading the invitation) must reach it (README: A page without a bundler).
import { startMockPortal } from 'pf-portal-elements/mocks';
import { mount } from 'svelte';
import App from './App.svelte';

// The registration emails link back to this page.
await startMockPortal({ registrationUrl: `${location.origin}${location.pathname}` });

mount(App, { target: document.getElementById('app') as HTMLElement });
