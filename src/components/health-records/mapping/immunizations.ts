/**
 * Immunizations, given and not given.
 */
import type { Immunization } from '../../../api/fhir/schemas.js';
import { compact, conceptText, dateKey, newestFirst, present, sortBy, when, type WhenView } from './datatypes.js';

export interface ImmunizationView {
  id: string;
  vaccine: string;
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
        vaccine: conceptText(immunization.vaccineCode) ?? '',
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
