/**
 * Lab results: observations in the laboratory category or named by a lab report, with their report.
 */
import type {
  CodeableConcept,
  DiagnosticReport,
  Observation,
  ObservationComponent,
  Range,
  ReferenceRange,
} from '../../../api/fhir/schemas.js';
import {
  type AgeView,
  ageOf,
  collator,
  compact,
  conceptText,
  dateKey,
  firstCode,
  newestFirst,
  present,
  referencedId,
} from './datatypes.js';
import { decimalsOf, quantityText, unitOfQuantity, valueForPeople } from './units.js';

/**
 * What a lab value's interpretation means, in words the element shows (never colour alone). Critical ones stay
 * apart from merely abnormal ones.
 */
export const labFlags = [
  'critical-high',
  'critical-low',
  'critical',
  'high',
  'low',
  'abnormal',
  'positive',
  'detected',
  'reactive',
  'resistant',
  'intermediate',
  'inconclusive',
  'unexpected',
  'off-scale-high',
  'off-scale-low',
  'worse',
  'better',
  'rising',
  'falling',
  'carrier',
  'normal',
] as const;
export type LabFlag = (typeof labFlags)[number];
/** The flags that call for attention now. */
export const criticalFlags: readonly LabFlag[] = ['critical-high', 'critical-low', 'critical'];
/** The flags that describe a result without saying it is out of the ordinary. */
const descriptiveFlags: readonly LabFlag[] = ['better', 'rising', 'falling', 'carrier', 'normal'];
/** The flags that say a result is out of the ordinary. */
export const abnormalFlags: readonly LabFlag[] = labFlags.filter((flag) => !descriptiveFlags.includes(flag));

export interface RangeView {
  low?: string;
  high?: string;
  text?: string;
  /** Whom the range is for, in the record's words ("Female", "Pregnant"). */
  appliesTo?: string[];
  /** The ages it is for. */
  ages?: { low?: AgeView; high?: AgeView };
  /** What kind of range, when it is not the normal one ("Therapeutic", "Recommended"). */
  type?: string;
}

/** A lab report (a panel) as its header says it once for all its results. */
export interface LabReportView {
  /** The language the record's words are written in (`Resource.language`, BCP 47), when it says. */
  language?: string;
  id: string;
  name: string;
  /** When the sample was taken, or else when the report was issued. */
  date?: string;
  /** FHIR status code of the report: `final`, `preliminary`, `amended`, `corrected`, ... */
  status: string;
  /** Who performed or answers for it, as the record names them. */
  performers: string[];
}

/** A numeric value and the bounds of its range in the same unit: where the value falls, for the range bar. */
export interface LabMeasure {
  value: number;
  low?: number;
  high?: number;
}

/**
 * Which test a result is of: its code (`system|code`, LOINC first) when it has one, and its name. Two results are of
 * one test when their codes match, or, when either has no code, their names do.
 */
export interface LabTestKey {
  coding?: string;
  name: string;
}

/** A value that is a plain number (no `<` or `>`), with the unit people read: what a trend can plot. */
export interface LabAmount {
  value: number;
  unit?: string;
}

export interface LabResultView {
  /** The language the record's words are written in (`Resource.language`, BCP 47), when it says. */
  language?: string;
  id: string;
  test: string;
  key: LabTestKey;
  /** The test of the result this is a part of (a component's observation). */
  of?: LabTestKey;
  amount?: LabAmount;
  /** The value with its unit ("7.2 %", "< 5 mg/dL"), or a text or coded value. */
  value?: string;
  /** Why there is no value, when the record says (`dataAbsentReason`). */
  absentReason?: string;
  /** The reference range that fits the patient, or else the one for everyone. */
  range?: RangeView;
  flags: LabFlag[];
  /** When the sample was taken, or else when the result was issued. */
  date?: string;
  /** FHIR status code: `final`, `preliminary`, `amended`, `corrected`, `cancelled`, ... */
  status: string;
  /** The parts of a result that has several (blood pressure: systolic and diastolic). */
  components: LabResultView[];
  /** The report (panel) it belongs to, when one names it. */
  panel?: LabReportView;
  /** The value against its range, when both are numbers in one unit. */
  measure?: LabMeasure;
}

/** Results shown together: a report's, or those of one day that no report names. */
export interface LabGroup {
  key: string;
  report?: LabReportView;
  /** The day (`YYYY-MM-DD`) of results without a report, when they have one. */
  day?: string;
  results: LabResultView[];
}

