import { type Catalogs, plural } from './localize.js';

const enCount = plural('en');

/** The words every form element says the same way. */
const en = {
  allRequired: 'All fields are required',
  working: 'Please wait…',
  retry: 'Try again',
  summaryHeading: 'Please check the following:',
  networkError: 'We could not reach the patient portal. Check your internet connection and try again.',
  timeout: 'The patient portal is taking too long to answer. Please try again.',
  serverError: 'Something went wrong on our side. Please try again in a few minutes.',
  responseError: 'The patient portal sent an answer we could not read. Please try again later.',
  waitUntil: (time: string, minutes: number) =>
    `Too many tries. You can try again at ${time} (in ${minutes} ${enCount(minutes, 'minute', 'minutes')}).`,
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  emptied: 'Cleared for your safety. Type it again.',
};

export const commonMessages: Catalogs<typeof en> = {
  name: 'common',
  en,
  es: () => import('./common.messages.es.js').then((module) => module.es),
};
