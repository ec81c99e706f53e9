/**
 * The portal's rules as numbers and pure functions (the README's "The mock portal"): the limits, the password policies and what
 * makes a password refused. `portal.ts` applies them to the state; a backend team can read them here in one place.
 */
import type { PasswordPolicy } from '../api/schemas.js';
import { foldedWords, unmetPasswordRules } from '../internal/validation.js';
import { DAY, HOUR, MINUTE, SECOND } from './clock.js';
import { isCommonPassword, unleet } from './common-passwords.js';
import type { TryLimit } from './limits.js';

/** The rules' numbers, as the README's "The mock portal" gives them. */
export const mockRules = {
  invitationLifetimeMs: 14 * DAY,
  identityFailuresBeforeLock: 5,
  identityLockMs: 15 * MINUTE,
  /** Consecutive failures (across locks) after which an invitation is void until the practice sends a new one. */
  identityFailureCap: 100,
  codeLifetimeMs: 10 * MINUTE,
  codeResendAfterMs: 30 * SECOND,
  codesPerHour: 5,
  registrationLifetimeMs: 30 * MINUTE,
  sessionIdleMs: 15 * MINUTE,
  sessionAbsoluteMs: 12 * HOUR,
  /** Failures in a row from one client that pause sign-in for a username: a minute, then twice as long each time. */
  signInFailuresBeforeLock: 5,
  signInFirstLockMs: MINUTE,
  signInMaxLockMs: 15 * MINUTE,
  /** Failures for one username from all clients together that pause its sign-in, and for how long. */
  signInAccountFailuresBeforeLock: 100,
  signInAccountLockMs: HOUR,
  /** How long a password recovery may take, from the username to the new password. */
  recoveryLifetimeMs: 20 * MINUTE,
  /**
   * Failures in a row at a recovery's code, or at its security answer (each counted apart, across recoveries of the
   * account), after which recovery is closed until the practice opens it again.
   */
  recoveryFailureCap: 50,
  /** A new password may not be any of this many recent ones (the current one included). */
  recentPasswords: 5,
  /** Recoveries and their counters the mock keeps at most; expired ones go first. */
  maxRecoveries: 10_000,
  /** `username-taken` answers one registration token may get; the next call finds it void. */
  usernameProbesPerRegistration: 3,
} as const;

export const identityLimit: TryLimit = {
  failuresBeforeLock: mockRules.identityFailuresBeforeLock,
  lockMs: mockRules.identityLockMs,
};
/**
 * Sign-in tries are counted per username and client, so a stranger's guesses do not lock the patient out, and the
 * pauses grow (1, 2, 4, 8, then 15 minutes), so a patient who mistyped waits a minute and a guesser gets 4 tries an
 * hour.
 */
export const signInLimit: TryLimit = {
  failuresBeforeLock: mockRules.signInFailuresBeforeLock,
  lockMs: mockRules.signInFirstLockMs,
  maxLockMs: mockRules.signInMaxLockMs,
};
/** And per username across all clients, a ceiling for guesses spread over many addresses. */
export const signInAccountLimit: TryLimit = {
  failuresBeforeLock: mockRules.signInAccountFailuresBeforeLock,
  lockMs: mockRules.signInAccountLockMs,
};
/** How many sign-in counters the mock keeps; the oldest unlocked ones go first (unknown usernames cost no memory). */
export const maxSignInCounters = 10_000;

/** The seed's password policy: 8 characters, an uppercase letter, a number or symbol, not breached, not personal. */
export const defaultPasswordPolicy = {
  minLength: 8,
  maxLength: 128,
  requireUppercase: true,
  requireNumberOrSymbol: true,
  disallowCommon: true,
  disallowPersonalInfo: true,
} as const;

/**
 * NIST SP 800-63B-4's policy for a password that is the only factor: 15 characters at least, no composition rules,
 * not breached, not context-specific. The elements follow whichever policy the server publishes.
 */
export const nistPasswordPolicy = {
  minLength: 15,
  maxLength: 128,
  requireUppercase: false,
  requireNumberOrSymbol: false,
  disallowCommon: true,
  disallowPersonalInfo: true,
} as const;

/** The longest security answer the portal keeps, in code points. */
export const securityAnswerMaxLength = 200;

/** Whose password it is, as far as the rules care. */
export interface PasswordOwner {
  given: string;
  family: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
}

/** The words of this site and practice (NIST's "context-specific words"): the product's and the practice's names. */
const contextWords = (practiceName: string): string[] => {
  const practice = foldedWords(practiceName);
  return [
    'patient fusion',
    'patientfusion',
    'practice fusion',
    'practicefusion',
    practice.replace(/\s+/g, ''),
    ...practice.split(/[^\p{L}\p{N}]+/u),
  ];
};

/** Whether the password holds one of `words` (3 letters or more), as typed or with its leetspeak read back. */
const containsAny = (password: string, words: string[]): boolean => {
  const typed = foldedWords(password);
  const forms = [typed, unleet(typed), typed.replace(/[\s._-]+/g, ''), unleet(typed).replace(/[\s._-]+/g, '')];
  const wanted = words.map((word) => foldedWords(word)).filter((word) => [...word].length >= 3);
  return wanted.some((word) => forms.some((form) => form.includes(word)));
};

/** Whether the password holds the patient's username, names or date of birth (any layout, the year alone). */
const containsPersonalInfo = (password: string, username: string, patient: PasswordOwner): boolean => {
  const localPart = username.split('@')[0] ?? '';
  if (containsAny(password, [username, localPart, patient.given, patient.family])) return true;
  // The date of birth in every layout people write it, and the year alone.
  const [year = '', month = '', day = ''] = patient.birthDate.split('-');
  const short = year.slice(2);
  const [m, d] = [String(Number(month)), String(Number(day))];
  const digits = password.replace(/\D+/g, '');
  const dates = [
    year,
    `${month}${day}${year}`,
    `${month}${day}${short}`,
    `${m}${d}${year}`,
    `${m}${d}${short}`,
    `${day}${month}${year}`,
    `${day}${month}${short}`,
    `${d}${m}${year}`,
    `${year}${month}${day}`,
    `${short}${month}${day}`,
  ];
  return dates.some((date) => digits.includes(date));
};

/**
 * The password rules a password breaks, live ones first, in the order the element lists them; then what only the
 * server knows: the breached list, the words of this site and practice, and the patient's own details.
 */
export function passwordErrors(
  password: string,
  {
    policy,
    practiceName,
    username,
    patient,
  }: { policy: PasswordPolicy; practiceName: string; username: string; patient: PasswordOwner },
): string[] {
  if (!password) return ['required'];
  const errors: string[] = unmetPasswordRules(password, policy);
  if (policy.disallowCommon && isCommonPassword(password)) errors.push('password-common');
  if (policy.disallowCommon && containsAny(password, contextWords(practiceName))) errors.push('password-context');
  if (policy.disallowPersonalInfo && containsPersonalInfo(password, username, patient)) {
    errors.push('password-personal-info');
  }
  return errors;
}