/** Who the patient is, for choosing the reference range that applies: sex and date of birth. */
export interface LabPatient {
  gender?: string;
  birthDate?: string;
}

/**
 * Every code of HL7 v3 ObservationInterpretation (as R4 uses it, v2 table 0078 alike) that says something a patient
 * should read. `N`, `NEG`, `ND`, `NR`, `EXP` and `S` say the result is as expected: no flag.
 */
const flagsByCode = new Map<string, LabFlag>([
  ['HH', 'critical-high'],
  ['LL', 'critical-low'],
  ['AA', 'critical'],
  ['H', 'high'],
  ['HU', 'high'],
  ['H>', 'high'],
  ['HX', 'high'],
  ['L', 'low'],
  ['LU', 'low'],
  ['L<', 'low'],
  ['LX', 'low'],
  ['A', 'abnormal'],
  ['EX', 'abnormal'],
  ['POS', 'positive'],
  ['DET', 'detected'],
  ['RR', 'reactive'],
  ['WR', 'reactive'],
  ['R', 'resistant'],
  ['NS', 'resistant'],
  ['SYN-R', 'resistant'],
  ['I', 'intermediate'],
  ['SDD', 'intermediate'],
  ['IND', 'inconclusive'],
  ['E', 'inconclusive'],
  ['IE', 'inconclusive'],
  ['UNE', 'unexpected'],
  ['>', 'off-scale-high'],
  ['<', 'off-scale-low'],
  ['W', 'worse'],
  ['B', 'better'],
  ['U', 'rising'],
  ['D', 'falling'],
  ['CAR', 'carrier'],
  ['CARRIER', 'carrier'],
  ['N', 'normal'],
]);

/** An interpretation given only in words ("HIGH", "Critically low", "Positive"), as some systems send it. */
const flagByWords: [RegExp, LabFlag][] = [
  [/^(?:critical(?:ly)?|panic)[\s-]*high|^(?:high|above)[\s-]*(?:critical|panic)|^hh$/i, 'critical-high'],
  [/^(?:critical(?:ly)?|panic)[\s-]*low|^(?:low|below)[\s-]*(?:critical|panic)|^ll$/i, 'critical-low'],
  [/^(?:critical(?:ly)?(?: abnormal)?|panic|aa)$/i, 'critical'],
  [
    /^(?:h|high|above (?:normal|(?:the )?(?:upper )?(?:limit|range)|high normal)|abnormal high|significantly high)$/i,
    'high',
  ],
  [
    /^(?:l|low|below (?:normal|(?:the )?(?:lower )?(?:limit|range)|low normal)|abnormal low|significantly low)$/i,
    'low',
  ],
  [/^(?:a|abn|abnormal|out of range|outside (?:normal )?range)$/i, 'abnormal'],
  [/^(?:pos|positive|\+)$/i, 'positive'],
  [/^detected$/i, 'detected'],
  [/^(?:weakly )?reactive$/i, 'reactive'],
  [/^resistant$/i, 'resistant'],
  [/^(?:indeterminate|equivocal|inconclusive)$/i, 'inconclusive'],
  [/^(?:n|normal|neg|negative|not detected|non-?reactive|within (?:normal )?(?:limits|range))$/i, 'normal'],
];

const flagOfWords = (text: string | undefined): LabFlag | undefined => {
  const words = present(text);
  return words ? flagByWords.find(([pattern]) => pattern.test(words))?.[1] : undefined;
};

const valueOf = (result: ObservationComponent, rangeDecimals: number | undefined): string | undefined => {
  if (result.valueQuantity) return quantityText(result.valueQuantity, rangeDecimals);
  return (
    present(result.valueString) ??
    conceptText(result.valueCodeableConcept) ??
    (result.valueInteger !== undefined ? String(result.valueInteger) : undefined) ??
    rangeText(result.valueRange)
  );
};

/** `4–6 mmol/L`; a range open on one side reads `≥ 4 mmol/L` or `≤ 6 mmol/L`. */
const rangeText = (range: Range | undefined): string | undefined => {
  const low = range?.low?.value;
  const high = range?.high?.value;
  if (low !== undefined && high !== undefined) {
    const lowUnit = unitOfQuantity(range?.low);
    const highUnit = unitOfQuantity(range?.high);
    if (lowUnit === undefined || highUnit === undefined || lowUnit === highUnit) {
      const unit = highUnit ?? lowUnit;
      return `${valueForPeople(low)}–${valueForPeople(high)}${unit ? ` ${unit}` : ''}`;
    }
    return `${quantityText(range?.low) ?? ''}–${quantityText(range?.high) ?? ''}`;
  }
  if (low !== undefined) return `≥ ${quantityText(range?.low) ?? ''}`;
  if (high !== undefined) return `≤ ${quantityText(range?.high) ?? ''}`;
  return undefined;
};

