import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createPortalClient } from '../src/api/index.js';
import { mockRules } from '../src/mocks/index.js';
import '../src/pf-portal.js';
import '../src/pf-register-verify.js';
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
  patient: string;
  lang: 'en' | 'es';
}

const meta: Meta<Args> = {
  title: 'Registration/pf-register-verify',
  component: 'pf-register-verify',
  args: { patient: 'Sue@gmail.com', lang: 'en' },
  argTypes: {
    patient: {
      control: 'select',
      options: ['Sue@gmail.com', 'marcus.reed@example.com', 'ana.garcia@example.com', 'walter.brooks@example.com'],
    },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
  },
  render: ({ patient, lang }, { loaded }) => html`
    <pf-portal lang=${lang} api-base=${apiBaseOf(loaded)}>
      <pf-register-verify
        invitation=${invitationFor((loaded as Loaded).portal, patient)}
        sign-in-url="/portal/sign-in"
      ></pf-register-verify>
    </pf-portal>
  `,
};
export default meta;

type Story = StoryObj<Args>;

const element = async (canvas: HTMLElement) => {
  const el = canvas.querySelector('pf-register-verify');
  if (!el) throw new Error('no pf-register-verify');
  await shadowQuery(el, 'form');
  return el;
};

/** Sue, who has a PIN: date of birth and PIN, or her phone. */
export const WithPin: Story = {};

/** Marcus has no PIN: only his phone number, with a code by text or voice. */
export const PhoneOnly: Story = {
  args: { patient: 'marcus.reed@example.com' },
  play: async ({ canvasElement }) => {
    await shadowQuery(await element(canvasElement), '#phone');
  },
};

/** The form in Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/** Continue pressed with nothing typed: every error by its field, and the summary. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await fill(el, '#dob', '02/30/2019');
    await press(el, 'button[type="submit"]');
  },
};

/** The date or the PIN does not match: one message for both, with the tries left. */
export const NotMatching: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await fill(el, '#dob', '03/14/1962');
    await fill(el, '#pin', '000000');
    await press(el, 'button[type="submit"]');
    await waitForWords(el, { en: 'tries left', es: 'intentos' });
  },
};

/** Five misses in a row pause the link for 15 minutes. */
export const Locked: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await fill(el, '#dob', '03/14/1962');
    await fill(el, '#pin', '000000');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await press(el, 'button[type="submit"]');
      const left = 4 - attempt;
      await waitForWords(
        el,
        attempt < 4
          ? { en: `${left} ${left === 1 ? 'try' : 'tries'} left`, es: `${left} ${left === 1 ? 'intento' : 'intentos'}` }
          : { en: 'paused', es: 'en pausa' },
      );
    }
  },
};

/** The code screen after a text was sent, with the countdown to a new code. */
export const CodeSent: Story = {
  args: { patient: 'marcus.reed@example.com' },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await fill(el, '#dob', '11/02/1979');
    await fill(el, '#phone', '(555) 310-8820');
    await press(el, 'button[type="submit"]');
    await waitForWords(el, { en: 'Enter your security code', es: 'Ingrese su código de seguridad' });
  },
};

/** The code typed was not the one sent. */
export const WrongCode: Story = {
  args: { patient: 'marcus.reed@example.com' },
  play: async (context) => {
    await CodeSent.play!(context);
    const el = await element(context.canvasElement);
    await fill(el, '#code', '000000');
    await press(el, 'button[type="submit"]');
    await waitForWords(el, { en: 'not correct', es: 'no es correcto' });
  },
};

/** Back to change the number: Continue counts down to the next code, beside it, and works again when it ends. */
export const AnotherNumberCountdown: Story = {
  args: { patient: 'marcus.reed@example.com' },
  play: async (context) => {
    await CodeSent.play!(context);
    const el = await element(context.canvasElement);
    await press(el, '.resend .link');
    await waitForWords(el, { en: 'You can ask for a code in', es: 'Podrá pedir un código en' });
  },
};

/** Identity verified: the page moves on (pf-verified). */
export const Verified: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await fill(el, '#dob', '03/14/1962');
    await fill(el, '#pin', '482913');
    await press(el, 'button[type="submit"]');
    await waitForWords(el, { en: 'verified', es: 'verificada' });
  },
};

/** A hundred misses in a row, over days: the link stops for good, and the patient is told whom to call. */
export const RevokedLink: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { portal } = loaded as Loaded;
    const el = await element(canvasElement);
    const token = invitationFor(portal, 'Sue@gmail.com');
    for (let failure = 1; failure < mockRules.identityFailureCap; failure += 1) {
      await portal.verifyPin(token, { dateOfBirth: '1962-03-14', pin: '000000' }, { language: 'en' });
      if (failure % mockRules.identityFailuresBeforeLock === 0) portal.clock.advance(mockRules.identityLockMs);
    }
    await fill(el, '#dob', '03/14/1962');
    await fill(el, '#pin', '000000');
    await press(el, 'button[type="submit"]');
    await waitForWords(el, { en: 'no longer works', es: 'ya no funciona' });
  },
};

/** A link that already made an account: its screen leads to sign-in, and to a call to the practice. */
export const UsedLink: Story = { args: { patient: 'ana.garcia@example.com' } };

/** A link older than 14 days: only the practice can send a new one, so a call to it comes first. */
export const ExpiredLink: Story = { args: { patient: 'walter.brooks@example.com' } };

/** A link the portal never issued. */
export const UnknownLink: Story = {
  render: ({ lang }, { loaded }) =>
    html`<pf-portal lang=${lang} api-base=${apiBaseOf(loaded)}>
      <pf-register-verify invitation="not-a-real-link" sign-in-url="/portal/sign-in"></pf-register-verify>
    </pf-portal>`,
};

/**
 * Reading the link takes a while (a phone on a slow network): the form is there at once and takes typing; Continue
 * waits, busy, for the link's answer, and sends nothing before it.
 */
export const ReadingTheLink: Story = {
  // The portal's client gives up after 15 seconds, which would end this state: the element's own waits on.
  render: ({ patient, lang }, { loaded }) => html`
    <pf-portal lang=${lang} api-base=${apiBaseOf(loaded)}>
      <pf-register-verify
        invitation=${invitationFor((loaded as Loaded).portal, patient)}
        sign-in-url="/portal/sign-in"
        .client=${createPortalClient({ apiBase: apiBaseOf(loaded), timeout: longestWait })}
      ></pf-register-verify>
    </pf-portal>
  `,
  beforeEach: ({ loaded }) => {
    (loaded as Loaded).portal.failNext({ kind: 'delay', ms: 'infinite' }, 'GET /invitations/:token');
  },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await fill(el, '#dob', '03/14/1962');
    await fill(el, '#pin', '482913');
    await press(el, 'button[type="submit"]');
    await waitForWords(el, { en: 'Please wait', es: 'Espere' });
  },
};

/** The portal could not be reached: a retry. */
export const Offline: Story = {
  beforeEach: ({ loaded }) => {
    (loaded as Loaded).portal.failRoute({ kind: 'network' }, 'POST /invitations/:token/verify');
  },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await fill(el, '#dob', '03/14/1962');
    await fill(el, '#pin', '482913');
    await press(el, 'button[type="submit"]');
    await waitForWords(el, { en: 'could not reach', es: 'No pudimos comunicarnos' });
  },
};
