import type { Catalogs } from '../../internal/localize.js';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

const en = {
  idleHeading: 'Are you still there?',
  idleText: 'For your security, you will be signed out soon because nothing has happened for a while.',
  idleCountdown: (seconds: number) => `Signing out in ${clock(seconds)}`,
  stay: 'Stay signed in',
  signOut: 'Sign out',
  stayFailed: 'The patient portal did not answer. Select Stay signed in to try again.',
};

const es: typeof en = {
  idleHeading: '¿Sigue ahí?',
  idleText: 'Por su seguridad, pronto cerraremos su sesión porque no ha habido actividad por un rato.',
  idleCountdown: (seconds: number) => `La sesión se cerrará en ${clock(seconds)}`,
  stay: 'Seguir conectado',
  signOut: 'Cerrar sesión',
  stayFailed: 'El portal del paciente no respondió. Seleccione Seguir conectado para intentarlo de nuevo.',
};

export const portalMessages: Catalogs<typeof en> = { en, es };