/** The sexes a range's `appliesTo` names, by code or word. */
const sexOf = (concept: CodeableConcept): 'male' | 'female' | undefined => {
  for (const coding of concept.coding ?? []) {
    const code = coding.code?.toLowerCase();
    if (code === 'male' || code === 'm' || code === '248153007') return 'male';
    if (code === 'female' || code === 'f' || code === '248152002') return 'female';
  }
  const words = conceptText(concept)?.toLowerCase();
  if (words === 'male' || words === 'men' || words === 'man') return 'male';
  if (words === 'female' || words === 'women' || words === 'woman') return 'female';
  return undefined;
};

/** The patient's age in years on a date (the result's), or `undefined` when a date is missing. */
const ageInYears = (birthDate: string | undefined, on: string | undefined): number | undefined => {
  const born = dateKey(birthDate);
  const at = dateKey(on) ?? Date.now();
  return born === undefined ? undefined : (at - born) / (365.2425 * 24 * 3600 * 1000);
};

const yearsOf = (age: AgeView | undefined): number | undefined => {
  if (!age) return undefined;
  const perYear: Record<string, number> = { a: 1, mo: 12, wk: 52.1775, d: 365.2425, h: 8765.82, min: 525949 };
  return age.value / (perYear[age.unit] ?? 1);
};

/**
 * How well a range fits the patient: undefined when it is for someone else (another sex, another age), else a
 * score that prefers the most specific range, and the normal one over other kinds.
 */
const fitOf = (range: ReferenceRange, patient: LabPatient | undefined, on: string | undefined): number | undefined => {
  let score = 0;
  const type = firstCode(range.type);
  if (type === undefined || type === 'normal') score += 4;
  for (const concept of range.appliesTo ?? []) {
    const sex = sexOf(concept);
    if (sex && patient?.gender) {
      if (sex !== patient.gender) return undefined;
      score += 2;
    }
  }
  if (range.age) {
    const age = ageInYears(patient?.birthDate, on);
    const low = yearsOf(ageOf(range.age.low));
    const high = yearsOf(ageOf(range.age.high));
    if (age !== undefined) {
      if ((low !== undefined && age < low) || (high !== undefined && age > high)) return undefined;
      score += 2;
    }
  }
  return score;
};

/** Decimals a range's bounds are written with: a value keeps at least as many. */
const rangeDecimals = (range: ReferenceRange | undefined): number | undefined =>
  range ? Math.max(decimalsOf(range.low?.value ?? 0), decimalsOf(range.high?.value ?? 0)) : undefined;

/**
 * Whether any of these results (or their components) has several reference ranges, one of which is chosen by the
 * patient's sex or age: only those need to know who the patient is.
 */
export const rangesByPatient = (observations: readonly Observation[]): boolean =>
  observations.some(
    (observation) =>
      (observation.referenceRange?.length ?? 0) > 1 ||
      (observation.component ?? []).some((component) => (component.referenceRange?.length ?? 0) > 1),
  );

/** The reference range that fits the patient best (several ranges are alternatives), or the first when none fits. */
const chooseRange = (
  result: ObservationComponent,
  patient: LabPatient | undefined,
  on: string | undefined,
): ReferenceRange | undefined => {
  const ranges = result.referenceRange ?? [];
  if (ranges.length <= 1) return ranges[0];
  let best: { range: ReferenceRange; fit: number } | undefined;
  for (const range of ranges) {
    const fit = fitOf(range, patient, on);
    if (fit !== undefined && (!best || fit > best.fit)) best = { range, fit };
  }
  return best?.range ?? ranges[0];
};

