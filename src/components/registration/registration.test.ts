import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MINUTE } from '../../mocks/index.js';
import '../../pf-portal.js';
import '../../pf-registration.js';
import type { PfPortal } from '../../pf-portal.js';
import type { PfRegistration } from '../../pf-registration.js';
import type { MessageOverrides } from '../../internal/localize.js';
import {
  button,
  byLabel,
  focusedIn,
  inShadow,
  submitAndSettle,
  textOf,
  typeInto,
  waitForText,
} from '../../../test/helpers/dom.js';
import { freshMockPortal, invitationToken, lastMessage, marcus, sue } from '../../../test/helpers/mock-portal.js';
import { accountFormRead, phoneOnlyForm } from '../../../test/helpers/registration.js';

async function registrationFor(token: string | undefined, messages?: MessageOverrides) {
  const portalEl = await fixture<PfPortal>(html`
    <pf-portal>
      <pf-registration
        .messages=${messages}
        invitation=${token ?? ''}
        terms-url="https://www.practicefusion.com/terms-of-use/"
        privacy-url="https://www.practicefusion.com/privacy-policy/"
      ></pf-registration>
    </pf-portal>
  `);
  const el = portalEl.querySelector('pf-registration') as PfRegistration;
  await el.updateComplete;
  return { portalEl, el };
}

const step = <T extends HTMLElement>(el: PfRegistration, tag: string) => inShadow<T>(el, tag);
const headingFocused = (child: HTMLElement) => child.shadowRoot?.activeElement?.localName === 'h2';

/** Sue's identity step, by date of birth and PIN, through to the account step. */
async function verifySue(el: PfRegistration) {
  const verify = step(el, 'pf-register-verify');
  await waitForText(verify, 'All fields are required');
  await typeInto(byLabel(verify, 'Patient’s date of birth'), '03141962');
  await typeInto(byLabel(verify, 'PIN received from patient’s doctor'), '482913');
  button(verify, 'Continue').click();
  await waitUntil(() => el.shadowRoot?.querySelector('pf-register-account'), 'the account step', { timeout: 5000 });
}

async function createAccount(el: PfRegistration) {
  const account = step(el, 'pf-register-account');
  await accountFormRead(account);
  const select = byLabel<HTMLSelectElement>(account, 'Select a security question');
  select.selectedIndex = 1;
  select.dispatchEvent(new Event('change'));
  await typeInto(byLabel(account, 'Enter your answer'), 'Biscuit');
  await typeInto(byLabel(account, 'Create password'), 'Blue-Heron-42');
  await typeInto(byLabel(account, 'Retype password'), 'Blue-Heron-42');
  return account;
}

/**
 * The moment after the account is made: it says so, with the username to sign in with next time, and leads on to the
 * records with one button.
 */
async function welcomeThenRecords(el: PfRegistration, username: string) {
  const account = step(el, 'pf-register-account');
  await waitForText(account, 'Your account is ready');
  expect(textOf(account)).to.contain(`From now on, sign in with ${username} and your new password.`);
  expect(textOf(el)).to.not.contain('Step 2 of 2');
  await waitUntil(() => account.shadowRoot?.activeElement, 'the moment takes focus');
  await expect(el).to.be.accessible();
  button(el, 'See your health records').click();
  await waitUntil(() => el.shadowRoot?.querySelector('pf-health-records'), 'the records', { timeout: 5000 });
}

