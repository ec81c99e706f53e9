// The Spanish words of register-verify.messages.ts, loaded only for a page in Spanish.
import { plural } from '../../internal/localize.js';
import type { verifyMessages } from './register-verify.messages.js';

const esCount = plural('es');
const triesLeftEs = (tries: number) => esCount(tries, 'Le queda 1 intento.', `Le quedan ${tries} intentos.`);

export const es: (typeof verifyMessages)['en'] = {
  heading: 'Verifique su identidad',
  intro: 'Para mantener privada su información de salud, primero confirme quién es usted.',
  why: '¿Por qué?',
  whyText:
    'Sus registros de salud son privados. Estos datos, que solo usted y el consultorio de su médico deberían conocer, aseguran que nadie más pueda abrir sus registros con este enlace.',
  dobLabel: 'Fecha de nacimiento del paciente',
  dobHint: 'MM/DD/AAAA',
  methodLegend: 'Ingrese el PIN o el número de teléfono',
  methodPin: 'PIN',
  methodPhone: 'Número de teléfono',
  pinLabel: 'PIN que recibió del médico del paciente',
  pinHint: '6 dígitos',
  phoneLabel: 'Teléfono del paciente que tiene registrado su médico',
  phoneHint: 'Por ejemplo (555) 555-5555',
  channelLegend: 'Recibir el código por',
  channelSms: 'Mensaje de texto',
  channelVoice: 'Llamada de voz',
  continue: 'Continuar',
  consent:
    'Al seleccionar Continuar con un número de teléfono, acepta recibir un código de seguridad de un solo uso por mensaje de texto o llamada automática a ese número. Pueden aplicarse tarifas de mensajes y datos.',
  dobRequired: 'Ingrese la fecha de nacimiento del paciente.',
  dobFormat: 'Ingrese la fecha de nacimiento como MM/DD/AAAA, por ejemplo 03/14/1962.',
  dobInvalid: 'Esta fecha no existe. Revise el mes y el día.',
  dobFuture: 'La fecha de nacimiento no puede ser futura.',
  dobTooOld: 'Revise el año de nacimiento.',
  pinRequired: 'Ingrese el PIN que recibió del consultorio de su médico.',
  pinDigits: 'El PIN tiene 6 dígitos.',
  phoneRequired: 'Ingrese el número de teléfono que tiene registrado el consultorio de su médico.',
  phoneInvalid: 'Ingrese un número de teléfono de EE. UU. de 10 dígitos, por ejemplo (555) 555-5555.',
  codeRequired: 'Ingrese el código de seguridad.',
  codeDigits: 'El código de seguridad tiene 6 dígitos.',
  identityFailed: (tries: number) =>
    `La información que ingresó no coincide con nuestros registros. Revísela e intente de nuevo. ${triesLeftEs(tries)}`,
  locked: (time: string, minutes: number) =>
    `Por su seguridad, este enlace está en pausa después de demasiados intentos. Puede intentarlo de nuevo a las ${time} (en ${minutes} ${esCount(
      minutes,
      'minuto',
      'minutos',
    )}).`,
  callPractice: (practice: string, phone: string) => `¿Necesita ayuda? Llame a ${practice} al ${phone}.`,
  callButton: (practice: string, phone: string) => `Llamar a ${practice}: ${phone}`,
  signIn: 'Iniciar sesión',
  signInInstead: '¿Ya tiene una cuenta? Inicie sesión',
  usedHeading: 'Este enlace ya se usó',
  usedText: 'Este enlace ya se usó para crear una cuenta; inicie sesión.',
  expiredHeading: 'Este enlace ha vencido',
  expiredText:
    'Los enlaces de registro funcionan durante 14 días y solo funciona el más reciente. Pida al consultorio de su médico que le envíe una nueva invitación.',
  revokedHeading: 'Este enlace ya no funciona',
  revokedText:
    'Por su seguridad, este enlace dejó de funcionar después de demasiados intentos que no coincidieron con nuestros registros. Llame al consultorio de su médico para recibir una nueva invitación.',
  notFoundHeading: 'Este enlace no es válido',
  notFoundText:
    'Verifique que abrió el enlace completo de su correo de registro, o pida al consultorio de su médico que le envíe una nueva invitación.',
  goHome: 'Ir a la página principal del portal',
  codeHeading: 'Ingrese su código de seguridad',
  codeSentSms: (to: string) =>
    `Si este número coincide con nuestros registros, enviamos un mensaje de texto con un código de 6 dígitos al ${to}.`,
  codeSentVoice: (to: string) =>
    `Si este número coincide con nuestros registros, estamos llamando al ${to} para leerle un código de 6 dígitos.`,
  codeArrives:
    'Debería llegar en un par de minutos. El código funciona durante 10 minutos. Si no llega nada, puede que el número no sea el que tiene el consultorio de su médico.',
  codeLabel: 'Código de seguridad',
  codeHint: '6 dígitos',
  resend: 'Enviar un código nuevo',
  resendWait: (seconds: number) => `Podrá pedir un código nuevo en ${seconds} s.`,
  resendVia: 'Enviar el código nuevo por',
  codeInvalid: (tries: number) => `Ese código no es correcto. ${triesLeftEs(tries)}`,
  codeExpired: 'Ese código ha vencido. Pida un código nuevo e ingréselo aquí.',
  codeResent: (to: string) => `Si este número coincide con nuestros registros, un código nuevo va en camino al ${to}.`,
  resendTooSoon:
    'Todavía no se puede enviar un código nuevo. Continuar volverá a funcionar cuando termine la cuenta regresiva junto al botón.',
  sendWait: (seconds: number) => `Podrá pedir un código en ${seconds} s.`,
  tooManyCodes: (time: string) => `Se enviaron demasiados códigos. Podrá pedir uno nuevo a las ${time}.`,
  changePhone: 'Usar otro número de teléfono',
  verified: 'Gracias. Su identidad está verificada.',
};
