/**
 * The FHIR R4 (US Core) fields the records element shows, as zod schemas. Objects strip what they do not name, so a
 * server may send any extra element; every element we name is optional unless FHIR itself requires it, so a sparse
 * resource still parses. A resource whose named elements have the wrong shape fails its own parse and is skipped
 * (see `parseSearchBundle`), never the whole page.
 */
import * as z from 'zod/mini';

const str = z.optional(z.string());
const num = z.optional(z.number());
const bool = z.optional(z.boolean());
const list = <T extends z.ZodMiniType>(item: T) => z.optional(z.array(item));

export const CodingSchema = z.object({
  system: str,
  code: str,
  display: str,
});
export type Coding = z.infer<typeof CodingSchema>;

export const CodeableConceptSchema = z.object({
  coding: list(CodingSchema),
  text: str,
});
export type CodeableConcept = z.infer<typeof CodeableConceptSchema>;

export const ReferenceSchema = z.object({
  reference: str,
  display: str,
});
export type Reference = z.infer<typeof ReferenceSchema>;

export const PeriodSchema = z.object({
  start: str,
  end: str,
});
export type Period = z.infer<typeof PeriodSchema>;

export const QuantitySchema = z.object({
  value: num,
  comparator: str,
  unit: str,
  system: str,
  code: str,
});
export type Quantity = z.infer<typeof QuantitySchema>;

export const RangeSchema = z.object({
  low: z.optional(QuantitySchema),
  high: z.optional(QuantitySchema),
});
export type Range = z.infer<typeof RangeSchema>;

export const AgeSchema = QuantitySchema;

export const HumanNameSchema = z.object({
  use: str,
  text: str,
  family: str,
  given: list(z.string()),
  prefix: list(z.string()),
  suffix: list(z.string()),
});
export type HumanName = z.infer<typeof HumanNameSchema>;

export const NarrativeSchema = z.object({
  status: str,
  div: str,
});

export const AnnotationSchema = z.object({
  text: z.string(),
});

/**
 * What every resource has that we read: its type, its id, the language its words are written in (BCP 47), and its
 * narrative. The narrative is XHTML: it is read only as plain text, and only for a resource that has no other words
 * to be named by.
 */
const resource = <T extends string>(resourceType: T) => ({
  resourceType: z.literal(resourceType),
  id: str,
  language: str,
  text: z.optional(NarrativeSchema),
});

// ---------------------------------------------------------------------------------------------------------------

export const PatientSchema = z.object({
  ...resource('Patient'),
  name: list(HumanNameSchema),
  birthDate: str,
  gender: str,
  communication: list(z.object({ language: CodeableConceptSchema, preferred: bool })),
});
export type Patient = z.infer<typeof PatientSchema>;

export const ConditionSchema = z.object({
  ...resource('Condition'),
  clinicalStatus: z.optional(CodeableConceptSchema),
  verificationStatus: z.optional(CodeableConceptSchema),
  category: list(CodeableConceptSchema),
  severity: z.optional(CodeableConceptSchema),
  code: z.optional(CodeableConceptSchema),
  subject: z.optional(ReferenceSchema),
  onsetDateTime: str,
  onsetPeriod: z.optional(PeriodSchema),
  onsetAge: z.optional(AgeSchema),
  onsetRange: z.optional(RangeSchema),
  onsetString: str,
  abatementDateTime: str,
  abatementPeriod: z.optional(PeriodSchema),
  abatementAge: z.optional(AgeSchema),
  abatementRange: z.optional(RangeSchema),
  abatementString: str,
  recordedDate: str,
});
export type Condition = z.infer<typeof ConditionSchema>;

export const MedicationSchema = z.object({
  ...resource('Medication'),
  code: z.optional(CodeableConceptSchema),
});
export type Medication = z.infer<typeof MedicationSchema>;

/** Who prescribed or reported a medication, as the server holds them: only their names are read. */
export const PractitionerSchema = z.object({
  ...resource('Practitioner'),
  name: list(HumanNameSchema),
});
export type Practitioner = z.infer<typeof PractitionerSchema>;

