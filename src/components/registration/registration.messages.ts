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

const es: typeof en = {
  step: (step: number, total: number) => `Paso ${step} de ${total}`,
  restarted: 'Su sesión de registro terminó antes de crear la cuenta. Verifique su identidad de nuevo para continuar.',
  interrupted:
    'Su registro se interrumpió antes de crear la cuenta. Por su seguridad, verifique su identidad de nuevo para continuar.',
  accountReady: 'Su cuenta está lista. Inicie sesión para ver sus registros de salud.',
  toRecords: 'Ver sus registros de salud',
  unreached: 'No pudimos cargar el siguiente paso. Revise su conexión a internet e intente de nuevo.',
};

export const registrationMessages: Catalogs<typeof en> = { en, es };
