/**
 * A test's history: every result of one test, newest first, and what of it a chart can draw (the numbers in one
 * unit, oldest first, against the latest reference range).
 */
import { foldedWords } from '../../../internal/validation.js';
import { dateKey } from './datatypes.js';
import { abnormalFlags, type LabResultView, type LabTestKey } from './lab-results.js';

/** Whether two results are of one test: the same code, or, when either has none, the same name. */
export const sameTest = (a: LabTestKey, b: LabTestKey): boolean =>
  a.coding !== undefined && b.coding !== undefined
    ? a.coding === b.coding
    : a.name !== '' && foldedWords(a.name.trim()) === foldedWords(b.name.trim());

/** Whether a result's history can be asked for: it has a code, or at least a name. */
export const hasHistory = (result: LabResultView): boolean =>
  Boolean((result.of ?? result.key).coding ?? (result.of ?? result.key).name.trim());

/**
 * The search that finds a test's results on a FHIR server: by code (`code=system|code`) when the test has one, else
 * by name (`code:text`). A part (a component) is found through the result it is part of.
 */
export const historySearch = (result: LabResultView): Record<string, string> => {
  const key = result.of ?? result.key;
  return key.coding ? { code: key.coding } : { 'code:text': key.name.trim() };
};

/** One result as the chart draws it: when, how much, and whether it was out of range. */
export interface TrendPoint {
  result: LabResultView;
  time: number;
  value: number;
  /** Out of its range: flagged so by the record, or beyond the bounds it came with. */
  out: boolean;
}

export interface LabTrend {
  /** Every result of the test, newest first (also those the chart cannot draw). */
  results: LabResultView[];
  /** The unit the chart is drawn in: the newest numeric result's. */
  unit?: string;
  /** The results the chart draws, oldest first: dated numbers in the chart's unit. */
  points: TrendPoint[];
  /** The latest reference range in the chart's unit, drawn as a band. */
  band?: { low?: number; high?: number };
  /** Numbers in another unit than the chart's: in the table, not on the chart. */
  otherUnits: number;
}

const isOut = (result: LabResultView): boolean => {
  if (result.flags.some((flag) => abnormalFlags.includes(flag))) return true;
  const measure = result.measure;
  if (!measure) return false;
  return (
    (measure.low !== undefined && measure.value < measure.low) ||
    (measure.high !== undefined && measure.value > measure.high)
  );
};

/**
 * The history of the test a result is of, among results as `toLabResults` gives them (newest first): the results of
 * the same test, or, for a part, the same part of results of the same test.
 */
export function toLabTrend(results: LabResultView[], of: LabResultView): LabTrend {
  const history = of.of
    ? results
        .filter((result) => of.of && sameTest(result.key, of.of))
        .flatMap((result) => result.components.filter((part) => sameTest(part.key, of.key)))
    : results.filter((result) => sameTest(result.key, of.key));
  const unit = history.find((result) => result.amount)?.amount?.unit;
  const points: TrendPoint[] = [];
  let otherUnits = 0;
  let band: LabTrend['band'];
  for (const result of history) {
    if (!result.amount) continue;
    if (result.amount.unit !== unit) {
      otherUnits += 1;
      continue;
    }
    const time = dateKey(result.date);
    if (time === undefined) continue;
    // The newest range is the band: ranges change when a laboratory does, and the latest is the one that applies.
    if (!band && result.measure) {
      const { low, high } = result.measure;
      band = { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
    }
    points.push({ result, time, value: result.amount.value, out: isOut(result) });
  }
  return {
    results: history,
    ...(unit !== undefined ? { unit } : {}),
    points: points.reverse(),
    ...(band ? { band } : {}),
    otherUnits,
  };
}
