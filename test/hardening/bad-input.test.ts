/**
 * Bad input on every field, refused twice: by the element, with a message next to the field and nothing sent (or,
 * for the rules only the server can check, the server's message next to the field), and by the mock portal when
 * the same value is sent straight to it, with a 422 naming the field. The README's table "Bad input" lists these
 * rows.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PortalClient } from '../../src/api/index.js';
import '../../src/pf-portal.js';
import '../../src/pf-register-account.js';
import '../../src/pf-register-verify.js';
import '../../src/pf-sign-in.js';
import { byLabel, describedBy, inShadow, textOf, typeInto, waitForText } from '../helpers/dom.js';
import {
  ana,
  freshMockPortal,
  invitationToken,
  lastMessage,
  marcus,
  sue,
  testClient,
  verifiedSue,
} from '../helpers/mock-portal.js';
import { accountFormRead, phoneOnlyForm, withRegistration } from '../helpers/registration.js';

type Form = 'pin' | 'phone' | 'code' | 'account' | 'sign-in';
type Screen = HTMLElement & { client?: PortalClient; updateComplete: Promise<unknown> };

/** One bad value: what the patient types and what the element says; what is sent and what the mock answers. */
interface Row {
  form: Form;
  /** The field's visible label. */
  label: string;
  /** What the patient types (`undefined`: the element offers no way to enter it). */
  typed?: string;
  /** The words next to the field. */
  says?: string;
  /** True when only the server can tell (the element sends it, and shows the server's words). */
  serverOnly?: boolean;
  /** A secret the element clears after the server refused it. */
  secret?: boolean;
  /** How the field shows what was typed, when it formats it. */
  shown?: string;
  /** The request field, the value sent straight to the mock, and the code of the mock's field error. */
  mock?: { field: string; sent: unknown; code: string };
}

const dob = 'Patient’s date of birth';
const pin = 'PIN received from patient’s doctor';
const phone = 'Patient’s phone # from his/her doctor’s record';
const answer = 'Enter your answer';
const username = 'Email address or username';
const password = 'Create password';

