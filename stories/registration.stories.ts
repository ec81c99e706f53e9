import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/pf-portal.js';
import '../src/pf-registration.js';
import { apiBaseOf, fill, invitationFor, type Loaded, press, shadowQuery, waitForWords } from './story-helpers.js';

interface Args {
  patient: string;
  lang: 'en' | 'es';
}

const meta: Meta<Args> = {
  title: 'Registration/pf-registration',
  component: 'pf-registration',
  args: { patient: 'Sue@gmail.com', lang: 'en' },
  argTypes: {
    patient: { control: 'select', options: ['Sue@gmail.com', 'marcus.reed@example.com', 'ana.garcia@example.com'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
  },
  render: ({ patient, lang }, { loaded }) => html`
    <pf-portal lang=${lang} api-base=${apiBaseOf(loaded)}>
      <pf-registration
        invitation=${invitationFor((loaded as Loaded).portal, patient)}
        terms-url="https://www.practicefusion.com/terms-of-use/"
        privacy-url="https://www.practicefusion.com/privacy-policy/"
      ></pf-registration>
    </pf-portal>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Step 1 of 2: the identity step. */
export const Start: Story = {};

/** In Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/** Sue's identity step, by date of birth and PIN: the account step that follows. */
const toAccountStep = async (canvasElement: HTMLElement) => {
  const registration = canvasElement.querySelector('pf-registration')!;
  const verify = await shadowQuery(registration, 'pf-register-verify');
  await shadowQuery(verify, 'form');
  await fill(verify, '#dob', '03/14/1962');
  await fill(verify, '#pin', '482913');
  await press(verify, 'button[type="submit"]');
  return { registration, account: await shadowQuery(registration, 'pf-register-account') };
};

/** Step 2 of 2, after Sue verified. */
export const AccountStep: Story = {
  play: async ({ canvasElement }) => {
    const { account } = await toAccountStep(canvasElement);
    await waitForWords(account, { en: 'Access your records', es: 'Acceder a sus registros' });
  },
};

/** The account is made: a moment that says so, with the username for next time, and one button on to the records. */
export const AccountReady: Story = {
  play: async ({ canvasElement }) => {
    const { registration, account } = await toAccountStep(canvasElement);
    await shadowQuery(account, 'form');
    await fill(account, '#password', 'Blue-Heron-42');
    await fill(account, '#retype', 'Blue-Heron-42');
    await shadowQuery(account, '#question option:nth-child(2)');
    const select = await shadowQuery<HTMLSelectElement>(account, '#question');
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change'));
    await fill(account, '#answer', 'Biscuit');
    await press(account, 'button[type="submit"]');
    await waitForWords(account, { en: 'Your account is ready', es: 'Su cuenta está lista' });
    await waitForWords(registration, { en: 'See your health records', es: 'Ver sus registros de salud' });
  },
};

/** A used link: the verify step's message. */
export const UsedLink: Story = { args: { patient: 'ana.garcia@example.com' } };

/** How a reload finds the registration: what the tab's history entry kept (set here as the element left it). */
const reloaded = (kept: { invitation?: string; step: 'account' | 'created' }, lang: string, loaded: unknown) => {
  history.replaceState({ 'pf-registration': kept }, '');
  return html`<pf-portal lang=${lang} api-base=${apiBaseOf(loaded)}><pf-registration></pf-registration></pf-portal>`;
};

/** Reloaded on the account step: the registration token was in memory only, so the patient verifies again. */
export const ReloadedOnAccountStep: Story = {
  render: ({ lang }, { loaded }) =>
    reloaded({ invitation: invitationFor((loaded as Loaded).portal, 'Sue@gmail.com'), step: 'account' }, lang, loaded),
  play: async ({ canvasElement }) => {
    const registration = canvasElement.querySelector('pf-registration')!;
    await waitForWords(registration, { en: 'was interrupted', es: 'se interrumpió' });
    await shadowQuery(await shadowQuery(registration, 'pf-register-verify'), 'form');
  },
};

/** Reloaded once the account exists: the patient signs in, told their account is ready. */
export const ReloadedAfterAccount: Story = {
  render: ({ lang }, { loaded }) => reloaded({ step: 'created' }, lang, loaded),
  play: async ({ canvasElement }) => {
    const registration = canvasElement.querySelector('pf-registration')!;
    await waitForWords(registration, { en: 'Your account is ready', es: 'Su cuenta está lista' });
    await shadowQuery(await shadowQuery(registration, 'pf-sign-in'), 'form');
  },
};
