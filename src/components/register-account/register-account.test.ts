import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { MINUTE } from '../../mocks/index.js';
import '../../pf-portal.js';
import '../../pf-register-account.js';
import type { PfPortal } from '../../pf-portal.js';
import type { PfRegisterAccount } from '../../pf-register-account.js';
import {
  allInShadow,
  button,
  byLabel,
  emptiedFieldSays,
  focusedIn,
  inShadow,
  pressTab,
  submitAndSettle,
  textOf,
  typeInto,
  waitForText,
} from '../../../test/helpers/dom.js';
import { heldClient, testClient, verifiedSue } from '../../../test/helpers/mock-portal.js';
import { accountFormRead, withRegistration } from '../../../test/helpers/registration.js';

const labels = {
  question: 'Select a security question',
  answer: 'Enter your answer',
  username: 'Email address or username',
  password: 'Create password',
  retype: 'Retype password',
};

async function accountForSue(options: { lang?: string; termsUrl?: string } = {}) {
  const { portal, client, request } = await verifiedSue();
  const { registrationToken } = request();
  const portalEl = withRegistration<PfPortal>(
    html`
      <pf-portal lang=${options.lang ?? 'en'}>
        <pf-register-account
          username="Sue@gmail.com"
          terms-url=${options.termsUrl ?? 'https://www.practicefusion.com/terms-of-use/'}
          privacy-url="https://www.practicefusion.com/privacy-policy/"
        ></pf-register-account>
      </pf-portal>
    `,
    registrationToken,
  ).root;
  const el = portalEl.querySelector('pf-register-account') as PfRegisterAccount;
  await accountFormRead(el);
  return { portal, client, el, portalEl, registrationToken };
}

