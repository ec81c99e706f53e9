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

export const accountMessages: Catalogs<typeof en> = {
  name: 'pf-register-account',
  en,
  es: () => import('./register-account.messages.es.js').then((module) => module.es),
};
