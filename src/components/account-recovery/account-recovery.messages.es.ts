// The Spanish words of account-recovery.messages.ts, loaded only for a page in Spanish.
import { plural } from '../../internal/localize.js';
import type { recoveryMessages } from './account-recovery.messages.js';

const esCount = plural('es');

export const es: (typeof recoveryMessages)['en'] = {
  passwordHeading: 'Restablezca su contraseña',
  usernameHeading: 'Encuentre su nombre de usuario',
  identifyText:
    'Escriba el nombre de usuario o el correo electrónico con el que inicia sesión. Si coincide con una cuenta, enviaremos un código al correo o al teléfono registrados.',
  identifierLabel: 'Correo electrónico o nombre de usuario',
  identifierRequired: 'Escriba su correo electrónico o nombre de usuario.',
  identifierLong: 'Puede tener como máximo 254 caracteres.',
  continue: 'Continuar',
  backToSignIn: 'Volver a iniciar sesión',
  forgotUsername: '¿Olvidó su nombre de usuario?',
  forgotPassword: '¿Olvidó su contraseña?',
  channelHeading: 'Elija dónde recibir un código',
  channelText: 'Si una cuenta coincide, enviaremos un código de 6 dígitos al correo o al teléfono registrados.',
  channelLegend: 'Enviar el código por',
  channelEmail: (to: string) => `Correo electrónico a ${to}`,
  channelEmailOnRecord: 'Correo electrónico a la dirección registrada',
  channelSms: (to: string) => `Mensaje de texto a ${to}`,
  channelVoice: (to: string) => `Llamada de voz a ${to}`,
  sendCode: 'Enviar código',
  codeHeading: 'Escriba su código',
  codeSentEmail: (to: string) => `Si una cuenta coincide, enviamos un código por correo a ${to}.`,
  codeSentEmailOnRecord: 'Si una cuenta coincide, enviamos un código por correo a la dirección registrada.',
  codeSentSms: (to: string) => `Si una cuenta coincide, enviamos un código por mensaje de texto a ${to}.`,
  codeSentVoice: (to: string) => `Si una cuenta coincide, estamos llamando al ${to} con un código.`,
  codeArrives: 'Puede tardar un minuto en llegar y vence en 10 minutos.',
  codeLabel: 'Código de seguridad',
  codeHint: '6 dígitos',
  codeRequired: 'Escriba el código de 6 dígitos.',
  codeDigits: 'El código tiene 6 dígitos.',
  resend: 'Enviar un código nuevo',
  resendWait: (seconds: number) =>
    `Puede pedir un código nuevo en ${seconds} ${esCount(seconds, 'segundo', 'segundos')}.`,
  otherWay: 'Enviarlo de otra forma',
  codeResent: (to: string) => `Enviamos un código nuevo a ${to}.`,
  codeInvalid: (left: number) =>
    `Ese código no es correcto. ${esCount(left, 'Le queda', 'Le quedan')} ${left} ${esCount(left, 'intento', 'intentos')} antes de que se pause la recuperación.`,
  codeExpired: 'Ese código venció. Pida uno nuevo.',
  resendTooSoon: 'Espere un momento antes de pedir un código nuevo.',
  tooManyCodes: (time: string) => `Se enviaron demasiados códigos. Puede pedir otro a las ${time}.`,
  questionHeading: 'Responda su pregunta de seguridad',
  answerHint: 'No importan las mayúsculas.',
  answerRequired: 'Escriba su respuesta.',
  answerIncorrect: (left: number) =>
    `Esa respuesta no coincide con la registrada. ${esCount(left, 'Le queda', 'Le quedan')} ${left} ${esCount(left, 'intento', 'intentos')} antes de que se pause la recuperación.`,
  passwordHeading2: 'Elija una contraseña nueva',
  passwordLabel: 'Contraseña nueva',
  retypeLabel: 'Vuelva a escribir la contraseña nueva',
  passwordRequired: 'Cree una contraseña nueva.',
  rulesAvoid:
    'Evite contraseñas comunes, sus contraseñas recientes y su nombre, su nombre de usuario o su fecha de nacimiento.',
  changePassword: 'Cambiar la contraseña',
  retypePasswords: 'Por su seguridad, vuelva a escribir su contraseña nueva dos veces.',
  doneHeading: 'Se cambió su contraseña',
  doneText:
    'Por su seguridad, se cerraron todas sus sesiones y enviamos un aviso al correo registrado. Inicie sesión con su contraseña nueva.',
  signIn: 'Iniciar sesión',
  locked: (time: string, minutes: number) =>
    `Por su seguridad, la recuperación está en pausa después de demasiados intentos. Puede empezar de nuevo a las ${time} (en ${minutes} ${esCount(
      minutes,
      'minuto',
      'minutos',
    )}).`,
  callPractice: (practice: string, phone: string) => `¿Necesita ayuda? Llame a ${practice} al ${phone}.`,
  ended: 'Por su seguridad, esta recuperación terminó. Empiece de nuevo.',
  closedHeading: 'La recuperación de esta cuenta está cerrada',
  closedText: (practice: string) =>
    `Después de demasiados intentos, esta cuenta solo se puede recuperar con la ayuda de ${practice}.`,
  closedTextNoPractice:
    'Después de demasiados intentos, esta cuenta solo se puede recuperar con la ayuda de su consultorio.',
  call: (practice: string) => `Llamar a ${practice}`,
  usernameText:
    'Escriba el correo electrónico o el número de teléfono registrados y su fecha de nacimiento. Si coinciden con una cuenta, le enviaremos allí su nombre de usuario, nunca a esta pantalla.',
  contactLabel: 'Correo electrónico o número de teléfono',
  contactHint: 'El que tiene registrado su consultorio',
  contactRequired: 'Escriba su correo electrónico o número de teléfono.',
  contactInvalid: 'Escriba un correo electrónico o un número de teléfono de EE. UU. de 10 dígitos.',
  dobLabel: 'Fecha de nacimiento',
  dobHint: 'MM/DD/AAAA',
  dobRequired: 'Escriba su fecha de nacimiento.',
  dobFormat: 'Escriba la fecha como MM/DD/AAAA.',
  dobInvalid: 'Esta fecha no existe. Revise el mes y el día.',
  dobFuture: 'La fecha de nacimiento no puede ser futura.',
  dobTooOld: 'Revise el año de nacimiento.',
  sendUsername: 'Enviar mi nombre de usuario',
  sentHeadingEmail: 'Revise su correo electrónico',
  sentHeadingSms: 'Revise su teléfono',
  sentText: (to: string) =>
    `Si los datos coinciden con una cuenta, enviamos su nombre de usuario a ${to}. Puede tardar unos minutos en llegar.`,
  tryOther: 'Probar con otros datos',
};
