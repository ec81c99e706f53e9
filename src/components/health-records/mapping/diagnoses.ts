/**
 * Conditions as diagnoses (a pure mapping: no DOM, no I/O, no words of any language).
 */
import type { Condition } from '../../../api/fhir/schemas.js';
import {
  compact,
  conceptText,
  dateKey,
  firstCode,
  hasCode,
  newestFirst,
  present,
  sortBy,
  when,
  type WhenView,
  unreliable,
} from './datatypes.js';

export interface DiagnosisView {
  id: string;
  name: string;
  /** FHIR clinical status code: `active`, `recurrence`, `relapse`, `inactive`, `remission`, `resolved`. */
  clinicalStatus?: string;
  /** When it began: the onset, or else when it was recorded. */
  onset?: WhenView;
  /** Whether `onset` is the recorded date because no onset was given. */
  onsetIsRecorded: boolean;
  resolved?: WhenView;
}

const activeClinicalStatuses = ['active', 'recurrence', 'relapse'];

/** Conditions as diagnoses: active ones first, then the newest onset first. */
export function toDiagnoses(conditions: Condition[]): DiagnosisView[] {
  const views = conditions
    .filter((condition) => !hasCode(condition.verificationStatus, unreliable))
    .map((condition): DiagnosisView => {
      const onset = when(present(condition.onsetDateTime) ?? condition.onsetPeriod?.start, condition.onsetString);
      const recorded = onset ? undefined : when(condition.recordedDate);
      return compact({
        id: condition.id ?? '',
        name: conceptText(condition.code) ?? '',
        clinicalStatus: firstCode(condition.clinicalStatus),
        onset: onset ?? recorded,
        onsetIsRecorded: recorded !== undefined,
        resolved: when(
          present(condition.abatementDateTime) ?? condition.abatementPeriod?.end,
          condition.abatementString,
        ),
      });
    });
  return sortBy(
    views,
    (view) => ({
      active: view.clinicalStatus !== undefined && activeClinicalStatuses.includes(view.clinicalStatus),
      date: dateKey(view.onset?.iso),
    }),
    (a, b) => Number(b.active) - Number(a.active) || newestFirst(a.date, b.date),
  );
}
