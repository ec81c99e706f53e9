/**
 * What a screen reader user hears, in English and in Spanish, through a whole registration and a sign-in: each
 * error summary read with its errors when it takes focus, a field's error said when the patient leaves the field,
 * each new step announced by its heading, and every outcome (signed in, signed out) heard. Only progress words
 * ("Loading…") may arrive in a way some screen readers skip; nothing that matters depends on them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/pf-health-records.js';
import '../../src/pf-portal.js';
import '../../src/pf-registration.js';
import '../../src/pf-sign-in.js';
import { recordsMessages } from '../../src/components/health-records/health-records.messages.js';
import { accountMessages } from '../../src/components/register-account/register-account.messages.js';
import { verifyMessages } from '../../src/components/register-verify/register-verify.messages.js';
import { registrationMessages } from '../../src/components/registration/registration.messages.js';
import { signInMessages } from '../../src/components/sign-in/sign-in.messages.js';
import { commonMessages } from '../../src/internal/common.messages.js';
import { newPasswordMessages } from '../../src/internal/new-password.js';
import { wordsOf } from '../../src/internal/localize.js';
import { button, byLabel, inShadow, pressTab, typeInto, waitForText } from '../helpers/dom.js';
import { ana, freshMockPortal, invitationToken, sue } from '../helpers/mock-portal.js';
import { listenLikeAScreenReader, type ScreenReader } from '../helpers/screen-reader.js';

/**
 * A message that arrived in a way some screen readers skip must be progress words, or be read anyway because it then
 * takes focus: never an outcome or an error left unsaid.
 */
function expectOnlyProgressUnheard(reader: ScreenReader, progress: string[]): void {
  const unheard = reader.said
    .filter((line) => line.startsWith('unheard: '))
    .map((line) => line.slice('unheard: '.length))
    .filter((text) => !progress.includes(text) && !reader.said.includes(`focus: ${text}`));
  expect(unheard, `messages some screen readers would skip, in:\n${reader.said.join('\n')}`).to.deep.equal([]);
}

for (const lang of ['en', 'es'] as const) {
  const verifyText = await wordsOf(verifyMessages, lang);
  const accountText = await wordsOf(accountMessages, lang);
  const registrationText = await wordsOf(registrationMessages, lang);
  const signInText = await wordsOf(signInMessages, lang);
  const recordsText = await wordsOf(recordsMessages, lang);
  const common = await wordsOf(commonMessages, lang);
  const newPasswordText = await wordsOf(newPasswordMessages, lang);

  describe(`what a screen reader says (${lang})`, () => {
    let reader: ScreenReader;
    afterEach(() => reader.stop());

    it('through a registration: errors with the summary, a field’s error on leaving it, each step’s heading', async () => {
      const mock = await freshMockPortal();
      reader = listenLikeAScreenReader();
      const wrapper = await fixture(html`
        <pf-portal lang=${lang}>
          <pf-registration
            invitation=${invitationToken(mock, sue.email)}
            terms-url="https://example.com/terms"
            privacy-url="https://example.com/privacy"
          ></pf-registration>
        </pf-portal>
      `);
      const el = wrapper.querySelector('pf-registration')!;
      await waitUntil(() => el.shadowRoot?.querySelector('pf-register-verify')?.shadowRoot?.querySelector('form'));
      const verify = inShadow(el, 'pf-register-verify');

      await typeInto(byLabel(verify, verifyText.dobLabel), '02301990');
      await pressTab();
      await reader.hears(`polite: ${verifyText.dobInvalid}`);

      button(verify, verifyText.continue).click();
      await reader.hears(`focus: ${common.summaryHeading} — ${verifyText.dobInvalid} ${verifyText.pinRequired}`);

      await typeInto(byLabel(verify, verifyText.dobLabel), '03141962');
      await typeInto(byLabel(verify, verifyText.pinLabel), '111111');
      button(verify, verifyText.continue).click();
      await reader.hears(`focus: ${verifyText.identityFailed(4)}`);

      await typeInto(byLabel(verify, verifyText.pinLabel), sue.pin);
      button(verify, verifyText.continue).click();
      await waitUntil(() => el.shadowRoot?.querySelector('pf-register-account')?.shadowRoot?.querySelector('form'));
      const account = inShadow(el, 'pf-register-account');
      await reader.hears(`focus: ${accountText.heading}`);

      button(account, accountText.submit).click();
      // The username comes filled in: the first thing to fix is the password, the first field after it.
      await reader.hears(`focus: ${common.summaryHeading} — ${accountText.passwordRequired}`);
      const question = byLabel<HTMLSelectElement>(account, accountText.questionLabel);
      question.selectedIndex = 1;
      question.dispatchEvent(new Event('change'));
      await typeInto(byLabel(account, accountText.answerLabel), 'Biscuit');
      await typeInto(byLabel(account, accountText.passwordLabel), 'Blue-Heron-42');
      await reader.hears(`polite: ${newPasswordText.rulesProgress(1, 1)}`);
      await typeInto(byLabel(account, accountText.retypeLabel), 'Blue-Heron-42');
      button(account, accountText.submit).click();

      // The account is ready: said when it takes focus, with the username to sign in with next time.
      await reader.hears(`focus: ${accountText.createdText('Sue@gmail.com')}`);
      button(el, registrationText.toRecords).click();
      await waitUntil(() => el.shadowRoot?.querySelector('pf-health-records'), 'the records step');
      // The heading names Sue once her name has loaded; it may take focus before.
      const headings = [`focus: ${recordsText.heading}`, `focus: ${recordsText.patient('Sue Miller')}`];
      await reader.hears((line) => headings.includes(line));
      expectOnlyProgressUnheard(reader, [recordsText.loading]);
    });

    it('through a sign-in and a sign-out: the refusal, then “signed in”, then “signed out”', async () => {
      await freshMockPortal();
      const wrapper = await fixture(html`
        <pf-portal lang=${lang}><pf-sign-in></pf-sign-in><pf-health-records></pf-health-records></pf-portal>
      `);
      const signIn = wrapper.querySelector('pf-sign-in')!;
      const records = wrapper.querySelector('pf-health-records')!;
      await waitForText(signIn, signInText.heading);
      await waitForText(records, recordsText.signedOut);
      reader = listenLikeAScreenReader();

      await typeInto(byLabel(signIn, signInText.usernameLabel), ana.email);
      await typeInto(byLabel(signIn, signInText.passwordLabel), 'Not-her-password-1');
      button(signIn, signInText.submit).click();
      await reader.hears(`focus: ${signInText.failed}`);

      await typeInto(byLabel(signIn, signInText.passwordLabel), ana.password);
      button(signIn, signInText.submit).focus();
      button(signIn, signInText.submit).click();
      await reader.hears(`focus: ${signInText.signedIn}`);

      await waitForText(records, recordsText.signOut);
      button(records, recordsText.signOut).focus();
      button(records, recordsText.signOut).click();
      await reader.hears(`focus: ${recordsText.signedOut}`);
      expectOnlyProgressUnheard(reader, [recordsText.loading]);
    });
  });
}
