/**
 * The language a patient's record says they prefer (FHIR R4 `Patient.communication`): the entry marked `preferred`,
 * or the only one listed. Its `language` is a BCP 47 tag (`urn:ietf:bcp:47`, the binding's code system, or a bare
 * code), or on older records an ISO 639-2 code (`spa`). Only a language the elements speak is returned: anything else
 * leaves the page's own; a language a page registered is one they speak.
 */
import type { Patient } from '../api/fhir/schemas.js';
import { type Locale, spokenLocale } from './localize.js';

/** ISO 639-2 codes of the languages US patients most often read, as BCP 47 (a page may register any of them). */
const iso6392: Record<string, string> = {
  ara: 'ar',
  chi: 'zh',
  eng: 'en',
  fre: 'fr',
  fra: 'fr',
  hat: 'ht',
  kor: 'ko',
  por: 'pt',
  rus: 'ru',
  spa: 'es',
  tgl: 'tl',
  vie: 'vi',
  zho: 'zh',
};

const localeOf = (system: string | undefined, code: string | undefined): Locale | undefined => {
  if (!code) return undefined;
  if (system === 'urn:iso:std:iso:639-2') return spokenLocale(iso6392[code.trim().toLowerCase()]);
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
