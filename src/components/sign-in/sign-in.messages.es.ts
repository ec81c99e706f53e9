// The Spanish words of sign-in.messages.ts, loaded only for a page in Spanish.
import { plural } from '../../internal/localize.js';
import type { signInMessages } from './sign-in.messages.js';

const esCount = plural('es');

export const es: (typeof signInMessages)['en'] = {
  heading: 'Inicie sesión para ver sus registros de salud',
  usernameLabel: 'Correo electrónico o nombre de usuario',
  passwordLabel: 'Contraseña',
  submit: 'Iniciar sesión',
  forgot: '¿Olvidó su contraseña?',
  forgotUsername: '¿Olvidó su nombre de usuario?',
  lockedRecover: 'Para iniciar sesión ahora, restablezca su contraseña: una contraseña nueva quita la pausa.',
  recovered: 'Se cambió su contraseña. Inicie sesión con su contraseña nueva.',
  usernameRequired: 'Escriba su correo electrónico o nombre de usuario.',
  passwordRequired: 'Escriba su contraseña.',
  failed: 'El nombre de usuario o la contraseña no son correctos. Revíselos e intente de nuevo.',
  triesLeft: (tries: number) =>
    `${esCount(tries, 'Le queda', 'Le quedan')} ${tries} ${esCount(tries, 'intento', 'intentos')} antes de que se pause el inicio de sesión.`,
  locked: (time: string, minutes: number) =>
    `Por su seguridad, el inicio de sesión está en pausa después de demasiados intentos. Puede intentarlo de nuevo a las ${time} (en ${minutes} ${esCount(
      minutes,
      'minuto',
      'minutos',
    )}).`,
  callPractice: (practice: string, phone: string) => `¿Necesita ayuda? Llame a ${practice} al ${phone}.`,
  signedIn: 'Inició sesión.',
  endedSignedOut: 'Cerró la sesión.',
  endedIdle: (minutes: number) =>
    `Se cerró su sesión tras ${minutes} ${esCount(minutes, 'minuto', 'minutos')} sin actividad. Inicie sesión de nuevo para continuar.`,
  endedExpired: 'Su sesión terminó. Inicie sesión de nuevo para continuar.',
  endedPasswordChanged:
    'Se cambió su contraseña y se cerraron todas sus sesiones. Inicie sesión con la contraseña nueva.',
};