// One row a line, as the README's table has them.
// prettier-ignore
export const badInput: Row[] = [
  { form: 'pin', label: dob, typed: '', says: 'Enter the patient’s date of birth.', mock: { field: 'dateOfBirth', sent: '', code: 'required' } },
  { form: 'pin', label: dob, typed: '031462', shown: '03/14/62', says: 'Enter the date of birth as MM/DD/YYYY', mock: { field: 'dateOfBirth', sent: '62-03-14', code: 'date-format' } },
  { form: 'pin', label: dob, typed: '02301990', shown: '02/30/1990', says: 'This date does not exist.', mock: { field: 'dateOfBirth', sent: '1990-02-30', code: 'date-invalid' } },
  { form: 'pin', label: dob, typed: '01012090', shown: '01/01/2090', says: 'The date of birth cannot be in the future.', mock: { field: 'dateOfBirth', sent: '2090-01-01', code: 'date-future' } },
  { form: 'pin', label: dob, typed: '01011850', shown: '01/01/1850', says: 'Check the year of birth.', mock: { field: 'dateOfBirth', sent: '1850-01-01', code: 'date-too-old' } },
  { form: 'pin', label: pin, typed: '', says: 'Enter the PIN you received', mock: { field: 'pin', sent: '', code: 'required' } },
  { form: 'pin', label: pin, typed: '12345', says: 'The PIN has 6 digits.', mock: { field: 'pin', sent: '12345', code: 'six-digits' } },
  { form: 'pin', label: pin, typed: '12a456', says: 'The PIN has 6 digits.', mock: { field: 'pin', sent: '12a456', code: 'six-digits' } },
  { form: 'pin', label: pin, typed: '1234567', says: 'The PIN has 6 digits.', mock: { field: 'pin', sent: '1234567', code: 'six-digits' } },
  { form: 'phone', label: phone, typed: '', says: 'Enter the phone number your doctor’s office has on record.', mock: { field: 'phone', sent: '', code: 'required' } },
  { form: 'phone', label: phone, typed: '555-1234', shown: '(555) 123-4', says: 'Enter a 10-digit US phone number', mock: { field: 'phone', sent: '555-1234', code: 'phone' } },
  { form: 'phone', label: phone, typed: '0553108820', shown: '(055) 310-8820', says: 'Enter a 10-digit US phone number', mock: { field: 'phone', sent: '(055) 310-8820', code: 'phone' } },
  { form: 'phone', label: 'Receive code via', mock: { field: 'channel', sent: 'fax', code: 'invalid' } },
  { form: 'code', label: 'Security code', typed: '', says: 'Enter the security code.', mock: { field: 'code', sent: '', code: 'required' } },
  { form: 'code', label: 'Security code', typed: '12 34', says: 'The security code has 6 digits.', mock: { field: 'code', sent: '12 34', code: 'six-digits' } },
  { form: 'account', label: 'Select a security question', typed: '', says: 'Choose a security question.', mock: { field: 'securityQuestionId', sent: '', code: 'required' } },
  { form: 'account', label: 'Select a security question', mock: { field: 'securityQuestionId', sent: 'favorite-color', code: 'unknown-question' } },
  { form: 'account', label: answer, typed: '', says: 'Enter the answer to your security question.', mock: { field: 'securityAnswer', sent: '', code: 'required' } },
  { form: 'account', label: answer, typed: '   ', says: 'Enter the answer to your security question.', mock: { field: 'securityAnswer', sent: '   ', code: 'required' } },
  { form: 'account', label: answer, typed: 'ab', says: 'The answer needs at least 3 characters.', mock: { field: 'securityAnswer', sent: 'ab', code: 'too-short' } },
  { form: 'account', label: username, typed: '', says: 'Enter an email address or a username.', mock: { field: 'username', sent: '', code: 'required' } },
  { form: 'account', label: username, typed: 'ab', says: 'The username needs at least 3 characters.', mock: { field: 'username', sent: 'ab', code: 'too-short' } },
  { form: 'account', label: username, typed: 'x'.repeat(65), says: 'The username can have at most 64 characters.', mock: { field: 'username', sent: 'x'.repeat(65), code: 'too-long' } },
  { form: 'account', label: username, typed: 'sue miller', says: 'Use only letters, numbers and . _ @ + -', mock: { field: 'username', sent: 'sue miller', code: 'username-characters' } },
  { form: 'account', label: username, typed: 'ANA.GARCIA@example.com', says: 'This username is already taken', serverOnly: true, mock: { field: 'username', sent: 'ANA.GARCIA@example.com', code: 'username-taken' } },
  { form: 'account', label: password, typed: '', says: 'Create a password.', mock: { field: 'password', sent: '', code: 'required' } },
  { form: 'account', label: password, typed: 'Short1!', says: 'The password does not meet every rule', mock: { field: 'password', sent: 'Short1!', code: 'password-too-short' } },
  { form: 'account', label: password, typed: 'blue-heron-42', says: 'The password does not meet every rule', mock: { field: 'password', sent: 'blue-heron-42', code: 'password-uppercase' } },
  { form: 'account', label: password, typed: 'BlueHeronLake', says: 'The password does not meet every rule', mock: { field: 'password', sent: 'BlueHeronLake', code: 'password-number-or-symbol' } },
  { form: 'account', label: password, typed: `B1-${'x'.repeat(126)}`, says: 'The password can have at most 128 characters.', mock: { field: 'password', sent: `B1-${'x'.repeat(126)}`, code: 'password-too-long' } },
  { form: 'account', label: password, typed: 'Password1!', says: 'This password is too common', serverOnly: true, secret: true, mock: { field: 'password', sent: 'Password1!', code: 'password-common' } },
  { form: 'account', label: password, typed: 'Sue#Miller#1962', says: 'The password cannot contain your username, name or date of birth', serverOnly: true, secret: true, mock: { field: 'password', sent: 'Sue#Miller#1962', code: 'password-personal-info' } },
  { form: 'account', label: 'Retype password', typed: 'Blue-Heron-43', says: 'The two passwords do not match.' },
  { form: 'account', label: 'Access your records', mock: { field: 'acceptedTerms', sent: false, code: 'terms-not-accepted' } },
  { form: 'sign-in', label: 'Email address or username', typed: '', says: 'Enter your email address or username.', mock: { field: 'username', sent: '', code: 'required' } },
  { form: 'sign-in', label: 'Password', typed: '', says: 'Enter your password.', mock: { field: 'password', sent: '', code: 'required' } },
];

/** A client that counts what it sends, for an element to use. */
function countingClient() {
  const posts: string[] = [];
  const client = testClient({
    fetch: (input, init) => {
      const request = new Request(input, init);
      if (request.method !== 'GET') posts.push(new URL(request.url).pathname);
      return fetch(request);
    },
  });
  return { client, posts };
}

/** The form of a row on screen, every other field filled in well. */
async function open(form: Form): Promise<{ el: Screen; posts: string[] }> {
  const { client, posts } = countingClient();
  if (form === 'account') {
    const { request } = await verifiedSue();
    const { el } = withRegistration(
      html`<pf-portal><pf-register-account .client=${client} username="sue.miller"></pf-register-account></pf-portal>`,
      request().registrationToken,
    ) as unknown as { el: Screen };
    await accountFormRead(el);
    const select = byLabel<HTMLSelectElement>(el, 'Select a security question');
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change'));
    await typeInto(byLabel(el, answer), 'Biscuit');
    await typeInto(byLabel(el, password), 'Blue-Heron-42');
    await typeInto(byLabel(el, 'Retype password'), 'Blue-Heron-42');
    return { el, posts };
  }
  if (form === 'sign-in') {
    await freshMockPortal();
    const el = await fixture<Screen>(html`<pf-sign-in .client=${client}></pf-sign-in>`);
    await el.updateComplete;
    await typeInto(byLabel(el, 'Email address or username'), ana.email);
    await typeInto(byLabel(el, 'Password'), ana.password);
    return { el, posts };
  }
  const portal = await freshMockPortal();
  const patient = form === 'pin' ? sue : marcus;
  const el = await fixture<Screen>(
    html`<pf-register-verify
      .client=${client}
      invitation=${invitationToken(portal, patient.email)}
    ></pf-register-verify>`,
  );
  await waitForText(el, 'All fields are required');
  if (form !== 'pin') await phoneOnlyForm(el);
  await typeInto(byLabel(el, dob), form === 'pin' ? '03141962' : '11021979');
  if (form === 'pin') {
    await typeInto(byLabel(el, pin), sue.pin);
    return { el, posts };
  }
  await typeInto(byLabel(el, phone), marcus.phone);
  if (form === 'code') {
    inShadow<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => lastMessage(portal, 'sms', '(555) 310-8820'), 'the code is sent', { timeout: 5000 });
    await waitForText(el, 'Enter your security code');
    posts.length = 0;
    await typeInto(byLabel(el, 'Security code'), lastMessage(portal, 'sms', '(555) 310-8820')?.code ?? '');
  }
  return { el, posts };
}

