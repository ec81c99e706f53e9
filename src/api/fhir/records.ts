/**
 * Maps parsed FHIR R4 resources to the view models the records element shows (`view-models.ts`). Pure functions: no
 * DOM, no I/O, no words of any language (the element localizes its own fallbacks, so a missing name is `''`). A
 * free-text `note`, a report's `conclusion` or `presentedForm`, and the narrative `text.div` are never copied, except
 * a care plan's narrative turned into plain text when the plan has nothing else to say.
 */
import type {
  AllergyIntolerance,
  Appointment,
  CarePlan,
  CodeableConcept,
  Coding,
  Condition,
  DiagnosticReport,
  Immunization,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Observation,
  ObservationComponent,
  Procedure,
  Quantity,
  Range,
} from './schemas.js';
import type {
  AllergyView,
  AppointmentView,
  CarePlanView,
  DiagnosisView,
  ImmunizationView,
  LabFlag,
  LabResultView,
  MedicationView,
  ProcedureView,
  RangeView,
  WhenView,
} from './view-models.js';

// --- Small helpers --------------------------------------------------------------------------------------------

/** A string with something in it, trimmed; `undefined` for a missing or blank one. */
const present = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** The object without its `undefined` properties, so a view carries only what the record says. */
const compact = <T extends object>(value: T): T => {
  const defined: Partial<T> = {};
  for (const key in value) {
    if (value[key] !== undefined) defined[key] = value[key];
  }
  return defined as T;
};

/** The words of a concept: its `text`, else the first coding's `display`, else the first `code`. */
export function conceptText(concept: CodeableConcept | undefined): string | undefined {
  if (!concept) return undefined;
  const text = present(concept.text);
  if (text) return text;
  const codings = concept.coding ?? [];
  for (const coding of codings) {
    const display = present(coding.display);
    if (display) return display;
  }
  for (const coding of codings) {
    const code = present(coding.code);
    if (code) return code;
  }
  return undefined;
}

/** The first code of a concept (a FHIR status such as `active`). */
const firstCode = (concept: CodeableConcept | undefined): string | undefined => {
  for (const coding of concept?.coding ?? []) {
    const code = present(coding.code);
    if (code) return code;
  }
  return undefined;
};

const hasCode = (concept: CodeableConcept | undefined, codes: readonly string[]): boolean =>
  concept?.coding?.some((coding) => coding.code !== undefined && codes.includes(coding.code)) ?? false;

const when = (iso: string | undefined, text?: string): WhenView | undefined => {
  const date = present(iso);
  if (date) return { iso: date };
  const words = present(text);
  return words ? { text: words } : undefined;
};

/**
 * A key that orders dates: the time in milliseconds, UTC for a date (`2020`, `2020-05`, `2020-05-01`) and by its
 * offset for a date-time. A date that does not parse counts as no date.
 */
const dateKey = (iso: string | undefined): number | undefined => {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
};

/** Newest first; without a date last. */
const newestFirst = (a: number | undefined, b: number | undefined): number => {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? 1 : -1;
};

/** Soonest first; without a date last. */
const soonestFirst = (a: number | undefined, b: number | undefined): number => {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
};

const collator = /* @__PURE__ */ new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Sorts by keys computed once per item, so a comparison never re-reads the resource. */
const sortBy = <T, K>(items: T[], key: (item: T) => K, compare: (a: K, b: K) => number): T[] =>
  items
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ item }) => item);

/**
 * The id in a reference to a resource of the given type: `Type/id`, an absolute URL ending so, or either with a
 * version (`/_history/2`). String work rather than a pattern: it runs once for every result of every report.
 */
const referencedId = (reference: string | undefined, type: string): string | undefined => {
  if (!reference) return undefined;
  const history = reference.indexOf('/_history/');
  const path = history === -1 ? reference : reference.slice(0, history);
  const at = path.lastIndexOf(`${type}/`);
  if (at === -1 || (at > 0 && path[at - 1] !== '/')) return undefined;
  const id = path.slice(at + type.length + 1).trim();
  return id === '' || id.includes('/') ? undefined : id;
};

