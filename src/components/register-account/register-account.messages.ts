import type { Catalogs } from '../../internal/localize.js';

const en = {
  heading: 'Sign up for online health records access',
  questionLabel: 'Select a security question',
  questionPlaceholder: 'Choose a question',
  /** The question list's only entry while the questions are read (the rest of the form takes typing meanwhile). */
  questionsLoading: 'Getting the questions…',
  answerLabel: 'Enter your answer',
  answerHint: 'At least 3 characters. Capital letters do not matter.',
  answerHintFor: (question: string) =>
    `Your answer to “${question}”: at least 3 characters. Capital letters do not matter.`,
  accountLegend: 'Create account',
  usernameLabel: 'Email address or username',
  usernameHint: 'You will sign in with this. Letters, numbers and . _ @ + - only.',
  passwordLabel: 'Create password',
  retypeLabel: 'Retype password',
  rulesAvoid: 'Avoid common passwords, and your name, username or date of birth.',
  agreement: 'By selecting Access your records, you agree to the Patient Fusion {terms} and {privacy}.',
  terms: 'User Agreement',
  privacy: 'Privacy Policy',
  newWindow: '(opens in a new window)',
  submit: 'Access your records',
  questionRequired: 'Choose a security question.',
  answerRequired: 'Enter the answer to your security question.',
  answerShort: 'The answer needs at least 3 characters.',
  usernameRequired: 'Enter an email address or a username.',
  usernameShort: 'The username needs at least 3 characters.',
  usernameLong: 'The username can have at most 64 characters.',
  usernameCharacters: 'Use only letters, numbers and . _ @ + - in the username, with no spaces.',
  passwordRequired: 'Create a password.',
  retypePasswords: 'For your security, type your new password twice again, then select Access your records.',
  expiredHeading: 'Your registration session has ended',
  expiredText:
    'For your security, the time to create your account ran out, or this step was already used. Open the link in your registration email again to start over.',
  createdHeading: 'Your account is ready',
  createdText: (username: string) => `From now on, sign in with ${username} and your new password.`,
};

const es: typeof en = {
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

export const accountMessages: Catalogs<typeof en> = { en, es };
