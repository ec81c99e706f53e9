import { type Catalogs, plural } from '../../internal/localize.js';

const enCount = plural('en');

const triesLeftEn = (tries: number) => enCount(tries, 'You have 1 try left.', `You have ${tries} tries left.`);

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

export const verifyMessages: Catalogs<typeof en> = {
  name: 'pf-register-verify',
  en,
  es: () => import('./register-verify.messages.es.js').then((module) => module.es),
};