/** The resource type a reference names (`Practitioner/12` → `Practitioner`). */
const referencedType = (reference: string | undefined): string | undefined =>
  /(?:^|\/)([A-Z][A-Za-z]+)\/[^/]+(?:\/_history\/[^/]+)?$/.exec(present(reference) ?? '')?.[1];

// --- Diagnoses ------------------------------------------------------------------------------------------------

const activeClinicalStatuses = ['active', 'recurrence', 'relapse'];
const unreliable = ['entered-in-error', 'refuted'];

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

// --- Medications ----------------------------------------------------------------------------------------------

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

// --- Immunizations --------------------------------------------------------------------------------------------

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

// --- Allergies ------------------------------------------------------------------------------------------------

const snomed = 'http://snomed.info/sct';
/** No known allergy, drug allergy, environmental allergy, food allergy. */
const noKnownAllergyCodes = ['716186003', '409137002', '428607008', '429625007'];

const saysNoKnownAllergy = (code: CodeableConcept | undefined): boolean =>
  (code?.coding?.some(
    (coding) => coding.system === snomed && coding.code !== undefined && noKnownAllergyCodes.includes(coding.code),
  ) ??
    false) ||
  /^no known/i.test(present(code?.text) ?? '');

/** Allergies and intolerances: active ones first, then by substance. */
export function toAllergies(allergies: AllergyIntolerance[]): AllergyView[] {
  const views = allergies
    .filter((allergy) => !hasCode(allergy.verificationStatus, unreliable))
    .map((allergy): AllergyView =>
      compact({
        id: allergy.id ?? '',
        substance: conceptText(allergy.code) ?? '',
        noKnownAllergies: saysNoKnownAllergy(allergy.code),
        reactions: (allergy.reaction ?? []).map((reaction) =>
          compact({
            manifestations: reaction.manifestation.flatMap((manifestation) => conceptText(manifestation) ?? []),
            severity: present(reaction.severity),
          }),
        ),
        criticality: present(allergy.criticality),
        clinicalStatus: firstCode(allergy.clinicalStatus),
        verificationStatus: firstCode(allergy.verificationStatus),
      }),
    );
  return sortBy(
    views,
    (view) => ({ active: view.clinicalStatus === 'active', name: view.substance }),
    (a, b) => Number(b.active) - Number(a.active) || collator.compare(a.name, b.name),
  );
}

// --- Procedures -----------------------------------------------------------------------------------------------

/** Procedures, the newest first. */
export function toProcedures(procedures: Procedure[]): ProcedureView[] {
  const views = procedures
    .filter((procedure) => procedure.status !== 'entered-in-error')
    .map((procedure): ProcedureView =>
      compact({
        id: procedure.id ?? '',
        name: conceptText(procedure.code) ?? '',
        date: when(present(procedure.performedDateTime) ?? procedure.performedPeriod?.start, procedure.performedString),
        status: procedure.status,
      }),
    );
  return sortBy(views, (view) => dateKey(view.date?.iso), newestFirst);
}

// --- Care plans -----------------------------------------------------------------------------------------------

/** An attribute-aware tag: `<a title="x>y">` is one tag. */
const attributes = String.raw`(?:[^"'>]|"[^"]*"|'[^']*')*`;
const scriptOrStyle = [
  new RegExp(String.raw`<(script|style)\b${attributes}/>`, 'gi'),
  new RegExp(String.raw`<(script|style)\b${attributes}>[\s\S]*?</\1\s*>`, 'gi'),
  new RegExp(String.raw`<(script|style)\b[\s\S]*$`, 'gi'),
];
const listItemTag = new RegExp(String.raw`<li\b${attributes}>`, 'gi');
const lineBreakTag = new RegExp(String.raw`<br\b${attributes}>`, 'gi');
const blockEndTag = /<\/(?:p|li|div|tr|h[1-6]|ul|ol|table|blockquote|pre|dd|dt)\s*>/gi;
const cellEndTag = /<\/(?:td|th)\s*>/gi;
const anyTag = new RegExp(String.raw`<[!?]${attributes}>|</?[A-Za-z]${attributes}>`, 'g');
const entity = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const namedEntities = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);

