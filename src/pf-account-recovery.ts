import { definePortal } from './components/portal/define.js';
import { PfAccountRecovery } from './components/account-recovery/account-recovery.js';

export * from './components/account-recovery/account-recovery.js';
export * from './components/account-recovery/account-recovery.events.js';

// The portal it lives in comes with it.
definePortal();
if (!customElements.get('pf-account-recovery')) customElements.define('pf-account-recovery', PfAccountRecovery);

declare global {
  interface HTMLElementTagNameMap {
    'pf-account-recovery': PfAccountRecovery;
  }
}
