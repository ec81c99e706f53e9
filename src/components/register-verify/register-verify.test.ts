import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { PortalProblemError } from '../../api/index.js';
import { MINUTE, mockRules, SECOND } from '../../mocks/index.js';
import type { MockPortal } from '../../mocks/index.js';
import '../../pf-portal.js';
import '../../pf-register-account.js';
import '../../pf-register-verify.js';
import { registrationTokenOf } from '../../internal/registration.js';
import { phoneOnlyForm, portalContextOf } from '../../../test/helpers/registration.js';
import type { PfRegisterVerify } from '../../pf-register-verify.js';
import {
  allInShadow,
  button,
  byLabel,
  emptiedFieldSays,
  focusedIn,
  inShadow,
  pressEnter,
  pressTab,
  submitAndSettle,
  textOf,
  typeInto,
  waitForText,
} from '../../../test/helpers/dom.js';
import {
  freshMockPortal,
  heldClient,
  invitationToken,
  lastMessage,
  marcus,
  rejection,
  sue,
  testClient,
} from '../../../test/helpers/mock-portal.js';

const labels = {
  dob: 'Patient’s date of birth',
  pin: 'PIN received from patient’s doctor',
  phone: 'Patient’s phone # from his/her doctor’s record',
  code: 'Security code',
};

/** A verify element for the patient's invitation, inside a portal, with its form on screen. */
async function verifyFor(email: string, attributes: { homeUrl?: string } = {}) {
  const portal = await freshMockPortal();
  const token = invitationToken(portal, email);
  const wrapper = await fixture<HTMLElement>(html`
    <pf-portal
      ><pf-register-verify invitation=${token} home-url=${attributes.homeUrl ?? ''}></pf-register-verify
    ></pf-portal>
  `);
  const el = wrapper.querySelector('pf-register-verify') as PfRegisterVerify;
  await waitForText(el, 'All fields are required');
  if (email === marcus.email) await phoneOnlyForm(el);
  return { portal, el, token };
}

async function fillPin(el: PfRegisterVerify, dob: string, pin: string) {
  await typeInto(byLabel(el, labels.dob), dob);
  await typeInto(byLabel(el, labels.pin), pin);
}

async function choosePhone(el: PfRegisterVerify, dob: string, phone: string, channel: 'Text' | 'Voice' = 'Text') {
  await typeInto(byLabel(el, labels.dob), dob);
  byLabel(el, 'Phone number').click();
  await el.updateComplete;
  await typeInto(byLabel(el, labels.phone), phone);
  byLabel(el, channel).click();
  await el.updateComplete;
}

const continueButton = (el: PfRegisterVerify) => button(el, 'Continue');

/** Marcus (no PIN) asks for a code by text message, and is on the code step. */
async function toCodeStep(el: PfRegisterVerify) {
  await phoneOnlyForm(el);
  await typeInto(byLabel(el, labels.dob), '11021979');
  await typeInto(byLabel(el, labels.phone), '5553108820');
  await submitAndSettle(el);
  await waitForText(el, 'Enter your security code');
}

const submitAndWait = submitAndSettle;

const codeOf = (portal: MockPortal, kind: 'sms' | 'voice', phone: string) =>
  lastMessage(portal, kind, phone)?.code ?? '';

/** The links to the portal's home page on a link's screen. */
const homeLinks = (el: HTMLElement) =>
  allInShadow<HTMLAnchorElement>(el, 'a').filter((link) => link.textContent?.trim() === 'Go to the portal home page');