const fromCodePoint = (codePoint: number): string => {
  if (codePoint === 9 || codePoint === 10 || codePoint === 13) return ' ';
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return '';
  if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(codePoint);
};

const decodeEntities = (text: string): string =>
  text.replace(entity, (match, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return (name !== undefined ? namedEntities.get(name) : undefined) ?? match;
  });

/** Drops a tag cut off at the end (`Drink water <b`); a linear scan, as a pattern here could backtrack. */
const withoutCutOffTag = (text: string): string => {
  const open = text.lastIndexOf('<');
  return open !== -1 && text.indexOf('>', open) === -1 && /[A-Za-z/!?]/.test(text.charAt(open + 1))
    ? text.slice(0, open)
    : text;
};

/**
 * The text of an XHTML narrative, without a DOM: scripts and styles go with their content, block ends become line
 * breaks, list items get a bullet, every other tag goes, and the XML entities are decoded once (after the tags are
 * gone, so an escaped `&lt;b&gt;` stays text).
 */
const narrativeText = (xhtml: string): string | undefined => {
  let text = xhtml.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const pattern of scriptOrStyle) text = text.replace(pattern, '');
  text = withoutCutOffTag(text)
    .replace(/\s+/g, ' ')
    .replace(listItemTag, '\n• ')
    .replace(lineBreakTag, '\n')
    .replace(blockEndTag, '\n')
    .replace(cellEndTag, ' ')
    // Every whole tag, then whatever `<` is left: markup, never text (text in XHTML writes `&lt;`).
    .replace(anyTag, '')
    .replace(/</g, '');
  const lines: string[] = [];
  let bullet = false;
  for (const raw of decodeEntities(text).split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    if (line === '•') {
      bullet = true;
      continue;
    }
    lines.push(bullet && !line.startsWith('•') ? `• ${line}` : line);
    bullet = false;
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
};

/** The first characters of a text, whole code points, trimmed. */
const truncate = (text: string, length: number): string => Array.from(text).slice(0, length).join('').trim();

/** Care plans, active ones first, then the newest start first. */
export function toCarePlans(plans: CarePlan[]): CarePlanView[] {
  const views = plans
    .filter((plan) => plan.status !== 'entered-in-error')
    .map((plan): CarePlanView => {
      const categories = (plan.category ?? []).flatMap((category) => conceptText(category) ?? []);
      const title = present(plan.title);
      const description = present(plan.description);
      const activities = (plan.activity ?? []).flatMap(
        (activity) =>
          present(activity.detail?.description) ??
          conceptText(activity.detail?.code) ??
          present(activity.reference?.display) ??
          [],
      );
      const period = plan.period
        ? compact({ start: present(plan.period.start), end: present(plan.period.end) })
        : undefined;
      const narrative =
        !title && !description && activities.length === 0 && plan.text?.div !== undefined
          ? narrativeText(plan.text.div)
          : undefined;
      return compact({
        id: plan.id ?? '',
        title: title ?? (categories.length > 0 ? categories.join(', ') : undefined) ?? truncate(description ?? '', 80),
        categories,
        period: period && (period.start !== undefined || period.end !== undefined) ? period : undefined,
        status: plan.status,
        description,
        activities,
        narrative,
      });
    });
  return sortBy(
    views,
    (view) => ({ active: view.status === 'active', date: dateKey(view.period?.start) }),
    (a, b) => Number(b.active) - Number(a.active) || newestFirst(a.date, b.date),
  );
}

// --- Lab results ----------------------------------------------------------------------------------------------