const rangeView = (range: ReferenceRange | undefined): RangeView | undefined => {
  if (!range) return undefined;
  const view: RangeView = {};
  const low = quantityText(range.low);
  if (low !== undefined) view.low = low;
  const high = quantityText(range.high);
  if (high !== undefined) view.high = high;
  const text = present(range.text);
  if (text !== undefined) view.text = text;
  if (view.low === undefined && view.high === undefined && view.text === undefined) return undefined;
  const appliesTo = (range.appliesTo ?? []).flatMap((concept) => conceptText(concept) ?? []);
  if (appliesTo.length) view.appliesTo = appliesTo;
  const ages = compact({ low: ageOf(range.age?.low), high: ageOf(range.age?.high) });
  if (ages.low || ages.high) view.ages = ages;
  const type = firstCode(range.type);
  if (type !== undefined && type !== 'normal') view.type = conceptText(range.type) ?? type;
  return view;
};

const flagsOf = (result: ObservationComponent): LabFlag[] => {
  const flags: LabFlag[] = [];
  const add = (flag: LabFlag | undefined) => {
    if (flag && !flags.includes(flag)) flags.push(flag);
  };
  for (const interpretation of result.interpretation ?? []) {
    const before = flags.length;
    for (const coding of interpretation.coding ?? []) {
      const code = coding.code?.trim();
      add(code === undefined ? undefined : (flagsByCode.get(code) ?? flagsByCode.get(code.toUpperCase())));
    }
    // No code we know: the interpretation's own words, or its codings' displays.
    if (flags.length === before) {
      add(
        flagOfWords(interpretation.text) ??
          interpretation.coding?.map((coding) => flagOfWords(coding.display)).find(Boolean),
      );
    }
  }
  // The strongest word says it: critically high is not also high, and high is not also abnormal.
  const said = (flag: LabFlag) => flags.includes(flag);
  return flags.filter(
    (flag) =>
      !(flag === 'high' && said('critical-high')) &&
      !(flag === 'low' && said('critical-low')) &&
      !(flag === 'abnormal' && flags.some((other) => other !== 'abnormal' && abnormalFlags.includes(other))) &&
      !(flag === 'normal' && flags.some((other) => abnormalFlags.includes(other))),
  );
};

/** Whether two quantities are in one unit (or either says none), so their numbers compare. */
const sameUnit = (a: ObservationComponent['valueQuantity'], b: ObservationComponent['valueQuantity']): boolean => {
  const unitA = present(a?.code) ?? present(a?.unit);
  const unitB = present(b?.code) ?? present(b?.unit);
  return unitA === undefined || unitB === undefined || unitA === unitB;
};

