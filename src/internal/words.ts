/**
 * What a catalog's words are made with, in any language: plurals, words by code, words that agree with their noun,
 * units of time and a countdown's clock. Pure functions with no state, so a language's words (a module of their own,
 * or a page's language pack bundled on its own) can use them without the elements' code.
 */

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * A count's words by the language's own plural rules (`Intl.PluralRules`): `one` for the singular, `other` for the
 * rest. A catalog binds it to its language once: `const words = plural('es')`, then `words(n, 'minuto', 'minutos')`.
 */
export const plural =
  (locale: string) =>
  (count: number, one: string, other: string): string => {
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
    return rules.select(count) === 'one' ? one : other;
  };

/** Words by code; a code without words is shown as it is, its hyphens as spaces. */
export const lookup =
  (words: Record<string, string>) =>
  (code: string): string =>
    words[code] ?? String(code).replace(/-/g, ' ');

/** The gender of the noun a word describes: `m` for masculine (the default), `f` for feminine. */
export type Noun = 'm' | 'f';

/** Words that are the same whatever they describe (English). */
export const genderless =
  (words: (code: string) => string) =>
  (code: string, _noun: Noun = 'm'): string =>
    words(code);

/** Words that agree with the noun they describe: the feminine ones where they differ, else the masculine. */
export const agreeing =
  (masculine: (code: string) => string, feminine: Record<string, string>) =>
  (code: string, noun: Noun = 'm'): string =>
    (noun === 'f' ? feminine[code] : undefined) ?? masculine(code);

/** A unit of time in a language's words, by that language's plural rules. */
export const unitsOf =
  (units: Record<string, [string, string]>, count: ReturnType<typeof plural>) =>
  (unit: string, value: number): string => {
    const [one, many] = units[unit] ?? [unit, unit];
    return count(value, one, many);
  };

/** Minutes and seconds as a countdown shows them (`1:05`). */
export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
