/**
 * Prescriptions (MedicationRequest) and reported medications (MedicationStatement) as one list.
 */
import type {
  CodeableConcept,
  Coding,
  Dosage,
  HumanName,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Organization,
  Practitioner,
  PractitionerRole,
  Quantity,
  Reference,
} from '../../../api/fhir/schemas.js';
import {
  collator,
  compact,
  conceptText,
  dateKey,
  firstCode,
  newestFirst,
  present,
  referencedId,
  referencedType,
  sortBy,
} from './datatypes.js';

export interface MedicationView {
  /** The language the record's words are written in (`Resource.language`, BCP 47), when it says. */
  language?: string;
  id: string;
  /** `prescription` (MedicationRequest) or `reported` (MedicationStatement). */
  source: 'prescription' | 'reported';
  name: string;
  /** How to take it: one entry per dosage the record gives, in its order. */
  dosage: DosageView[];
  /** Who prescribed it (a prescription) or who reported it (a statement): a person's or an organization's name. */
  prescriber?: string;
  /** When it was prescribed. */
  authored?: string;
  /** When it was or is taken (a statement's `effective[x]`), and when that was said. */
  taken?: { start?: string; end?: string };
  asserted?: string;
  /** FHIR status code of the resource. */
  status: string;
  /** Whether it is among the patient's current medications (active, intended, or on hold). */
  current: boolean;
  /** The record says not to take it (`doNotPerform`). */
  doNotTake: boolean;
  refills?: number;
}

/** How to take a medication, as the record structures it; the element puts it into words in the patient's language. */
export interface DosageView {
  /** The prescriber's own words, when the record has them: they come first. */
  text?: string;
  patientInstruction?: string;
  /** The amount each time: a quantity with its unit ("1 tablet", "500 mg"), or a range of them. */
  dose?: { value?: string; low?: string; high?: string };
  /** How often: `times` (to `timesMax`) every `every` (to `everyMax`) `unit`s (UCUM: `h`, `d`, `wk`, `mo`...). */
  frequency?: { times: number; timesMax?: number; every: number; everyMax?: number; unit: string };
  /** A timing code the element does not turn into a frequency, in the record's words. */
  timing?: string;
  /** Event codes (`MORN`, `HS`, `AC`, `PCV`...), times of day (`08:00:00`) and days (`mon`...). */
  when: string[];
  timeOfDay: string[];
  dayOfWeek: string[];
  asNeeded: boolean;
  /** What it is taken for, when only as needed ("Pain"). */
  asNeededFor?: string;
  route?: string;
  site?: string;
  method?: string;
  /** How long: for a duration, until a date, or a number of times in all. */
  bounds?: { duration?: { value: number; unit: string }; end?: string; count?: number };
  /** Further instructions ("With food", "May cause drowsiness"). */
  additional: string[];
}

/** Statuses of a medication the patient takes now or will: the rest (stopped, completed...) are past. */
const currentStatuses = ['active', 'intended', 'on-hold'];

/** The frequencies the common timing abbreviations stand for (HL7 GTSAbbreviation), and their event, if any. */
const timingCodes: Record<string, { times: number; every: number; unit: string; when?: string }> = {
  QD: { times: 1, every: 1, unit: 'd' },
  BID: { times: 2, every: 1, unit: 'd' },
  TID: { times: 3, every: 1, unit: 'd' },
  QID: { times: 4, every: 1, unit: 'd' },
  QOD: { times: 1, every: 2, unit: 'd' },
  AM: { times: 1, every: 1, unit: 'd', when: 'MORN' },
  PM: { times: 1, every: 1, unit: 'd', when: 'AFT' },
  BED: { times: 1, every: 1, unit: 'd', when: 'HS' },
  WK: { times: 1, every: 1, unit: 'wk' },
  MO: { times: 1, every: 1, unit: 'mo' },
  Q1H: { times: 1, every: 1, unit: 'h' },
  Q2H: { times: 1, every: 2, unit: 'h' },
  Q3H: { times: 1, every: 3, unit: 'h' },
  Q4H: { times: 1, every: 4, unit: 'h' },
  Q6H: { times: 1, every: 6, unit: 'h' },
  Q8H: { times: 1, every: 8, unit: 'h' },
  Q12H: { times: 1, every: 12, unit: 'h' },
};

