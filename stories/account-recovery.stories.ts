import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/pf-portal.js';
import '../src/pf-account-recovery.js';
import type { MockPortal } from '../src/mocks/index.js';
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
  mode: 'password' | 'username';
}

const meta: Meta<Args> = {
  title: 'Sign-in/pf-account-recovery',
  component: 'pf-account-recovery',
  args: { lang: 'en', mode: 'password' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    mode: { control: 'inline-radio', options: ['password', 'username'] },
  },
  render: ({ lang, mode }, { loaded }) => html`
    <pf-portal lang=${lang} api-base=${apiBaseOf(loaded)}
      ><pf-account-recovery mode=${mode}></pf-account-recovery
    ></pf-portal>
  `,
};
export default meta;

type Story = StoryObj<Args>;

const recovery = (canvas: HTMLElement) => canvas.querySelector('pf-account-recovery')!;
const anaPhone = '(555) 402-1187';
const codeTo = (portal: MockPortal, to: string) =>
  portal.outbox.filter((message) => message.to === to).at(-1)?.code ?? '';

/** Presses the step's main button, then waits for the words of what comes next. */
const submit = async (el: Element, words: Words) => {
  await press(el, 'button[type="submit"]');
  await waitForWords(el, words);
};

const toChannels = async (canvas: HTMLElement) => {
  const el = recovery(canvas);
  await fill(el, '#identifier', 'ana.garcia@example.com');
  await submit(el, { en: 'Text message to', es: 'Mensaje de texto a' });
  return el;
};

const toCode = async (canvas: HTMLElement) => {
  const el = await toChannels(canvas);
  await press(el, 'input[value="sms"]');
  await submit(el, { en: 'we texted a code', es: 'por mensaje de texto' });
  return el;
};

const toQuestion = async ({ canvasElement, loaded }: { canvasElement: HTMLElement; loaded: unknown }) => {
  const el = await toCode(canvasElement);
  await fill(el, '#code', codeTo((loaded as Loaded).portal, anaPhone));
  await submit(el, { en: 'first pet', es: 'primera mascota' });
  return el;
};

const toPassword = async (context: { canvasElement: HTMLElement; loaded: unknown }) => {
  const el = await toQuestion(context);
  await fill(el, '#answer', 'Canela');
  await submit(el, { en: 'Your password needs', es: 'Su contraseña necesita' });
  return el;
};

/** A whole recovery through the mock, as another tab would do it: Ana's password becomes `password`. */
const recoverBefore = async (portal: MockPortal, password: string) => {
  const context = { language: 'en' } as const;
  const started = await portal.startRecovery({ identifier: 'ana.garcia@example.com' }, context);
  const { recoveryToken } = started.body as { recoveryToken: string };
  await portal.sendRecoveryCode({ recoveryToken, channel: 'email' }, context);
  await portal.verifyRecoveryCode({ recoveryToken, code: codeTo(portal, 'ana.garcia@example.com') }, context);
  await portal.answerRecoveryQuestion({ recoveryToken, answer: 'Canela' }, context);
  await portal.resetPassword({ recoveryToken, password }, context);
};

/** The first step of a forgotten password: the username or the email on record. */
export const Identify: Story = {};

/** In Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/** Continue pressed with nothing typed. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = recovery(canvasElement);
    await press(el, 'button[type="submit"]');
    await waitForWords(el, { en: 'Enter your email address or username', es: 'Escriba su correo electrónico' });
  },
};

/** Where the code goes: the email or the phone on record, masked (made up, and the same, when no account matches). */
export const Channels: Story = { play: ({ canvasElement }) => toChannels(canvasElement).then(() => undefined) };

/** The code screen after a text, with the countdown to a new code. */
export const Code: Story = { play: ({ canvasElement }) => toCode(canvasElement).then(() => undefined) };

/** The code screen after a voice call: the number being called. */
export const CodeByVoice: Story = {
  play: async ({ canvasElement }) => {
    const el = await toChannels(canvasElement);
    await press(el, 'input[value="voice"]');
    await submit(el, { en: 'we are calling', es: 'estamos llamando al' });
  },
};

