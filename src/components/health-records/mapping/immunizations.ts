/**
 * Immunizations, given and not given.
 */
import type { Immunization } from '../../../api/fhir/schemas.js';
import { compact, conceptText, dateKey, newestFirst, present, sortBy, when, type WhenView } from './datatypes.js';

export interface ImmunizationView {
  id: string;
  vaccine: string;
  date?: WhenView;
  doseNumber?: string;
  lot?: string;
  /** `completed`, `not-done` or `entered-in-error` (the last is never shown). */
  status: string;
  notGiven: boolean;
  /** Why it was not given, when the record says. */
  reason?: string;
}

/** Immunizations, the newest first; one not given says so, with its reason when the record gives one. */
export function toImmunizations(immunizations: Immunization[]): ImmunizationView[] {
  const views = immunizations
    .filter((immunization) => immunization.status !== 'entered-in-error')
    .map((immunization): ImmunizationView => {
      const protocol = immunization.protocolApplied?.[0];
      const notGiven = immunization.status === 'not-done';
      return compact({
        id: immunization.id ?? '',
        vaccine: conceptText(immunization.vaccineCode) ?? '',
        date: when(immunization.occurrenceDateTime, immunization.occurrenceString),
        doseNumber:
          protocol?.doseNumberPositiveInt !== undefined
            ? String(protocol.doseNumberPositiveInt)
            : present(protocol?.doseNumberString),
        lot: present(immunization.lotNumber),
        status: immunization.status,
        notGiven,
        reason: notGiven ? conceptText(immunization.statusReason) : undefined,
      });
    });
  return sortBy(views, (view) => dateKey(view.date?.iso), newestFirst);
}
