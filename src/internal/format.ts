/** Formatting of what a patient types, as they type it: the slashes of a date, the shape of a US phone number. */
import { type DateOfBirthKey, isoDateOfBirthError } from './validation.js';

/** `MM/DD/YYYY` from what was typed so far, slashes added after the month and the day. */
export const formatDateInput = (raw: string): string => {
  const parts = raw.split(/[/.-]/).map((part) => part.replace(/\D+/g, ''));
  let month: string;
  let day: string;
  let year: string;
  if (parts.length === 1) {
    const digits = parts[0] ?? '';
    [month, day, year] = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)];
  } else {
    // The patient typed a separator: a one-digit month or day before it means a leading zero.
    const pad = (part: string) => (part ? part.padStart(2, '0') : '');
    month = pad((parts[0] ?? '').slice(0, 2));
    const rest = parts.slice(1);
    if (rest.length === 1) {
      const digits = rest[0] ?? '';
      [day, year] = [digits.slice(0, 2), digits.slice(2, 6)];
    } else {
      day = pad((rest[0] ?? '').slice(0, 2));
      year = rest.slice(1).join('').slice(0, 4);
    }
  }
  if (!month) return '';
  let formatted = month;
  if (month.length === 2) formatted += '/';
  formatted += day;
  if (day.length === 2) formatted += '/';
  return formatted + year;
};

/** `YYYY-MM-DD` from a complete `MM/DD/YYYY`, or `''` when it is not one. */
export const usDateToIso = (value: string): string => {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value);
  if (!match) return '';
  return `${match[3]}-${(match[1] ?? '').padStart(2, '0')}-${(match[2] ?? '').padStart(2, '0')}`;
};

/** `(555) 201-4477` from what was typed so far (a leading country code 1 is dropped). */
export const formatPhoneInput = (raw: string): string => {
  let digits = raw.replace(/\D+/g, '');
  if (digits.length > 10 && digits.startsWith('1')) digits = digits.slice(1);
  digits = digits.slice(0, 10);
  if (!digits) return '';
  if (digits.length <= 3) return `(${digits}`;
  if (digits.length <= 6) return `(${digits.slice(0, 3)}) ${digits.slice(3)}`;
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
};

/** Today's date on this device as `YYYY-MM-DD`. */
export const localIsoDate = (now = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** What is wrong with a date of birth typed as MM/DD/YYYY, as a key of the shared validators. */
export const usDateOfBirthError = (value: string): DateOfBirthKey | undefined => {
  if (!value.trim()) return 'required';
  const iso = usDateToIso(value);
  return iso ? isoDateOfBirthError(iso, localIsoDate()) : 'date-format';
};