/** A code asked for in another tab a moment ago: wait, with the countdown to a new one. */
export const ResendTooSoon: Story = {
  play: async ({ canvasElement, loaded }) => {
    const portal = (loaded as Loaded).portal;
    const el = await toChannels(canvasElement);
    const started = await portal.startRecovery({ identifier: 'ana.garcia@example.com' }, { language: 'en' });
    const { recoveryToken } = started.body as { recoveryToken: string };
    await portal.sendRecoveryCode({ recoveryToken, channel: 'sms' }, { language: 'en' });
    await press(el, 'input[value="sms"]');
    await submit(el, { en: 'Please wait a moment', es: 'Espere un momento' });
  },
};

/** Five codes in the last hour: the time another can be asked for. */
export const TooManyCodes: Story = {
  play: async ({ canvasElement, loaded }) => {
    const portal = (loaded as Loaded).portal;
    const started = await portal.startRecovery({ identifier: 'ana.garcia@example.com' }, { language: 'en' });
    const { recoveryToken } = started.body as { recoveryToken: string };
    // Each code at least 30 seconds after the one before, as the portal allows, and the next one too.
    for (let sent = 0; sent < 5; sent += 1) {
      await portal.sendRecoveryCode({ recoveryToken, channel: 'sms' }, { language: 'en' });
      portal.clock.advance(31_000);
    }
    const el = await toChannels(canvasElement);
    await press(el, 'input[value="sms"]');
    await submit(el, { en: 'Too many codes were sent', es: 'Se enviaron demasiados códigos' });
  },
};

/** The right code, typed more than 10 minutes after it was sent: it expired, and a new one is the way on. */
export const CodeExpired: Story = {
  play: async ({ canvasElement, loaded }) => {
    const portal = (loaded as Loaded).portal;
    const el = await toCode(canvasElement);
    portal.clock.advance(11 * 60_000);
    await fill(el, '#code', codeTo(portal, anaPhone));
    await submit(el, { en: 'That code has expired', es: 'Ese código venció' });
  },
};

/** A wrong code: the tries left, and the field it emptied says to type it again. */
export const WrongCode: Story = {
  play: async ({ canvasElement }) => {
    const el = await toCode(canvasElement);
    await fill(el, '#code', '000000');
    await submit(el, { en: 'That code is not correct', es: 'Ese código no es correcto' });
  },
};

/** The security question, asked only after the code. */
export const Question: Story = { play: (context) => toQuestion(context).then(() => undefined) };

/** A wrong answer: the tries left before recovery pauses. */
export const WrongAnswer: Story = {
  play: async (context) => {
    const el = await toQuestion(context);
    await fill(el, '#answer', 'Rex');
    await submit(el, { en: 'does not match the one on record', es: 'no coincide con la registrada' });
  },
};

/** The new password, with the server's policy as a live checklist. */
export const NewPassword: Story = { play: (context) => toPassword(context).then(() => undefined) };

/** A password the policy refuses, next to its field; both fields emptied. */
export const PasswordRefused: Story = {
  play: async (context) => {
    const el = await toPassword(context);
    await fill(el, '#password', 'Ana-Garcia-1990');
    await fill(el, '#retype', 'Ana-Garcia-1990');
    await submit(el, { en: 'cannot contain your username', es: 'no puede contener su nombre de usuario' });
  },
};

/**
 * A password Ana used before (`PasswordRefused` shows one with her username in it): refused next to its field, both
 * fields emptied.
 */
export const PasswordReused: Story = {
  play: async (context) => {
    const portal = (context.loaded as Loaded).portal;
    await recoverBefore(portal, 'Quiet-Harbor-58');
    // The portal sends a phone one code every 30 seconds.
    portal.clock.advance(31_000);
    const el = await toPassword(context);
    await fill(el, '#password', 'Quiet-Harbor-58');
    await fill(el, '#retype', 'Quiet-Harbor-58');
    await submit(el, { en: 'have not used recently', es: 'no haya usado recientemente' });
  },
};

/** The password rules could not be read: the form stays, with the failure above it and Try again. */
export const PolicyUnavailable: Story = {
  play: async (context) => {
    const el = await toQuestion(context);
    // The client reads a policy up to three times before it gives up.
    for (let call = 0; call < 3; call += 1) {
      (context.loaded as Loaded).portal.failNext({ kind: 'status', status: 503 }, 'GET /password-policy');
    }
    await fill(el, '#answer', 'Canela');
    await submit(el, { en: 'Something went wrong on our side', es: 'Algo salió mal de nuestro lado' });
  },
};