/** A quantity as the record writes it ("1 tablet", "500 mg"), its value never rounded. */
const amount = (quantity: Quantity | undefined): string | undefined => {
  if (quantity?.value === undefined) return undefined;
  const unit = present(quantity.unit) ?? present(quantity.code)?.replace(/^\{(.*)\}$/, '$1');
  return `${String(quantity.value)}${unit ? ` ${unit}` : ''}`;
};

/** One Dosage of the record, structured for words. */
const dosageOf = (dosage: Dosage): DosageView => {
  const repeat = dosage.timing?.repeat;
  const code = firstCode(dosage.timing?.code)?.toUpperCase();
  const fromCode = code ? timingCodes[code] : undefined;
  const doseAndRate = dosage.doseAndRate?.[0];
  const dose = doseAndRate?.doseQuantity
    ? compact({ value: amount(doseAndRate.doseQuantity) })
    : doseAndRate?.doseRange
      ? compact({ low: amount(doseAndRate.doseRange.low), high: amount(doseAndRate.doseRange.high) })
      : undefined;
  const frequency =
    repeat?.frequency !== undefined || repeat?.period !== undefined
      ? compact({
          times: repeat.frequency ?? 1,
          timesMax: repeat.frequencyMax,
          every: repeat.period ?? 1,
          everyMax: repeat.periodMax,
          unit: present(repeat.periodUnit) ?? 'd',
        })
      : fromCode && compact({ times: fromCode.times, every: fromCode.every, unit: fromCode.unit });
  const when = [...(repeat?.when ?? []), ...(fromCode?.when && !repeat?.when?.length ? [fromCode.when] : [])];
  const boundsDuration = repeat?.boundsDuration;
  const bounds = compact({
    duration:
      boundsDuration?.value !== undefined
        ? { value: boundsDuration.value, unit: present(boundsDuration.code) ?? present(boundsDuration.unit) ?? 'd' }
        : undefined,
    end: present(repeat?.boundsPeriod?.end),
    count: repeat?.count,
  });
  return compact({
    text: present(dosage.text),
    patientInstruction: present(dosage.patientInstruction),
    dose: dose && Object.keys(dose).length ? dose : undefined,
    frequency: frequency || undefined,
    timing: frequency ? undefined : conceptText(dosage.timing?.code),
    when,
    timeOfDay: repeat?.timeOfDay ?? [],
    dayOfWeek: repeat?.dayOfWeek ?? [],
    asNeeded: dosage.asNeededBoolean === true || dosage.asNeededCodeableConcept !== undefined,
    asNeededFor: conceptText(dosage.asNeededCodeableConcept),
    route: conceptText(dosage.route),
    site: conceptText(dosage.site),
    method: conceptText(dosage.method),
    bounds: Object.keys(bounds).length ? bounds : undefined,
    additional: (dosage.additionalInstruction ?? []).flatMap((instruction) => conceptText(instruction) ?? []),
  });
};

/** The dosages in the record's order (`sequence`, then as listed), without empty ones. */
const dosagesOf = (dosages: Dosage[] | undefined): DosageView[] =>
  sortBy(
    dosages ?? [],
    (dosage) => dosage.sequence ?? 0,
    (a, b) => a - b,
  )
    .map(dosageOf)
    .filter(
      (view) =>
        Object.keys(view).some((key) => !['when', 'timeOfDay', 'dayOfWeek', 'asNeeded', 'additional'].includes(key)) ||
        view.asNeeded ||
        view.when.length + view.timeOfDay.length + view.dayOfWeek.length + view.additional.length > 0,
    );

/** A person's name as they would be addressed: the text, or the prefix, given names and family name. */
export const personName = (names: HumanName[] | undefined): string | undefined => {
  const name = names?.find((candidate) => candidate.use === 'official') ?? names?.[0];
  if (!name) return undefined;
  return (
    present(name.text) ??
    present([...(name.prefix ?? []), ...(name.given ?? []), name.family ?? '', ...(name.suffix ?? [])].join(' '))
  );
};

