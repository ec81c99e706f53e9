import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { MINUTE, SECOND, type MockPortal } from '../../mocks/index.js';
import '../../pf-portal.js';
import '../../pf-sign-in.js';
import '../../pf-account-recovery.js';
import type { PfAccountRecovery } from '../../pf-account-recovery.js';
import type { PfPortal } from '../../pf-portal.js';
import type { PfSignIn } from '../../pf-sign-in.js';
import {
  allInShadow,
  button,
  byLabel,
  emptiedFieldSays,
  focusedIn,
  inShadow,
  submitAndSettle,
  textOf,
  typeInto,
  waitForText,
} from '../../../test/helpers/dom.js';
import {
  ana,
  freshMockPortal,
  heldClient,
  lastMessage,
  rejection,
  testClient,
} from '../../../test/helpers/mock-portal.js';

const anaPhone = '(555) 402-1187';
const grace = { email: 'grace.liu@example.com', dob: '09/09/2001' };
const newPassword = 'Quiet-Harbor-58';

async function recoveryForm(lang = 'en', mode: 'password' | 'username' = 'password') {
  const mock = await freshMockPortal();
  const portalEl = await fixture<PfPortal>(html`
    <pf-portal lang=${lang}><pf-account-recovery mode=${mode}></pf-account-recovery></pf-portal>
  `);
  const el = portalEl.querySelector('pf-account-recovery') as PfAccountRecovery;
  await el.updateComplete;
  return { mock, portalEl, el };
}

