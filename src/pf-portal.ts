import { definePortal } from './components/portal/define.js';
import type { PfPortal } from './components/portal/portal.js';

export * from './components/portal/portal.js';
export * from './components/portal/portal.events.js';
// Every page loads <pf-portal>, so a page that adds a language finds it here, from any of the package's entries.
export {
  type LanguagePack,
  type LanguagePackLoader,
  type PortalLanguage,
  type PortalLanguages,
  registerLanguage,
} from './language-pack.js';

definePortal();

declare global {
  interface HTMLElementTagNameMap {
    'pf-portal': PfPortal;
  }
}
