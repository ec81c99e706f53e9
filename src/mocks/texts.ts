/** The texts the mock portal writes itself (problem titles and details, messages), in English and Spanish. */
import type { ProblemCode } from '../api/schemas.js';

export const mockLanguages = ['en', 'es'] as const;
export type MockLanguage = (typeof mockLanguages)[number];

/** The first language of an `Accept-Language` header that the mock speaks; English otherwise. */
export const pickLanguage = (header: string | null | undefined): MockLanguage => {
  const ranked = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((param) => param.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const language = mockLanguages.find((candidate) => tag === candidate || tag.startsWith(`${candidate}-`));
    if (language) return language;
  }
  return 'en';
};

export const problemTitles: Record<ProblemCode, Record<MockLanguage, string>> = {
  'invitation-not-found': { en: 'This registration link is not valid', es: 'Este enlace de registro no es válido' },
  'invitation-used': {
    en: 'This registration link was already used to create an account',
    es: 'Este enlace de registro ya se usó para crear una cuenta',
  },
  'invitation-expired': { en: 'This registration link has expired', es: 'Este enlace de registro ha vencido' },
  'invitation-revoked': {
    en: 'This registration link no longer works after too many tries',
    es: 'Este enlace de registro ya no funciona después de demasiados intentos',
  },
  'identity-not-verified': {
    en: 'The information entered does not match our records',
    es: 'La información ingresada no coincide con nuestros registros',
  },
  locked: { en: 'Too many attempts', es: 'Demasiados intentos' },
  'resend-too-soon': { en: 'Please wait before asking for a new code', es: 'Espere antes de pedir un código nuevo' },
  'too-many-codes': { en: 'Too many codes were requested', es: 'Se pidieron demasiados códigos' },
  'code-invalid': { en: 'That code is not correct', es: 'Ese código no es correcto' },
  'code-expired': { en: 'That code has expired', es: 'Ese código ha vencido' },
  'registration-invalid': {
    en: 'Your registration session has ended',
    es: 'Su sesión de registro ha terminado',
  },
  'recovery-invalid': {
    en: 'This account recovery has ended; start again',
    es: 'Esta recuperación de cuenta terminó; empiece de nuevo',
  },
  'answer-incorrect': {
    en: 'That answer does not match the one on record',
    es: 'Esa respuesta no coincide con la registrada',
  },
  'recovery-closed': {
    en: 'Account recovery is closed for this account after too many tries',
    es: 'La recuperación de esta cuenta está cerrada después de demasiados intentos',
  },
  'validation-failed': { en: 'Some information needs attention', es: 'Parte de la información necesita corrección' },
  'invalid-credentials': {
    en: 'The username or password is not correct',
    es: 'El nombre de usuario o la contraseña no son correctos',
  },
  unauthorized: { en: 'Please sign in', es: 'Inicie sesión' },
  forbidden: { en: 'Not allowed', es: 'No permitido' },
  'not-found': { en: 'Not found', es: 'No se encontró' },
  'bad-request': { en: 'The request could not be read', es: 'No se pudo leer la solicitud' },
  'server-error': { en: 'Something went wrong on our side', es: 'Algo salió mal de nuestro lado' },
};