/** Presses the step's main button when a field is wrong: no call goes out, the errors show. */
async function submitRefused(el: PfAccountRecovery): Promise<void> {
  inShadow<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

const heading = (el: Element) => inShadow(el, 'h2').textContent?.trim();

/** Through the first steps: the identifier, a code by `channel` (its radio named by `choice`), and the code. */
async function throughCode(el: PfAccountRecovery, mock: MockPortal, choice: RegExp, kind: 'sms' | 'email' = 'sms') {
  await typeInto(byLabel(el, 'Email address or username'), ana.email);
  await submitAndSettle(el);
  byLabel(el, choice).click();
  await submitAndSettle(el);
  const code = lastMessage(mock, kind, kind === 'sms' ? anaPhone : ana.email)?.code ?? '';
  await typeInto(byLabel(el, 'Security code'), code);
  await submitAndSettle(el);
}

/** The right answer, then the new password's form once its policy is in. */
async function answerQuestion(el: PfAccountRecovery): Promise<void> {
  await typeInto(byLabel(el, 'What was the name of your first pet?'), 'Canela');
  await submitAndSettle(el);
  await waitForText(el, 'At least 8 characters');
}

/** The right answer, then a new password typed twice and sent. */
async function answerThenSetPassword(el: PfAccountRecovery): Promise<void> {
  await answerQuestion(el);
  await typeInto(byLabel(el, 'New password'), newPassword);
  await typeInto(byLabel(el, 'Retype new password'), newPassword);
  await submitAndSettle(el);
}

describe('<pf-account-recovery>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('walks Ana from her username to a new password by text, each step accessible, and she signs in with it', async () => {
    const { mock, el } = await recoveryForm();
    const steps: string[] = [];
    el.addEventListener('pf-recovery-step', (event) => steps.push(event.detail.step));
    expect(heading(el)).to.equal('Reset your password');
    await expect(el).to.be.accessible();
    await typeInto(byLabel(el, 'Email address or username'), ana.email);
    await submitAndSettle(el);

    expect(heading(el)).to.equal('Choose where to get a code');
    expect(focusedIn(el)).to.equal(inShadow(el, 'h2'));
    expect(
      allInShadow<HTMLInputElement>(el, 'input[type="radio"]').map((input) => input.labels?.[0]?.textContent?.trim()),
    ).to.deep.equal(['Email to a•••@example.com', 'Text message to (•••) •••-1187', 'Voice call to (•••) •••-1187']);
    await expect(el).to.be.accessible();
    byLabel(el, /^Text message/).click();
    await submitAndSettle(el);

    expect(heading(el)).to.equal('Enter your code');
    expect(textOf(el)).to.contain('If an account matches, we texted a code to (•••) •••-1187.');
    expect(button(el, 'Send a new code').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    const code = lastMessage(mock, 'sms', anaPhone)?.code ?? '';
    await typeInto(byLabel(el, 'Security code'), code);
    await submitAndSettle(el);

    expect(heading(el)).to.equal('Answer your security question');
    // The question is the field's label, shown only now.
    const answer = byLabel(el, 'What was the name of your first pet?');
    await expect(el).to.be.accessible();
    await typeInto(answer, 'canela');
    await submitAndSettle(el);

    expect(heading(el)).to.equal('Choose a new password');
    await waitForText(el, 'At least 8 characters');
    await expect(el).to.be.accessible();
    await typeInto(byLabel(el, 'New password'), newPassword);
    await typeInto(byLabel(el, 'Retype new password'), newPassword);
    const reset = oneEvent(el, 'pf-password-reset');
    await submitAndSettle(el);
    await reset;

    expect(heading(el)).to.equal('Your password was changed');
    expect(textOf(el)).to.contain('you were signed out everywhere');
    expect(allInShadow(el, 'input[type="password"]')).to.have.length(0);
    await expect(el).to.be.accessible();
    expect(steps).to.deep.equal(['channel', 'code', 'question', 'password', 'done']);
    const client = testClient();
    expect((await client.signIn({ username: ana.email, password: newPassword })).patientId).to.equal('p-c3f0a4');
  });

  it('shows the new password form at once; a press before the rules come waits for them, then sends', async () => {
    const mock = await freshMockPortal();
    const slow = heldClient((request) => request.url.endsWith('/password-policy'));
    const el = await fixture<PfAccountRecovery>(
      html`<pf-account-recovery .client=${slow.client}></pf-account-recovery>`,
    );
    await throughCode(el, mock, /^Text message/);
    await typeInto(byLabel(el, 'What was the name of your first pet?'), 'Canela');
    await submitAndSettle(el);
    expect(heading(el)).to.equal('Choose a new password');
    expect(slow.sent.at(-1)).to.equal('GET /api/portal/password-policy');
    await typeInto(byLabel(el, 'New password'), newPassword);
    await typeInto(byLabel(el, 'Retype new password'), newPassword);
    const before = slow.posts().length;
    button(el, 'Change password').click();
    await el.updateComplete;
    expect(inShadow(el, 'button[type="submit"]').textContent).to.contain('Please wait');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(slow.posts(), 'nothing is sent before the rules are known').to.have.length(before);
    const reset = oneEvent(el, 'pf-password-reset');
    slow.release();
    await reset;
    expect(slow.posts().slice(before)).to.deep.equal(['POST /api/portal/recovery/password']);
  });

  it('speaks Spanish at every step, and passes axe there and at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const { mock, el } = await recoveryForm('es');
    expect(heading(el)).to.equal('Restablezca su contraseña');
    await expect(el).to.be.accessible();
    await typeInto(byLabel(el, 'Correo electrónico o nombre de usuario'), ana.email);
    await submitAndSettle(el);
    expect(heading(el)).to.equal('Elija dónde recibir un código');
    await expect(el).to.be.accessible();
    byLabel(el, /^Correo electrónico a/).click();
    await submitAndSettle(el);
    expect(textOf(el)).to.contain('Si una cuenta coincide, enviamos un código por correo a a•••@example.com.');
    await expect(el).to.be.accessible();
    await typeInto(byLabel(el, 'Código de seguridad'), lastMessage(mock, 'email', ana.email)?.code ?? '');
    await submitAndSettle(el);
    byLabel(el, '¿Cómo se llamaba su primera mascota?');
    await expect(el).to.be.accessible();
    await typeInto(byLabel(el, '¿Cómo se llamaba su primera mascota?'), 'Canela');
    await submitAndSettle(el);
    await waitForText(el, 'Su contraseña necesita:');
    await expect(el).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('tells what is wrong next to the field, and empties a wrong code without blaming the patient', async () => {
    const { mock, el } = await recoveryForm();
    await submitRefused(el);
    expect(inShadow(el, '#identifier-error').textContent?.trim()).to.equal('Enter your email address or username.');
    await typeInto(byLabel(el, 'Email address or username'), ana.email);
    await submitAndSettle(el);
    await submitAndSettle(el);
    await submitRefused(el);
    expect(inShadow(el, '#code-error').textContent?.trim()).to.equal('Enter the 6-digit code.');
    const code = lastMessage(mock, 'email', ana.email)?.code ?? '';
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await typeInto(byLabel(el, 'Security code'), wrong);
    await submitAndSettle(el);
    expect(textOf(el)).to.contain('That code is not correct. You have 4 tries left before recovery pauses.');
    expect(emptiedFieldSays(el, byLabel(el, 'Security code'))).to.contain('Type it again.');
  });

  it('counts wrong answers, keeps nothing of them, and starts over at the lock, saying until when and whom to call', async () => {
    const { mock, el } = await recoveryForm();
    await throughCode(el, mock, /^Text message/);
    for (let left = 4; left >= 1; left -= 1) {
      await typeInto(byLabel(el, 'What was the name of your first pet?'), 'Rex');
      await submitAndSettle(el);
      expect(textOf(el)).to.contain(`You have ${left} ${left === 1 ? 'try' : 'tries'} left before recovery pauses.`);
      expect(byLabel<HTMLInputElement>(el, 'What was the name of your first pet?').value).to.equal('');
    }
    await typeInto(byLabel(el, 'What was the name of your first pet?'), 'Rex');
    await submitAndSettle(el);
    expect(heading(el)).to.equal('Reset your password');
    expect(textOf(el)).to.match(
      /recovery is paused after too many tries\. You can start again at .+ \(in 15 minutes\)/,
    );
    expect(inShadow<HTMLAnchorElement>(el, '.summary a[href^="tel:"]').href).to.equal('tel:+15552010100');
    // What the patient typed first is still there.
    expect(byLabel<HTMLInputElement>(el, 'Email address or username').value).to.equal(ana.email);
  });

  it('starts over, the words kept, when the recovery ran out of time', async () => {
    const { mock, el } = await recoveryForm();
    await typeInto(byLabel(el, 'Email address or username'), ana.email);
    await submitAndSettle(el);
    mock.clock.advance(21 * MINUTE);
    await submitAndSettle(el);
    expect(heading(el)).to.equal('Reset your password');
    expect(textOf(el)).to.contain('For your security, this recovery ended. Start again.');
    expect(byLabel<HTMLInputElement>(el, 'Email address or username').value).to.equal(ana.email);
  });

  it('refuses a recent password, or a personal one, next to the field, and keeps no password after a try', async () => {
    const { mock, el } = await recoveryForm();
    // Ana set a new password last week; today she forgot it, and tries it again.
    const client = testClient();
    const { recoveryToken } = await client.startRecovery({ identifier: ana.email });
    await client.sendRecoveryCode({ recoveryToken, channel: 'email' });
    await client.verifyRecoveryCode({ recoveryToken, code: lastMessage(mock, 'email', ana.email)?.code ?? '' });
    await client.answerRecoveryQuestion({ recoveryToken, answer: 'Canela' });
    await client.resetPassword({ recoveryToken, password: newPassword });
    mock.clock.advance(30 * SECOND);

    await throughCode(el, mock, /^Text message/);
    await answerQuestion(el);
    for (const [password, says] of [
      [newPassword, 'Choose a password you have not used recently'],
      ['Ana-Garcia-1990', 'The password cannot contain your username, name or date of birth'],
    ] as const) {
      await typeInto(byLabel(el, 'New password'), password);
      await typeInto(byLabel(el, 'Retype new password'), password);
      await submitAndSettle(el);
      expect(inShadow(el, '#password-error').textContent?.trim()).to.equal(says);
      expect(byLabel<HTMLInputElement>(el, 'New password').value).to.equal('');
      expect(byLabel<HTMLInputElement>(el, 'Retype new password').value).to.equal('');
    }
  });

  it('sends Grace her username by email, never to the screen, and says where', async () => {
    const { mock, el } = await recoveryForm('en', 'username');
    expect(heading(el)).to.equal('Find your username');
    await expect(el).to.be.accessible();
    await typeInto(byLabel(el, 'Email address or phone number'), grace.email);
    await typeInto(byLabel(el, 'Date of birth'), '09092001');
    expect(byLabel<HTMLInputElement>(el, 'Date of birth').value).to.equal(grace.dob);
    const sent = oneEvent(el, 'pf-username-sent');
    await submitAndSettle(el);
    expect((await sent).detail).to.deep.equal({ channel: 'email' });
    expect(heading(el)).to.equal('Check your email');
    expect(textOf(el)).to.contain('we sent its username to g•••@example.com');
    expect(textOf(el)).not.to.contain('grace.liu@');
    await expect(el).to.be.accessible();
    expect(lastMessage(mock, 'email', grace.email)?.body).to.contain('grace.liu@example.com');
  });

  it('checks the email or phone and the date of birth next to each field', async () => {
    const { el } = await recoveryForm('en', 'username');
    await typeInto(byLabel(el, 'Email address or phone number'), 'grace at home');
    await typeInto(byLabel(el, 'Date of birth'), '13/40/2001');
    await submitRefused(el);
    expect(inShadow(el, '#contact-error').textContent?.trim()).to.equal(
      'Enter an email address, or a 10-digit US phone number.',
    );
    expect(inShadow(el, '#dob-error').textContent?.trim()).to.equal(
      'This date does not exist. Check the month and day.',
    );
  });

  it('says recovery is closed after too many failures, with a call to the practice', async () => {
    const { mock, el } = await recoveryForm();
    const client = testClient();
    // Fifty wrong codes in a row, across locks, close recovery for the account.
    for (let tries = 0; tries < 51; tries += 1) {
      const { recoveryToken } = await client.startRecovery({ identifier: ana.email });
      const wrong = await rejection(client.verifyRecoveryCode({ recoveryToken, code: '000000' }));
      if ((wrong as { code?: string }).code === 'recovery-closed') break;
      if ((tries + 1) % 5 === 0) mock.clock.advance(15 * MINUTE);
    }
    await typeInto(byLabel(el, 'Email address or username'), ana.email);
    await submitAndSettle(el);
    await submitAndSettle(el);
    expect(heading(el)).to.equal('Recovery is closed for this account');
    expect(inShadow<HTMLAnchorElement>(el, 'a.call').textContent?.trim()).to.equal('Call Riverside Family Medicine');
    await expect(el).to.be.accessible();
  });

  it('moves focus when the patient switches mode, and neither moves it nor tells the page when the page does', async () => {
    const { el } = await recoveryForm();
    const steps: string[] = [];
    el.addEventListener('pf-recovery-step', (event) => steps.push(`${event.detail.mode} ${event.detail.step}`));
    button(el, 'Forgot your username?').click();
    await el.updateComplete;
    await waitUntil(() => focusedIn(el) === inShadow(el, 'h2'), 'the heading takes focus');
    expect(heading(el)).to.equal('Find your username');
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    el.mode = 'password';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heading(el)).to.equal('Reset your password');
    expect(document.activeElement).to.equal(outside);
    expect(steps).to.deep.equal(['username identify']);
    outside.remove();
  });

  it('leaves focus where the patient moved it while a call ran: a new step or a failure takes it back from no one', async () => {
    const { mock, el } = await recoveryForm();
    const outside = document.createElement('button');
    outside.textContent = 'Elsewhere on the page';
    document.body.append(outside);
    await typeInto(byLabel(el, 'Email address or username'), ana.email);
    inShadow<HTMLButtonElement>(el, 'button[type="submit"]').focus();
    const press = submitAndSettle(el);
    outside.focus();
    await press;
    expect(heading(el)).to.equal('Choose where to get a code');
    await el.updateComplete;
    expect(document.activeElement?.textContent, 'the new step').to.equal('Elsewhere on the page');

    mock.failNext({ kind: 'network' }, 'POST /recovery/codes');
    byLabel(el, /Text message/).click();
    const failing = submitAndSettle(el);
    outside.focus();
    await failing;
    await waitForText(el, 'connect');
    expect(document.activeElement?.textContent, 'the failure').to.equal('Elsewhere on the page');
    await waitUntil(
      () => (inShadow(el, '[aria-live="polite"]').textContent ?? '').includes('connect'),
      'the failure is said',
    );
    outside.remove();
  });

  it('goes to sign-in-url when the page does not handle the way back, never to a script', async () => {
    const { el } = await recoveryForm();
    const went: string[] = [];
    (el as unknown as { navigate: (url: string) => void }).navigate = (url) => went.push(url);
    for (const address of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ]) {
      el.signInUrl = address;
      await el.updateComplete;
      button(el, 'Back to sign in').click();
    }
    el.signInUrl = '/portal/sign-in';
    await el.updateComplete;
    button(el, 'Back to sign in').click();
    expect(went).to.deep.equal([new URL('/portal/sign-in', location.href).href]);
  });

  it('puts the recovery token nowhere the page can read: storage, the URL, the DOM or an event', async () => {
    // The token, as the server hands it out, read off the wire.
    const tokens: string[] = [];
    const original = window.fetch;
    window.fetch = async (input, init) => {
      const response = await original(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (new URL(url, location.href).pathname.endsWith('/recovery') && response.ok) {
        tokens.push(((await response.clone().json()) as { recoveryToken: string }).recoveryToken);
      }
      return response;
    };
    try {
      const { mock, el } = await recoveryForm();
      const seen: string[] = [];
      for (const type of ['pf-recovery-step', 'pf-password-reset']) {
        el.addEventListener(type, (event) => seen.push(JSON.stringify((event as CustomEvent).detail ?? null)));
      }
      const url = location.href;
      const page = () =>
        [
          location.href,
          ...Object.keys(localStorage).map((key) => localStorage.getItem(key)),
          ...Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key)),
          document.documentElement.outerHTML,
          el.shadowRoot?.innerHTML,
          ...seen,
        ].join(' ');
      await throughCode(el, mock, /^Email/, 'email');
      expect(tokens).to.have.length(1);
      expect(page()).not.to.contain(tokens[0]);
      await answerThenSetPassword(el);
      expect(location.href).to.equal(url);
      expect(page()).not.to.contain(tokens[0]);
      for (const secret of [newPassword, 'Canela']) expect(page()).not.to.contain(secret);
      expect(seen.every((detail) => detail === 'null' || /^\{"mode":"\w+","step":"\w+"\}$/.test(detail))).to.equal(
        true,
      );
    } finally {
      window.fetch = original;
    }
  });
});

