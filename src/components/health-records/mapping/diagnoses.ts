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
  whenOf,
  type WhenView,
  unreliable,
} from './datatypes.js';

export interface DiagnosisView {
  /** The language the record's words are written in (`Resource.language`, BCP 47), when it says. */
  language?: string;
  id: string;
  name: string;
  /** FHIR clinical status code: `active`, `recurrence`, `relapse`, `inactive`, `remission`, `resolved`. */
  clinicalStatus?: string;
  /** The record does not confirm it yet: a provisional or differential diagnosis, or one marked unconfirmed. */
  possible: boolean;
  /** When it began: the onset, or else when it was recorded. */
  onset?: WhenView;
  /** Whether `onset` is the recorded date because no onset was given. */
  onsetIsRecorded: boolean;
  resolved?: WhenView;
}

const activeClinicalStatuses = ['active', 'recurrence', 'relapse'];
/** Verification statuses of a diagnosis still being considered (provisional and differential are unconfirmed). */
const possibleStatuses = ['unconfirmed', 'provisional', 'differential'];

/** Conditions as diagnoses: active ones first, then the newest onset first. */
export function toDiagnoses(conditions: Condition[]): DiagnosisView[] {
  const views = conditions
    .filter((condition) => !hasCode(condition.verificationStatus, unreliable))
    .map((condition): DiagnosisView => {
      const onset = whenOf({
        dateTime: condition.onsetDateTime,
        period: condition.onsetPeriod,
        age: condition.onsetAge,
        range: condition.onsetRange,
        string: condition.onsetString,
      });
      const recorded = onset ? undefined : when(condition.recordedDate);
      return compact({
        id: condition.id ?? '',
        language: present(condition.language),
        name: conceptText(condition.code) ?? '',
        clinicalStatus: firstCode(condition.clinicalStatus),
        possible: hasCode(condition.verificationStatus, possibleStatuses),
        onset: onset ?? recorded,
        onsetIsRecorded: recorded !== undefined,
        resolved: whenOf({
          dateTime: condition.abatementDateTime,
          period: condition.abatementPeriod,
          periodEnd: 'end',
          age: condition.abatementAge,
          range: condition.abatementRange,
          string: condition.abatementString,
        }),
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
