/**
 * A step's code that a patient's network drops. The registration's later steps and sign-in's recovery are fetched
 * when they may be needed: on a network that drops a file, the patient is told, beside what they were doing, with
 * Try again, and nothing they typed is lost; once the network is back, Try again brings the step. This file runs in a
 * page of its own, where neither the account step nor recovery was loaded before.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/pf-portal.js';
import '../../src/pf-registration.js';
import '../../src/pf-sign-in.js';
import type { PfPortal } from '../../src/pf-portal.js';
import type { PfRegistration } from '../../src/pf-registration.js';
import { button, byLabel, focusedIn, inShadow, textOf, typeInto, waitForText } from '../helpers/dom.js';
import { freshMockPortal, invitationToken, sue } from '../helpers/mock-portal.js';
import { failRequests } from '../helpers/network.js';

describe('a step whose code cannot be fetched', () => {
  afterEach(() => failRequests([]));

  it('<pf-registration>: says the next step could not be loaded, focused, with Try again, which brings it', async () => {
    await failRequests(['src/pf-register-account.ts']);
    const mock = await freshMockPortal();
    const portalEl = await fixture<PfPortal>(html`
      <pf-portal>
        <pf-registration invitation=${invitationToken(mock, sue.email)}></pf-registration>
      </pf-portal>
    `);
    const el = portalEl.querySelector('pf-registration') as PfRegistration;
    const verify = inShadow(el, 'pf-register-verify');
    await waitForText(verify, 'All fields are required');
    await typeInto(byLabel(verify, 'Patient’s date of birth'), '03141962');
    await typeInto(byLabel(verify, 'PIN received from patient’s doctor'), '482913');
    const continueButton = button(verify, 'Continue');
    continueButton.focus();
    continueButton.click();

    await waitForText(el, 'We could not load the next step. Check your internet connection and try again.');
    const alert = inShadow(el, '.unreached');
    expect(alert.getAttribute('role')).to.equal('alert');
    await waitUntil(() => focusedIn(el) === alert, 'the words take focus');
    expect(customElements.get('pf-register-account'), 'the step was not fetched').to.equal(undefined);
    await expect(el).to.be.accessible();

    await failRequests([]);
    button(el, 'Try again').click();
    await waitUntil(() => el.shadowRoot?.querySelector('pf-register-account')?.shadowRoot, 'the account step', {
      timeout: 5000,
    });
    const account = inShadow(el, 'pf-register-account');
    await waitForText(account, 'Sign up for online health records access');
    expect(textOf(el)).to.not.contain('We could not load the next step');
    await waitUntil(() => focusedIn(el) === account, 'the step takes focus');
  });

  it('<pf-sign-in>: "Forgot your password?" says the portal could not be reached, the form kept, with Try again', async () => {
    await failRequests(['src/pf-account-recovery.ts']);
    await freshMockPortal();
    const portalEl = await fixture<PfPortal>(html`<pf-portal><pf-sign-in></pf-sign-in></pf-portal>`);
    const signIn = portalEl.querySelector('pf-sign-in') as HTMLElement;
    await waitUntil(() => signIn.shadowRoot?.querySelector('form'), 'the form');
    await typeInto(byLabel(signIn, 'Email address or username'), 'Sue@gmail.com');
    const forgot = button(signIn, 'Forgot your password?');
    forgot.focus();
    forgot.click();

    await waitForText(signIn, 'We could not reach the patient portal. Check your internet connection and try again.');
    await waitUntil(() => focusedIn(signIn)?.matches('.summary'), 'the words take focus');
    expect(byLabel(signIn, 'Email address or username').value, 'what was typed is kept').to.equal('Sue@gmail.com');
    expect(customElements.get('pf-account-recovery'), 'recovery was not fetched').to.equal(undefined);
    await expect(signIn).to.be.accessible();

    await failRequests([]);
    button(signIn, 'Try again').click();
    await waitUntil(
      () => signIn.shadowRoot?.querySelector('pf-account-recovery')?.shadowRoot?.querySelector('h2'),
      'recovery',
      {
        timeout: 5000,
      },
    );
    const recovery = inShadow(signIn, 'pf-account-recovery');
    await waitUntil(() => recovery.shadowRoot?.activeElement?.localName === 'h2', 'its heading takes focus');
    expect(textOf(signIn)).to.not.contain('could not reach');
  });
});