const flagsByCode = new Map<string, LabFlag>([
  ['H', 'high'],
  ['HU', 'high'],
  ['>', 'high'],
  ['L', 'low'],
  ['LU', 'low'],
  ['<', 'low'],
  ['HH', 'critical-high'],
  ['H>', 'critical-high'],
  ['LL', 'critical-low'],
  ['L<', 'critical-low'],
  ['A', 'abnormal'],
  ['AA', 'critical'],
  ['N', 'normal'],
]);

const unitOf = (quantity: Quantity | undefined): string | undefined =>
  present(quantity?.unit) ?? present(quantity?.code);

/** `7.2 %`, `< 5 mg/dL`: the value as given (never rounded), its comparator and its unit. */
const formatQuantity = (quantity: Quantity | undefined): string | undefined => {
  if (quantity?.value === undefined) return undefined;
  const comparator = present(quantity.comparator);
  const unit = unitOf(quantity);
  return `${comparator ? `${comparator} ` : ''}${String(quantity.value)}${unit ? ` ${unit}` : ''}`;
};

/** `4–6 mmol/L`; a range open on one side reads `≥ 4 mmol/L` or `≤ 6 mmol/L`. */
const formatRange = (range: Range | undefined): string | undefined => {
  const low = range?.low?.value;
  const high = range?.high?.value;
  if (low !== undefined && high !== undefined) {
    const lowUnit = unitOf(range?.low);
    const highUnit = unitOf(range?.high);
    if (lowUnit === undefined || highUnit === undefined || lowUnit === highUnit) {
      const unit = highUnit ?? lowUnit;
      return `${String(low)}–${String(high)}${unit ? ` ${unit}` : ''}`;
    }
    return `${formatQuantity(range?.low) ?? ''}–${formatQuantity(range?.high) ?? ''}`;
  }
  if (low !== undefined) return `≥ ${formatQuantity(range?.low) ?? ''}`;
  if (high !== undefined) return `≤ ${formatQuantity(range?.high) ?? ''}`;
  return undefined;
};

const valueOf = (result: ObservationComponent): string | undefined =>
  formatQuantity(result.valueQuantity) ??
  present(result.valueString) ??
  conceptText(result.valueCodeableConcept) ??
  (result.valueInteger !== undefined ? String(result.valueInteger) : undefined) ??
  formatRange(result.valueRange);

const rangeOf = (result: ObservationComponent): RangeView | undefined => {
  const range = result.referenceRange?.[0];
  if (!range) return undefined;
  const view: RangeView = {};
  const low = formatQuantity(range.low);
  if (low !== undefined) view.low = low;
  const high = formatQuantity(range.high);
  if (high !== undefined) view.high = high;
  const text = present(range.text);
  if (text !== undefined) view.text = text;
  return view.low !== undefined || view.high !== undefined || view.text !== undefined ? view : undefined;
};

const flagsOf = (result: ObservationComponent): LabFlag[] => {
  const flags: LabFlag[] = [];
  for (const interpretation of result.interpretation ?? []) {
    for (const coding of interpretation.coding ?? []) {
      const flag = coding.code === undefined ? undefined : flagsByCode.get(coding.code.trim());
      if (flag && !flags.includes(flag)) flags.push(flag);
    }
  }
  return flags;
};

/** What an observation and each of its components have alike. */
const resultView = (
  id: string,
  result: ObservationComponent,
  status: string,
  date: string | undefined,
): LabResultView => {
  // Built field by field rather than through `compact`: this runs for thousands of results at once.
  const view: LabResultView = {
    id,
    test: conceptText(result.code) ?? '',
    flags: flagsOf(result),
    status,
    components: [],
  };
  const value = valueOf(result);
  if (value !== undefined) view.value = value;
  const absentReason = conceptText(result.dataAbsentReason);
  if (absentReason !== undefined) view.absentReason = absentReason;
  const range = rangeOf(result);
  if (range) view.range = range;
  if (date !== undefined) view.date = date;
  return view;
};

