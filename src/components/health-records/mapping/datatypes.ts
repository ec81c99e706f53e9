/**
 * What every section's mapping needs from FHIR's datatypes: the words of a concept, codes, dates and their order,
 * references. Pure functions: no DOM, no I/O, no words of any language.
 */
import type { CodeableConcept, Period, Quantity, Range } from '../../../api/fhir/schemas.js';

/** A date as FHIR gives it: an ISO date or date-time, or words (`onsetString`, "about 2010"). */
export interface WhenView {
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a full date-time. */
  iso?: string;
  text?: string;
  /** An age (`onsetAge`: "at 45"). */
  age?: AgeView;
  /** Between two ages (`onsetRange`: "between 40 and 45"); either end may be open. */
  ages?: { low?: AgeView; high?: AgeView };
}

/** An age as FHIR's `Age` gives it: a number and a UCUM unit of time (`a` years, `mo`, `wk`, `d`, `h`, `min`). */
export interface AgeView {
  value: number;
  unit: string;
}

/** A string with something in it, trimmed; `undefined` for a missing or blank one. */
export const present = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** The object without its `undefined` properties, so a view carries only what the record says. */
export const compact = <T extends object>(value: T): T => {
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
export const firstCode = (concept: CodeableConcept | undefined): string | undefined => {
  for (const coding of concept?.coding ?? []) {
    const code = present(coding.code);
    if (code) return code;
  }
  return undefined;
};

export const hasCode = (concept: CodeableConcept | undefined, codes: readonly string[]): boolean =>
  concept?.coding?.some((coding) => coding.code !== undefined && codes.includes(coding.code)) ?? false;

export const when = (iso: string | undefined, text?: string): WhenView | undefined => {
  const date = present(iso);
  if (date) return { iso: date };
  const words = present(text);
  return words ? { text: words } : undefined;
};

/** Units of time an `Age` may be in, by their UCUM codes and the words records write them with. */
const ageUnits: Record<string, string> = {
  a: 'a',
  yr: 'a',
  year: 'a',
  years: 'a',
  mo: 'mo',
  month: 'mo',
  months: 'mo',
  wk: 'wk',
  week: 'wk',
  weeks: 'wk',
  d: 'd',
  day: 'd',
  days: 'd',
  h: 'h',
  hour: 'h',
  hours: 'h',
  min: 'min',
};

/** An `Age` (a Quantity of time), or `undefined` when it has no value; an age without a unit is in years. */
export const ageOf = (quantity: Quantity | undefined): AgeView | undefined => {
  if (quantity?.value === undefined) return undefined;
  const unit = present(quantity.code) ?? present(quantity.unit);
  return { value: quantity.value, unit: (unit && ageUnits[unit.toLowerCase()]) ?? 'a' };
};

/**
 * The when of a choice type (`onset[x]`, `abatement[x]`): a date-time or the start of a period, an age, a range of
 * ages, or words, in that order.
 */
export const whenOf = (choice: {
  dateTime?: string;
  period?: Period;
  age?: Quantity;
  range?: Range;
  string?: string;
  /** Which end of a period counts: its start (an onset) or its end (an abatement). */
  periodEnd?: 'start' | 'end';
}): WhenView | undefined => {
  const date = present(choice.dateTime) ?? present(choice.period?.[choice.periodEnd ?? 'start']);
  if (date) return { iso: date };
  const age = ageOf(choice.age);
  if (age) return { age };
  const low = ageOf(choice.range?.low);
  const high = ageOf(choice.range?.high);
  if (low || high) return { ages: compact({ low, high }) };
  return when(undefined, choice.string);
};

/**
 * A key that orders dates: the time in milliseconds, UTC for a date (`2020`, `2020-05`, `2020-05-01`) and by its
 * offset for a date-time. A date that does not parse counts as no date.
 */
export const dateKey = (iso: string | undefined): number | undefined => {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
};

/** Newest first; without a date last. */
export const newestFirst = (a: number | undefined, b: number | undefined): number => {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? 1 : -1;
};

/** Soonest first; without a date last. */
export const soonestFirst = (a: number | undefined, b: number | undefined): number => {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
};

export const collator = /* @__PURE__ */ new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Sorts by keys computed once per item, so a comparison never re-reads the resource. */
export const sortBy = <T, K>(items: T[], key: (item: T) => K, compare: (a: K, b: K) => number): T[] =>
  items
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ item }) => item);

/**
 * The id in a reference to a resource of the given type: `Type/id`, an absolute URL ending so, or either with a
 * version (`/_history/2`). String work rather than a pattern: it runs once for every result of every report.
 */
export const referencedId = (reference: string | undefined, type: string): string | undefined => {
  if (!reference) return undefined;
  const history = reference.indexOf('/_history/');
  const path = history === -1 ? reference : reference.slice(0, history);
  const at = path.lastIndexOf(`${type}/`);
  if (at === -1 || (at > 0 && path[at - 1] !== '/')) return undefined;
  const id = path.slice(at + type.length + 1).trim();
  return id === '' || id.includes('/') ? undefined : id;
};

/** The resource type a reference names (`Practitioner/12` → `Practitioner`). */
export const referencedType = (reference: string | undefined): string | undefined =>
  /(?:^|\/)([A-Z][A-Za-z]+)\/[^/]+(?:\/_history\/[^/]+)?$/.exec(present(reference) ?? '')?.[1];

/** Verification statuses that mean the record does not hold: it was refuted, or entered in error. */
export const unreliable = ['entered-in-error', 'refuted'];
