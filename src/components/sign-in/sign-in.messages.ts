import { type Catalogs, plural } from '../../internal/localize.js';

const enCount = plural('en');

const en = {
  heading: 'Sign in to your health records',
  usernameLabel: 'Email address or username',
  passwordLabel: 'Password',
  submit: 'Sign in',
  forgot: 'Forgot your password?',
  forgotUsername: 'Forgot your username?',
  lockedRecover: 'To sign in now, reset your password: a new password lifts the pause.',
  recovered: 'Your password was changed. Sign in with your new password.',
  usernameRequired: 'Enter your email address or username.',
  passwordRequired: 'Enter your password.',
  failed: 'The username or password is not correct. Check them and try again.',
  triesLeft: (tries: number) => `You have ${tries} ${enCount(tries, 'try', 'tries')} left before sign-in pauses.`,
  locked: (time: string, minutes: number) =>
    `For your security, sign-in is paused after too many tries. You can try again at ${time} (in ${minutes} ${enCount(
      minutes,
      'minute',
      'minutes',
    )}).`,
  callPractice: (practice: string, phone: string) => `Need help? Call ${practice} at ${phone}.`,
  signedIn: 'You are signed in.',
  endedSignedOut: 'You signed out.',
  endedIdle: (minutes: number) =>
    `You were signed out after ${minutes} ${enCount(minutes, 'minute', 'minutes')} without activity. Sign in again to continue.`,
  endedExpired: 'Your session ended. Sign in again to continue.',
  endedPasswordChanged: 'Your password was changed, and you were signed out everywhere. Sign in with the new one.',
};

export const signInMessages: Catalogs<typeof en> = {
  name: 'pf-sign-in',
  en,
  es: () => import('./sign-in.messages.es.js').then((module) => module.es),
};