async function chooseQuestion(el: PfRegisterAccount, index = 1) {
  const select = byLabel<HTMLSelectElement>(el, labels.question);
  select.selectedIndex = index;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function fillAll(el: PfRegisterAccount, password = 'Blue-Heron-42', retype = password) {
  await chooseQuestion(el);
  await typeInto(byLabel(el, labels.answer), 'Biscuit');
  await typeInto(byLabel(el, labels.password), password);
  await typeInto(byLabel(el, labels.retype), retype);
}

const submit = (el: PfRegisterAccount) => button(el, 'Access your records');
const rules = (el: PfRegisterAccount) =>
  allInShadow(el, '.rules li').map(
    (item) => `${item.classList.contains('met') ? '✓' : '○'} ${item.textContent?.replace(/\s+/g, ' ').trim()}`,
  );

describe('<pf-register-account>', () => {
  it('asks for the username and password first, then the question, each choice under one label', async () => {
    const { el } = await accountForSue();
    const order = allInShadow<HTMLLabelElement>(el, 'label')
      .map((label) => label.textContent?.replace(/\s+/g, ' ').trim())
      .filter((text) => Object.values(labels).includes(text ?? ''));
    expect(order).to.deep.equal([labels.username, labels.password, labels.retype, labels.question, labels.answer]);
    // The question's select is named once, by its own label: no legend over it saying the same.
    expect(allInShadow(el, 'legend').map((legend) => legend.textContent?.trim())).to.deep.equal(['Create account']);
  });

  for (const [lang, question, answerLabel] of [
    ['en', 'What was the last name of your favorite teacher?', labels.answer],
    ['es', '¿Cuál era el apellido de su maestro o maestra favorito?', 'Escriba su respuesta'],
  ] as const) {
    it(`shows the whole question chosen by its answer, at 320 px too (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el } = await accountForSue({ lang });
        const select = allInShadow<HTMLSelectElement>(el, 'select')[0]!;
        const index = [...select.options].findIndex((option) => option.text.trim() === question);
        expect(index, `the question "${question}" is offered`).to.be.greaterThan(0);
        select.selectedIndex = index;
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
        const answer = byLabel(el, answerLabel);
        const hints = (answer.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => el.shadowRoot!.getElementById(id))
          .filter((hint): hint is HTMLElement => Boolean(hint));
        const shown = hints.find((hint) => hint.textContent?.includes(question));
        expect(shown, 'the answer field says the question in full').to.not.equal(undefined);
        // Wrapped, not cut: the words fit the width they have.
        expect(shown!.scrollWidth).to.be.at.most(shown!.clientWidth);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('creates the account: the session goes into the portal and the page hears of it', async () => {
    const { el, portalEl } = await accountForSue();
    await expect(el).to.be.accessible();
    expect(textOf(el)).to.contain('Sign up for online health records access');
    expect(textOf(el)).to.contain('All fields are required');
    expect(byLabel(el, labels.username).value).to.equal('Sue@gmail.com');
    await fillAll(el);
    const created = oneEvent(el, 'pf-account-created');
    const started = oneEvent(portalEl, 'pf-session-started');
    submit(el).click();
    expect((await created).detail).to.deep.equal({ username: 'Sue@gmail.com' });
    await started;
    expect(portalEl.session?.patientId).to.equal('p-4a1e7c');
    await waitForText(el, 'Your account is ready');
    expect(focusedIn(el)?.localName).to.equal('h2');
    expect(allInShadow(el, 'input[type="password"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone', async () => {
    const { el } = await accountForSue();
    byLabel(el, labels.username).focus(); // pre-filled
    await pressTab(); // password
    await sendKeys({ type: 'Blue-Heron-42' });
    await pressTab(); // show password
    await pressTab(); // retype
    await sendKeys({ type: 'Blue-Heron-42' });
    await pressTab(); // show password
    await pressTab(); // the question
    await sendKeys({ press: 'ArrowDown' });
    await pressTab(); // the answer
    await sendKeys({ type: 'Biscuit' });
    const created = oneEvent(el, 'pf-account-created');
    await sendKeys({ press: 'Enter' });
    expect((await created).detail.username).to.equal('Sue@gmail.com');
  });

  it('gives password managers what they look for: real inputs in a real form, with autocomplete', async () => {
    const { el } = await accountForSue();
    const username = byLabel(el, labels.username);
    const password = byLabel(el, labels.password);
    const retype = byLabel(el, labels.retype);
    expect(username.form).to.be.instanceOf(HTMLFormElement);
    expect(password.form).to.equal(username.form);
    expect(username.autocomplete).to.equal('username');
    expect([password.autocomplete, retype.autocomplete]).to.deep.equal(['new-password', 'new-password']);
    expect([password.type, retype.type]).to.deep.equal(['password', 'password']);
    expect(password.getAttribute('onpaste')).to.equal(null);
  });

  it('ticks each password rule as the patient types, and says so once they pause', async () => {
    const { el } = await accountForSue();
    expect(rules(el)).to.deep.equal([
      '○ At least 8 characters: not yet',
      '○ An UPPERCASE letter: not yet',
      '○ A number or a symbol: not yet',
    ]);
    const password = byLabel(el, labels.password);
    await typeInto(password, 'heron');
    expect(rules(el).map((rule) => rule[0])).to.deep.equal(['○', '○', '○']);
    await sendKeys({ type: 'Blue' });
    expect(rules(el).map((rule) => rule[0])).to.deep.equal(['✓', '✓', '○']);
    await sendKeys({ type: '4' });
    expect(rules(el)).to.deep.equal([
      '✓ At least 8 characters: done',
      '✓ An UPPERCASE letter: done',
      '✓ A number or a symbol: done',
    ]);
    const live = inShadow(el, '[aria-live="polite"]');
    await waitUntil(() => live.textContent === 'All password rules are met.', 'announced', { timeout: 4000 });
    expect(password.getAttribute('aria-describedby')).to.contain('password-rules');
  });

  it('shows and hides each password', async () => {
    const { el } = await accountForSue();
    const password = byLabel(el, labels.password);
    const toggle = allInShadow<HTMLButtonElement>(el, 'button.reveal').find(
      (item) => item.getAttribute('aria-controls') === 'password',
    )!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(password.type).to.equal('text');
    expect(toggle.textContent?.trim()).to.equal('Hide password');
    toggle.click();
    await el.updateComplete;
    expect(password.type).to.equal('password');
  });

  it('says when the passwords do not match, and when a rule is not met', async () => {
    const { el } = await accountForSue();
    await fillAll(el, 'Blue-Heron-42', 'Blue-Heron-43');
    await pressTab();
    await el.updateComplete;
    expect(inShadow(el, '#retype-error').textContent).to.equal('The two passwords do not match.');
    await typeInto(byLabel(el, labels.password), 'bluebird');
    await pressTab();
    await el.updateComplete;
    expect(inShadow(el, '#password-error').textContent).to.equal(
      'The password does not meet every rule in the list yet.',
    );
    const long = byLabel(el, labels.password);
    long.value = `Blue-Heron-${'4'.repeat(118)}`;
    long.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
    await el.updateComplete;
    expect(inShadow(el, '#password-error').textContent).to.equal('The password can have at most 128 characters.');
    await expect(el).to.be.accessible();
  });

  it('checks the username and the answer before sending', async () => {
    const { el } = await accountForSue();
    const cases: [string, string][] = [
      ['ab', 'The username needs at least 3 characters.'],
      ['sue miller', 'Use only letters, numbers and . _ @ + - in the username, with no spaces.'],
      ['', 'Enter an email address or a username.'],
    ];
    for (const [typed, message] of cases) {
      await typeInto(byLabel(el, labels.username), typed || 'x');
      if (!typed) {
        byLabel(el, labels.username).select();
        await sendKeys({ press: 'Backspace' });
      }
      await pressTab();
      await el.updateComplete;
      expect(inShadow(el, '#username-error').textContent, typed).to.equal(message);
    }
    await typeInto(byLabel(el, labels.answer), 'ab');
    await pressTab();
    await el.updateComplete;
    expect(inShadow(el, '#answer-error').textContent).to.equal('The answer needs at least 3 characters.');
    submit(el).click();
    await el.updateComplete;
    const summary = inShadow(el, '.summary');
    expect(focusedIn(el)).to.equal(summary);
    expect(summary.textContent).to.contain('Choose a security question.');
    expect(summary.textContent).to.contain('Create a password.');
    await expect(el).to.be.accessible();
  });

  it('shows the server’s refusals by their fields and keeps all but the passwords', async () => {
    const { el } = await accountForSue();
    await fillAll(el, 'Password1!');
    await typeInto(byLabel(el, labels.username), 'ana.garcia@example.com');
    await submitAndSettle(el);
    expect(inShadow(el, '#username-error').textContent).to.equal('This username is already taken');
    expect(inShadow(el, '#password-error').textContent).to.equal('This password is too common; choose another');
    expect(byLabel(el, labels.password).value).to.equal('');
    // The retype field was emptied by the element, not left empty by the patient: it is not blamed.
    expect(emptiedFieldSays(el, byLabel(el, labels.retype))).to.contain('Cleared for your safety. Type it again.');
    expect(byLabel(el, labels.answer).value).to.equal('Biscuit');
    expect(byLabel<HTMLSelectElement>(el, labels.question).selectedIndex).to.equal(1);
    expect(byLabel(el, labels.username).value).to.equal('ana.garcia@example.com');
    await expect(el).to.be.accessible();

    await typeInto(byLabel(el, labels.username), 'Sue@gmail.com');
    await typeInto(byLabel(el, labels.password), 'Miller#Family9');
    await typeInto(byLabel(el, labels.retype), 'Miller#Family9');
    await submitAndSettle(el);
    expect(inShadow(el, '#password-error').textContent).to.equal(
      'The password cannot contain your username, name or date of birth',
    );
    expect(allInShadow(el, '#username-error')).to.have.length(0);
  });

  for (const [name, spoil] of [
    [
      'expired',
      async (context: Awaited<ReturnType<typeof accountForSue>>) => context.portal.clock.advance(30 * MINUTE),
    ],
    [
      'already used',
      async ({ client, registrationToken }: Awaited<ReturnType<typeof accountForSue>>) => {
        await client.createAccount({
          registrationToken,
          username: 'sue.miller',
          password: 'Blue-Heron-42',
          securityQuestionId: 'first-pet',
          securityAnswer: 'Biscuit',
          acceptedTerms: true,
        });
      },
    ],
  ] as const) {
    it(`sends the patient back to the email link when the registration token is ${name}`, async () => {
      const context = await accountForSue();
      await spoil(context);
      const { el } = context;
      await fillAll(el);
      const expired = oneEvent(el, 'pf-registration-expired');
      submit(el).click();
      await expired;
      await waitForText(el, 'Your registration session has ended');
      expect(textOf(el)).to.contain('Open the link in your registration email again');
      expect(focusedIn(el)?.localName).to.equal('h2');
      await expect(el).to.be.accessible();
    });
  }

  const faults = [
    ['network', { kind: 'network' }, 'We could not reach the patient portal'],
    ['server error', { kind: 'status', status: 500 }, 'Something went wrong on our side'],
    ['malformed body', { kind: 'malformed' }, 'an answer we could not read'],
  ] as const;
  for (const [name, fault, words] of faults) {
    it(`keeps all but the passwords after a ${name}, and works when sent again`, async () => {
      const { portal, el } = await accountForSue();
      await fillAll(el);
      portal.failNext(fault, 'POST /accounts');
      await submitAndSettle(el);
      const summary = inShadow(el, '.summary');
      expect(summary.textContent).to.contain(words);
      expect(summary.textContent).to.contain('type your new password twice again');
      expect(focusedIn(el)).to.equal(summary);
      for (const field of [labels.password, labels.retype])
        expect(emptiedFieldSays(el, byLabel(el, field)), field).to.contain('Cleared for your safety. Type it again.');
      expect(byLabel(el, labels.answer).value).to.equal('Biscuit');
      await expect(el).to.be.accessible();
      await typeInto(byLabel(el, labels.password), 'Blue-Heron-42');
      await typeInto(byLabel(el, labels.retype), 'Blue-Heron-42');
      const created = oneEvent(el, 'pf-account-created');
      submit(el).click();
      await created;
    });
  }

  it('times out, and works when sent again', async () => {
    // Long enough that the questions and password rules, read as the form is drawn, are answered within it on a
    // busy machine.
    const { portal, request } = await verifiedSue();
    const el = withRegistration(
      html`<pf-portal
        ><pf-register-account .client=${testClient({ timeout: 1500 })} username="Sue@gmail.com"></pf-register-account
      ></pf-portal>`,
      request().registrationToken,
    ).el as PfRegisterAccount;
    await waitUntil(() => allInShadow(el, 'form').length, 'the form', { timeout: 5000 });
    await fillAll(el);
    portal.failNext({ kind: 'delay', ms: 'infinite' }, 'POST /accounts');
    await submitAndSettle(el);
    expect(inShadow(el, '.summary').textContent).to.contain('taking too long');
    await typeInto(byLabel(el, labels.password), 'Blue-Heron-42');
    await typeInto(byLabel(el, labels.retype), 'Blue-Heron-42');
    const created = oneEvent(el, 'pf-account-created');
    submit(el).click();
    await created;
  });

  it('is busy while it sends and never sends twice', async () => {
    const { portal, el } = await accountForSue();
    await fillAll(el);
    portal.failNext({ kind: 'delay', ms: 400 }, 'POST /accounts');
    submit(el).click();
    await el.updateComplete;
    const busy = inShadow(el, 'button[type="submit"]');
    expect(busy.getAttribute('aria-disabled')).to.equal('true');
    busy.click();
    busy.click();
    await waitForText(el, 'Your account is ready');
    expect(portal.audit.filter((event) => event.event === 'account.created')).to.have.length(1);
  });

  describe('before its questions and password rules are read', () => {
    /** Sue's account form on a client whose reads of the questions and the password rules wait for the test. */
    async function earlyAccount() {
      const { request } = await verifiedSue();
      const slow = heldClient((held) => held.method === 'GET');
      const el = withRegistration(
        html`<pf-portal
          ><pf-register-account .client=${slow.client} username="Sue@gmail.com"></pf-register-account
        ></pf-portal>`,
        request().registrationToken,
      ).el as PfRegisterAccount;
      await el.updateComplete;
      return { el, slow };
    }

    it('shows the form at once; a press meanwhile waits for them, then says what is left to do', async () => {
      const { el, slow } = await earlyAccount();
      expect(byLabel(el, labels.username).value).to.equal('Sue@gmail.com');
      const select = byLabel<HTMLSelectElement>(el, labels.question);
      expect([...select.options].map((option) => option.text.trim())).to.deep.equal(['Getting the questions…']);
      await typeInto(byLabel(el, labels.password), 'Blue-Heron-42');
      await typeInto(byLabel(el, labels.retype), 'Blue-Heron-42');
      await typeInto(byLabel(el, labels.answer), 'Biscuit');
      submit(el).click();
      await el.updateComplete;
      const busy = inShadow(el, 'button[type="submit"]');
      expect(busy.getAttribute('aria-disabled')).to.equal('true');
      expect(busy.textContent).to.contain('Please wait');
      slow.release();
      await waitUntil(() => focusedIn(el)?.classList.contains('summary'), 'the summary takes focus');
      expect(inShadow(el, '.summary').textContent).to.contain('Choose a security question.');
      expect(slow.posts(), 'nothing is sent').to.deep.equal([]);
      // The password rules came with the questions: the checklist shows them met.
      expect(rules(el).every((rule) => rule.startsWith('✓'))).to.equal(true);
      expect(byLabel(el, labels.password).value, 'nothing the element emptied').to.equal('Blue-Heron-42');
      await chooseQuestion(el);
      const created = oneEvent(el, 'pf-account-created');
      submit(el).click();
      await created;
      expect(slow.posts()).to.deep.equal(['POST /api/portal/accounts']);
    });

    it('keeps the form and what was typed when they cannot be read, and a press reads them again', async () => {
      const { request, portal } = await verifiedSue();
      portal.failNext({ kind: 'network' }, 'GET /security-questions');
      const el = withRegistration(
        html`<pf-portal
          ><pf-register-account .client=${testClient({ retries: 0 })} username="Sue@gmail.com"></pf-register-account
        ></pf-portal>`,
        request().registrationToken,
      ).el as PfRegisterAccount;
      await waitUntil(() => allInShadow(el, 'form').length, 'the form');
      await typeInto(byLabel(el, labels.password), 'Blue-Heron-42');
      await waitForText(el, 'We could not reach the patient portal');
      expect(focusedIn(el)?.id, 'focus stays in the field').to.equal('password');
      expect(byLabel(el, labels.password).value).to.equal('Blue-Heron-42');
      await expect(el).to.be.accessible();
      submit(el).click();
      await waitUntil(() => byLabel<HTMLSelectElement>(el, labels.question).options.length > 1, 'the questions');
      await waitUntil(() => focusedIn(el)?.classList.contains('summary'), 'the summary takes focus');
      expect(inShadow(el, '.summary').textContent).to.contain('Choose a security question.');
      expect(inShadow(el, '.summary').textContent).to.not.contain('We could not reach the patient portal');
    });
  });

  it('loads the questions again when they cannot be read', async () => {
    const { request, portal } = await verifiedSue();
    portal.failRoute({ kind: 'status', status: 503 }, 'GET /security-questions');
    const el = withRegistration(
      html`<pf-portal><pf-register-account .client=${testClient({ retries: 0 })}></pf-register-account></pf-portal>`,
      request().registrationToken,
    ).el as PfRegisterAccount;
    await waitForText(el, 'Something went wrong on our side');
    await expect(el).to.be.accessible();
    portal.clearFaults();
    button(el, 'Try again').click();
    await waitForText(el, labels.question);
  });

  it('links the agreement only to https pages, in a new window that cannot reach back', async () => {
    const { el } = await accountForSue({ termsUrl: 'javascript:alert(1)' });
    expect(textOf(el)).to.contain('By selecting Access your records, you agree to the Patient Fusion User Agreement');
    const links = allInShadow<HTMLAnchorElement>(el, '.agreement a');
    expect(links.map((link) => link.href)).to.deep.equal(['https://www.practicefusion.com/privacy-policy/']);
    expect(links[0]?.target).to.equal('_blank');
    expect(links[0]?.rel).to.equal('noopener noreferrer');
    expect(links[0]?.textContent).to.contain('(opens in a new window)');
  });

  it('asks its questions in Spanish under lang="es"', async () => {
    const { el } = await accountForSue({ lang: 'es' });
    await waitForText(el, 'Regístrese para ver sus registros de salud en línea');
    const options = [...byLabel<HTMLSelectElement>(el, 'Seleccione una pregunta de seguridad').options].map((option) =>
      option.text.trim(),
    );
    expect(options).to.include('¿Cómo se llamaba su primera mascota?');
    await expect(el).to.be.accessible();
  });

  it('says at once that the registration is over when it has no token', async () => {
    const el = document.createElement('pf-register-account');
    const expired = oneEvent(el, 'pf-registration-expired');
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    await expired;
    await waitForText(el, 'Your registration session has ended');
  });
});
