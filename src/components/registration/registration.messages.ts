import type { Catalogs } from '../../internal/localize.js';

const en = {
  step: (step: number, total: number) => `Step ${step} of ${total}`,
  restarted: 'Your registration session ended before the account was created. Verify your identity again to continue.',
  interrupted:
    'Your registration was interrupted before the account was created. For your security, verify your identity again to continue.',
  accountReady: 'Your account is ready. Sign in to see your health records.',
  toRecords: 'See your health records',
  unreached: 'We could not load the next step. Check your internet connection and try again.',
};

export const registrationMessages: Catalogs<typeof en> = {
  name: 'pf-registration',
  en,
  es: () => import('./registration.messages.es.js').then((module) => module.es),
};
