import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/pf-portal.js';
import '../src/pf-sign-in.js';
import {
  apiBaseOf,
  fill,
  type Loaded,
  press,
  shadowQuery,
  triesLeft,
  waitForWords,
  type Words,
} from './story-helpers.js';

interface Args {
  lang: 'en' | 'es';
}

const meta: Meta<Args> = {
  title: 'Sign-in/pf-sign-in',
  component: 'pf-sign-in',
  args: { lang: 'en' },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'es'] } },
  render: ({ lang }, { loaded }) => html`
    <pf-portal lang=${lang} api-base=${apiBaseOf(loaded)}
      ><pf-sign-in forgot-url="https://example.com/forgot-password"></pf-sign-in
    ></pf-portal>
  `,
};
export default meta;

type Story = StoryObj<Args>;

const signIn = async (canvas: HTMLElement, username: string, password: string, words: Words) => {
  const el = canvas.querySelector('pf-sign-in')!;
  await shadowQuery(el, 'form');
  await fill(el, '#username', username);
  await fill(el, '#password', password);
  await press(el, 'button[type="submit"]');
  await waitForWords(el, words);
};

/** The form. */
export const Form: Story = {};

/** In Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/** Sign in pressed with nothing typed. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('pf-sign-in')!;
    await press(el, 'button[type="submit"]');
  },
};

/** A wrong username or password: one message for both; the password field it emptied says to type it again. */
export const Failed: Story = {
  play: ({ canvasElement }) =>
    signIn(canvasElement, 'ana.garcia@example.com', 'Wrong#Pass1', { en: 'not correct', es: 'no son correctos' }),
};

/** Too many tries: when sign-in opens again. */
export const Locked: Story = {
  play: async ({ canvasElement }) => {
    // Each miss waits for its own count, so the next press is never made while the last one is still on its way.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await signIn(canvasElement, 'ana.garcia@example.com', 'Wrong#Pass1', triesLeft(4 - attempt));
    }
    await signIn(canvasElement, 'ana.garcia@example.com', 'Wrong#Pass1', {
      en: 'try again at',
      es: 'intentarlo de nuevo a las',
    });
  },
};

/** Signed in: the session is in the portal. */
export const SignedIn: Story = {
  play: ({ canvasElement }) =>
    signIn(canvasElement, 'ana.garcia@example.com', 'Riverside#2024', { en: 'You are signed in', es: 'Inició sesión' }),
};

/** Without `forgot-url`: Forgot your password? opens recovery in place (Back to sign in returns). */
export const Recovery: Story = {
  render: ({ lang }, { loaded }) =>
    html`<pf-portal lang=${lang} api-base=${apiBaseOf(loaded)}><pf-sign-in></pf-sign-in></pf-portal>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('pf-sign-in')!;
    await fill(el, '#username', 'ana.garcia@example.com');
    await press(el, '.link-row button');
    const recovery = await shadowQuery(el, 'pf-account-recovery');
    await waitForWords(recovery, { en: 'Reset your password', es: 'Restablezca su contraseña' });
  },
};

/** Back from a recovery opened in place: the new password is set, and the form says to sign in with it. */
export const Recovered: Story = {
  render: ({ lang }, { loaded }) =>
    html`<pf-portal lang=${lang} api-base=${apiBaseOf(loaded)}><pf-sign-in></pf-sign-in></pf-portal>`,
  play: async ({ canvasElement, loaded }) => {
    const portal = (loaded as Loaded).portal;
    const el = canvasElement.querySelector('pf-sign-in')!;
    await fill(el, '#username', 'ana.garcia@example.com');
    await press(el, '.link-row button');
    const recovery = await shadowQuery(el, 'pf-account-recovery');
    await shadowQuery(recovery, '#identifier');
    await press(recovery, 'button[type="submit"]');
    await waitForWords(recovery, { en: 'Text message to', es: 'Mensaje de texto a' });
    await press(recovery, 'input[value="sms"]');
    await press(recovery, 'button[type="submit"]');
    await waitForWords(recovery, { en: 'we texted a code', es: 'por mensaje de texto' });
    const code = portal.outbox.filter((message) => message.to === '(555) 402-1187').at(-1)?.code ?? '';
    await fill(recovery, '#code', code);
    await press(recovery, 'button[type="submit"]');
    await waitForWords(recovery, { en: 'first pet', es: 'primera mascota' });
    await fill(recovery, '#answer', 'Canela');
    await press(recovery, 'button[type="submit"]');
    await waitForWords(recovery, { en: 'Your password needs', es: 'Su contraseña necesita' });
    await fill(recovery, '#password', 'Quiet-Harbor-58');
    await fill(recovery, '#retype', 'Quiet-Harbor-58');
    await press(recovery, 'button[type="submit"]');
    await waitForWords(recovery, { en: 'Your password was changed', es: 'Se cambió su contraseña' });
    await press(recovery, 'button.primary');
    await waitForWords(el, { en: 'Sign in with your new password', es: 'Inicie sesión con su contraseña nueva' });
  },
};

/** The portal could not be reached. */
export const Offline: Story = {
  play: async (context) => {
    (context.loaded as Loaded).portal.failNext({ kind: 'network' }, 'POST /sessions');
    await signIn(context.canvasElement, 'ana.garcia@example.com', 'Riverside#2024', {
      en: 'could not reach',
      es: 'No pudimos comunicarnos',
    });
  },
};

/** Back after the idle limit: the form is empty and says why the session ended. */
export const SignedOutIdle: Story = {
  play: async ({ canvasElement }) => {
    await signIn(canvasElement, 'ana.garcia@example.com', 'Riverside#2024', {
      en: 'You are signed in',
      es: 'Inició sesión',
    });
    await canvasElement.querySelector('pf-portal')!.endSession('idle');
    await waitForWords(canvasElement.querySelector('pf-sign-in')!, {
      en: 'without activity',
      es: 'sin actividad',
    });
  },
};

/** Back after a new password was set (here or in another tab): every session ended, and the form says why. */
export const SignedOutPasswordChanged: Story = {
  play: async ({ canvasElement }) => {
    await signIn(canvasElement, 'ana.garcia@example.com', 'Riverside#2024', {
      en: 'You are signed in',
      es: 'Inició sesión',
    });
    await canvasElement.querySelector('pf-portal')!.endSession('password-changed');
    await waitForWords(canvasElement.querySelector('pf-sign-in')!, {
      en: 'you were signed out everywhere',
      es: 'se cerraron todas sus sesiones',
    });
  },
};
