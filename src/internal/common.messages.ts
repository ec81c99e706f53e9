import { type Catalogs, plural } from './localize.js';

const enCount = plural('en');
const esCount = plural('es');

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

const es: typeof en = {
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

export const commonMessages: Catalogs<typeof en> = { en, es };
