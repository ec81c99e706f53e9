import { definePortal } from './components/portal/define.js';
import { PfRegisterAccount } from './components/register-account/register-account.js';

export * from './components/register-account/register-account.js';
export * from './components/register-account/register-account.events.js';

// The portal it lives in comes with it.
definePortal();
if (!customElements.get('pf-register-account')) customElements.define('pf-register-account', PfRegisterAccount);

declare global {
  interface HTMLElementTagNameMap {
    'pf-register-account': PfRegisterAccount;
  }
}
