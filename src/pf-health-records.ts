import { PfHealthRecords } from './components/health-records/health-records.js';

export * from './components/health-records/health-records.js';

if (!customElements.get('pf-health-records')) customElements.define('pf-health-records', PfHealthRecords);

declare global {
  interface HTMLElementTagNameMap {
    'pf-health-records': PfHealthRecords;
  }
}
