// Every demo page runs on the mock portal: the demo, and only the demo, registers its service worker.
import { startMockPortal } from '/dist/pf-mock-portal.js';

export const mock = startMockPortal({ registrationUrl: `${location.origin}/portal.html` });
