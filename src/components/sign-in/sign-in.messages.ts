import { type Catalogs, plural } from '../../internal/localize.js';

const enCount = plural('en');
const esCount = plural('es');

const en = {
  heading: 'Sign in to your health records',
  usernameLabel: 'Email address or username',
  passwordLabel: 'Password',
  submit: 'Sign in',
  forgot: 'Forgot password?',
  usernameRequired: 'Enter your email address or username.',
  passwordRequired: 'Enter your password.',
  failed: 'The username or password is not correct. Check them and try again.',
  triesLeft: (tries: number) => `You have ${tries} ${enCount(tries, 'try', 'tries')} left before sign-in pauses.`,
  locked: (time: string, minutes: number) =>
    `For your security, sign-in is paused after too many tries. You can try again at ${time} (in ${minutes} ${enCount(
      minutes,
      'minute',
      'minutes',
    )}).`,
  callPractice: (practice: string, phone: string) => `Need help? Call ${practice} at ${phone}.`,
  signedIn: 'You are signed in.',
  endedSignedOut: 'You signed out.',
  endedIdle: (minutes: number) =>
    `You were signed out after ${minutes} ${enCount(minutes, 'minute', 'minutes')} without activity. Sign in again to continue.`,
  endedExpired: 'Your session ended. Sign in again to continue.',
};

const es: typeof en = {
  heading: 'Inicie sesión para ver sus registros de salud',
  usernameLabel: 'Correo electrónico o nombre de usuario',
  passwordLabel: 'Contraseña',
  submit: 'Iniciar sesión',
  forgot: '¿Olvidó su contraseña?',
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
};

export const signInMessages: Catalogs<typeof en> = { en, es };
