/**
 * What the records element shows, as plain data: each FHIR resource mapped to the few words and dates a patient
 * reads. Every string here is text (never markup); dates stay ISO strings for the element to format with `Intl`.
 * The mapping (`records.ts`) never copies a free-text note.
 */

/** A date as FHIR gives it: an ISO date or date-time, or words (`onsetString`, "about 2010"). */
export interface WhenView {
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a full date-time. */
  iso?: string;
  text?: string;
}

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

export interface MedicationView {
  id: string;
  /** `prescription` (MedicationRequest) or `reported` (MedicationStatement). */
  source: 'prescription' | 'reported';
  name: string;
  instructions?: string;
  prescriber?: string;
  /** When it was prescribed, or taken. */
  date?: string;
  /** FHIR status code of the resource. */
  status: string;
  /** Whether the patient takes it now (active, or on-hold for a statement being taken). */
  active: boolean;
  refills?: number;
}

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

export interface ReactionView {
  manifestations: string[];
  /** `mild`, `moderate` or `severe`. */
  severity?: string;
}

export interface AllergyView {
  id: string;
  substance: string;
  /** The record says the patient has no known allergies (a "No known allergy" code). */
  noKnownAllergies: boolean;
  reactions: ReactionView[];
  /** `low`, `high` or `unable-to-assess`. */
  criticality?: string;
  /** `active`, `inactive` or `resolved`. */
  clinicalStatus?: string;
  /** `unconfirmed`, `confirmed`, `refuted`. */
  verificationStatus?: string;
}

export interface ProcedureView {
  id: string;
  name: string;
  date?: WhenView;
  /** FHIR status code: `completed`, `in-progress`, `not-done`, ... */
  status: string;
}

export interface CarePlanView {
  id: string;
  /** The title, or else the categories, or else the start of the description. */
  title: string;
  categories: string[];
  period?: { start?: string; end?: string };
  status: string;
  description?: string;
  /** Each activity in words. */
  activities: string[];
  /** The narrative's text with every tag removed, for a plan that has nothing else to say. */
  narrative?: string;
}

/** What a lab value's interpretation codes mean, in words the element shows (never colour alone). */
export const labFlags = ['high', 'low', 'critical-high', 'critical-low', 'abnormal', 'critical', 'normal'] as const;
export type LabFlag = (typeof labFlags)[number];

export interface RangeView {
  low?: string;
  high?: string;
  text?: string;
}

export interface LabResultView {
  id: string;
  test: string;
  /** The value with its unit ("7.2 %", "< 5 mg/dL"), or a text or coded value. */
  value?: string;
  /** Why there is no value, when the record says (`dataAbsentReason`). */
  absentReason?: string;
  range?: RangeView;
  flags: LabFlag[];
  /** When the sample was taken, or else when the result was issued. */
  date?: string;
  /** FHIR status code: `final`, `preliminary`, `amended`, `corrected`, `cancelled`, ... */
  status: string;
  /** The parts of a result that has several (blood pressure: systolic and diastolic). */
  components: LabResultView[];
  /** The panel it belongs to, when a report groups it. */
  panel?: { id: string; name: string };
}

export interface AppointmentView {
  id: string;
  start?: string;
  end?: string;
  /** The practitioners taking part, by name. */
  practitioners: string[];
  location?: string;
  /** The type of visit, or the service. */
  type?: string;
  reason?: string;
  /** FHIR status code: `booked`, `pending`, `proposed`, `cancelled`, `fulfilled`, `noshow`, ... */
  status: string;
}
