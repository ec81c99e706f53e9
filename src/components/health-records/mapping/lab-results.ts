/**
 * Lab results: observations in the laboratory category or named by a lab report, with their report.
 */
import type {
  DiagnosticReport,
  Observation,
  ObservationComponent,
  Quantity,
  Range,
} from '../../../api/fhir/schemas.js';
import { collator, conceptText, dateKey, newestFirst, present, referencedId } from './datatypes.js';

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
