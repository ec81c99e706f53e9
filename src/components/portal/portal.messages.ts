import type { Catalogs } from '../../internal/localize.js';
import { clock } from '../../internal/words.js';

export { clock };

const en = {
  idleHeading: 'Are you still there?',
  idleText: 'For your security, you will be signed out soon because nothing has happened for a while.',
  idleCountdown: (seconds: number) => `Signing out in ${clock(seconds)}`,
  stay: 'Stay signed in',
  signOut: 'Sign out',
  stayFailed: 'The patient portal did not answer. Select Stay signed in to try again.',
};

export const portalMessages: Catalogs<typeof en> = {
  name: 'pf-portal',
  en,
  es: () => import('./portal.messages.es.js').then((module) => module.es),
};
