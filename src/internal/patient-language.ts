/**
 * The language a patient's record says they prefer (FHIR R4 `Patient.communication`): the entry marked `preferred`,
 * or the only one listed. Its `language` is a BCP 47 tag (`urn:ietf:bcp:47`, the binding's code system, or a bare
 * code), or on older records an ISO 639-2 code (`spa`). Only a language the elements speak is returned: anything else
 * leaves the page's own.
 */
import type { Patient } from '../api/fhir/schemas.js';
import { type Locale, spokenLocale } from './localize.js';

const iso6392: Record<string, Locale> = { eng: 'en', spa: 'es' };

const localeOf = (system: string | undefined, code: string | undefined): Locale | undefined => {
  if (!code) return undefined;
  if (system === 'urn:iso:std:iso:639-2') return iso6392[code.trim().toLowerCase()];
  if (system && system !== 'urn:ietf:bcp:47') return undefined;
  return spokenLocale(code);
};

export const preferredLocale = (patient: Pick<Patient, 'communication'>): Locale | undefined => {
  const spoken = patient.communication ?? [];
  const chosen = spoken.filter((entry) => entry.preferred === true);
  const entry = chosen.length === 1 ? chosen[0] : chosen.length === 0 && spoken.length === 1 ? spoken[0] : undefined;
  for (const coding of entry?.language?.coding ?? []) {
    const locale = localeOf(coding.system, coding.code);
    if (locale) return locale;
  }
  return undefined;
};
