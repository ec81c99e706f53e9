// The Spanish words of registration.messages.ts, loaded only for a page in Spanish.
import type { registrationMessages } from './registration.messages.js';

export const es: (typeof registrationMessages)['en'] = {
  step: (step: number, total: number) => `Paso ${step} de ${total}`,
  restarted: 'Su sesión de registro terminó antes de crear la cuenta. Verifique su identidad de nuevo para continuar.',
  interrupted:
    'Su registro se interrumpió antes de crear la cuenta. Por su seguridad, verifique su identidad de nuevo para continuar.',
  accountReady: 'Su cuenta está lista. Inicie sesión para ver sus registros de salud.',
  toRecords: 'Ver sus registros de salud',
  unreached: 'No pudimos cargar el siguiente paso. Revise su conexión a internet e intente de nuevo.',
};
