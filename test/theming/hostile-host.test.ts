/**
 * A host page's stylesheet cannot break the elements: each element in each kind of screen looks exactly the same,
 * style for style, with and without a hostile stylesheet on the page. (The elements size themselves in rem, so the
 * root font size, which the patient's browser settings set, scales them with the page, by design.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/pf-health-records.js';
import '../../src/pf-portal.js';
import '../../src/pf-register-account.js';
import '../../src/pf-register-verify.js';
import '../../src/pf-sign-in.js';
import { allInShadow, button, inShadow, waitForText } from '../helpers/dom.js';
import { ana, freshMockPortal, invitationToken, signedIn, verifiedSue } from '../helpers/mock-portal.js';
import { withRegistration } from '../helpers/registration.js';

const hostileSheet = `
  * { color: transparent !important; }
  input { display: none; }
  button { all: unset; }
  body { font: italic 30px/0.6 'Comic Sans MS', cursive; letter-spacing: 0.4em; word-spacing: 2em;
    text-transform: uppercase; text-align: right; white-space: nowrap; text-shadow: 2px 2px red;
    visibility: hidden; cursor: wait; direction: ltr; }
  p, h2, h3, label, legend, li, dd, dt, span { margin: 40px !important; font-size: 5px !important; }
  select, textarea { display: none !important; }
  [role='alert'], [role='status'] { display: none !important; }
  :focus { outline: none !important; }
`;

/** What a patient sees of each element inside a host: every inside element's look, in document order. */
const properties = [
  'display',
  'visibility',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'white-space',
  'text-shadow',
  'margin-top',
  'padding-top',
  'border-top-width',
  'min-height',
  'cursor',
] as const;

function looks(host: Element): string[] {
  return allInShadow(host, '*').map((node) => {
    const style = getComputedStyle(node);
    return `${node.localName}${node.id ? `#${node.id}` : ''} ${properties.map((name) => style.getPropertyValue(name)).join(' | ')}`;
  });
}

/** Puts the hostile stylesheet on the page, lets the elements lay out again, and compares. */
async function expectUnbroken(hosts: Element[]): Promise<void> {
  const before = hosts.map(looks);
  const sheet = document.createElement('style');
  sheet.textContent = hostileSheet;
  document.head.append(sheet);
  try {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const after = hosts.map(looks);
    for (const [index, host] of hosts.entries()) {
      const changed = after[index]!.filter((line, at) => line !== before[index]![at]);
      expect(changed, `<${host.localName}> changed under the host's stylesheet`).to.deep.equal([]);
      expect(before[index]!.length, `<${host.localName}> has something inside`).to.be.greaterThan(5);
    }
    // The host element itself stays visible: its own frame resets what the page's `*` and `body` rules reach.
    for (const host of hosts) {
      const frame = host.shadowRoot!.querySelector('.pf')!;
      expect(getComputedStyle(frame).visibility).to.equal('visible');
      expect(getComputedStyle(frame).color).not.to.equal('rgba(0, 0, 0, 0)');
    }
  } finally {
    sheet.remove();
  }
}

const settle = async (el: Element) => {
  await (el as LitElement).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('a hostile host stylesheet', () => {
  it('does not reach the verify form, its errors or the code screen', async () => {
    const portal = await freshMockPortal();
    const wrapper = await fixture(html`
      <pf-portal>
        <pf-register-verify invitation=${invitationToken(portal, 'Sue@gmail.com')}></pf-register-verify>
      </pf-portal>
    `);
    const el = wrapper.querySelector('pf-register-verify')!;
    await waitForText(el, 'All fields are required');
    await expectUnbroken([el]);
    button(el, 'Continue').click();
    await waitForText(el, 'Enter the patient’s date of birth.');
    await settle(el);
    await expectUnbroken([el]);
  });

  it('does not reach the account form', async () => {
    const { request } = await verifiedSue();
    const { el } = withRegistration(
      html`<pf-portal><pf-register-account username="Sue@gmail.com"></pf-register-account></pf-portal>`,
      request().registrationToken,
    );
    await waitForText(el, 'Access your records');
    button(el, 'Access your records').click();
    await waitForText(el, 'Choose a security question.');
    await settle(el);
    await expectUnbroken([el]);
  });

  it('does not reach the sign-in form or the records', async () => {
    const { client } = await signedIn(ana.email);
    const wrapper = await fixture(html`
      <div>
        <pf-portal><pf-sign-in></pf-sign-in></pf-portal>
        <pf-portal .session=${client.session}><pf-health-records></pf-health-records></pf-portal>
      </div>
    `);
    const signIn = wrapper.querySelector('pf-sign-in')!;
    const records = wrapper.querySelector('pf-health-records')!;
    await waitForText(signIn, 'Sign in to your health records');
    // Every section has loaded (each section's tab shows its count): nothing moves while the looks are compared.
    await waitUntil(
      () =>
        allInShadow(records, '[role="tab"]').length === 9 &&
        allInShadow(records, '[role="tab"]:not(#tab-overview)').every((tab) => tab.querySelector('.count')) &&
        !allInShadow(records, '.skeleton').length,
      'every section loads',
      { timeout: 8000 },
    );
    // The overview first, then a section's list.
    await settle(records);
    await expectUnbroken([signIn, records]);
    inShadow<HTMLButtonElement>(records, '#tab-diagnoses').click();
    await waitForText(records, 'Asma intermitente leve', 'Ana’s diagnoses show');
    await settle(records);
    await expectUnbroken([signIn, records]);
  });
});
