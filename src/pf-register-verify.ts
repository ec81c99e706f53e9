import { definePortal } from './components/portal/define.js';
import { PfRegisterVerify } from './components/register-verify/register-verify.js';

export * from './components/register-verify/register-verify.js';
export * from './components/register-verify/register-verify.events.js';

// The portal it lives in comes with it.
definePortal();
if (!customElements.get('pf-register-verify')) customElements.define('pf-register-verify', PfRegisterVerify);

declare global {
  interface HTMLElementTagNameMap {
    'pf-register-verify': PfRegisterVerify;
  }
}
