import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createPortalClient, type PortalClient, type Verification } from '../src/api/index.js';
import { nistPasswordPolicy } from '../src/mocks/index.js';
import '../src/pf-portal.js';
import '../src/pf-register-account.js';
import {
  apiBaseOf,
  fill,
  invitationFor,
  type Loaded,
  longestWait,
  press,
  shadowQuery,
  waitForWords,
} from './story-helpers.js';

interface Args {
  lang: 'en' | 'es';
}

interface AccountLoaded extends Loaded {
  verification?: Verification;
}

/**
 * Sue's account step in a portal, after her identity step; `client`, when given, is the element's own instead of the
 * portal's (a story whose wait outlasts the portal client's timeout).
 */
const accountStep = (lang: Args['lang'], loaded: unknown, client?: PortalClient) => html`
  <pf-portal lang=${lang} api-base=${apiBaseOf(loaded)}>
    <pf-story-registration .verification=${(loaded as AccountLoaded).verification}></pf-story-registration>
    <pf-register-account
      username="Sue@gmail.com"
      terms-url="https://www.practicefusion.com/terms-of-use/"
      privacy-url="https://www.practicefusion.com/privacy-policy/"
      .client=${client}
    ></pf-register-account>
  </pf-portal>
`;

const meta: Meta<Args> = {
  title: 'Registration/pf-register-account',
  component: 'pf-register-account',
  args: { lang: 'en' },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'es'] } },
  // Sue verifies first, as she would have on the step before; the story shows the step after.
  beforeEach: async ({ loaded }) => {
    const context = loaded as AccountLoaded;
    const token = invitationFor(context.portal, 'Sue@gmail.com');
    context.verification = await createPortalClient({ apiBase: context.apiBase }).verifyPin(token, {
      dateOfBirth: '1962-03-14',
      pin: '482913',
    });
  },
  render: ({ lang }, { loaded }) => accountStep(lang, loaded),
};
export default meta;

type Story = StoryObj<Args>;

const element = async (canvas: HTMLElement) => {
  const el = canvas.querySelector('pf-register-account');
  if (!el) throw new Error('no pf-register-account');
  await shadowQuery(el, 'form');
  return el;
};

const chooseQuestion = async (el: Element) => {
  // The form is drawn at once; its questions come when read.
  await shadowQuery(el, '#question option:nth-child(2)');
  const select = await shadowQuery<HTMLSelectElement>(el, '#question');
  select.selectedIndex = 1;
  select.dispatchEvent(new Event('change'));
};

/** The form, the username pre-filled from the verify step. */
export const Form: Story = {};

/** The form in Spanish, with the questions in Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/** The checklist part-way: long enough, with an uppercase letter, still no number or symbol. */
export const PasswordRules: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await fill(el, '#password', 'BlueHeron');
  },
};

/**
 * The portal publishes NIST SP 800-63B-4's policy (15 characters, no composition rules): the checklist follows it,
 * and a breached password is refused next to its field.
 */
export const NistPolicy: Story = {
  beforeEach: ({ loaded }) => {
    Object.assign((loaded as AccountLoaded).portal.passwordPolicy, nistPasswordPolicy);
  },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await waitForWords(el, { en: 'At least 15 characters', es: 'Al menos 15 caracteres' });
    await chooseQuestion(el);
    await fill(el, '#answer', 'Biscuit');
    await fill(el, '#password', 'passwordpassword');
    await fill(el, '#retype', 'passwordpassword');
    await press(el, 'button[type="submit"]');
    await waitForWords(el, { en: 'too common', es: 'demasiado común' });
  },
};

/** Access your records pressed with nothing filled in. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await fill(el, '#username', 'sue miller');
    await press(el, 'button[type="submit"]');
  },
};

/** The retyped password differs. */
export const Mismatch: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await fill(el, '#password', 'Blue-Heron-42');
    await fill(el, '#retype', 'Blue-Heron-24');
  },
};

/** The server refuses the username (taken) and the password (too common). */
export const ServerRefusals: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await chooseQuestion(el);
    await fill(el, '#answer', 'Biscuit');
    await fill(el, '#username', 'ana.garcia@example.com');
    await fill(el, '#password', 'Password1!');
    await fill(el, '#retype', 'Password1!');
    await press(el, 'button[type="submit"]');
    await waitForWords(el, { en: 'already taken', es: 'ya está en uso' });
  },
};

/** The account exists: the session went into the portal. */
export const Created: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await chooseQuestion(el);
    await fill(el, '#answer', 'Biscuit');
    await fill(el, '#password', 'Blue-Heron-42');
    await fill(el, '#retype', 'Blue-Heron-42');
    await press(el, 'button[type="submit"]');
    await waitForWords(el, { en: 'Your account is ready', es: 'Su cuenta está lista' });
  },
};

/** The registration token ran out (30 minutes): back to the email link. */
export const Expired: Story = {
  play: async ({ canvasElement, loaded }) => {
    const el = await element(canvasElement);
    (loaded as AccountLoaded).portal.clock.advance(31 * 60_000);
    await chooseQuestion(el);
    await fill(el, '#answer', 'Biscuit');
    await fill(el, '#password', 'Blue-Heron-42');
    await fill(el, '#retype', 'Blue-Heron-42');
    await press(el, 'button[type="submit"]');
    await waitForWords(el, { en: 'registration session has ended', es: 'sesión de registro ha terminado' });
  },
};

/** The portal could not be reached: everything kept but the passwords. */
export const Offline: Story = {
  play: async ({ canvasElement, loaded }) => {
    const el = await element(canvasElement);
    (loaded as AccountLoaded).portal.failNext({ kind: 'network' }, 'POST /accounts');
    await chooseQuestion(el);
    await fill(el, '#answer', 'Biscuit');
    await fill(el, '#password', 'Blue-Heron-42');
    await fill(el, '#retype', 'Blue-Heron-42');
    await press(el, 'button[type="submit"]');
    await waitForWords(el, { en: 'could not reach', es: 'No pudimos comunicarnos' });
  },
};

/** The questions and the password policy are on their way. */
export const Loading: Story = {
  // The portal's client gives up after 15 seconds, which would end this state: the element's own waits on.
  render: ({ lang }, { loaded }) =>
    accountStep(lang, loaded, createPortalClient({ apiBase: apiBaseOf(loaded), timeout: longestWait })),
  beforeEach: ({ loaded }) => {
    (loaded as AccountLoaded).portal.failNext({ kind: 'delay', ms: 'infinite' }, 'GET /security-questions');
  },
};