describe('<pf-sign-in> with recovery', () => {
  it('opens recovery in place, with the username typed, and comes back to sign in with the new password', async () => {
    const mock = await freshMockPortal();
    const portalEl = await fixture<PfPortal>(html`<pf-portal lang="en"><pf-sign-in></pf-sign-in></pf-portal>`);
    const signIn = portalEl.querySelector('pf-sign-in') as PfSignIn;
    await signIn.updateComplete;
    await typeInto(byLabel(signIn, 'Email address or username'), ana.email);
    button(signIn, 'Forgot your password?').click();
    await waitUntil(() => signIn.shadowRoot?.querySelector('pf-account-recovery'));
    const el = inShadow<PfAccountRecovery>(signIn, 'pf-account-recovery');
    await el.updateComplete;
    await waitUntil(() => focusedIn(el) === inShadow(el, 'h2'), 'the recovery heading takes focus');
    // The page's focus() on sign-in, while recovery is in its place, goes to what the patient sees: recovery.
    const away = await fixture<HTMLButtonElement>(html`<button type="button">elsewhere</button>`);
    away.focus();
    expect(Boolean(focusedIn(el))).to.equal(false);
    signIn.focus();
    await waitUntil(() => focusedIn(el) === inShadow(el, 'h2'), 'sign-in hands focus to recovery');
    expect(byLabel<HTMLInputElement>(el, 'Email address or username').value).to.equal(ana.email);
    await submitAndSettle(el);
    byLabel(el, /^Text message/).click();
    await submitAndSettle(el);
    await typeInto(byLabel(el, 'Security code'), lastMessage(mock, 'sms', anaPhone)?.code ?? '');
    await submitAndSettle(el);
    await answerThenSetPassword(el);
    button(el, 'Sign in').click();
    await waitForText(signIn, 'Your password was changed. Sign in with your new password.');
    expect(byLabel<HTMLInputElement>(signIn, 'Email address or username').value).to.equal(ana.email);
    await typeInto(byLabel(signIn, 'Password'), newPassword);
    await submitAndSettle(signIn);
    await waitForText(signIn, 'You are signed in.');
    expect(portalEl.session?.patientId).to.equal('p-c3f0a4');
  });

  it('says a paused sign-in is lifted by a new password, and a recovery lifts it', async () => {
    const mock = await freshMockPortal();
    const portalEl = await fixture<PfPortal>(html`<pf-portal lang="en"><pf-sign-in></pf-sign-in></pf-portal>`);
    const signIn = portalEl.querySelector('pf-sign-in') as PfSignIn;
    await signIn.updateComplete;
    const client = testClient();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await rejection(client.signIn({ username: ana.email, password: 'Guess#1234' }));
    }
    await typeInto(byLabel(signIn, 'Email address or username'), ana.email);
    await typeInto(byLabel(signIn, 'Password'), ana.password);
    await submitAndSettle(signIn);
    expect(textOf(signIn)).to.contain('To sign in now, reset your password: a new password lifts the pause.');
    // Recovery, by the API as the element would do it.
    const { recoveryToken } = await client.startRecovery({ identifier: ana.email });
    await client.sendRecoveryCode({ recoveryToken, channel: 'sms' });
    await client.verifyRecoveryCode({ recoveryToken, code: lastMessage(mock, 'sms', anaPhone)?.code ?? '' });
    await client.answerRecoveryQuestion({ recoveryToken, answer: 'Canela' });
    await client.resetPassword({ recoveryToken, password: newPassword });
    mock.clock.advance(SECOND);
    await typeInto(byLabel(signIn, 'Password'), newPassword);
    await submitAndSettle(signIn);
    await waitForText(signIn, 'You are signed in.');
  });

  it('leaves a tab signed in as another patient signed in when a recovery sets a new password', async () => {
    const mock = await freshMockPortal();
    const other = await fixture<PfPortal>(html`<pf-portal></pf-portal>`);
    const client = testClient();
    other.session = await client.signIn({ username: 'harold.whitaker@example.com', password: ana.password });
    const ended: string[] = [];
    other.addEventListener('pf-session-ended', (event) => ended.push(event.detail.reason));
    const portalEl = await fixture<PfPortal>(html`<pf-portal><pf-account-recovery></pf-account-recovery></pf-portal>`);
    const el = portalEl.querySelector('pf-account-recovery') as PfAccountRecovery;
    await el.updateComplete;
    await throughCode(el, mock, /^Text message/);
    performance.clearResourceTimings();
    await answerThenSetPassword(el);
    await waitForText(el, 'Your password was changed');
    // The other tab asked the server, which still keeps Harold's session: it stays.
    const keepalives = () =>
      performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/sessions/current/keepalive'));
    await waitUntil(() => keepalives().length === 1, 'the other tab asks the server');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ended).to.deep.equal([]);
    expect(other.session?.patientId).to.equal('p-2f6c88');
  });

  it('ends a signed-in portal of another tab when a recovery sets a new password', async () => {
    const mock = await freshMockPortal();
    const other = await fixture<PfPortal>(html`<pf-portal></pf-portal>`);
    const client = testClient();
    other.session = await client.signIn({ username: ana.email, password: ana.password });
    const ended = oneEvent(other, 'pf-session-ended');
    const portalEl = await fixture<PfPortal>(html`<pf-portal><pf-account-recovery></pf-account-recovery></pf-portal>`);
    const el = portalEl.querySelector('pf-account-recovery') as PfAccountRecovery;
    await el.updateComplete;
    await throughCode(el, mock, /^Text message/);
    await answerThenSetPassword(el);
    expect((await ended).detail.reason).to.equal('password-changed');
    expect(other.session).to.equal(undefined);
  });

  it('ends the portals of other tabs when the recovery stands on a page of its own, with no portal', async () => {
    const mock = await freshMockPortal();
    const other = await fixture<PfPortal>(html`<pf-portal></pf-portal>`);
    other.session = await testClient().signIn({ username: ana.email, password: ana.password });
    const ended = oneEvent(other, 'pf-session-ended');
    const el = await fixture<PfAccountRecovery>(
      html`<pf-account-recovery .client=${testClient()}></pf-account-recovery>`,
    );
    await throughCode(el, mock, /^Text message/);
    await answerThenSetPassword(el);
    expect((await ended).detail.reason).to.equal('password-changed');
    expect(other.session).to.equal(undefined);
  });
});
