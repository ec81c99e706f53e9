import { PfAccountRecovery } from './components/account-recovery/account-recovery.js';

export * from './components/account-recovery/account-recovery.js';
export * from './components/account-recovery/account-recovery.events.js';

if (!customElements.get('pf-account-recovery')) customElements.define('pf-account-recovery', PfAccountRecovery);

declare global {
  interface HTMLElementTagNameMap {
    'pf-account-recovery': PfAccountRecovery;
  }
}