export const fieldMessages: Record<string, Record<MockLanguage, string>> = {
  required: { en: 'This field is required', es: 'Este campo es obligatorio' },
  invalid: { en: 'This value is not valid', es: 'Este valor no es válido' },
  'six-digits': { en: 'Enter 6 digits', es: 'Ingrese 6 dígitos' },
  contact: {
    en: 'Enter an email address or a 10-digit US phone number',
    es: 'Ingrese un correo electrónico o un número de teléfono de EE. UU. de 10 dígitos',
  },
  phone: { en: 'Enter a 10-digit US phone number', es: 'Ingrese un número de teléfono de EE. UU. de 10 dígitos' },
  'date-format': { en: 'Enter the date as YYYY-MM-DD', es: 'Ingrese la fecha como AAAA-MM-DD' },
  'date-invalid': { en: 'This date does not exist', es: 'Esta fecha no existe' },
  'date-future': { en: 'The date cannot be in the future', es: 'La fecha no puede ser futura' },
  'date-too-old': { en: 'The date is too far in the past', es: 'La fecha es demasiado antigua' },
  'too-short': { en: 'Too short', es: 'Demasiado corto' },
  'too-long': { en: 'Too long', es: 'Demasiado largo' },
  'username-characters': {
    en: 'Use letters, numbers and . _ @ + - only',
    es: 'Use solo letras, números y . _ @ + -',
  },
  'username-taken': { en: 'This username is already taken', es: 'Este nombre de usuario ya está en uso' },
  'password-characters': {
    en: 'The password has a character that cannot be used; type it again',
    es: 'La contraseña tiene un carácter que no se puede usar; escríbala de nuevo',
  },
  'password-too-short': { en: 'The password is too short', es: 'La contraseña es demasiado corta' },
  'password-too-long': { en: 'The password is too long', es: 'La contraseña es demasiado larga' },
  'password-uppercase': {
    en: 'The password needs an UPPERCASE letter',
    es: 'La contraseña necesita una letra MAYÚSCULA',
  },
  'password-number-or-symbol': {
    en: 'The password needs a number or a symbol',
    es: 'La contraseña necesita un número o un símbolo',
  },
  'password-common': {
    en: 'This password is too common; choose another',
    es: 'Esta contraseña es demasiado común; elija otra',
  },
  'password-context': {
    en: 'The password cannot contain the name of this site or of your doctor’s office',
    es: 'La contraseña no puede contener el nombre de este sitio ni del consultorio de su médico',
  },
  'password-personal-info': {
    en: 'The password cannot contain your username, name or date of birth',
    es: 'La contraseña no puede contener su nombre de usuario, su nombre ni su fecha de nacimiento',
  },
  'password-reused': {
    en: 'Choose a password you have not used recently',
    es: 'Elija una contraseña que no haya usado recientemente',
  },
  'terms-not-accepted': {
    en: 'Accept the User Agreement and Privacy Policy',
    es: 'Acepte el Acuerdo de usuario y la Política de privacidad',
  },
  'unknown-question': { en: 'Choose one of the questions', es: 'Elija una de las preguntas' },
};

/**
 * The messages the mock sends (its outbox): an email in the patient's preferred language (their record's), a code
 * by text or voice in the language the flow that asked for it ran in.
 */
