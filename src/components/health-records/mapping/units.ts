/**
 * Quantities written for people: UCUM units as a patient reads them (`10*3/uL` is 10³/µL, `m2` is m², an annotation
 * in braces is dropped), and values with the precision a result needs, not the fifteen digits a calculation left.
 */
import type { Quantity } from '../../../api/fhir/schemas.js';
import { present } from './datatypes.js';

const superscripts: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};
const superscript = (digits: string): string => [...digits].map((digit) => superscripts[digit] ?? digit).join('');

/** UCUM's bracketed units as people write them. */
const bracketed: Record<string, string> = {
  '[IU]': 'IU',
  '[iU]': 'IU',
  'mm[Hg]': 'mmHg',
  '[HPF]': 'HPF',
  '[LPF]': 'LPF',
  '[ppm]': 'ppm',
  '[ppb]': 'ppb',
  '[pH]': 'pH',
  '[degF]': '°F',
  Cel: '°C',
  '[in_i]': 'in',
  '[lb_av]': 'lb',
  '[oz_av]': 'oz',
  '[ft_i]': 'ft',
};

/** Whether a unit is written in UCUM's machine form rather than for people. */
const looksLikeUcum = (unit: string): boolean =>
  /10[*^]|\[|\{|\*|m[23]\b|(?:^|[^A-Za-z])u(?:g|L|l|mol|IU|U|m|eq)\b|\bCel\b/.test(unit);

/**
 * A UCUM unit as a patient reads it: powers of ten and exponents raised (10³/µL, m²), the micro prefix as µ,
 * bracketed units plain (mmHg, IU), and annotations in braces dropped, except one that names what is counted at the
 * start (`{cells}/uL` is cells/µL) and the body surface of a filtration rate (`{1.73_m2}` is 1.73 m²).
 */
export const unitForPeople = (unit: string): string => {
  let text = unit.trim();
  text = text.replace(/\{1\.73_?m2\}/g, '1.73 m²');
  text = text.replace(/^\{([^{}]+)\}(?=\/)/, '$1');
  text = text.replace(/\{[^{}]*\}/g, '');
  for (const [code, words] of Object.entries(bracketed)) text = text.split(code).join(words);
  text = text.replace(/10\*(-?\d+)/g, (_, power: string) => `10${superscript(power)}`);
  text = text.replace(/10\^(-?\d+)/g, (_, power: string) => `10${superscript(power)}`);
  // An exponent on a unit (m2, /min2, cm3): raised.
  text = text.replace(
    /([A-Za-zµ])(-?\d)(?![\d.])/g,
    (_, letter: string, power: string) => `${letter}${superscript(power)}`,
  );
  // The micro prefix: u before a unit of mass, volume, amount or activity.
  text = text.replace(/(^|[^A-Za-z])u(?=(?:g|L|l|mol|IU|U|m|eq|kat)\b)/g, '$1µ');
  text = text.replace(/\bmcg\b/g, 'µg');
  return text
    .replace(/\s*\/\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
};

/** The unit to show with a quantity: its own words when they are for people, else its UCUM code made readable. */
export const unitOfQuantity = (quantity: Quantity | undefined): string | undefined => {
  const unit = present(quantity?.unit);
  const code = present(quantity?.code);
  const written = unit && !looksLikeUcum(unit) ? unit : undefined;
  const shown = written ?? unitForPeople(unit ?? code ?? '');
  return shown === '' ? undefined : shown;
};

/** How many decimals a number is written with (`4.0` as a JSON number is 4: none). */
export const decimalsOf = (value: number): number => {
  const text = String(value);
  if (/e-/i.test(text)) return Number(text.split(/e-/i)[1] ?? 0) + (text.split('.')[1]?.split(/e/i)[0]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
};

/**
 * A value as a result needs it: as given when it has at most 3 decimals; otherwise rounded to 4 significant digits,
 * and never to fewer decimals than its reference range is written with (5.338218608238325 is 5.338).
 */
export const valueForPeople = (value: number, rangeDecimals = 0): string => {
  if (decimalsOf(value) <= 3) return String(value);
  const magnitude = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.min(decimalsOf(value), Math.max(rangeDecimals, 3 - magnitude, 0));
  return String(Number(value.toFixed(Math.min(decimals, 20))));
};

/** `7.2 %`, `< 5 mg/dL`: a quantity with its comparator and its unit, its value as a result needs it. */
export const quantityText = (quantity: Quantity | undefined, rangeDecimals?: number): string | undefined => {
  if (quantity?.value === undefined) return undefined;
  const comparator = present(quantity.comparator);
  const unit = unitOfQuantity(quantity);
  return `${comparator ? `${comparator} ` : ''}${valueForPeople(quantity.value, rangeDecimals)}${unit ? ` ${unit}` : ''}`;
};