/** Done: the password changed, every session ended, and the way to sign in. */
export const Done: Story = {
  play: async (context) => {
    const el = await toPassword(context);
    await fill(el, '#password', 'Quiet-Harbor-58');
    await fill(el, '#retype', 'Quiet-Harbor-58');
    await submit(el, { en: 'Your password was changed', es: 'Se cambió su contraseña' });
  },
};

/** Too many wrong answers: recovery pauses, says until when and whom to call, and starts over. */
export const Locked: Story = {
  play: async (context) => {
    const el = await toQuestion(context);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await fill(el, '#answer', 'Rex');
      await press(el, 'button[type="submit"]');
      // Each miss waits for its own count, so the next press is never made while the last one is on its way.
      await waitForWords(
        el,
        attempt < 4 ? triesLeft(4 - attempt) : { en: 'recovery is paused', es: 'la recuperación está en pausa' },
      );
    }
  },
};

/** The recovery ran out of time: start again, the words kept. */
export const Ended: Story = {
  play: async ({ canvasElement, loaded }) => {
    const el = await toChannels(canvasElement);
    (loaded as Loaded).portal.clock.advance(21 * 60_000);
    await submit(el, { en: 'this recovery ended', es: 'esta recuperación terminó' });
  },
};

/** After too many failures in a row, only the practice can open recovery again. */
export const Closed: Story = {
  play: async ({ canvasElement, loaded }) => {
    const portal = (loaded as Loaded).portal;
    for (let failure = 1; failure <= 51; failure += 1) {
      const started = await portal.startRecovery({ identifier: 'ana.garcia@example.com' }, { language: 'en' });
      const { recoveryToken } = started.body as { recoveryToken: string };
      const answer = await portal.verifyRecoveryCode({ recoveryToken, code: '000000' }, { language: 'en' });
      if (answer.status === 403) break;
      if (failure % 5 === 0) portal.clock.advance(15 * 60_000);
    }
    const el = await toChannels(canvasElement);
    await submit(el, { en: 'Recovery is closed', es: 'La recuperación de esta cuenta está cerrada' });
  },
};

/** A forgotten username: the email or phone on record and the date of birth. */
export const Username: Story = { args: { mode: 'username' } };

/** The username sent to the email or phone given, if it matched (the screen never says, nor shows it). */
export const UsernameSent: Story = {
  args: { mode: 'username' },
  play: async ({ canvasElement }) => {
    const el = recovery(canvasElement);
    await shadowQuery(el, '#contact');
    await fill(el, '#contact', 'grace.liu@example.com');
    await fill(el, '#dob', '09/09/2001');
    await submit(el, { en: 'Check your email', es: 'Revise su correo electrónico' });
  },
};

/** The username sent by text to the phone given, if it matched (the screen never says, nor shows it). */
export const UsernameSentByText: Story = {
  args: { mode: 'username' },
  play: async ({ canvasElement }) => {
    const el = recovery(canvasElement);
    await fill(el, '#contact', anaPhone);
    await fill(el, '#dob', '07/22/1990');
    await submit(el, { en: 'Check your phone', es: 'Revise su teléfono' });
  },
};

/** A username asked for with an email that is not one, and a date that does not exist. */
export const UsernameErrors: Story = {
  args: { mode: 'username' },
  play: async ({ canvasElement }) => {
    const el = recovery(canvasElement);
    await fill(el, '#contact', 'grace at home');
    await fill(el, '#dob', '13/40/2001');
    await submit(el, { en: 'Enter an email address, or', es: 'Escriba un correo electrónico o' });
  },
};

/** The portal could not be reached: the words kept, and Try again. */
export const Offline: Story = {
  play: async ({ canvasElement, loaded }) => {
    (loaded as Loaded).portal.failNext({ kind: 'network' }, 'POST /recovery');
    const el = recovery(canvasElement);
    await fill(el, '#identifier', 'ana.garcia@example.com');
    await submit(el, { en: 'could not reach', es: 'No pudimos comunicarnos' });
  },
};
