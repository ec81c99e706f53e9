import { definePortal } from './components/portal/define.js';
import { PfRegistration } from './components/registration/registration.js';
// Its first step, registered with it; the element loads (and registers) the others when it may reach them.
import './pf-register-verify.js';

export * from './components/registration/registration.js';

// The portal it lives in comes with it.
definePortal();
if (!customElements.get('pf-registration')) customElements.define('pf-registration', PfRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'pf-registration': PfRegistration;
  }
}
