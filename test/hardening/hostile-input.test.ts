/**
 * Hostile input: every kind of payload pasted into every field of every element, then the form sent. The field
 * keeps what was pasted as text, no script runs, no element or attribute appears that the template did not make,
 * the page does not scroll sideways, and a field whose rules the payload breaks says so next to it. Addresses a
 * page hands the elements become links only when they are web addresses.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MockPortal } from '../../src/mocks/index.js';
import '../../src/pf-account-recovery.js';
import '../../src/pf-portal.js';
import '../../src/pf-register-account.js';
import '../../src/pf-register-verify.js';
import '../../src/pf-sign-in.js';
import type { PfAccountRecovery } from '../../src/pf-account-recovery.js';
import type { PfRegisterAccount } from '../../src/pf-register-account.js';
import type { PfRegisterVerify } from '../../src/pf-register-verify.js';
import type { PfSignIn } from '../../src/pf-sign-in.js';
import { allInShadow, byLabel, describedBy, inShadow, submitAndSettle, typeInto, waitForText } from '../helpers/dom.js';
import { intruders, pageScrollsSideways, payloads, trapScripts } from '../helpers/hostile.js';
import { freshMockPortal, invitationToken, lastMessage, sue, verifiedSue } from '../helpers/mock-portal.js';
import { withRegistration } from '../helpers/registration.js';

type Form = HTMLElement & { updateComplete: Promise<unknown> };

/** A field of a form on screen, and whether every payload breaks its rules (so its message must show). */
interface FieldCase {
  form: string;
  label: string;
  open: () => Promise<Form>;
  /** Every payload breaks the field's rules. */
  refusesAll: boolean;
}

/** The verify form on Sue's invitation, and the mock it talks to. */
async function verifyFormOn(): Promise<{ portal: MockPortal; el: PfRegisterVerify }> {
  const portal = await freshMockPortal();
  const wrapper = await fixture<HTMLElement>(
    html`<pf-portal
      ><pf-register-verify invitation=${invitationToken(portal, sue.email)}></pf-register-verify
    ></pf-portal>`,
  );
  const el = wrapper.querySelector('pf-register-verify') as PfRegisterVerify;
  await waitForText(el, 'All fields are required');
  return { portal, el };
}

const verifyForm = async () => (await verifyFormOn()).el;

async function phoneForm(): Promise<PfRegisterVerify> {
  const el = await verifyForm();
  byLabel(el, 'Phone number').click();
  await el.updateComplete;
  return el;
}

async function codeForm(): Promise<PfRegisterVerify> {
  const { portal, el } = await verifyFormOn();
  await typeInto(byLabel(el, 'Patient’s date of birth'), '03141962');
  byLabel(el, 'Phone number').click();
  await el.updateComplete;
  await typeInto(byLabel(el, 'Patient’s phone # from his/her doctor’s record'), sue.phone);
  await submitAndSettle(el);
  await waitUntil(() => lastMessage(portal, 'sms', sue.phone), 'the code is sent');
  await waitForText(el, 'Security code');
  return el;
}

async function accountForm(): Promise<PfRegisterAccount> {
  const { request } = await verifiedSue();
  const el = withRegistration(
    html`<pf-portal><pf-register-account username=""></pf-register-account></pf-portal>`,
    request().registrationToken,
  ).el as PfRegisterAccount;
  await waitUntil(() => allInShadow(el, 'form').length, 'the account form', { timeout: 5000 });
  return el;
}

async function signInForm(): Promise<PfSignIn> {
  await freshMockPortal();
  const wrapper = await fixture<HTMLElement>(html`<pf-portal><pf-sign-in></pf-sign-in></pf-portal>`);
  const el = wrapper.querySelector('pf-sign-in') as PfSignIn;
  await el.updateComplete;
  return el;
}

/** The recovery form in a mode, walked to `step` of a forgotten password by Ana (by text). */
async function recoveryForm(
  step: 'identify' | 'username' | 'code' | 'question' | 'password',
): Promise<PfAccountRecovery> {
  const portal = await freshMockPortal();
  const wrapper = await fixture<HTMLElement>(
    html`<pf-portal lang="en"
      ><pf-account-recovery mode=${step === 'username' ? 'username' : 'password'}></pf-account-recovery
    ></pf-portal>`,
  );
  const el = wrapper.querySelector('pf-account-recovery') as PfAccountRecovery;
  await el.updateComplete;
  // The username step keeps its form only while the portal cannot answer: a paste it takes would move it on.
  if (step === 'identify') portal.failRoute({ kind: 'status', status: 503 }, 'POST /recovery');
  if (step === 'identify' || step === 'username') return el;
  await typeInto(byLabel(el, 'Email address or username'), 'ana.garcia@example.com');
  await submitAndSettle(el);
  byLabel(el, /^Text message/).click();
  await submitAndSettle(el);
  if (step === 'code') return el;
  await typeInto(byLabel(el, 'Security code'), lastMessage(portal, 'sms', '(555) 402-1187')?.code ?? '');
  await submitAndSettle(el);
  if (step === 'question') return el;
  await typeInto(byLabel(el, 'What was the name of your first pet?'), 'Canela');
  await submitAndSettle(el);
  await waitForText(el, 'At least 8 characters');
  return el;
}

