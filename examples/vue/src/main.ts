// The elements are defined here, but none is on the page until the app mounts, after the mock portal has started:
// their first call (reading the invitation) reaches the mock, not this page's server (README: A page without a
// bundler).
import 'pf-portal-elements';
import { startMockPortal } from 'pf-portal-elements/mocks';
// The tags in Vue's templates (types; the module behind them is empty).
import 'pf-portal-elements/types/vue';
import { createApp } from 'vue';
import App from './App.vue';

// The registration emails link back to this page.
await startMockPortal({ registrationUrl: `${location.origin}${location.pathname}` });

createApp(App).mount('#app');