/** Puts a row's value into its field: typed with keys, pasted when long, chosen for a list. */
async function enter(el: Screen, row: Row) {
  const field = byLabel<HTMLInputElement | HTMLSelectElement>(el, row.label);
  if (field instanceof HTMLSelectElement) {
    field.selectedIndex = 0;
    field.dispatchEvent(new Event('change'));
  } else if ((row.typed ?? '').length > 40) {
    field.value = row.typed ?? '';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  } else if (row.typed) {
    await typeInto(field, row.typed);
    // A new password is typed twice, so the only fault left is the one the row tries.
    if (row.label === password) await typeInto(byLabel(el, 'Retype password'), row.typed);
  } else {
    field.focus();
    field.select();
    field.value = '';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContent' }));
  }
  await el.updateComplete;
}

/** The body sent straight to the mock for a row: a good request with the row's field set to its value. */
async function sendStraight(row: Row, mock: NonNullable<Row['mock']>): Promise<Response> {
  const portal = await freshMockPortal();
  const post = (path: string, body: Record<string, unknown>) =>
    fetch(`/api/portal${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...body, [mock.field]: mock.sent }),
    });
  switch (row.form) {
    case 'pin':
      return post(`/invitations/${invitationToken(portal, sue.email)}/verify`, {
        dateOfBirth: sue.dateOfBirth,
        pin: sue.pin,
      });
    case 'phone':
      return post(`/invitations/${invitationToken(portal, marcus.email)}/codes`, {
        dateOfBirth: marcus.dateOfBirth,
        phone: marcus.phone,
        channel: 'sms',
      });
    case 'code': {
      const token = invitationToken(portal, marcus.email);
      await testClient().sendCode(token, { dateOfBirth: marcus.dateOfBirth, phone: marcus.phone, channel: 'sms' });
      return post(`/invitations/${token}/codes/verify`, { code: lastMessage(portal, 'sms', '(555) 310-8820')?.code });
    }
    case 'account': {
      const { request } = await verifiedSue();
      return post('/accounts', { ...request({ username: 'sue.miller' }) });
    }
    case 'sign-in':
      return post('/sessions', { username: ana.email, password: ana.password });
  }
}

describe('bad input is refused by the element', () => {
  for (const row of badInput.filter((candidate) => candidate.typed !== undefined)) {
    it(`${row.form}: ${row.label}: ${JSON.stringify(row.typed?.slice(0, 30))}`, async () => {
      const { el, posts } = await open(row.form);
      await enter(el, row);
      const submit = inShadow<HTMLButtonElement>(el, 'button[type="submit"]');
      submit.click();
      await el.updateComplete;
      const field = () => byLabel<HTMLInputElement>(el, row.label);
      await waitUntil(
        () => describedBy(el, field()).includes(row.says ?? ''),
        `"${row.says}" next to ${row.label}; it reads ${describedBy(el, field())}; the form: ${textOf(el).slice(0, 300)}`,
        { timeout: 5000 },
      );
      expect(field().getAttribute('aria-invalid')).to.equal('true');
      // Only the server can tell: the element sent it once. Otherwise it sent nothing.
      expect(posts).to.have.length(row.serverOnly ? 1 : 0);
      // What was typed stays, but a password the server refused.
      if (!(field() instanceof HTMLSelectElement))
        expect(field().value).to.equal(row.secret ? '' : (row.shown ?? row.typed));
      await expect(el).to.be.accessible();
    });
  }
});

describe('bad input is refused by the mock portal', () => {
  for (const row of badInput) {
    const { mock } = row;
    if (!mock) continue;
    it(`${mock.field}: ${JSON.stringify(typeof mock.sent === 'string' ? mock.sent.slice(0, 30) : mock.sent)}`, async () => {
      const response = await sendStraight(row, mock);
      expect(response.status).to.equal(422);
      const problem = (await response.json()) as { errors?: { field: string; code: string; message: string }[] };
      const error = problem.errors?.find((candidate) => candidate.field === mock.field);
      expect(error?.code, JSON.stringify(problem)).to.equal(mock.code);
      expect(error?.message).to.be.a('string').and.not.equal('');
    });
  }
});
