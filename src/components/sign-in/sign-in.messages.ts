import { type Catalogs, plural } from '../../internal/localize.js';

const enCount = plural('en');
const esCount = plural('es');

const en = {
  heading: 'Sign in to your health records',
  usernameLabel: 'Email address or username',
  passwordLabel: 'Password',
  submit: 'Sign in',
  forgot: 'Forgot your password?',
  forgotUsername: 'Forgot your username?',
  lockedRecover: 'To sign in now, reset your password: a new password lifts the pause.',
  recovered: 'Your password was changed. Sign in with your new password.',
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
  endedPasswordChanged: 'Your password was changed, and you were signed out everywhere. Sign in with the new one.',
};

const es: typeof en = {
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

export const signInMessages: Catalogs<typeof en> = { en, es };
