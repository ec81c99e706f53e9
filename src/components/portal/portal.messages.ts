import type { Catalogs } from '../../internal/localize.js';

/** Minutes and seconds as a countdown shows them (`1:05`). */
export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

const en = {
  idleHeading: 'Are you still there?',
  idleText: 'For your security, you will be signed out soon because nothing has happened for a while.',
  idleCountdown: (seconds: number) => `Signing out in ${clock(seconds)}`,
  stay: 'Stay signed in',
  signOut: 'Sign out',
  stayFailed: 'The patient portal did not answer. Select Stay signed in to try again.',
};

export const portalMessages: Catalogs<typeof en> = {
  en,
  es: () => import('./portal.messages.es.js').then((module) => module.es),
};
