import type { Catalogs } from '../../internal/localize.js';

const en = {
  step: (step: number, total: number) => `Step ${step} of ${total}`,
  restarted: 'Your registration session ended before the account was created. Verify your identity again to continue.',
};

const es: typeof en = {
  step: (step: number, total: number) => `Paso ${step} de ${total}`,
  restarted: 'Su sesión de registro terminó antes de crear la cuenta. Verifique su identidad de nuevo para continuar.',
};

export const registrationMessages: Catalogs<typeof en> = { en, es };
