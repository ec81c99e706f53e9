import { PfPortal } from './components/portal/portal.js';

export * from './components/portal/portal.js';
export * from './components/portal/portal.events.js';

if (!customElements.get('pf-portal')) customElements.define('pf-portal', PfPortal);

declare global {
  interface HTMLElementTagNameMap {
    'pf-portal': PfPortal;
  }
}
