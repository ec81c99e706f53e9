// The Spanish words of common.messages.ts, loaded only for a page in Spanish.
import { plural } from './localize.js';
import type { commonMessages } from './common.messages.js';

const esCount = plural('es');

export const es: (typeof commonMessages)['en'] = {
  allRequired: 'Todos los campos son obligatorios',
  working: 'Espere, por favor…',
  retry: 'Intentar de nuevo',
  summaryHeading: 'Revise lo siguiente:',
  networkError: 'No pudimos comunicarnos con el portal del paciente. Revise su conexión a internet e intente de nuevo.',
  timeout: 'El portal del paciente está tardando demasiado en responder. Intente de nuevo.',
  serverError: 'Algo salió mal de nuestro lado. Intente de nuevo en unos minutos.',
  responseError: 'El portal del paciente envió una respuesta que no pudimos leer. Intente de nuevo más tarde.',
  waitUntil: (time: string, minutes: number) =>
    `Demasiados intentos. Puede intentarlo de nuevo a las ${time} (en ${minutes} ${esCount(minutes, 'minuto', 'minutos')}).`,
  showPassword: 'Mostrar contraseña',
  hidePassword: 'Ocultar contraseña',
  emptied: 'Se borró por su seguridad. Escríbalo de nuevo.',
};
