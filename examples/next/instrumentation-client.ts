// Examples only: the mock portal must answer before the elements' first call (reading the invitation). Next runs this
// file in the browser before the app hydrates, and waits for its top-level await, so the effect that imports the SDK
// runs once the mock is ready. A site on a real portal has none of this.
import { startMockPortal } from 'pf-portal-elements/mocks';

// The registration emails link back to this page.
await startMockPortal({ registrationUrl: `${location.origin}/` });