/** A value that is a plain number (no comparator) against the bounds of its range in the same unit. */
const measureOf = (result: ObservationComponent, range: ReferenceRange | undefined): LabMeasure | undefined => {
  const quantity = result.valueQuantity;
  if (quantity?.value === undefined || present(quantity.comparator) || !range) return undefined;
  const low = range.low?.value !== undefined && sameUnit(quantity, range.low) ? range.low.value : undefined;
  const high = range.high?.value !== undefined && sameUnit(quantity, range.high) ? range.high.value : undefined;
  if (low === undefined && high === undefined) return undefined;
  if (low !== undefined && high !== undefined && low > high) return undefined;
  return { value: quantity.value, ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
};

/** The code a test is known by: LOINC's when it has one, else the first coding with a system and a code. */
const codingKey = (concept: CodeableConcept): string | undefined => {
  let first: string | undefined;
  for (const coding of concept.coding ?? []) {
    const system = present(coding.system);
    const code = present(coding.code);
    if (!system || !code) continue;
    if (system === 'http://loinc.org') return `${system}|${code}`;
    first ??= `${system}|${code}`;
  }
  return first;
};

/** What an observation and each of its components have alike. */
const resultView = (
  id: string,
  result: ObservationComponent,
  status: string,
  date: string | undefined,
  patient: LabPatient | undefined,
): LabResultView => {
  // Built field by field rather than through `compact`: this runs for thousands of results at once.
  const test = conceptText(result.code) ?? '';
  const coding = codingKey(result.code);
  const view: LabResultView = {
    id,
    test,
    key: coding ? { coding, name: test } : { name: test },
    flags: flagsOf(result),
    status,
    components: [],
  };
  const quantity = result.valueQuantity;
  if (quantity?.value !== undefined && !present(quantity.comparator)) {
    const unit = unitOfQuantity(quantity);
    view.amount = unit ? { value: quantity.value, unit } : { value: quantity.value };
  }
  const chosen = chooseRange(result, patient, date);
  const value = valueOf(result, rangeDecimals(chosen));
  if (value !== undefined) view.value = value;
  const absentReason = conceptText(result.dataAbsentReason);
  if (absentReason !== undefined) view.absentReason = absentReason;
  const range = rangeView(chosen);
  if (range) view.range = range;
  const measure = measureOf(result, chosen);
  if (measure) view.measure = measure;
  if (date !== undefined) view.date = date;
  return view;
};

/** Whether an observation is in the `laboratory` category (a laboratory search returns it). */
export const isLaboratory = (observation: Observation): boolean => {
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
export function toLabResults(
  observations: Observation[],
  reports: DiagnosticReport[],
  patient?: LabPatient,
): LabResultView[] {
  // Each result's report, the report's place among the reports, and the result's place in the report.
  const panels = new Map<string, { panel: LabReportView; report: number; position: number }>();
  for (const [index, report] of reports.entries()) {
    if (report.status === 'entered-in-error') continue;
    let panel: LabReportView | undefined;
    for (const [position, result] of (report.result ?? []).entries()) {
      const id = referencedId(result.reference, 'Observation');
      if (id === undefined || panels.has(id)) continue;
      panel ??= reportView(report);
      panels.set(id, { panel, report: index, position });
    }
  }
  const views: {
    view: LabResultView;
    date: number | undefined;
    name: number;
    report: number;
    position: number;
  }[] = [];
  for (const observation of observations) {
    if (observation.status === 'entered-in-error') continue;
    const id = observation.id ?? '';
    const placed = id === '' ? undefined : panels.get(id);
    if (!placed && !isLaboratory(observation)) continue;
    const date =
      present(observation.effectiveDateTime) ??
      present(observation.effectivePeriod?.start) ??
      present(observation.issued);
    const view = resultView(id, observation, observation.status, date, patient);
    const language = present(observation.language);
    if (language) view.language = language;
    view.components = (observation.component ?? []).map((component, index) => {
      const part = resultView(`${id}#${index}`, component, observation.status, date, patient);
      part.of = view.key;
      if (language) part.language = language;
      return part;
    });
    if (placed) view.panel = placed.panel;
    views.push({
      view,
      date: dateKey(date),
      name: 0,
      report: placed?.report ?? Infinity,
      position: placed?.position ?? 0,
    });
  }
  // A panel's results share a date, so ties are many: collate each distinct test name once, then compare numbers.
  const names = [...new Set(views.map(({ view }) => view.test))].sort(collator.compare);
  const nameOrder = new Map(names.map((name, index) => [name, index]));
  for (const item of views) item.name = nameOrder.get(item.view.test) ?? 0;
  // A report's results stay together, in the report's order; results without one follow, by test name.
  return views
    .sort(
      (a, b) =>
        newestFirst(a.date, b.date) ||
        (a.report === b.report ? 0 : a.report < b.report ? -1 : 1) ||
        a.position - b.position ||
        a.name - b.name,
    )
    .map(({ view }) => view);
}

/** A report's header: its name, date, status and who performed it. */
const reportView = (report: DiagnosticReport): LabReportView => {
  const view: LabReportView = {
    id: report.id ?? '',
    name: conceptText(report.code) ?? '',
    status: report.status,
    performers: (report.performer ?? []).flatMap((performer) => present(performer.display) ?? []),
  };
  const date = present(report.effectiveDateTime) ?? present(report.effectivePeriod?.start) ?? present(report.issued);
  if (date !== undefined) view.date = date;
  const language = present(report.language);
  if (language !== undefined) view.language = language;
  return view;
};

/**
 * Results in the groups a patient reads them by: each report's together (wherever its results fall in the list),
 * and the results no report names by the day they were taken. Groups come in the order of their first result.
 */
export function groupLabResults(results: LabResultView[]): LabGroup[] {
  const groups = new Map<string, LabGroup>();
  for (const result of results) {
    const day = result.date?.slice(0, 10);
    const key = result.panel ? `report ${result.panel.id}` : `day ${day ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, results: [] };
      if (result.panel) group.report = result.panel;
      else if (day) group.day = day;
      groups.set(key, group);
    }
    group.results.push(result);
  }
  return [...groups.values()];
}

/** Whether a result, or one of its parts, is out of the ordinary (critical ones included). */
export const isAbnormal = (result: LabResultView): boolean =>
  result.flags.some((flag) => abnormalFlags.includes(flag)) || result.components.some(isAbnormal);

/** Whether a result, or one of its parts, is critical. */
export const isCritical = (result: LabResultView): boolean =>
  result.flags.some((flag) => criticalFlags.includes(flag)) || result.components.some(isCritical);
