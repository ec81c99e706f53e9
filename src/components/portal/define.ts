import { PfPortal } from './portal.js';

/**
 * Defines `<pf-portal>`, once. Every element's entry calls it as well as `pf-portal.js`: an element lives in a portal,
 * so a page that loads one element's entry has both, from one script tag.
 */
export function definePortal(): void {
  if (!customElements.get('pf-portal')) customElements.define('pf-portal', PfPortal);
}
