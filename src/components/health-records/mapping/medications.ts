/**
 * Prescriptions (MedicationRequest) and reported medications (MedicationStatement) as one list.
 */
import type {
  CodeableConcept,
  Coding,
  Medication,
  MedicationRequest,
  MedicationStatement,
} from '../../../api/fhir/schemas.js';
import { collator, compact, conceptText, dateKey, newestFirst, present, referencedId, sortBy } from './datatypes.js';

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

/** A CodeableConcept read from a contained resource, which the schema leaves unchecked. */
const asConcept = (value: unknown): CodeableConcept | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const { text, coding } = value as { text?: unknown; coding?: unknown };
  const codings: Coding[] = [];
  if (Array.isArray(coding)) {
    for (const item of coding as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const { code, display } = item as { code?: unknown; display?: unknown };
      codings.push({
        code: typeof code === 'string' ? code : undefined,
        display: typeof display === 'string' ? display : undefined,
      });
    }
  }
  return { text: typeof text === 'string' ? text : undefined, coding: codings };
};

const medicationName = (
  resource: MedicationRequest | MedicationStatement,
  included: ReadonlyMap<string, Medication>,
): string => {
  const coded = conceptText(resource.medicationCodeableConcept);
  if (coded) return coded;
  const reference = present(resource.medicationReference?.reference);
  if (reference?.startsWith('#')) {
    const id = reference.slice(1);
    const contained = resource.contained?.find((item) => item.resourceType === 'Medication' && item.id === id);
    const name = conceptText(asConcept(contained?.['code']));
    if (name) return name;
  } else {
    const id = referencedId(reference, 'Medication');
    const name = id === undefined ? undefined : conceptText(included.get(id)?.code);
    if (name) return name;
  }
  return present(resource.medicationReference?.display) ?? '';
};

const instructionsOf = (dosage: { text?: string; patientInstruction?: string }[] | undefined): string | undefined =>
  present(dosage?.[0]?.text) ?? present(dosage?.[0]?.patientInstruction);

/**
 * Prescriptions and reported medications together: active ones first, then the newest first, then by name. A
 * `medicationReference` resolves to a contained Medication (`#id`), or to an included one (`Medication/id`), or
 * else to the reference's display.
 */
export function toMedications(
  requests: MedicationRequest[],
  statements: MedicationStatement[],
  included: Medication[] = [],
): MedicationView[] {
  const medications = new Map<string, Medication>();
  for (const medication of included) {
    if (medication.resourceType === 'Medication' && medication.id !== undefined) {
      medications.set(medication.id, medication);
    }
  }
  const prescribed = requests
    .filter((request) => request.status !== 'entered-in-error')
    .map((request): MedicationView =>
      compact({
        id: request.id ?? '',
        source: 'prescription',
        name: medicationName(request, medications),
        instructions: instructionsOf(request.dosageInstruction),
        prescriber: present(request.requester?.display),
        date: present(request.authoredOn),
        status: request.status,
        active: request.status === 'active',
        refills: request.dispenseRequest?.numberOfRepeatsAllowed,
      }),
    );
  const reported = statements
    .filter((statement) => statement.status !== 'entered-in-error')
    .map((statement): MedicationView =>
      compact({
        id: statement.id ?? '',
        source: 'reported',
        name: medicationName(statement, medications),
        instructions: instructionsOf(statement.dosage),
        prescriber: present(statement.informationSource?.display),
        date:
          present(statement.effectiveDateTime) ??
          present(statement.effectivePeriod?.start) ??
          present(statement.dateAsserted),
        status: statement.status,
        active: statement.status === 'active' || statement.status === 'intended',
      }),
    );
  return sortBy(
    [...prescribed, ...reported],
    (view) => ({ active: view.active, date: dateKey(view.date), name: view.name }),
    (a, b) => Number(b.active) - Number(a.active) || newestFirst(a.date, b.date) || collator.compare(a.name, b.name),
  );
}
