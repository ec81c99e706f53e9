// The Spanish words of register-account.messages.ts, loaded only for a page in Spanish.
import type { accountMessages } from './register-account.messages.js';

export const es: (typeof accountMessages)['en'] = {
  heading: 'Regístrese para ver sus registros de salud en línea',
  questionLabel: 'Seleccione una pregunta de seguridad',
  questionPlaceholder: 'Elija una pregunta',
  questionsLoading: 'Obteniendo las preguntas…',
  answerLabel: 'Escriba su respuesta',
  answerHint: 'Al menos 3 caracteres. No importan las mayúsculas.',
  answerHintFor: (question: string) =>
    `Su respuesta a «${question}»: al menos 3 caracteres. No importan las mayúsculas.`,
  accountLegend: 'Crear la cuenta',
  usernameLabel: 'Correo electrónico o nombre de usuario',
  usernameHint: 'Lo usará para iniciar sesión. Solo letras, números y . _ @ + -',
  passwordLabel: 'Cree una contraseña',
  retypeLabel: 'Vuelva a escribir la contraseña',
  rulesAvoid: 'Evite contraseñas comunes y su nombre, su nombre de usuario o su fecha de nacimiento.',
  agreement: 'Al seleccionar Acceder a sus registros, acepta el {terms} y la {privacy} de Patient Fusion.',
  terms: 'Acuerdo de usuario',
  privacy: 'Política de privacidad',
  newWindow: '(se abre en una ventana nueva)',
  submit: 'Acceder a sus registros',
  questionRequired: 'Elija una pregunta de seguridad.',
  answerRequired: 'Escriba la respuesta a su pregunta de seguridad.',
  answerShort: 'La respuesta necesita al menos 3 caracteres.',
  usernameRequired: 'Escriba un correo electrónico o un nombre de usuario.',
  usernameShort: 'El nombre de usuario necesita al menos 3 caracteres.',
  usernameLong: 'El nombre de usuario puede tener como máximo 64 caracteres.',
  usernameCharacters: 'Use solo letras, números y . _ @ + - en el nombre de usuario, sin espacios.',
  passwordRequired: 'Cree una contraseña.',
  retypePasswords:
    'Por su seguridad, vuelva a escribir su nueva contraseña dos veces y luego seleccione Acceder a sus registros.',
  expiredHeading: 'Su sesión de registro ha terminado',
  expiredText:
    'Por su seguridad, se acabó el tiempo para crear su cuenta o este paso ya se usó. Vuelva a abrir el enlace de su correo de registro para empezar de nuevo.',
  createdHeading: 'Su cuenta está lista',
  createdText: (username: string) => `A partir de ahora, inicie sesión con ${username} y su nueva contraseña.`,
};
