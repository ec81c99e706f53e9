/**
 * Motion honours the patient's setting (WCAG 2.3.3, and 2.2.2 for the loading pulse): with
 * `prefers-reduced-motion: reduce` nothing inside the elements animates, not the busy button's spinner nor the
 * records' loading placeholders; without it, both do (so the check can tell the difference).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/pf-health-records.js';
import '../../src/pf-portal.js';
import '../../src/pf-register-verify.js';
import { allInShadow, button, byLabel, textOf, typeInto, waitForText } from '../helpers/dom.js';
import { ana, freshMockPortal, invitationToken, signedIn, sue } from '../helpers/mock-portal.js';

const running = (host: Element) =>
  host.shadowRoot!.getAnimations().filter((animation) => animation.playState === 'running');

/** The verify form waiting on an answer that never comes: its Continue button shows it is working. */
async function busyVerify() {
  const portal = await freshMockPortal();
  const wrapper = await fixture(html`
    <pf-portal><pf-register-verify invitation=${invitationToken(portal, sue.email)}></pf-register-verify></pf-portal>
  `);
  const el = wrapper.querySelector('pf-register-verify')!;
  await waitForText(el, 'All fields are required');
  await typeInto(byLabel(el, 'Patient’s date of birth'), '03141962');
  await typeInto(byLabel(el, 'PIN received from patient’s doctor'), sue.pin);
  portal.failRoute({ kind: 'delay', ms: 'infinite' }, 'POST /invitations/:token/verify');
  button(el, 'Continue').click();
  await waitUntil(() => allInShadow(el, '.spinner').length === 1, 'the Continue button shows it is working');
  return el;
}

/** The records while every section is still loading: placeholders stand where the entries will be. */
async function loadingRecords() {
  const { portal, client } = await signedIn(ana.email);
  portal.failRoute({ kind: 'delay', ms: 'infinite' }, 'GET /fhir/:type');
  const wrapper = await fixture(
    html`<pf-portal .session=${client.session}><pf-health-records></pf-health-records></pf-portal>`,
  );
  const el = wrapper.querySelector('pf-health-records')!;
  await waitUntil(() => allInShadow(el, '.skeleton').length > 0, 'the records show loading placeholders');
  return el;
}

describe('motion', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    (await freshMockPortal()).clearFaults();
  });

  it('animates the spinner and the placeholders when the patient has no preference', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(running(await busyVerify()), 'the spinner turns').to.have.length.greaterThan(0);
    expect(running(await loadingRecords()), 'the placeholders pulse').to.have.length.greaterThan(0);
  });

  it('keeps everything still when the patient asks for reduced motion, and still says it is working', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const verify = await busyVerify();
    expect(running(verify), 'the spinner is still').to.deep.equal([]);
    expect(textOf(verify), 'the button still says, in words, that it is working').to.contain('Please wait…');
    const records = await loadingRecords();
    expect(running(records), 'the placeholders are still').to.deep.equal([]);
    await expect(records).to.be.accessible();
  });
});
