/**
 * Reflow and large text (WCAG 1.4.10 and 1.4.4): at 320 CSS px (a desktop window at 400% zoom), at 640 px (200%)
 * and with the browser's text size doubled, every element fits the width without sideways scrolling and no text is
 * cut off by a box too small for it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/pf-health-records.js';
import '../../src/pf-portal.js';
import '../../src/pf-register-account.js';
import '../../src/pf-register-verify.js';
import '../../src/pf-sign-in.js';
import { layOutWhatIsDrawnLater } from '../../scripts/axe-rules.mjs';
import { allInShadow, button, labResultsDrawn, waitForText } from '../helpers/dom.js';
import {
  ana,
  freshMockPortal,
  invitationToken,
  signedIn,
  sue,
  sueSignedUp,
  verifiedSue,
} from '../helpers/mock-portal.js';
import { withRegistration } from '../helpers/registration.js';

/** What does not fit: the page scrolling sideways, or an element whose text overflows a box that hides it. */
function misfits(host: Element): string[] {
  const problems: string[] = [];
  // What is drawn only once scrolled near (content-visibility: auto) is laid out here as it would be then: its
  // containment would otherwise hide a table too wide for the page.
  layOutWhatIsDrawnLater();
  const overflow = document.documentElement.scrollWidth - window.innerWidth;
  if (overflow > 0) problems.push(`the page scrolls sideways by ${overflow}px`);
  for (const node of allInShadow(host, '*')) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || node.closest('[aria-hidden="true"]')) continue;
    const box = node.getBoundingClientRect();
    if (box.width > 0 && box.right > window.innerWidth + 0.5)
      problems.push(`<${node.localName} class="${node.className}"> ends at ${Math.round(box.right)}px`);
    const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
    const visuallyHidden = box.width <= 1 && box.height <= 1;
    if (
      clips &&
      !visuallyHidden &&
      (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1)
    )
      problems.push(`<${node.localName} class="${node.className}"> cuts off its text`);
  }
  return problems;
}

interface Screen {
  name: string;
  render: () => Promise<Element>;
}

const inPortal = (inner: TemplateResult, session?: unknown) =>
  fixture(html`<pf-portal .session=${session}>${inner}</pf-portal>`);

const screens: Screen[] = [
  {
    name: 'the verify form with its errors',
    render: async () => {
      const portal = await freshMockPortal();
      const wrapper = await inPortal(
        html`<pf-register-verify invitation=${invitationToken(portal, sue.email)}></pf-register-verify>`,
      );
      const el = wrapper.querySelector('pf-register-verify')!;
      await waitForText(el, 'All fields are required');
      button(el, 'Continue').click();
      await waitForText(el, 'Enter the patient’s date of birth.');
      return el;
    },
  },
  {
    name: 'the account form with its errors',
    render: async () => {
      const { request } = await verifiedSue();
      const { el } = withRegistration(
        html`<pf-portal><pf-register-account username=${sue.email}></pf-register-account></pf-portal>`,
        request().registrationToken,
      );
      await waitForText(el, 'Access your records');
      button(el, 'Access your records').click();
      await waitForText(el, 'Choose a security question.');
      return el;
    },
  },
  {
    name: 'the sign-in form',
    render: async () => {
      await freshMockPortal();
      const el = (await inPortal(html`<pf-sign-in></pf-sign-in>`)).querySelector('pf-sign-in')!;
      await waitForText(el, 'Sign in to your health records');
      return el;
    },
  },
  {
    name: 'the records',
    render: async () => {
      const { client } = await signedIn(ana.email);
      const el = (await inPortal(html`<pf-health-records></pf-health-records>`, client.session)).querySelector(
        'pf-health-records',
      )!;
      // Every section's count, beside its tab on a wide screen or in the menu on a phone (those not on the first
      // screen are read once it is in).
      await waitUntil(() => allInShadow(el, '.count').length === 8, 'every count', { timeout: 8000 });
      return el;
    },
  },
  {
    name: 'the lab results, their reports and a critical result',
    render: async () => {
      const { client } = await sueSignedUp();
      const el = (
        await inPortal(html`<pf-health-records sections="lab-results"></pf-health-records>`, client.session)
      ).querySelector('pf-health-records')!;
      await waitUntil(() => allInShadow(el, '.lab-table').length && allInShadow(el, '.attention').length);
      await labResultsDrawn(el);
      return el;
    },
  },
];

const settings = [
  { width: 320, text: '100%', means: '400% zoom' },
  { width: 640, text: '100%', means: '200% zoom' },
  { width: 640, text: '200%', means: '200% zoom and text at 200%' },
  { width: 1280, text: '200%', means: 'text at 200%' },
];

describe('reflow and large text', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setViewport({ width: 800, height: 600 });
  });

  for (const { width, text, means } of settings) {
    for (const { name, render } of screens) {
      it(`fits ${name} at ${width} px with text at ${text} (${means})`, async () => {
        await setViewport({ width, height: 700 });
        document.documentElement.style.fontSize = text;
        const el = await render();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(misfits(el)).to.deep.equal([]);
      });
    }
  }
});