const fields: FieldCase[] = [
  { form: 'verify', label: 'Patient’s date of birth', open: verifyForm, refusesAll: true },
  { form: 'verify', label: 'PIN received from patient’s doctor', open: verifyForm, refusesAll: true },
  { form: 'verify', label: 'Patient’s phone # from his/her doctor’s record', open: phoneForm, refusesAll: true },
  { form: 'verify', label: 'Security code', open: codeForm, refusesAll: true },
  { form: 'account', label: 'Enter your answer', open: accountForm, refusesAll: false },
  { form: 'account', label: 'Email address or username', open: accountForm, refusesAll: true },
  { form: 'account', label: 'Create password', open: accountForm, refusesAll: false },
  { form: 'account', label: 'Retype password', open: accountForm, refusesAll: false },
  { form: 'sign-in', label: 'Email address or username', open: signInForm, refusesAll: false },
  { form: 'sign-in', label: 'Password', open: signInForm, refusesAll: false },
  { form: 'recovery', label: 'Email address or username', open: () => recoveryForm('identify'), refusesAll: false },
  { form: 'recovery', label: 'Security code', open: () => recoveryForm('code'), refusesAll: true },
  {
    form: 'recovery',
    label: 'What was the name of your first pet?',
    open: () => recoveryForm('question'),
    refusesAll: false,
  },
  { form: 'recovery', label: 'New password', open: () => recoveryForm('password'), refusesAll: false },
  { form: 'recovery', label: 'Retype new password', open: () => recoveryForm('password'), refusesAll: false },
  { form: 'recovery', label: 'Email address or phone number', open: () => recoveryForm('username'), refusesAll: true },
  { form: 'recovery', label: 'Date of birth', open: () => recoveryForm('username'), refusesAll: true },
];

/** Pastes text into a field, as a patient's paste does, and leaves it. */
async function paste(el: Form, input: HTMLInputElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  await el.updateComplete;
}

/** Presses the form's submit button and waits until any call it started is over. */
async function send(el: Form) {
  const submit = inShadow<HTMLButtonElement>(el, 'button[type="submit"]');
  submit.click();
  await el.updateComplete;
  await waitUntil(() => !submit.isConnected || submit.getAttribute('aria-disabled') !== 'true', 'the call ends', {
    timeout: 8000,
  });
  await el.updateComplete;
}

describe('hostile input stays text', () => {
  for (const field of fields) {
    describe(`${field.form}: ${field.label}`, () => {
      for (const [name, words] of Object.entries(payloads)) {
        it(name, async function () {
          this.timeout(30_000);
          const ran = trapScripts();
          const el = await field.open();
          const input = byLabel(el, field.label);
          await paste(el, input, words);
          await send(el);
          const kept = byLabel(el, field.label).value;
          // A free-text field keeps the paste as it is; a date, PIN, phone or code field keeps it or its digits.
          expect(kept === words || /^[\d\s()/-]*$/.test(kept), `the field holds ${kept.slice(0, 60)}`).to.equal(true);
          if (field.refusesAll) {
            expect(byLabel(el, field.label).getAttribute('aria-invalid')).to.equal('true');
            expect(describedBy(el, byLabel(el, field.label))).to.not.equal('');
          }
          expect(intruders(el, 1)).to.deep.equal([]);
          expect(pageScrollsSideways(), 'the page scrolls sideways').to.equal(false);
          await new Promise(requestAnimationFrame);
          expect(ran).to.deep.equal([]);
        });
      }
    });
  }
});

describe('addresses from the page become links only when they are web addresses', () => {
  const hostileAddresses = [
    'javascript:window.__pwned("href")',
    ' JaVaScRiPt:window.__pwned("href")',
    'java\tscript:window.__pwned("href")',
    'data:text/html,<script>window.__pwned("href")</script>',
    'vbscript:msgbox(1)',
  ];
  const links = (el: Element) => allInShadow<HTMLAnchorElement>(el, 'a').map((link) => link.href);

  for (const address of hostileAddresses) {
    it(`ignores ${JSON.stringify(address)}`, async () => {
      const ran = trapScripts();
      const signIn = await fixture<PfSignIn>(html`<pf-sign-in forgot-url=${address}></pf-sign-in>`);
      await signIn.updateComplete;
      const account = await accountForm();
      account.termsUrl = address;
      account.privacyUrl = address;
      await account.updateComplete;
      const verify = await verifyForm();
      verify.homeUrl = address;
      await verify.updateComplete;
      for (const el of [signIn, account, verify]) {
        for (const href of links(el)) expect(href, `<${el.localName}>`).to.match(/^https?:/);
        expect(intruders(el, 1)).to.deep.equal([]);
      }
      // The account form still names the terms, as words instead of a link.
      expect(inShadow(account, 'form').textContent?.replace(/\s+/g, ' ')).to.contain(
        'the Patient Fusion User Agreement',
      );
      expect(ran).to.deep.equal([]);
    });
  }
});