const isLaboratory = (observation: Observation): boolean => {
  for (const category of observation.category ?? []) {
    for (const coding of category.coding ?? []) {
      if (coding.code === 'laboratory') return true;
    }
  }
  return false;
};

/**
 * Lab results: observations in the `laboratory` category, or named by a report (so vital signs no report names stay
 * out), each with the panel of the first report that names it. The newest first, without a date last, then by test.
 * Reports are read once into a map, so the work grows with the number of resources, not their product.
 */
export function toLabResults(observations: Observation[], reports: DiagnosticReport[]): LabResultView[] {
  const panels = new Map<string, { id: string; name: string }>();
  for (const report of reports) {
    if (report.status === 'entered-in-error') continue;
    let panel: { id: string; name: string } | undefined;
    for (const result of report.result ?? []) {
      const id = referencedId(result.reference, 'Observation');
      if (id === undefined || panels.has(id)) continue;
      panel ??= { id: report.id ?? '', name: conceptText(report.code) ?? '' };
      panels.set(id, panel);
    }
  }
  const views: { view: LabResultView; date: number | undefined; name: number }[] = [];
  for (const observation of observations) {
    if (observation.status === 'entered-in-error') continue;
    const id = observation.id ?? '';
    const panel = id === '' ? undefined : panels.get(id);
    if (!panel && !isLaboratory(observation)) continue;
    const date =
      present(observation.effectiveDateTime) ??
      present(observation.effectivePeriod?.start) ??
      present(observation.issued);
    const view = resultView(id, observation, observation.status, date);
    view.components = (observation.component ?? []).map((component, index) =>
      resultView(`${id}#${index}`, component, observation.status, date),
    );
    if (panel) view.panel = { ...panel };
    views.push({ view, date: dateKey(date), name: 0 });
  }
  // A panel's results share a date, so ties are many: collate each distinct test name once, then compare numbers.
  const names = [...new Set(views.map(({ view }) => view.test))].sort(collator.compare);
  const nameOrder = new Map(names.map((name, index) => [name, index]));
  for (const item of views) item.name = nameOrder.get(item.view.test) ?? 0;
  return views.sort((a, b) => newestFirst(a.date, b.date) || a.name - b.name).map(({ view }) => view);
}

// --- Appointments ---------------------------------------------------------------------------------------------

const practitionerTypes = ['PPRF', 'ATND', 'PRF'];
const practitionerResources = ['Practitioner', 'PractitionerRole'];
/** Actors that a participant type of `ATND` or `PRF` never makes a practitioner. */
const otherActors = ['Patient', 'Location', 'RelatedPerson', 'Device', 'HealthcareService', 'Group'];

/** Appointments, the soonest first. Practitioners and the location are named only by their displays. */
export function toAppointments(appointments: Appointment[]): AppointmentView[] {
  const views = appointments
    .filter((appointment) => appointment.status !== 'entered-in-error')
    .map((appointment): AppointmentView => {
      const practitioners: string[] = [];
      let location: string | undefined;
      for (const participant of appointment.participant ?? []) {
        const display = present(participant.actor?.display);
        if (!display) continue;
        const type = referencedType(participant.actor?.reference);
        if (type === 'Location') {
          location ??= display;
          continue;
        }
        const isPractitioner =
          (type !== undefined && practitionerResources.includes(type)) ||
          ((type === undefined || !otherActors.includes(type)) &&
            (participant.type ?? []).some((concept) => hasCode(concept, practitionerTypes)));
        if (isPractitioner && !practitioners.includes(display)) practitioners.push(display);
      }
      return compact({
        id: appointment.id ?? '',
        start: present(appointment.start),
        end: present(appointment.end),
        practitioners,
        location,
        type: conceptText(appointment.appointmentType) ?? conceptText(appointment.serviceType?.[0]),
        reason: conceptText(appointment.reasonCode?.[0]) ?? present(appointment.description),
        status: appointment.status,
      });
    });
  return sortBy(views, (view) => dateKey(view.start), soonestFirst);
}