export const messageTexts = {
  en: {
    codeSms: (practice: string, code: string) =>
      `${practice}: your Patient Fusion security code is ${code}. It expires in 10 minutes. Do not share it.`,
    codeVoice: (practice: string, spoken: string) =>
      `This is ${practice}. Your Patient Fusion security code is ${spoken}. Again: ${spoken}.`,
    inviteSubject: (practice: string) => `${practice} invites you to your online health records`,
    inviteBody: (given: string, practice: string, link: string, phone: string) =>
      `Hello ${given},\n\n${practice} has enabled your access to the Patient Fusion patient portal, ` +
      `where you can see your health records online.\n\nCreate your account: ${link}\n\n` +
      `This link works once and expires in 14 days. Questions? Call us at ${phone}.`,
    resetSubject: (practice: string) => `${practice} reset your access to your online health records`,
    resetBody: (given: string, practice: string, phone: string) =>
      `Hello ${given},\n\n${practice} reset your access to the Patient Fusion patient portal. ` +
      `Your old password no longer works, and you were signed out everywhere. A new registration email follows: ` +
      `use it to create your account again.\n\nIf you did not ask for this, call us at ${phone}.`,
    recoveryCodeSubject: (practice: string) => `${practice}: your security code`,
    recoveryCodeEmail: (practice: string, code: string) =>
      `${practice}: someone asked to reset the password of your Patient Fusion account.\n\n` +
      `Your security code is ${code}. It expires in 10 minutes. Do not share it.\n\n` +
      `If you did not ask for this, ignore this message: your password stays as it is.`,
    passwordChangedSubject: (practice: string) => `${practice}: your password was changed`,
    passwordChangedBody: (given: string, practice: string, phone: string) =>
      `Hello ${given},\n\nThe password of your Patient Fusion account at ${practice} was changed, and you were ` +
      `signed out everywhere.\n\nIf you did not do this, call us at once at ${phone}.`,
    passwordChangedSms: (practice: string, phone: string) =>
      `${practice}: your Patient Fusion password was changed. Not you? Call ${phone}.`,
    usernameSubject: (practice: string) => `${practice}: your username`,
    usernameBody: (given: string, practice: string, username: string, phone: string) =>
      `Hello ${given},\n\nYour username for the Patient Fusion patient portal of ${practice} is: ${username}\n\n` +
      `If you did not ask for this, call us at ${phone}.`,
    usernameSms: (practice: string, username: string) =>
      `${practice}: your Patient Fusion username is ${username}. Not you? Ignore this message.`,
    noAccountBody: (given: string, practice: string, phone: string) =>
      `Hello ${given},\n\nSomeone asked for your username at the Patient Fusion patient portal of ${practice}, but ` +
      `you have no account yet. To create one, use the registration email from ${practice}, or call ${phone}.`,
    noAccountSms: (practice: string, phone: string) =>
      `${practice}: you have no Patient Fusion account yet. Call ${phone} for a registration email.`,
  },
  es: {
    codeSms: (practice: string, code: string) =>
      `${practice}: su código de seguridad de Patient Fusion es ${code}. Vence en 10 minutos. No lo comparta.`,
    codeVoice: (practice: string, spoken: string) =>
      `Le llama ${practice}. Su código de seguridad de Patient Fusion es ${spoken}. Repito: ${spoken}.`,
    inviteSubject: (practice: string) => `${practice} le invita a ver sus registros de salud en línea`,
    inviteBody: (given: string, practice: string, link: string, phone: string) =>
      `Hola, ${given}:\n\n${practice} habilitó su acceso al portal para pacientes de Patient Fusion, ` +
      `donde puede ver sus registros de salud en línea.\n\nCree su cuenta: ${link}\n\n` +
      `Este enlace funciona una sola vez y vence en 14 días. ¿Preguntas? Llámenos al ${phone}.`,
    resetSubject: (practice: string) => `${practice} restableció su acceso a sus registros de salud en línea`,
    resetBody: (given: string, practice: string, phone: string) =>
      `Hola, ${given}:\n\n${practice} restableció su acceso al portal para pacientes de Patient Fusion. ` +
      `Su contraseña anterior ya no funciona y se cerraron todas sus sesiones. Recibirá un nuevo correo de registro: ` +
      `úselo para crear su cuenta de nuevo.\n\nSi usted no lo pidió, llámenos al ${phone}.`,
    recoveryCodeSubject: (practice: string) => `${practice}: su código de seguridad`,
    recoveryCodeEmail: (practice: string, code: string) =>
      `${practice}: alguien pidió restablecer la contraseña de su cuenta de Patient Fusion.\n\n` +
      `Su código de seguridad es ${code}. Vence en 10 minutos. No lo comparta.\n\n` +
      `Si usted no lo pidió, ignore este mensaje: su contraseña no cambia.`,
    passwordChangedSubject: (practice: string) => `${practice}: se cambió su contraseña`,
    passwordChangedBody: (given: string, practice: string, phone: string) =>
      `Hola, ${given}:\n\nSe cambió la contraseña de su cuenta de Patient Fusion en ${practice} y se cerraron ` +
      `todas sus sesiones.\n\nSi usted no lo hizo, llámenos de inmediato al ${phone}.`,
    passwordChangedSms: (practice: string, phone: string) =>
      `${practice}: se cambió su contraseña de Patient Fusion. ¿No fue usted? Llame al ${phone}.`,
    usernameSubject: (practice: string) => `${practice}: su nombre de usuario`,
    usernameBody: (given: string, practice: string, username: string, phone: string) =>
      `Hola, ${given}:\n\nSu nombre de usuario del portal para pacientes de Patient Fusion de ${practice} es: ` +
      `${username}\n\nSi usted no lo pidió, llámenos al ${phone}.`,
    usernameSms: (practice: string, username: string) =>
      `${practice}: su nombre de usuario de Patient Fusion es ${username}. ¿No fue usted? Ignore este mensaje.`,
    noAccountBody: (given: string, practice: string, phone: string) =>
      `Hola, ${given}:\n\nAlguien pidió su nombre de usuario del portal para pacientes de Patient Fusion de ` +
      `${practice}, pero todavía no tiene una cuenta. Para crearla, use el correo de registro de ${practice} o ` +
      `llame al ${phone}.`,
    noAccountSms: (practice: string, phone: string) =>
      `${practice}: todavía no tiene una cuenta de Patient Fusion. Llame al ${phone} para recibir un correo de registro.`,
  },
} satisfies Record<MockLanguage, Record<string, (...values: string[]) => string>>;
