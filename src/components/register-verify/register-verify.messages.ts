import { type Catalogs, plural } from '../../internal/localize.js';

const enCount = plural('en');
const esCount = plural('es');

const triesLeftEn = (tries: number) => enCount(tries, 'You have 1 try left.', `You have ${tries} tries left.`);
const triesLeftEs = (tries: number) => esCount(tries, 'Le queda 1 intento.', `Le quedan ${tries} intentos.`);

const en = {
  heading: 'Verify your identity',
  intro: 'To keep your health information private, first confirm who you are.',
  why: 'Why?',
  whyText:
    'Your health records are private. These details, which only you and your doctor’s office should know, make sure that nobody else can open your records with this link.',
  dobLabel: 'Patient’s date of birth',
  dobHint: 'MM/DD/YYYY',
  methodLegend: 'Enter PIN or phone number',
  methodPin: 'PIN',
  methodPhone: 'Phone number',
  pinLabel: 'PIN received from patient’s doctor',
  pinHint: '6 digits',
  phoneLabel: 'Patient’s phone # from his/her doctor’s record',
  phoneHint: 'For example (555) 555-5555',
  channelLegend: 'Receive code via',
  channelSms: 'Text',
  channelVoice: 'Voice',
  continue: 'Continue',
  consent:
    'By selecting Continue with a phone number, you agree to receive a one-time security code by text message or automated voice call at that number. Message and data rates may apply.',
  dobRequired: 'Enter the patient’s date of birth.',
  dobFormat: 'Enter the date of birth as MM/DD/YYYY, for example 03/14/1962.',
  dobInvalid: 'This date does not exist. Check the month and the day.',
  dobFuture: 'The date of birth cannot be in the future.',
  dobTooOld: 'Check the year of birth.',
  pinRequired: 'Enter the PIN you received from your doctor’s office.',
  pinDigits: 'The PIN has 6 digits.',
  phoneRequired: 'Enter the phone number your doctor’s office has on record.',
  phoneInvalid: 'Enter a 10-digit US phone number, for example (555) 555-5555.',
  codeRequired: 'Enter the security code.',
  codeDigits: 'The security code has 6 digits.',
  identityFailed: (tries: number) =>
    `The information you entered does not match our records. Check it and try again. ${triesLeftEn(tries)}`,
  locked: (time: string, minutes: number) =>
    `For your security, this link is paused after too many tries. You can try again at ${time} (in ${minutes} ${enCount(
      minutes,
      'minute',
      'minutes',
    )}).`,
  callPractice: (practice: string, phone: string) => `Need help? Call ${practice} at ${phone}.`,
  callButton: (practice: string, phone: string) => `Call ${practice}: ${phone}`,
  signIn: 'Sign in',
  signInInstead: 'Already have an account? Sign in',
  usedHeading: 'This link was already used',
  usedText: 'This link was already used to create an account; sign in instead.',
  expiredHeading: 'This link has expired',
  expiredText:
    'Registration links work for 14 days, and only the newest one works. Ask your doctor’s office to send you a new invitation.',
  revokedHeading: 'This link no longer works',
  revokedText:
    'For your security, this link stopped working after too many tries that did not match our records. Call your doctor’s office to get a new invitation.',
  notFoundHeading: 'This link is not valid',
  notFoundText:
    'Check that you opened the whole link from your registration email, or ask your doctor’s office to send you a new invitation.',
  goHome: 'Go to the portal home page',
  codeHeading: 'Enter your security code',
  // The portal answers alike whether or not the number is on record (so no one learns whose number it is): the
  // words never claim that a code was sent.
  codeSentSms: (to: string) =>
    `If this number matches our records, we sent a text message with a 6-digit code to ${to}.`,
  codeSentVoice: (to: string) => `If this number matches our records, we are calling ${to} to read you a 6-digit code.`,
  codeArrives:
    'It should arrive within a couple of minutes. The code works for 10 minutes. If nothing arrives, the number may not be the one your doctor’s office has.',
  codeLabel: 'Security code',
  codeHint: '6 digits',
  resend: 'Send a new code',
  resendWait: (seconds: number) => `You can ask for a new code in ${seconds} s.`,
  resendVia: 'Send the new code by',
  codeInvalid: (tries: number) => `That code is not correct. ${triesLeftEn(tries)}`,
  codeExpired: 'That code has expired. Send a new code and enter it here.',
  codeResent: (to: string) => `If this number matches our records, a new code is on its way to ${to}.`,
  resendTooSoon: 'A new code cannot be sent yet. Continue works again when the countdown beside it ends.',
  sendWait: (seconds: number) => `You can ask for a code in ${seconds} s.`,
  tooManyCodes: (time: string) => `Too many codes were sent. You can ask for a new one at ${time}.`,
  changePhone: 'Use a different phone number',
  verified: 'Thank you. Your identity is verified.',
};

const es: typeof en = {
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

export const verifyMessages: Catalogs<typeof en> = { en, es };
