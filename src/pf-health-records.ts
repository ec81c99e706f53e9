import { definePortal } from './components/portal/define.js';
import { PfHealthRecords } from './components/health-records/health-records.js';
// It reads from the server as soon as it shows: the client's transport comes with it, not a round trip later.
import './api/transport.js';

export * from './components/health-records/health-records.js';

// The portal it lives in comes with it.
definePortal();
if (!customElements.get('pf-health-records')) customElements.define('pf-health-records', PfHealthRecords);

declare global {
  interface HTMLElementTagNameMap {
    'pf-health-records': PfHealthRecords;
  }
}
