/**
 * Small named validators that return a message key (or nothing when the value is fine). The elements show them
 * live; the mock portal applies the same ones where the rule is the server's, so both always agree.
 */
import type { PasswordPolicy } from '../api/schemas.js';

/** Length in Unicode code points, as the password policy counts. */
export const codePointLength = (value: string): number => [...value].length;

/** Removes the spaces and dashes people type inside PINs and codes. */
export const stripSeparators = (value: string): string => value.replace(/[\s-]+/g, '');

/** A PIN or a security code: exactly six digits once spaces and dashes are gone. */
export const sixDigitsError = (value: string): 'required' | 'six-digits' | undefined => {
  const digits = stripSeparators(value);
  if (!digits) return 'required';
  return /^\d{6}$/.test(digits) ? undefined : 'six-digits';
};

/** The ten digits of a US phone number as typed in any usual way, or `undefined` when it is not one. */
export const usPhoneDigits = (value: string): string | undefined => {
  let digits = value.replace(/\D+/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  // North American numbering: area code and exchange never start with 0 or 1.
  return /^[2-9]\d{2}[2-9]\d{6}$/.test(digits) ? digits : undefined;
};

export const phoneError = (value: string): 'required' | 'phone' | undefined => {
  if (!value.trim()) return 'required';
  return usPhoneDigits(value) ? undefined : 'phone';
};

/** An email address as people type one: something, `@`, and a domain with a dot; no spaces. */
export const isEmailAddress = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

/** The email or phone number on record, as a patient types it to recover a username. */
export const contactError = (value: string): 'required' | 'contact' | undefined => {
  if (!value.trim()) return 'required';
  if (value.includes('@')) return isEmailAddress(value) && value.trim().length <= 254 ? undefined : 'contact';
  return usPhoneDigits(value) ? undefined : 'contact';
};

/** `(555) 201-4477` from ten digits. */
export const formatUsPhone = (digits: string): string =>
  `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6, 10)}`;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `YYYY-MM-DD` names a day that exists (leap years included). */
export const isRealIsoDate = (iso: string): boolean => {
  const match = isoDatePattern.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

export const dateOfBirthKeys = ['required', 'date-format', 'date-invalid', 'date-future', 'date-too-old'] as const;
export type DateOfBirthKey = (typeof dateOfBirthKeys)[number];

/** The oldest age the portal accepts for a date of birth. */
export const maxAgeYears = 130;

/** A date of birth as `YYYY-MM-DD`: a real day, not after `today` (`YYYY-MM-DD`), at most 130 years back. */
export const isoDateOfBirthError = (iso: string, today: string): DateOfBirthKey | undefined => {
  if (!iso) return 'required';
  if (!isoDatePattern.test(iso)) return 'date-format';
  if (!isRealIsoDate(iso)) return 'date-invalid';
  if (iso > today) return 'date-future';
  const oldest = `${String(Number(today.slice(0, 4)) - maxAgeYears).padStart(4, '0')}${today.slice(4)}`;
  return iso < oldest ? 'date-too-old' : undefined;
};

/** The usernames the portal accepts: 3 to 64 characters of letters, digits and `. _ @ + -`. */
export const usernameLimits = { min: 3, max: 64 } as const;

export const usernameError = (
  value: string,
): 'required' | 'too-short' | 'too-long' | 'username-characters' | undefined => {
  const normalized = value.normalize('NFKC').trim();
  if (!normalized) return 'required';
  const length = codePointLength(normalized);
  if (length < usernameLimits.min) return 'too-short';
  if (length > usernameLimits.max) return 'too-long';
  return /^[\p{L}\p{N}._@+-]+$/u.test(normalized) ? undefined : 'username-characters';
};

/**
 * Two usernames are the same account when their keys are equal: NFKC, trimmed, and case-folded in full (upper then lower case, so `straße` is `strasse`
 * and `ﬁ` is `fi`, which lower case alone leaves apart).
 */
export const usernameKey = (value: string): string =>
  value.normalize('NFKC').trim().toUpperCase().toLowerCase().normalize('NFKC');

/** Whether a string is well-formed UTF-16 (no lone surrogate, which encoding would turn into U+FFFD). */
export const isWellFormed = (value: string): boolean => !/\p{Surrogate}/u.test(value);

export const securityAnswerMinLength = 3;

export const securityAnswerError = (value: string): 'required' | 'too-short' | undefined => {
  const trimmed = value.trim();
  if (!trimmed) return 'required';
  return codePointLength(trimmed) < securityAnswerMinLength ? 'too-short' : undefined;
};

/**
 * Words as people mean them, for comparing: without accents or case (`José` is `jose`), lower-cased by the rules of
 * `locale` when one is given.
 */
export const foldedWords = (text: string, locale?: string): string => {
  const bare = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  return locale ? bare.toLocaleLowerCase(locale) : bare.toLowerCase();
};

/** Security answers compare trimmed, case-insensitively and with the same Unicode form. */
export const normalizeSecurityAnswer = (value: string): string =>
  value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The rules a browser can check as the patient types; the others need the server (common words, personal data). */
export const livePasswordRules = [
  'password-too-short',
  'password-too-long',
  'password-uppercase',
  'password-number-or-symbol',
] as const;
export type LivePasswordRule = (typeof livePasswordRules)[number];

/** The live rules of a policy that the password does not meet yet. */
export const unmetPasswordRules = (password: string, policy: PasswordPolicy): LivePasswordRule[] => {
  const length = codePointLength(password);
  const unmet: LivePasswordRule[] = [];
  if (length < policy.minLength) unmet.push('password-too-short');
  if (length > policy.maxLength) unmet.push('password-too-long');
  if (policy.requireUppercase && !/\p{Lu}/u.test(password)) unmet.push('password-uppercase');
  if (policy.requireNumberOrSymbol && !/[\p{N}\p{P}\p{S}]/u.test(password)) unmet.push('password-number-or-symbol');
  return unmet;
};
