import { PfRegistration } from './components/registration/registration.js';
// The steps it walks through, registered with it.
import './pf-health-records.js';
import './pf-register-account.js';
import './pf-register-verify.js';
import './pf-sign-in.js';

export * from './components/registration/registration.js';

if (!customElements.get('pf-registration')) customElements.define('pf-registration', PfRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'pf-registration': PfRegistration;
  }
}