export const OrganizationSchema = z.object({
  ...resource('Organization'),
  name: str,
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const PractitionerRoleSchema = z.object({
  ...resource('PractitionerRole'),
  practitioner: z.optional(ReferenceSchema),
  organization: z.optional(ReferenceSchema),
});
export type PractitionerRole = z.infer<typeof PractitionerRoleSchema>;

export const DurationSchema = QuantitySchema;

export const TimingSchema = z.object({
  event: list(z.string()),
  code: z.optional(CodeableConceptSchema),
  repeat: z.optional(
    z.object({
      boundsDuration: z.optional(DurationSchema),
      boundsPeriod: z.optional(PeriodSchema),
      count: num,
      duration: num,
      durationUnit: str,
      frequency: num,
      frequencyMax: num,
      period: num,
      periodMax: num,
      periodUnit: str,
      dayOfWeek: list(z.string()),
      timeOfDay: list(z.string()),
      when: list(z.string()),
    }),
  ),
});

export const DosageSchema = z.object({
  sequence: num,
  text: str,
  additionalInstruction: list(CodeableConceptSchema),
  patientInstruction: str,
  timing: z.optional(TimingSchema),
  asNeededBoolean: bool,
  asNeededCodeableConcept: z.optional(CodeableConceptSchema),
  site: z.optional(CodeableConceptSchema),
  route: z.optional(CodeableConceptSchema),
  method: z.optional(CodeableConceptSchema),
  doseAndRate: list(
    z.object({
      type: z.optional(CodeableConceptSchema),
      doseQuantity: z.optional(QuantitySchema),
      doseRange: z.optional(RangeSchema),
    }),
  ),
});
export type Dosage = z.infer<typeof DosageSchema>;

/** Resources carried inside another (`contained`); only a Medication is read from there. */
const ContainedSchema = z.looseObject({ resourceType: z.string(), id: str });

export const MedicationRequestSchema = z.object({
  ...resource('MedicationRequest'),
  contained: list(ContainedSchema),
  status: z.string(),
  intent: str,
  doNotPerform: bool,
  medicationCodeableConcept: z.optional(CodeableConceptSchema),
  medicationReference: z.optional(ReferenceSchema),
  subject: z.optional(ReferenceSchema),
  authoredOn: str,
  requester: z.optional(ReferenceSchema),
  dosageInstruction: list(DosageSchema),
  dispenseRequest: z.optional(
    z.object({
      numberOfRepeatsAllowed: num,
      validityPeriod: z.optional(PeriodSchema),
    }),
  ),
});
export type MedicationRequest = z.infer<typeof MedicationRequestSchema>;

export const MedicationStatementSchema = z.object({
  ...resource('MedicationStatement'),
  contained: list(ContainedSchema),
  status: z.string(),
  medicationCodeableConcept: z.optional(CodeableConceptSchema),
  medicationReference: z.optional(ReferenceSchema),
  subject: z.optional(ReferenceSchema),
  effectiveDateTime: str,
  effectivePeriod: z.optional(PeriodSchema),
  dateAsserted: str,
  informationSource: z.optional(ReferenceSchema),
  dosage: list(DosageSchema),
});
export type MedicationStatement = z.infer<typeof MedicationStatementSchema>;

export const ImmunizationSchema = z.object({
  ...resource('Immunization'),
  status: z.string(),
  statusReason: z.optional(CodeableConceptSchema),
  vaccineCode: CodeableConceptSchema,
  patient: z.optional(ReferenceSchema),
  occurrenceDateTime: str,
  occurrenceString: str,
  primarySource: bool,
  lotNumber: str,
  site: z.optional(CodeableConceptSchema),
  route: z.optional(CodeableConceptSchema),
  doseQuantity: z.optional(QuantitySchema),
  isSubpotent: bool,
  subpotentReason: list(CodeableConceptSchema),
  performer: list(z.object({ actor: ReferenceSchema })),
  protocolApplied: list(
    z.object({
      series: str,
      doseNumberPositiveInt: num,
      doseNumberString: str,
      seriesDosesPositiveInt: num,
      seriesDosesString: str,
    }),
  ),
});
export type Immunization = z.infer<typeof ImmunizationSchema>;

export const AllergyIntoleranceSchema = z.object({
  ...resource('AllergyIntolerance'),
  clinicalStatus: z.optional(CodeableConceptSchema),
  verificationStatus: z.optional(CodeableConceptSchema),
  type: str,
  category: list(z.string()),
  criticality: str,
  code: z.optional(CodeableConceptSchema),
  patient: z.optional(ReferenceSchema),
  onsetDateTime: str,
  recordedDate: str,
  reaction: list(
    z.object({
      substance: z.optional(CodeableConceptSchema),
      manifestation: z.array(CodeableConceptSchema),
      severity: str,
      onset: str,
    }),
  ),
});
export type AllergyIntolerance = z.infer<typeof AllergyIntoleranceSchema>;

export const ProcedureSchema = z.object({
  ...resource('Procedure'),
  status: z.string(),
  code: z.optional(CodeableConceptSchema),
  subject: z.optional(ReferenceSchema),
  performedDateTime: str,
  performedPeriod: z.optional(PeriodSchema),
  performedString: str,
  performer: list(z.object({ actor: ReferenceSchema })),
  location: z.optional(ReferenceSchema),
});
export type Procedure = z.infer<typeof ProcedureSchema>;

export const CarePlanSchema = z.object({
  ...resource('CarePlan'),
  status: z.string(),
  intent: str,
  category: list(CodeableConceptSchema),
  title: str,
  description: str,
  subject: z.optional(ReferenceSchema),
  period: z.optional(PeriodSchema),
  created: str,
  activity: list(
    z.object({
      reference: z.optional(ReferenceSchema),
      detail: z.optional(
        z.object({
          kind: str,
          code: z.optional(CodeableConceptSchema),
          status: str,
          description: str,
          scheduledString: str,
          scheduledPeriod: z.optional(PeriodSchema),
        }),
      ),
    }),
  ),
});
export type CarePlan = z.infer<typeof CarePlanSchema>;

export const ReferenceRangeSchema = z.object({
  low: z.optional(QuantitySchema),
  high: z.optional(QuantitySchema),
  type: z.optional(CodeableConceptSchema),
  appliesTo: list(CodeableConceptSchema),
  age: z.optional(RangeSchema),
  text: str,
});
export type ReferenceRange = z.infer<typeof ReferenceRangeSchema>;

const observationValue = {
  valueQuantity: z.optional(QuantitySchema),
  valueCodeableConcept: z.optional(CodeableConceptSchema),
  valueString: str,
  valueBoolean: bool,
  valueInteger: num,
  valueRange: z.optional(RangeSchema),
  valueDateTime: str,
  dataAbsentReason: z.optional(CodeableConceptSchema),
  interpretation: list(CodeableConceptSchema),
  referenceRange: list(ReferenceRangeSchema),
};

export const ObservationComponentSchema = z.object({
  code: CodeableConceptSchema,
  ...observationValue,
});
export type ObservationComponent = z.infer<typeof ObservationComponentSchema>;

/** What a lab result and the report that groups results have alike. */
const resultFields = {
  status: z.string(),
  category: list(CodeableConceptSchema),
  code: CodeableConceptSchema,
  subject: z.optional(ReferenceSchema),
  effectiveDateTime: str,
  effectivePeriod: z.optional(PeriodSchema),
  issued: str,
  performer: list(ReferenceSchema),
};

export const ObservationSchema = z.object({
  ...resource('Observation'),
  ...resultFields,
  ...observationValue,
  hasMember: list(ReferenceSchema),
  component: list(ObservationComponentSchema),
});
export type Observation = z.infer<typeof ObservationSchema>;

export const DiagnosticReportSchema = z.object({
  ...resource('DiagnosticReport'),
  ...resultFields,
  result: list(ReferenceSchema),
});
export type DiagnosticReport = z.infer<typeof DiagnosticReportSchema>;

export const appointmentStatuses = [
  'proposed',
  'pending',
  'booked',
  'arrived',
  'fulfilled',
  'cancelled',
  'noshow',
  'entered-in-error',
  'checked-in',
  'waitlist',
] as const;

export const AppointmentSchema = z.object({
  ...resource('Appointment'),
  status: z.enum(appointmentStatuses),
  cancelationReason: z.optional(CodeableConceptSchema),
  serviceType: list(CodeableConceptSchema),
  specialty: list(CodeableConceptSchema),
  appointmentType: z.optional(CodeableConceptSchema),
  reasonCode: list(CodeableConceptSchema),
  description: str,
  start: str,
  end: str,
  minutesDuration: num,
  requestedPeriod: list(PeriodSchema),
  participant: list(
    z.object({
      type: list(CodeableConceptSchema),
      actor: z.optional(ReferenceSchema),
      status: str,
    }),
  ),
});
export type Appointment = z.infer<typeof AppointmentSchema>;

export const OperationOutcomeSchema = z.object({
  ...resource('OperationOutcome'),
  issue: z.array(
    z.object({
      severity: z.string(),
      code: z.string(),
      diagnostics: str,
      details: z.optional(CodeableConceptSchema),
    }),
  ),
});
export type OperationOutcome = z.infer<typeof OperationOutcomeSchema>;

/** A searchset Bundle; its entries stay unparsed here and are read one by one (`parseSearchBundle`). */
export const BundleSchema = z.object({
  resourceType: z.literal('Bundle'),
  id: str,
  type: z.string(),
  total: num,
  link: list(z.object({ relation: z.string(), url: z.string() })),
  entry: list(
    z.object({
      fullUrl: str,
      resource: z.optional(z.unknown()),
      search: z.optional(z.object({ mode: str })),
    }),
  ),
});
export type Bundle = z.infer<typeof BundleSchema>;

/** The resource types the records element searches, with their schemas. */
export const searchableSchemas = {
  Condition: ConditionSchema,
  MedicationRequest: MedicationRequestSchema,
  MedicationStatement: MedicationStatementSchema,
  Immunization: ImmunizationSchema,
  AllergyIntolerance: AllergyIntoleranceSchema,
  Procedure: ProcedureSchema,
  CarePlan: CarePlanSchema,
  Observation: ObservationSchema,
  DiagnosticReport: DiagnosticReportSchema,
  Appointment: AppointmentSchema,
} as const;
export type SearchableType = keyof typeof searchableSchemas;
export const searchableTypes = Object.keys(searchableSchemas) as SearchableType[];
/** The resource of each searchable type, by name. */
export type ResourceOf<T extends SearchableType> = z.infer<(typeof searchableSchemas)[T]>;

/** Resources a search may bring along through `_include`, parsed when present. */
export const includableSchemas = {
  Medication: MedicationSchema,
  Observation: ObservationSchema,
  Practitioner: PractitionerSchema,
  PractitionerRole: PractitionerRoleSchema,
  Organization: OrganizationSchema,
} as const;
export type IncludableType = keyof typeof includableSchemas;
/** The resource of each type a search may include, or the records read by id. */
export type IncludableResource<T extends IncludableType> = z.infer<(typeof includableSchemas)[T]>;
