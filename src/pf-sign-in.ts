// Recovery opens in place from the form's links: the element loads it (and registers it) when it may be needed.
import { definePortal } from './components/portal/define.js';
import { PfSignIn } from './components/sign-in/sign-in.js';

export * from './components/sign-in/sign-in.js';
export * from './components/sign-in/sign-in.events.js';

// The portal it lives in comes with it.
definePortal();
if (!customElements.get('pf-sign-in')) customElements.define('pf-sign-in', PfSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'pf-sign-in': PfSignIn;
  }
}
