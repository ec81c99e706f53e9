// The Spanish words of new-password.ts, loaded only for a page in Spanish.
import type { newPasswordMessages } from './new-password.js';

export const es: (typeof newPasswordMessages)['en'] = {
  rulesHeading: 'Su contraseña necesita:',
  ruleLength: (count: number) => `Al menos ${count} caracteres`,
  ruleUppercase: 'Una letra MAYÚSCULA',
  ruleNumberOrSymbol: 'Un número o un símbolo',
  ruleMet: 'listo',
  ruleNotMet: 'todavía no',
  rulesProgress: (met: number, total: number) =>
    met === total
      ? 'Se cumplen todas las reglas de la contraseña.'
      : `Se cumplen ${met} de ${total} reglas de la contraseña.`,
  passwordRules: 'La contraseña todavía no cumple todas las reglas de la lista.',
  passwordLong: (count: number) => `La contraseña puede tener como máximo ${count} caracteres.`,
  retypeRequired: 'Vuelva a escribir la contraseña.',
  mismatch: 'Las dos contraseñas no coinciden.',
};