/** The people and organizations a search brought along (`_include`) or the page read, by `Type/id`. */
export type Actors = ReadonlyMap<string, Practitioner | PractitionerRole | Organization>;

/** The name of a prescriber or reporter: the reference's display, else the resource the server holds. */
const actorName = (reference: Reference | undefined, actors: Actors, depth = 0): string | undefined => {
  const display = present(reference?.display);
  if (display) return display;
  const type = referencedType(reference?.reference);
  const id = type ? referencedId(reference?.reference, type) : undefined;
  const actor = type && id ? actors.get(`${type}/${id}`) : undefined;
  if (!actor) return undefined;
  if (actor.resourceType === 'Practitioner') return personName(actor.name);
  if (actor.resourceType === 'Organization') return present(actor.name);
  // A role names its practitioner, or else its organization (never deeper than that).
  return depth > 0
    ? undefined
    : (actorName(actor.practitioner, actors, depth + 1) ?? actorName(actor.organization, actors, depth + 1));
};

/** The references a list of medications makes to people and organizations that the page may read. */
export const actorReferences = (requests: MedicationRequest[], statements: MedicationStatement[]): string[] => [
  ...new Set(
    [...requests.map((request) => request.requester), ...statements.map((statement) => statement.informationSource)]
      .filter((reference) => reference && !present(reference.display))
      .flatMap((reference) => {
        const type = referencedType(reference?.reference);
        const id = type ? referencedId(reference?.reference, type) : undefined;
        return type && id && ['Practitioner', 'PractitionerRole', 'Organization'].includes(type)
          ? [`${type}/${id}`]
          : [];
      }),
  ),
];

/** The Medication references (`Medication/id`) that neither a contained nor an included resource answers. */
export const unresolvedMedications = (
  resources: (MedicationRequest | MedicationStatement)[],
  included: Medication[],
): string[] => {
  const known = new Set(included.map((medication) => medication.id));
  return [
    ...new Set(
      resources.flatMap((resource) => {
        if (conceptText(resource.medicationCodeableConcept)) return [];
        const id = referencedId(resource.medicationReference?.reference, 'Medication');
        return id && !known.has(id) ? [id] : [];
      }),
    ),
  ];
};

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

/**
 * Prescriptions and reported medications together: current ones first, then the newest first, then by name. A
 * `medicationReference` resolves to a contained Medication (`#id`), or to one the search included or the page read
 * (`Medication/id`), or else to the reference's display; a prescriber to the reference's display, or else to the
 * Practitioner, PractitionerRole or Organization the server holds.
 */
export function toMedications(
  requests: MedicationRequest[],
  statements: MedicationStatement[],
  included: Medication[] = [],
  actors: Actors = new Map(),
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
        language: present(request.language),
        source: 'prescription',
        name: medicationName(request, medications),
        dosage: dosagesOf(request.dosageInstruction),
        prescriber: actorName(request.requester, actors),
        authored: present(request.authoredOn),
        status: request.status,
        current: currentStatuses.includes(request.status) && request.doNotPerform !== true,
        doNotTake: request.doNotPerform === true,
        refills: request.dispenseRequest?.numberOfRepeatsAllowed,
      }),
    );
  const reported = statements
    .filter((statement) => statement.status !== 'entered-in-error')
    .map((statement): MedicationView => {
      const start = present(statement.effectiveDateTime) ?? present(statement.effectivePeriod?.start);
      const end = present(statement.effectivePeriod?.end);
      return compact({
        id: statement.id ?? '',
        language: present(statement.language),
        source: 'reported',
        name: medicationName(statement, medications),
        dosage: dosagesOf(statement.dosage),
        prescriber: actorName(statement.informationSource, actors),
        taken: start || end ? compact({ start, end }) : undefined,
        asserted: present(statement.dateAsserted),
        status: statement.status,
        current: currentStatuses.includes(statement.status),
        doNotTake: statement.status === 'not-taken',
      });
    });
  return sortBy(
    [...prescribed, ...reported],
    (view) => ({
      current: view.current,
      date: dateKey(view.authored ?? view.taken?.start ?? view.asserted),
      name: view.name,
    }),
    (a, b) => Number(b.current) - Number(a.current) || newestFirst(a.date, b.date) || collator.compare(a.name, b.name),
  );
}
