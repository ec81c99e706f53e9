/**
 * Right to left: on a page in a language written right to left (`dir="rtl"`), the elements mirror. A notice's edge,
 * a critical result's edge and the arrows of the records' menu are on the side the page starts from, and the form's
 * labels and fields start at the right. No such language ships yet; a practice that adds one gets this layout.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/pf-health-records.js';
import '../../src/pf-portal.js';
import '../../src/pf-sign-in.js';
import type { PfPortal } from '../../src/pf-portal.js';
import type { PfSignIn } from '../../src/pf-sign-in.js';
import { allInShadow, byLabel, inShadow, typeInto, submitAndSettle } from '../helpers/dom.js';
import { ana, freshMockPortal, sueSignedUp } from '../helpers/mock-portal.js';

const directions = ['ltr', 'rtl'] as const;

/** How far an element's box is from the start of its container, in the direction the page reads. */
const fromStart = (node: Element, container: Element, dir: 'ltr' | 'rtl') => {
  const box = node.getBoundingClientRect();
  const outer = container.getBoundingClientRect();
  return dir === 'rtl' ? outer.right - box.right : box.left - outer.left;
};

describe('right to left', () => {
  for (const dir of directions) {
    it(`${dir}: the sign-in form and its notice start where the page starts`, async () => {
      await freshMockPortal();
      const page = await fixture<HTMLElement>(
        html`<div dir=${dir}>
          <pf-portal><pf-sign-in></pf-sign-in></pf-portal>
        </div>`,
      );
      const portal = page.querySelector('pf-portal') as PfPortal;
      const el = page.querySelector('pf-sign-in') as PfSignIn;
      await el.updateComplete;
      await typeInto(byLabel(el, 'Email address or username'), ana.email);
      await typeInto(byLabel(el, 'Password'), ana.password);
      await submitAndSettle(el);
      await waitUntil(() => portal.session, 'signed in', { timeout: 8000 });
      await portal.endSession('signed-out');
      await el.updateComplete;
      const notice = inShadow(el, '.notice');
      const style = getComputedStyle(notice);
      const [startEdge, endEdge] =
        dir === 'rtl'
          ? [style.borderRightWidth, style.borderLeftWidth]
          : [style.borderLeftWidth, style.borderRightWidth];
      expect([startEdge, endEdge]).to.deep.equal(['4px', '0px']);
      const form = inShadow(el, 'form');
      for (const label of allInShadow(el, 'form label')) {
        expect(fromStart(label, form, dir), label.textContent ?? '').to.be.below(2);
      }
      expect(fromStart(byLabel(el, 'Password'), form, dir)).to.be.below(2);
      await expect(el).to.be.accessible();
    });

    it(`${dir}: a critical result's edge and the menu's arrows point the way the page reads`, async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { client } = await sueSignedUp();
        const page = await fixture<HTMLElement>(
          html`<div dir=${dir}><pf-health-records .client=${client}></pf-health-records></div>`,
        );
        const el = page.querySelector('pf-health-records')!;
        await waitUntil(() => allInShadow(el, '.menu .go').length, 'the menu', { timeout: 8000 });
        const arrow = inShadow(el, '.menu .go');
        expect(getComputedStyle(arrow).transform).to.equal(dir === 'rtl' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');
        inShadow<HTMLButtonElement>(el, '#menu-lab-results').click();
        await waitUntil(() => allInShadow(el, '.lab-table tr.critical th').length, 'a critical result', {
          timeout: 8000,
        });
        const shadow = getComputedStyle(inShadow(el, '.lab-table tr.critical th')).boxShadow;
        expect(shadow).to.match(dir === 'rtl' ? /\) -6px 0px 0px 0px inset$/ : /\) 6px 0px 0px 0px inset$/);
        expect(getComputedStyle(inShadow(el, '.back .chevron')).transform).to.equal(
          dir === 'rtl' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none',
        );
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