describe('<pf-registration>', () => {
  // The later steps' code, fetched once for the file as a page fetches it ahead while the patient is on the step
  // before: the test server compiles each module on request, which is no part of what a test measures.
  before(async function () {
    this.timeout(30_000);
    await Promise.all([
      import('../../pf-register-account.js'),
      import('../../pf-sign-in.js'),
      import('../../pf-health-records.js'),
    ]);
  });

  it("passes the practice's words to each step: for every step, or for one by its tag", async () => {
    const mock = await freshMockPortal();
    const { el } = await registrationFor(invitationToken(mock, sue.email), {
      en: {
        agreement:
          'By selecting Access your records, you agree to the Riverside Family Medicine {terms} and {privacy}.',
      },
      'pf-register-verify': { en: { heading: 'Confirm it is you' } },
    });
    const verify = step(el, 'pf-register-verify');
    await waitForText(verify, 'Confirm it is you');
    await verifySue(el);
    const account = step(el, 'pf-register-account');
    await waitUntil(() => account.shadowRoot?.querySelector('form'), 'the account form', { timeout: 5000 });
    expect(textOf(account)).to.contain(
      'you agree to the Riverside Family Medicine User Agreement (opens in a new window)',
    );
    expect(textOf(account)).to.not.contain('Confirm it is you');
    expect(textOf(account)).to.not.contain('Patient Fusion');
    await expect(el).to.be.accessible();
  });

  it('walks Sue from the link to her records by date of birth and PIN, one step at a time', async () => {
    const mock = await freshMockPortal();
    const { el, portalEl } = await registrationFor(invitationToken(mock, sue.email));
    const verify = step(el, 'pf-register-verify');
    await waitForText(verify, 'All fields are required');
    expect(textOf(el)).to.contain('Step 1 of 2');
    await expect(el).to.be.accessible();
    await typeInto(byLabel(verify, 'Patient’s date of birth'), '03141962');
    await typeInto(byLabel(verify, 'PIN received from patient’s doctor'), '482913');
    button(verify, 'Continue').click();

    await waitUntil(() => el.shadowRoot?.querySelector('pf-register-account'), 'the account step', { timeout: 5000 });
    expect(textOf(el)).to.contain('Step 2 of 2');
    const account = await createAccount(el);
    await waitUntil(() => headingFocused(account) || account.shadowRoot?.activeElement, 'focus moved');
    expect(byLabel(account, 'Email address or username').value).to.equal('Sue@gmail.com');
    await expect(el).to.be.accessible();
    const started = oneEvent(portalEl, 'pf-session-started');
    button(account, 'Access your records').click();
    await started;
    await welcomeThenRecords(el, 'Sue@gmail.com');

    const records = await waitUntil(() => el.shadowRoot?.querySelector('pf-health-records'), 'the records', {
      timeout: 5000,
    }).then(() => step(el, 'pf-health-records'));
    await waitForText(records, 'Health records of Sue Miller', 'the records show');
    await waitUntil(() => headingFocused(records), 'the records heading has focus', { timeout: 3000 });
    expect(textOf(el)).to.not.contain('Step');
  });

  it('lets the page style every step through its own parts, from outside the registration', async () => {
    const mock = await freshMockPortal();
    const style = document.createElement('style');
    style.textContent = `
      pf-registration::part(input) { letter-spacing: 3px; }
      pf-registration::part(button) { word-spacing: 7px; }
      pf-registration::part(heading) { text-indent: 5px; }
      pf-registration::part(label) { text-indent: 9px; }
    `;
    document.head.append(style);
    try {
      const { el } = await registrationFor(invitationToken(mock, sue.email));
      const verify = step(el, 'pf-register-verify');
      await waitForText(verify, 'All fields are required');
      const computed = (target: Element) => getComputedStyle(target);
      expect(computed(byLabel(verify, 'Patient’s date of birth')).letterSpacing).to.equal('3px');
      expect(computed(button(verify, 'Continue')).wordSpacing).to.equal('7px');
      expect(computed(inShadow(verify, 'h2')).textIndent).to.equal('5px');
      expect(computed(inShadow(verify, 'label')).textIndent).to.equal('9px');
      await verifySue(el);
      const account = await createAccount(el);
      expect(computed(byLabel(account, 'Create password')).letterSpacing).to.equal('3px');
      await submitAndSettle(account);
      await waitForText(account, 'Your account is ready');
      expect(computed(button(el, 'See your health records')).wordSpacing).to.equal('7px');
    } finally {
      style.remove();
    }
  });

  it('hands focus to the step it shows when the page calls focus(), as the page does after swapping it in', async () => {
    const portal = await freshMockPortal();
    const { el } = await registrationFor(invitationToken(portal, sue.email));
    await waitForText(step(el, 'pf-register-verify'), 'All fields are required');
    el.focus();
    await waitUntil(() => headingFocused(step(el, 'pf-register-verify')), 'the identity step’s heading has focus');
    await verifySue(el);
    const away = await fixture<HTMLButtonElement>(html`<button type="button">elsewhere</button>`);
    away.focus();
    expect(Boolean(focusedIn(el))).to.equal(false);
    el.focus();
    await waitUntil(() => headingFocused(step(el, 'pf-register-account')), 'the account step’s heading has focus', {
      timeout: 5000,
    });
  });

  it('walks Marcus through by a code sent by text', async () => {
    const mock = await freshMockPortal();
    const { el } = await registrationFor(invitationToken(mock, marcus.email));
    const verify = step(el, 'pf-register-verify');
    await waitForText(verify, 'All fields are required');
    await phoneOnlyForm(verify);
    await typeInto(byLabel(verify, 'Patient’s date of birth'), '11021979');
    await typeInto(byLabel(verify, 'Patient’s phone # from his/her doctor’s record'), '5553108820');
    await submitAndSettle(verify);
    await waitForText(verify, 'Enter your security code');
    await typeInto(byLabel(verify, 'Security code'), lastMessage(mock, 'sms', '(555) 310-8820')?.code ?? '');
    button(verify, 'Continue').click();
    await waitUntil(() => el.shadowRoot?.querySelector('pf-register-account'), 'the account step', { timeout: 5000 });
    const account = await createAccount(el);
    expect(byLabel(account, 'Email address or username').value).to.equal(marcus.email);
    button(account, 'Access your records').click();
    await welcomeThenRecords(el, marcus.email);
    await waitForText(step(el, 'pf-health-records'), 'Health records of Marcus Reed');
  });

  it('follows the verify step’s rule for a used link', async () => {
    const mock = await freshMockPortal();
    const listener = (event: Event) => event.preventDefault();
    document.addEventListener('pf-invitation-invalid', listener);
    try {
      const invalid = oneEvent(document.body, 'pf-invitation-invalid');
      const { el } = await registrationFor(invitationToken(mock, 'ana.garcia@example.com'));
      expect((await invalid).detail.reason).to.equal('used');
      await waitForText(
        step(el, 'pf-register-verify'),
        'This link was already used to create an account; sign in instead.',
      );
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('pf-invitation-invalid', listener);
    }
  });

  it('says all of itself in the new language when the page changes it, the step inside included', async () => {
    const mock = await freshMockPortal();
    const { el } = await registrationFor(invitationToken(mock, sue.email));
    const verify = step(el, 'pf-register-verify');
    await waitForText(verify, 'All fields are required');
    el.lang = 'es';
    await waitForText(el, 'Paso 1 de 2');
    await waitForText(verify, 'Verifique su identidad');
    expect(textOf(verify)).to.not.contain('Verify your identity');
    el.lang = 'en';
    await waitForText(el, 'Step 1 of 2');
    await waitForText(verify, 'Verify your identity');
  });

  for (const lang of ['en', 'es'] as const) {
    it(`shows a used link its own screen, with a way to sign in and to call the practice (${lang})`, async () => {
      const mock = await freshMockPortal();
      const listener = (event: Event) => event.preventDefault();
      document.addEventListener('pf-invitation-invalid', listener);
      try {
        const host = await fixture<PfPortal>(html`
          <pf-portal lang=${lang}>
            <pf-registration
              invitation=${invitationToken(mock, 'ana.garcia@example.com')}
              sign-in-url="/portal/sign-in"
            ></pf-registration>
          </pf-portal>
        `);
        const el = host.querySelector('pf-registration')!;
        const verify = step(el, 'pf-register-verify');
        const words = {
          en: ['This link was already used', 'Sign in', 'Call Riverside Family Medicine: (555) 201-0100'],
          es: ['Este enlace ya se usó', 'Iniciar sesión', 'Llamar a Riverside Family Medicine: (555) 201-0100'],
        }[lang];
        await waitForText(verify, words[0]!);
        const signIn = [...verify.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent?.trim() === words[1]);
        expect(signIn?.href).to.equal(new URL('/portal/sign-in', location.href).href);
        const call = [...verify.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent?.trim() === words[2]);
        expect(call?.getAttribute('href')).to.equal('tel:+15552010100');
        // Nothing to go on with: the tab's history entry keeps nothing, so Sign in to this page shows sign-in.
        expect(JSON.stringify(history.state)).to.not.contain('pf-registration');
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('pf-invitation-invalid', listener);
      }
    });
  }

  it('goes back to the identity step, saying why, when the registration runs out of time', async () => {
    const mock = await freshMockPortal();
    const { el } = await registrationFor(invitationToken(mock, sue.email));
    await verifySue(el);
    const account = await createAccount(el);
    mock.clock.advance(30 * MINUTE);
    button(account, 'Access your records').click();
    await waitUntil(() => el.shadowRoot?.querySelector('pf-register-verify'), 'back to verify', { timeout: 5000 });
    expect(textOf(el)).to.contain('Verify your identity again to continue.');
    expect(textOf(el)).to.contain('Step 1 of 2');
    const again = step(el, 'pf-register-verify');
    await waitForText(again, 'Patient’s date of birth');
    expect(byLabel(again, 'Patient’s date of birth').value).to.equal('');
  });

  describe('Reload, Back and Forward', () => {
    const before = location.href;
    afterEach(() => history.replaceState(null, '', before));

    /** The page loaded again on the same history entry: the element made anew, the address as it now is. */
    const reload = async () => {
      for (const old of document.querySelectorAll('pf-portal')) old.remove();
      return registrationFor(undefined);
    };

    it('keeps the link in the tab’s history entry alone, so a reload shows the same identity step', async () => {
      const mock = await freshMockPortal();
      const token = invitationToken(mock, sue.email);
      history.replaceState(null, '', `${location.pathname}?invitation=${token}`);
      const { el } = await registrationFor(undefined);
      await waitForText(step(el, 'pf-register-verify'), 'Patient’s date of birth');
      // In the history entry, never in the address, storage or a cookie.
      expect(location.href).to.not.contain(token);
      expect(JSON.stringify(history.state)).to.contain(token);
      expect(JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie).to.not.contain(token);

      const customElement = customElements.get('pf-registration') as unknown as { inProgress(): boolean };
      expect(customElement.inProgress(), 'a page asks before it shows a sign-in form').to.equal(true);
      const again = (await reload()).el;
      await waitForText(step(again, 'pf-register-verify'), 'Patient’s date of birth');
      expect(textOf(again)).to.contain('Step 1 of 2');
      expect(textOf(again)).to.not.contain('interrupted');
      history.replaceState(null, '');
      expect(customElement.inProgress(), 'another entry holds nothing').to.equal(false);
    });

    for (const lang of ['en', 'es'] as const) {
      it(`says a registration reloaded on the account step was interrupted, and verifies again (${lang})`, async () => {
        const mock = await freshMockPortal();
        history.replaceState(null, '', `${location.pathname}?invitation=${invitationToken(mock, sue.email)}`);
        const { el } = await registrationFor(undefined);
        await verifySue(el);
        // The registration token the identity step gave stays in memory: never in the history entry.
        expect(JSON.stringify(history.state)).to.contain('"account"');
        expect(JSON.stringify(history.state)).to.not.match(/registrationToken/);

        document.documentElement.lang = lang;
        try {
          const again = (await reload()).el;
          const words = {
            en: 'Your registration was interrupted before the account was created. For your security, verify your identity again to continue.',
            es: 'Su registro se interrumpió antes de crear la cuenta. Por su seguridad, verifique su identidad de nuevo para continuar.',
          }[lang];
          await waitForText(again, words);
          await waitForText(step(again, 'pf-register-verify'), lang === 'en' ? 'Patient’s date of birth' : 'Fecha');
          await expect(again).to.be.accessible();
        } finally {
          document.documentElement.lang = 'en';
        }
      });
    }

    it('forgets the link once the account exists: a reload says the account is ready, and signs in', async () => {
      const mock = await freshMockPortal();
      const token = invitationToken(mock, sue.email);
      history.replaceState(null, '', `${location.pathname}?invitation=${token}`);
      const { el, portalEl } = await registrationFor(undefined);
      await verifySue(el);
      const account = await createAccount(el);
      const started = oneEvent(portalEl, 'pf-session-started');
      button(account, 'Access your records').click();
      await started;
      expect(JSON.stringify(history.state)).to.not.contain(token);

      const again = (await reload()).el;
      await waitForText(again, 'Your account is ready. Sign in to see your health records.');
      const signIn = step(again, 'pf-sign-in');
      // Sign-in's code comes after the page's (the registration loads it when it shows it).
      await waitUntil(() => signIn.shadowRoot?.querySelector('form'), 'the sign-in form', { timeout: 5000 });
      expect(textOf(again)).to.not.contain('Step');
      await expect(again).to.be.accessible();
      await typeInto(byLabel(signIn, 'Email address or username'), 'Sue@gmail.com');
      await typeInto(byLabel(signIn, 'Password'), 'Blue-Heron-42');
      button(signIn, 'Sign in').click();
      await waitUntil(() => again.shadowRoot?.querySelector('pf-health-records'), 'the records', { timeout: 5000 });
      await waitForText(step(again, 'pf-health-records'), 'Health records of Sue Miller');
    });

    it('leaves a router’s own history state as it was, and keeps nothing where it is not a plain object', async () => {
      const mock = await freshMockPortal();
      const token = invitationToken(mock, sue.email);
      history.replaceState({ key: 'router-7', idx: 3 }, '', `${location.pathname}?invitation=${token}`);
      await registrationFor(undefined);
      expect(history.state).to.deep.include({ key: 'router-7', idx: 3 });
      history.replaceState('a router’s string', '', `${location.pathname}?invitation=${token}`);
      await reload();
      expect(history.state).to.equal('a router’s string');
    });
  });

  it('reads the token from the address and removes it from there at once', async () => {
    const mock = await freshMockPortal();
    const token = invitationToken(mock, sue.email);
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}?keep=1&invitation=${token}#top`);
    try {
      const { el } = await registrationFor(undefined);
      expect(location.href).to.not.contain(token);
      expect(location.search).to.equal('?keep=1');
      expect(location.hash).to.equal('#top');
      await waitForText(step(el, 'pf-register-verify'), 'Patient’s date of birth');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