describe('<pf-register-verify>', () => {
  describe('by date of birth and PIN', () => {
    it('verifies Sue and tells the page, with no health data in the event', async () => {
      const { el } = await verifyFor(sue.email);
      await expect(el).to.be.accessible();
      await fillPin(el, '03141962', '482913');
      expect(byLabel(el, labels.dob).value).to.equal('03/14/1962');
      const verified = oneEvent(el, 'pf-verified');
      continueButton(el).click();
      const { detail } = await verified;
      expect(Object.keys(detail).sort()).to.deep.equal(['expiresAt', 'suggestedUsername']);
      expect(detail.suggestedUsername).to.equal('Sue@gmail.com');
      expect(JSON.stringify(detail)).to.not.contain('1962');
      expect(JSON.stringify(detail)).to.not.contain('482913');
      await waitForText(el, 'Your identity is verified');
      await expect(el).to.be.accessible();
    });

    it('can be completed with the keyboard alone', async () => {
      const { el } = await verifyFor(sue.email);
      byLabel(el, labels.dob).focus();
      await sendKeys({ type: '03/14/1962' });
      await pressTab(); // the PIN radio
      await pressTab(); // the PIN field
      await sendKeys({ type: '482 913' });
      const verified = oneEvent(el, 'pf-verified');
      await pressEnter();
      expect(Object.keys((await verified).detail).sort()).to.deep.equal(['expiresAt', 'suggestedUsername']);
    });

    it('hands the registration token to the portal, never to the page, and the account step finds it there', async () => {
      const { el } = await verifyFor(sue.email);
      await fillPin(el, '03141962', '482913');
      const verified = oneEvent(el, 'pf-verified');
      continueButton(el).click();
      const { detail } = await verified;
      expect(detail.suggestedUsername).to.equal('Sue@gmail.com');
      const registration = portalContextOf(el).registration;
      const token = registrationTokenOf(registration) ?? '';
      expect(token).to.match(/^[\w-]{43}$/);
      expect(JSON.stringify([detail, registration])).to.not.contain(token);
      expect(el.closest('pf-portal')!.outerHTML).to.not.contain(token);
      // The page shows the account step; it needs nothing from the event to work.
      const account = document.createElement('pf-register-account');
      el.closest('pf-portal')!.append(account);
      await waitForText(account, 'Access your records');
      expect(byLabel(account, 'Email address or username').value).to.equal('Sue@gmail.com');
    });

    it('gives one message for a wrong date or a wrong PIN, with the tries left, and keeps what was typed', async () => {
      const { el } = await verifyFor(sue.email);
      await fillPin(el, '03151962', '482913');
      await submitAndWait(el);
      const first = inShadow(el, '.summary');
      expect(focusedIn(el)).to.equal(first);
      expect(first.textContent).to.contain('does not match our records');
      expect(first.textContent).to.contain('You have 4 tries left.');
      expect(first.textContent).to.not.match(/date|PIN/i);
      expect(byLabel(el, labels.dob).value).to.equal('03/15/1962');
      expect(byLabel(el, labels.pin).value).to.equal('482913');
      await expect(el).to.be.accessible();

      await typeInto(byLabel(el, labels.dob), '03141962');
      await typeInto(byLabel(el, labels.pin), '000000');
      await submitAndWait(el);
      const second = inShadow(el, '.summary').textContent ?? '';
      expect(second.replace('3 tries', '4 tries')).to.equal(first.textContent);
    });

    it('shows the lock with when it opens and whom to call, and opens again 15 minutes later', async () => {
      const { portal, el } = await verifyFor(sue.email);
      await fillPin(el, '03141962', '000000');
      for (let attempt = 0; attempt < 5; attempt += 1) await submitAndWait(el);
      const summary = inShadow(el, '.summary').textContent ?? '';
      expect(summary).to.contain('paused after too many tries');
      expect(summary).to.contain('in 15 minutes');
      expect(summary).to.contain('Call Riverside Family Medicine at (555) 201-0100.');
      const phone = inShadow<HTMLAnchorElement>(el, '.summary a');
      expect([phone.textContent, phone.getAttribute('href')]).to.deep.equal(['(555) 201-0100', 'tel:+15552010100']);
      await expect(el).to.be.accessible();

      portal.clock.advance(15 * MINUTE);
      await typeInto(byLabel(el, labels.pin), '482913');
      const verified = oneEvent(el, 'pf-verified');
      continueButton(el).click();
      expect((await verified).detail.suggestedUsername).to.equal('Sue@gmail.com');
    });
  });

  describe('by phone', () => {
    it('never says a code went to a number that may not be on record, and says what to do', async () => {
      const { portal, el } = await verifyFor(sue.email);
      // One digit off the number on Sue's record: the portal answers alike, and sends nothing.
      await choosePhone(el, '03141962', '5552014478');
      await submitAndWait(el);
      await waitForText(el, 'Enter your security code');
      expect(portal.outbox.filter((message) => message.to.includes('4478'))).to.have.length(0);
      const text = textOf(el).replace(/\s+/g, ' ');
      expect(text).to.contain(
        'If this number matches our records, we sent a text message with a 6-digit code to (•••) •••-4478.',
      );
      expect(text).to.not.match(/(^|\. )We sent a text message/);
      expect(text).to.contain('If nothing arrives, the number may not be the one your doctor’s office has.');
      await expect(el).to.be.accessible();
    });

    it('texts a code, says where it went, and verifies with the code (pasted with a space)', async () => {
      const { portal, el } = await verifyFor(sue.email);
      await choosePhone(el, '03141962', '5552014477');
      expect(byLabel(el, labels.phone).value).to.equal('(555) 201-4477');
      await submitAndWait(el);
      await waitForText(el, 'Enter your security code');
      expect(focusedIn(el)?.localName).to.equal('h2');
      expect(textOf(el)).to.contain(
        'If this number matches our records, we sent a text message with a 6-digit code to (•••) •••-4477.',
      );
      expect(textOf(el)).to.contain('within a couple of minutes');
      const codeInput = byLabel(el, labels.code);
      expect(codeInput.autocomplete).to.equal('one-time-code');
      expect(codeInput.inputMode).to.equal('numeric');
      await expect(el).to.be.accessible();

      const code = codeOf(portal, 'sms', '(555) 201-4477');
      await typeInto(codeInput, `${code.slice(0, 3)} ${code.slice(3)}`);
      const verified = oneEvent(el, 'pf-verified');
      continueButton(el).click();
      expect((await verified).detail.suggestedUsername).to.equal('Sue@gmail.com');
    });

    it('offers only the phone to a patient without a PIN, and calls by voice', async () => {
      const { portal, el } = await verifyFor(marcus.email);
      expect(() => byLabel(el, labels.pin)).to.throw();
      await typeInto(byLabel(el, labels.dob), '11021979');
      await typeInto(byLabel(el, labels.phone), '5553108820');
      byLabel(el, 'Voice').click();
      await submitAndWait(el);
      await waitForText(el, 'we are calling (•••) •••-8820');
      const code = codeOf(portal, 'voice', '(555) 310-8820');
      expect(code).to.match(/^\d{6}$/);
      await typeInto(byLabel(el, labels.code), code);
      const verified = oneEvent(el, 'pf-verified');
      continueButton(el).click();
      expect((await verified).detail.suggestedUsername).to.equal(marcus.email);
    });

    /** Marcus on the code step, with a client whose clock the test moves (`skew`, ms ahead of the page's). */
    async function codeStepWithClock() {
      const portal = await freshMockPortal();
      const clock = { skew: 0 };
      const base = testClient();
      const client = { ...base, serverNow: () => base.serverNow() + clock.skew };
      const el = await fixture<PfRegisterVerify>(
        html`<pf-register-verify
          .client=${client}
          invitation=${invitationToken(portal, marcus.email)}
        ></pf-register-verify>`,
      );
      await waitForText(el, 'All fields are required');
      await toCodeStep(el);
      return { portal, el, clock };
    }
    const textsTo = (portal: MockPortal) =>
      portal.outbox.filter((message) => message.kind === 'sms' && message.to === '(555) 310-8820').length;
    const submitButton = (el: PfRegisterVerify) => inShadow<HTMLButtonElement>(el, 'button[type="submit"]');
    const waitWords = (el: PfRegisterVerify) => /You can ask for a code in (\d+) s\./.exec(textOf(el))?.[1];

    it('counts down before a new code may be sent, then sends it by the other channel', async () => {
      const { portal, el, clock } = await codeStepWithClock();
      const resend = button(el, 'Send a new code');
      expect(resend.getAttribute('aria-disabled')).to.equal('true');
      expect(textOf(el)).to.match(/You can ask for a new code in (30|29) s\./);
      const first = codeOf(portal, 'sms', '(555) 310-8820');

      // Half a minute passes for the portal and for the element.
      portal.clock.advance(30 * SECOND);
      clock.skew = 30 * SECOND;
      await waitUntil(
        () => button(el, 'Send a new code').getAttribute('aria-disabled') === 'false',
        'the countdown ends',
        {
          timeout: 3000,
        },
      );
      expect(textOf(el)).to.not.contain('You can ask for a new code');
      const voice = allInShadow<HTMLInputElement>(el, 'input[name="resend-channel"]').find(
        (input) => input.value === 'voice',
      );
      voice?.click();
      button(el, 'Send a new code').click();
      await waitUntil(() => lastMessage(portal, 'voice', '(555) 310-8820'), 'a voice call', { timeout: 3000 });
      await waitForText(el, 'we are calling (•••) •••-8820');
      const second = codeOf(portal, 'voice', '(555) 310-8820');

      await typeInto(byLabel(el, labels.code), first === second ? '000000' : first);
      await submitAndWait(el);
      expect(inShadow(el, '.summary').textContent).to.contain('That code is not correct. You have 4 tries left.');
      expect(byLabel(el, labels.code).value).to.equal('');
      await typeInto(byLabel(el, labels.code), second);
      const verified = oneEvent(el, 'pf-verified');
      continueButton(el).click();
      await verified;
    });

    it('after a different phone number, Continue counts down to the next code, then sends it', async () => {
      const { portal, el, clock } = await codeStepWithClock();
      button(el, 'Use a different phone number').click();
      await waitForText(el, 'All fields are required');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(submitButton(el).getAttribute('aria-describedby')).to.equal('submit-wait');
      expect(Number(waitWords(el))).to.be.within(28, 30);
      await expect(el).to.be.accessible();
      // A press while it counts sends nothing and blames nothing.
      submitButton(el).click();
      await el.updateComplete;
      expect(textsTo(portal)).to.equal(1);
      expect(allInShadow(el, '.summary, [aria-invalid="true"]')).to.have.length(0);
      // It counts down as time passes.
      clock.skew = 15 * SECOND;
      await waitUntil(() => Number(waitWords(el)) <= 15, 'the countdown goes on', { timeout: 3000 });
      portal.clock.advance(30 * SECOND);
      clock.skew = 30 * SECOND;
      await waitUntil(() => submitButton(el).getAttribute('aria-disabled') === 'false', 'Continue works again', {
        timeout: 3000,
      });
      expect(waitWords(el)).to.equal(undefined);
      await submitAndWait(el);
      await waitForText(el, 'Enter your security code');
      expect(textsTo(portal)).to.equal(2);
    });

    for (const [lang, refused] of [
      ['en', 'A new code cannot be sent yet. Continue works again when the countdown beside it ends.'],
      ['es', 'Todavía no se puede enviar un código nuevo.'],
    ] as const) {
      it(`counts down to the end the portal gives when it refuses a code as too soon (${lang})`, async () => {
        const { portal, el, clock } = await codeStepWithClock();
        button(el, 'Use a different phone number').click();
        await waitForText(el, 'All fields are required');
        // The page's clock runs ahead of the portal's: the element thinks the wait is over, the portal does not.
        clock.skew = 31 * SECOND;
        await waitUntil(() => submitButton(el).getAttribute('aria-disabled') === 'false', 'Continue', {
          timeout: 3000,
        });
        el.lang = lang;
        // The form in the language asked for (Spanish words come in a module of their own), then the press.
        await waitUntil(() => submitButton(el).textContent?.includes(lang === 'en' ? 'Continue' : 'Continuar'));
        submitButton(el).click();
        await waitUntil(() => textOf(el).includes(refused), 'the refusal', { timeout: 3000 });
        expect(textsTo(portal)).to.equal(1);
        const countdown = lang === 'en' ? /You can ask for a code in (\d+) s\./ : /Podrá pedir un código en (\d+) s\./;
        expect(Number(countdown.exec(textOf(el))?.[1])).to.be.within(28, 30);
        expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
        await expect(el).to.be.accessible();
        portal.clock.advance(30 * SECOND);
        clock.skew = 61 * SECOND;
        await waitUntil(() => submitButton(el).getAttribute('aria-disabled') === 'false', 'Continue works again', {
          timeout: 3000,
        });
        expect(countdown.test(textOf(el))).to.equal(false);
      });
    }

    it('says to ask for a new code when the code expired', async () => {
      const { portal, el } = await verifyFor(marcus.email);
      await toCodeStep(el);
      portal.clock.advance(10 * MINUTE);
      await typeInto(byLabel(el, labels.code), codeOf(portal, 'sms', '(555) 310-8820'));
      await submitAndWait(el);
      expect(inShadow(el, '.summary').textContent).to.contain(
        'That code has expired. Send a new code and enter it here.',
      );
      await expect(el).to.be.accessible();
    });

    it('goes back to change the phone number, keeping the date of birth', async () => {
      const { el } = await verifyFor(marcus.email);
      await toCodeStep(el);
      button(el, 'Use a different phone number').click();
      await waitForText(el, 'All fields are required');
      expect(byLabel(el, labels.dob).value).to.equal('11/02/1979');
      expect(byLabel(el, labels.phone).value).to.equal('(555) 310-8820');
    });
  });

  describe('before the link is read', () => {
    /** A client whose answers to the link's read (GET /invitations/{token}) wait until the test lets them go. */
    const slowLinkClient = () =>
      heldClient((request) => request.method === 'GET' && /\/invitations\/[^/]+$/.test(request.url));

    async function earlyVerify(token: string, client: ReturnType<typeof testClient>) {
      const el = await fixture<PfRegisterVerify>(
        html`<pf-register-verify .client=${client} invitation=${token}></pf-register-verify>`,
      );
      await el.updateComplete;
      return el;
    }

    it('shows the form at once, and Continue pressed meanwhile waits for the link, then sends once', async () => {
      const portal = await freshMockPortal();
      const slow = slowLinkClient();
      const el = await earlyVerify(invitationToken(portal, sue.email), slow.client);
      // The form is there and takes typing while the link is still being read.
      expect(slow.sent).to.deep.equal([`GET /api/portal/invitations/${invitationToken(portal, sue.email)}`]);
      expect(byLabel(el, labels.dob).disabled).to.equal(false);
      await fillPin(el, '03141962', '482913');
      const verified = oneEvent(el, 'pf-verified');
      continueButton(el).click();
      await el.updateComplete;
      const busy = inShadow(el, 'button[type="submit"]');
      expect(busy.getAttribute('aria-disabled')).to.equal('true');
      expect(busy.textContent).to.contain('Please wait');
      busy.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(slow.posts(), 'nothing is sent before the link is known').to.deep.equal([]);
      slow.release();
      await verified;
      expect(slow.posts()).to.have.length(1);
    });

    it('never sends a PIN a link does not take: the press goes on to the phone the link asks for', async () => {
      const portal = await freshMockPortal();
      const slow = slowLinkClient();
      const el = await earlyVerify(invitationToken(portal, marcus.email), slow.client);
      await fillPin(el, '11021979', '123456');
      continueButton(el).click();
      await el.updateComplete;
      slow.release();
      await waitUntil(() => el.shadowRoot?.querySelector('#phone'), 'the phone field');
      await waitUntil(() => focusedIn(el)?.classList.contains('summary'), 'the summary takes focus');
      expect(slow.posts()).to.deep.equal([]);
      expect(allInShadow(el, 'input[name="method"]'), 'no choice of a PIN').to.have.length(0);
      expect(byLabel(el, labels.dob).value, 'the date of birth is kept').to.equal('11/02/1979');
      expect(inShadow(el, '.summary').textContent).to.contain(
        'Enter the phone number your doctor’s office has on record.',
      );
      await expect(el).to.be.accessible();
    });

    it('moves focus to the phone field when the PIN field it was in goes away', async () => {
      const portal = await freshMockPortal();
      const slow = slowLinkClient();
      const el = await earlyVerify(invitationToken(portal, marcus.email), slow.client);
      byLabel(el, labels.pin).focus();
      slow.release();
      await waitUntil(() => el.shadowRoot?.querySelector('#phone'), 'the phone field');
      await el.updateComplete;
      expect(focusedIn(el)?.id).to.equal('phone');
    });

    it('sends nothing for a link that no longer works, and says so once', async () => {
      await freshMockPortal();
      const slow = slowLinkClient();
      const el = await earlyVerify('not-a-real-token', slow.client);
      const events: string[] = [];
      el.addEventListener('pf-invitation-invalid', (event) => {
        events.push(event.detail.reason);
        event.preventDefault();
      });
      await fillPin(el, '03141962', '482913');
      continueButton(el).click();
      slow.release();
      await waitForText(el, 'This link is not valid');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events).to.deep.equal(['not-found']);
      expect(slow.posts()).to.deep.equal([]);
    });

    it('keeps the form and what was typed when the link cannot be read, and Continue reads it again', async () => {
      const portal = await freshMockPortal();
      portal.failNext({ kind: 'network' }, 'GET /invitations/:token');
      const el = await fixture<PfRegisterVerify>(
        html`<pf-register-verify
          .client=${testClient({ retries: 0 })}
          invitation=${invitationToken(portal, sue.email)}
        ></pf-register-verify>`,
      );
      await fillPin(el, '03141962', '482913');
      await waitForText(el, 'We could not reach the patient portal');
      expect(byLabel(el, labels.dob).value).to.equal('03/14/1962');
      expect(byLabel(el, labels.pin).value).to.equal('482913');
      await expect(el).to.be.accessible();
      const verified = oneEvent(el, 'pf-verified');
      continueButton(el).click();
      await verified;
    });
  });

  describe('the link', () => {
    for (const [email, reason, words] of [
      ['ana.garcia@example.com', 'used', 'This link was already used to create an account; sign in instead.'],
      ['walter.brooks@example.com', 'expired', 'This link has expired'],
    ] as const) {
      it(`says so and sends the patient home when it is ${reason}`, async () => {
        const portal = await freshMockPortal();
        const el = document.createElement('pf-register-verify');
        const visited: string[] = [];
        Object.defineProperty(el, 'navigate', { value: (url: string) => visited.push(url) });
        el.invitation = invitationToken(portal, email);
        el.homeUrl = '/portal/home';
        const invalid = oneEvent(el, 'pf-invitation-invalid');
        const host = await fixture<HTMLElement>(html`<div></div>`);
        host.append(el);
        const event = await invalid;
        expect(event.detail).to.deep.equal({ reason });
        expect(event.cancelable).to.equal(true);
        await waitForText(el, words);
        expect(visited).to.deep.equal([new URL(`/portal/home?pf-invitation=${reason}`, location.href).href]);
        await expect(el).to.be.accessible();
      });
    }

    it('says a link void after 100 failures in a row no longer works, and whom to call, in both languages', async () => {
      const { portal, el, token } = await verifyFor(sue.email);
      // 99 failures across lock windows, as someone guessing for days would leave them.
      const client = testClient();
      for (let failure = 1; failure < mockRules.identityFailureCap; failure += 1) {
        await rejection(client.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: '000000' }));
        if (failure % mockRules.identityFailuresBeforeLock === 0) portal.clock.advance(mockRules.identityLockMs);
      }
      const invalid = oneEvent(el, 'pf-invitation-invalid');
      await fillPin(el, '03141962', '000000');
      continueButton(el).click();
      expect((await invalid).detail).to.deep.equal({ reason: 'revoked' });
      await waitForText(el, 'This link no longer works');
      expect(textOf(el)).to.contain('stopped working after too many tries');
      // One tap calls the practice: the number is a tel: link, the practice's as the portal answered with the problem.
      const call = allInShadow<HTMLAnchorElement>(el, 'a[href^="tel:"]');
      expect(call.map((link) => [link.textContent?.trim(), link.getAttribute('href')])).to.deep.equal([
        ['Call Riverside Family Medicine: (555) 201-0100', 'tel:+15552010100'],
      ]);
      expect(focusedIn(el)?.textContent).to.contain('This link no longer works');
      await expect(el).to.be.accessible();
      // The right PIN does not open it again.
      expect(((await rejection(client.verifyPin(token, sue))) as PortalProblemError).code).to.equal(
        'invitation-revoked',
      );
      el.lang = 'es';
      await waitForText(el, 'Este enlace ya no funciona');
      expect(textOf(el)).to.contain('Llamar a Riverside Family Medicine: (555) 201-0100');
      await expect(el).to.be.accessible();
    });

    it('stays on the page when the page cancels, and says an unknown link is not valid', async () => {
      await freshMockPortal();
      const el = document.createElement('pf-register-verify');
      const visited: string[] = [];
      Object.defineProperty(el, 'navigate', { value: (url: string) => visited.push(url) });
      el.invitation = 'not-a-real-token';
      el.homeUrl = '/portal/home';
      el.addEventListener('pf-invitation-invalid', (event) => event.preventDefault());
      const invalid = oneEvent(el, 'pf-invitation-invalid');
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      expect((await invalid).detail.reason).to.equal('not-found');
      await waitForText(el, 'This link is not valid');
      expect(visited).to.deep.equal([]);
      expect(homeLinks(el).map((link) => link.href)).to.deep.equal([new URL('/portal/home', location.href).href]);
      // An unknown link names no patient, yet the portal's answer says whom to call.
      expect(inShadow<HTMLAnchorElement>(el, 'a[href^="tel:"]').textContent?.trim()).to.equal(
        'Call Riverside Family Medicine: (555) 201-0100',
      );
    });

    it('follows a home-url on another origin only when the page allows it', async () => {
      for (const allowed of [false, true]) {
        await freshMockPortal();
        const el = document.createElement('pf-register-verify');
        const visited: string[] = [];
        Object.defineProperty(el, 'navigate', { value: (url: string) => visited.push(url) });
        el.invitation = 'not-a-real-token';
        el.homeUrl = 'https://elsewhere.example/portal';
        el.crossOriginHome = allowed;
        (await fixture<HTMLElement>(html`<div></div>`)).append(el);
        await waitForText(el, 'This link is not valid');
        expect(visited).to.deep.equal(allowed ? ['https://elsewhere.example/portal?pf-invitation=not-found'] : []);
        expect(homeLinks(el).length).to.equal(allowed ? 1 : 0);
      }
    });

    it('never sends the patient in circles to the page they are on', async () => {
      await freshMockPortal();
      const el = document.createElement('pf-register-verify');
      const visited: string[] = [];
      Object.defineProperty(el, 'navigate', { value: (url: string) => visited.push(url) });
      el.homeUrl = `${location.pathname}?from=email`;
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      await waitForText(el, 'This link is not valid');
      expect(visited).to.deep.equal([]);
    });

    it('never follows a home-url that is not http(s)', async () => {
      await freshMockPortal();
      const el = document.createElement('pf-register-verify');
      const visited: string[] = [];
      Object.defineProperty(el, 'navigate', { value: (url: string) => visited.push(url) });
      el.homeUrl = 'javascript:alert(1)';
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      await waitForText(el, 'This link is not valid');
      expect(visited).to.deep.equal([]);
      expect(homeLinks(el)).to.have.length(0);
    });

    it('shows a retry when the link cannot be read, and reads it on retry', async () => {
      const portal = await freshMockPortal();
      portal.failRoute({ kind: 'status', status: 503 }, 'GET /invitations/:token');
      const el = await fixture<PfRegisterVerify>(
        html`<pf-register-verify
          .client=${testClient({ retries: 0 })}
          invitation=${invitationToken(portal, sue.email)}
        ></pf-register-verify>`,
      );
      await waitForText(el, 'Something went wrong on our side');
      await expect(el).to.be.accessible();
      portal.clearFaults();
      button(el, 'Try again').click();
      await waitForText(el, labels.dob);
    });
  });

  describe('validation', () => {
    it('sets each error of the summary beside its bullet, at its first line, on a phone in Spanish', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const portal = await freshMockPortal();
        const wrapper = await fixture<HTMLElement>(html`
          <pf-portal lang="es"
            ><pf-register-verify invitation=${invitationToken(portal, sue.email)}></pf-register-verify
          ></pf-portal>
        `);
        const el = wrapper.querySelector('pf-register-verify') as PfRegisterVerify;
        await waitForText(el, 'Todos los campos son obligatorios');
        inShadow(el, 'button[type="submit"]').click();
        await el.updateComplete;
        const items = allInShadow(el, '.summary li');
        expect(items.length).to.be.greaterThan(1);
        const lineHeight = parseFloat(getComputedStyle(inShadow(el, '.summary .link')).lineHeight);
        let wrapped = 0;
        for (const item of items) {
          const bullet = item.querySelector('.bullet')!.getBoundingClientRect();
          const error = item.querySelector('button')!.getBoundingClientRect();
          if (error.height > lineHeight * 1.5) wrapped += 1;
          expect(Math.abs(bullet.top - error.top), item.textContent ?? '').to.be.lessThan(lineHeight / 2);
        }
        // At least one error wraps here, or the test would prove nothing.
        expect(wrapped).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('takes the first click on Continue, though leaving the last field shows its error above the button', async () => {
      const { el } = await verifyFor(sue.email);
      await typeInto(byLabel(el, labels.dob), '03141962');
      // Too short: leaving the field shows its error, a line that pushes Continue down.
      await typeInto(byLabel(el, labels.pin), '12');
      const box = continueButton(el).getBoundingClientRect();
      const centre: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      await sendMouse({ type: 'move', position: centre });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'up' });
      // The press was a click: the form was sent, so its summary says what to fix and has focus.
      await waitUntil(() => allInShadow(el, '.summary').length, 'the summary');
      expect(focusedIn(el)).to.equal(inShadow(el, '.summary'));
      expect(inShadow(el, '#pin-error').textContent).to.equal('The PIN has 6 digits.');
    });

    it('shows every error next to its field and in a focused summary when Continue is pressed empty', async () => {
      const { el } = await verifyFor(sue.email);
      continueButton(el).click();
      await el.updateComplete;
      const summary = inShadow(el, '.summary');
      expect(focusedIn(el)).to.equal(summary);
      expect(summary.textContent).to.contain('Enter the patient’s date of birth.');
      expect(summary.textContent).to.contain('Enter the PIN you received from your doctor’s office.');
      const dob = byLabel(el, labels.dob);
      expect(dob.getAttribute('aria-invalid')).to.equal('true');
      expect(dob.getAttribute('aria-describedby')).to.equal('dob-hint dob-error');
      expect(inShadow(el, '#dob-error').textContent).to.equal('Enter the patient’s date of birth.');
      await expect(el).to.be.accessible();
    });

    it('says what is wrong with a date, counting leap years, only once the patient leaves the field', async () => {
      const { el } = await verifyFor(sue.email);
      const dob = byLabel(el, labels.dob);
      const cases: [string, string | undefined][] = [
        ['02302020', 'This date does not exist. Check the month and the day.'],
        ['02292023', 'This date does not exist. Check the month and the day.'],
        ['02292024', undefined],
        ['13011990', 'This date does not exist. Check the month and the day.'],
        ['0101' + String(new Date().getFullYear() + 1), 'The date of birth cannot be in the future.'],
        ['01011890', 'Check the year of birth.'],
        ['3141962', 'Enter the date of birth as MM/DD/YYYY, for example 03/14/1962.'],
      ];
      for (const [typed, message] of cases) {
        await typeInto(dob, typed);
        expect(dob.getAttribute('aria-invalid'), `${typed} before leaving`).to.equal(
          allInShadow(el, '#dob-error').length ? 'true' : 'false',
        );
        await pressTab();
        await el.updateComplete;
        const error = allInShadow(el, '#dob-error')[0]?.textContent;
        expect(error, typed).to.equal(message);
      }
    });

    it('checks the PIN, the phone number and the code', async () => {
      const { el } = await verifyFor(sue.email);
      await typeInto(byLabel(el, labels.pin), '48291');
      await pressTab();
      await el.updateComplete;
      expect(inShadow(el, '#pin-error').textContent).to.equal('The PIN has 6 digits.');
      byLabel(el, 'Phone number').click();
      await el.updateComplete;
      await typeInto(byLabel(el, labels.phone), '555123');
      await pressTab();
      await el.updateComplete;
      expect(inShadow(el, '#phone-error').textContent).to.equal(
        'Enter a 10-digit US phone number, for example (555) 555-5555.',
      );
    });

    it('checks the security code', async () => {
      const { el } = await verifyFor(marcus.email);
      await toCodeStep(el);
      continueButton(el).click();
      await el.updateComplete;
      expect(inShadow(el, '#code-error').textContent).to.equal('Enter the security code.');
      await typeInto(byLabel(el, labels.code), '123');
      await el.updateComplete;
      expect(inShadow(el, '#code-error').textContent).to.equal('The security code has 6 digits.');
      await expect(el).to.be.accessible();
    });

    it('says a wrong code is wrong above the form, never under the code field it emptied', async () => {
      const { el } = await verifyFor(marcus.email);
      await toCodeStep(el);
      await typeInto(byLabel(el, labels.code), '000000');
      await submitAndWait(el);
      expect(inShadow(el, '.summary').textContent).to.contain('That code is not correct.');
      expect(emptiedFieldSays(el, byLabel(el, labels.code))).to.contain('Cleared for your safety. Type it again.');
      await expect(el).to.be.accessible();
    });

    it('speaks Spanish under lang="es", and switches when lang changes', async () => {
      const portal = await freshMockPortal();
      const wrapper = await fixture<HTMLElement>(html`
        <div lang="es">
          <pf-portal
            ><pf-register-verify invitation=${invitationToken(portal, sue.email)}></pf-register-verify
          ></pf-portal>
        </div>
      `);
      const el = wrapper.querySelector('pf-register-verify')!;
      await waitForText(el, 'Todos los campos son obligatorios');
      expect(byLabel(el, 'Fecha de nacimiento del paciente').autocomplete).to.equal('bday');
      button(el, 'Continuar').click();
      await el.updateComplete;
      expect(inShadow(el, '#dob-error').textContent).to.equal('Ingrese la fecha de nacimiento del paciente.');
      await expect(el).to.be.accessible();
      wrapper.setAttribute('lang', 'en');
      await waitForText(el, 'Verify your identity');
      expect(inShadow(el, '#dob-error').textContent).to.equal('Enter the patient’s date of birth.');
    });

    it('announces an error politely when it appears', async () => {
      const { el } = await verifyFor(sue.email);
      await typeInto(byLabel(el, labels.dob), '02302020');
      await pressTab();
      const live = inShadow(el, '[aria-live="polite"]');
      await waitUntil(() => live.textContent === 'This date does not exist. Check the month and the day.', 'announced');
    });

    it('uses the right input types and hints for browsers and keyboards', async () => {
      const { el } = await verifyFor(sue.email);
      const dob = byLabel(el, labels.dob);
      expect(dob.autocomplete).to.equal('bday');
      expect(dob.inputMode).to.equal('numeric');
      expect(byLabel(el, labels.pin).inputMode).to.equal('numeric');
      byLabel(el, 'Phone number').click();
      await el.updateComplete;
      expect(byLabel(el, labels.phone).type).to.equal('tel');
      expect(byLabel(el, labels.phone).autocomplete).to.equal('tel');
      expect(textOf(el)).to.contain('All fields are required');
      expect(textOf(el)).to.contain('you agree to receive a one-time security code');
      const why = button(el, 'Why?');
      expect(why.getAttribute('aria-expanded')).to.equal('false');
      why.click();
      await el.updateComplete;
      expect(why.getAttribute('aria-expanded')).to.equal('true');
      expect(inShadow(el, '#why-text').hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { el } = await verifyFor(sue.email);
      continueButton(el).click();
      await el.updateComplete;
      const frame = inShadow(el, 'section');
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('faults', () => {
    const faults = [
      ['network', { kind: 'network' }, 'We could not reach the patient portal'],
      [
        'server error',
        { kind: 'status', status: 500, body: 'Error: at handler (/srv/app.js:1)' },
        'Something went wrong on our side',
      ],
      ['malformed body', { kind: 'malformed' }, 'an answer we could not read'],
      ['body of the wrong shape', { kind: 'wrong-shape' }, 'an answer we could not read'],
    ] as const;
    for (const [name, fault, words] of faults) {
      it(`keeps what was typed and offers a retry after a ${name}`, async () => {
        const { portal, el } = await verifyFor(sue.email);
        await fillPin(el, '03141962', '482913');
        portal.failNext(fault, 'POST /invitations/:token/verify');
        await submitAndWait(el);
        const summary = inShadow(el, '.summary');
        expect(summary.textContent).to.contain(words);
        expect(summary.textContent).to.not.contain('app.js');
        expect(focusedIn(el)).to.equal(summary);
        expect(byLabel(el, labels.dob).value).to.equal('03/14/1962');
        expect(byLabel(el, labels.pin).value).to.equal('482913');
        await expect(el).to.be.accessible();
        const verified = oneEvent(el, 'pf-verified');
        button(el, 'Try again').click();
        await verified;
      });
    }

    it('gives up after the timeout and retries', async () => {
      // Long enough that the link's own read, sent as the form is drawn, is answered within it on a busy machine.
      const portal = await freshMockPortal();
      const el = await fixture<PfRegisterVerify>(
        html`<pf-register-verify
          .client=${testClient({ timeout: 1500 })}
          invitation=${invitationToken(portal, sue.email)}
        ></pf-register-verify>`,
      );
      await waitForText(el, labels.dob);
      await fillPin(el, '03141962', '482913');
      portal.failNext({ kind: 'delay', ms: 'infinite' }, 'POST /invitations/:token/verify');
      await submitAndWait(el);
      expect(inShadow(el, '.summary').textContent).to.contain('taking too long to answer');
      const verified = oneEvent(el, 'pf-verified');
      button(el, 'Try again').click();
      await verified;
    });

    it('shows the wait after a 429', async () => {
      const { portal, el } = await verifyFor(sue.email);
      await fillPin(el, '03141962', '482913');
      portal.failNext({ kind: 'status', status: 429, retryAfter: 120 }, 'POST /invitations/:token/verify');
      await submitAndWait(el);
      expect(inShadow(el, '.summary').textContent).to.contain('in 2 minutes');
    });

    it('is busy while a call lasts and never sends it twice', async () => {
      const { portal, el } = await verifyFor(sue.email);
      await fillPin(el, '03141962', '000000');
      portal.failNext({ kind: 'delay', ms: 400 }, 'POST /invitations/:token/verify');
      const buttonEl = continueButton(el);
      buttonEl.click();
      await el.updateComplete;
      const busy = inShadow(el, 'button[type="submit"]');
      expect(busy.getAttribute('aria-disabled')).to.equal('true');
      expect(busy.textContent).to.contain('Please wait');
      busy.click();
      busy.click();
      await waitUntil(() => !textOf(el).includes('Please wait'), 'the call ends', { timeout: 5000 });
      expect(portal.audit.filter((event) => event.event === 'identity.failed')).to.have.length(1);
    });
  });
});
