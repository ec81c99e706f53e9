// The Spanish words of portal.messages.ts, loaded only for a page in Spanish.
import { clock, type portalMessages } from './portal.messages.js';

export const es: (typeof portalMessages)['en'] = {
  idleHeading: '¿Sigue ahí?',
  idleText: 'Por su seguridad, pronto cerraremos su sesión porque no ha habido actividad por un rato.',
  idleCountdown: (seconds: number) => `La sesión se cerrará en ${clock(seconds)}`,
  stay: 'Seguir conectado',
  signOut: 'Cerrar sesión',
  stayFailed: 'El portal del paciente no respondió. Seleccione Seguir conectado para intentarlo de nuevo.',
};
