/**
 * Immunizations, given and not given.
 */
import type { Immunization } from '../../../api/fhir/schemas.js';
import { foldedWords } from '../../../internal/validation.js';
import { compact, conceptText, dateKey, newestFirst, present, sortBy, when, type WhenView } from './datatypes.js';

export interface ImmunizationView {
  /** The language the record's words are written in (`Resource.language`, BCP 47), when it says. */
  language?: string;
  id: string;
  vaccine: string;
  /**
   * What makes two doses one vaccine: the same CVX code, or the same name without case or accents (a record may
   * code this year's flu shot and last year's differently, and call both "Flu vaccine").
   */
  vaccineKeys: string[];
  date?: WhenView;
  /** Its place in a series: the dose number and how many doses the series has, as numbers or in the record's words. */
  series?: { dose?: number; doseText?: string; of?: number; ofText?: string; name?: string };
  /** How much was given ("0.5 mL"). */
  amount?: string;
  route?: string;
  site?: string;
  lot?: string;
  /** `completed`, `not-done` or `entered-in-error` (the last is never shown). */
  status: string;
  notGiven: boolean;
  /** Why it was not given, when the record says. */
  reason?: string;
  /** The dose was given but did not count (`isSubpotent`): a partial dose, a cold-chain break, a recall. */
  didNotCount: boolean;
  /** Why it did not count, in the record's words. */
  didNotCountReason?: string;
}

const cvx = 'http://hl7.org/fhir/sid/cvx';

const vaccineKeysOf = (immunization: Immunization): string[] => {
  const codes = (immunization.vaccineCode?.coding ?? []).flatMap((coding) =>
    coding.system === cvx && present(coding.code) ? [`cvx ${coding.code?.trim() ?? ''}`] : [],
  );
  const name = foldedWords(conceptText(immunization.vaccineCode) ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...codes, ...(name ? [`name ${name}`] : [])];
};

/** One vaccine with each of its doses, the newest first. */
export interface VaccineView {
  /** The language the record's words are written in (`Resource.language`, BCP 47), when it says. */
  language?: string;
  /** The vaccine's name as its newest dose gives it. */
  vaccine: string;
  doses: ImmunizationView[];
}

/** Doses grouped by vaccine: the vaccine given (or due) most recently first, each with its doses newest first. */
export function groupByVaccine(views: ImmunizationView[]): VaccineView[] {
  const groups: VaccineView[] = [];
  const byKey = new Map<string, VaccineView>();
  for (const view of views) {
    // Every group this dose shares a code or a name with is one vaccine: they merge into the first.
    const found = [...new Set(view.vaccineKeys.flatMap((key) => byKey.get(key) ?? []))];
    const group = found[0] ?? { vaccine: view.vaccine, language: view.language, doses: [] };
    if (!found.length) groups.push(group);
    for (const other of found.slice(1)) {
      group.doses.push(...other.doses);
      groups.splice(groups.indexOf(other), 1);
      for (const [key, value] of byKey) if (value === other) byKey.set(key, group);
    }
    group.doses.push(view);
    for (const key of view.vaccineKeys) byKey.set(key, group);
  }
  for (const group of groups) group.doses.sort((a, b) => newestFirst(dateKey(a.date?.iso), dateKey(b.date?.iso)));
  return groups;
}

/** Immunizations, the newest first; one not given says so, with its reason when the record gives one. */
export function toImmunizations(immunizations: Immunization[]): ImmunizationView[] {
  const views = immunizations
    .filter((immunization) => immunization.status !== 'entered-in-error')
    .map((immunization): ImmunizationView => {
      const protocol = immunization.protocolApplied?.[0];
      const notGiven = immunization.status === 'not-done';
      const series = protocol
        ? compact({
            dose: protocol.doseNumberPositiveInt,
            doseText: present(protocol.doseNumberString),
            of: protocol.seriesDosesPositiveInt,
            ofText: present(protocol.seriesDosesString),
            name: present(protocol.series),
          })
        : undefined;
      const dose = immunization.doseQuantity;
      return compact({
        id: immunization.id ?? '',
        language: present(immunization.language),
        vaccine: conceptText(immunization.vaccineCode) ?? '',
        vaccineKeys: vaccineKeysOf(immunization),
        date: when(immunization.occurrenceDateTime, immunization.occurrenceString),
        series: series && Object.keys(series).length ? series : undefined,
        amount:
          dose?.value !== undefined
            ? `${String(dose.value)}${(present(dose.unit) ?? present(dose.code)) ? ` ${present(dose.unit) ?? present(dose.code)}` : ''}`
            : undefined,
        route: conceptText(immunization.route),
        site: conceptText(immunization.site),
        lot: present(immunization.lotNumber),
        status: immunization.status,
        notGiven,
        reason: notGiven ? conceptText(immunization.statusReason) : undefined,
        didNotCount: immunization.isSubpotent === true,
        didNotCountReason:
          immunization.isSubpotent === true
            ? (immunization.subpotentReason ?? []).flatMap((reason) => conceptText(reason) ?? []).join(', ') ||
              undefined
            : undefined,
      });
    });
  return sortBy(views, (view) => dateKey(view.date?.iso), newestFirst);
}
