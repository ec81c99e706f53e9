/**
 * Localization: each element speaks the language of the nearest `lang` attribute above it (across shadow roots),
 * then `<html lang>`, so two portals in different languages can share a page. Catalogs are plain objects typed
 * against the English one, so a missing Spanish string is a type error, not a blank on screen.
 */
import { composedParent } from './dom.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];

/** A message: a string, or a function of the values it shows. */
export type Message = string | ((...values: never[]) => string);
export type Catalog = Record<string, Message>;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * A count's words by the language's own plural rules (`Intl.PluralRules`): `one` for the singular, `other` for the
 * rest. A catalog binds it to its language once: `const words = plural('es')`, then `words(n, 'minuto', 'minutos')`.
 */
export const plural =
  (locale: Locale) =>
  (count: number, one: string, other: string): string => {
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
    return rules.select(count) === 'one' ? one : other;
  };

/** The keys of a catalog's messages that are plain words, with nothing to fill in. */
export type PlainKey<T extends Catalog> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/** The English catalog's shape, which every other language must fill. */
export type Translation<T extends Catalog> = { [K in keyof T]: T[K] };

export type Catalogs<T extends Catalog> = { en: T } & Record<Exclude<Locale, 'en'>, Translation<T>>;

/** The supported locale a BCP 47 tag asks for (`es-MX` → `es`), or English. */
export const toLocale = (tag: string | null | undefined): Locale => spokenLocale(tag) ?? 'en';

/** The supported locale a BCP 47 tag names (`es-MX` → `es`, `es_MX` too), or `undefined` for one not spoken. */
export const spokenLocale = (tag: string | null | undefined): Locale | undefined => {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return locales.find((locale) => locale === primary);
};

const unspokenTold = new Set<string>();
/**
 * The locale an element speaks under a `lang`; one the elements do not speak is told to the page's developer, once
 * per tag, since the patient would otherwise read English with no word of why.
 */
const localeUnder = (tag: string): Locale => {
  const locale = spokenLocale(tag);
  if (locale || !tag.trim() || unspokenTold.has(tag)) return locale ?? 'en';
  unspokenTold.add(tag);
  console.warn(
    `pf-portal-elements: lang="${tag}" asks for a language the elements do not speak (${locales.join(', ')}); they speak English.`,
  );
  return 'en';
};

/** The `lang` in force at an element: the nearest one on it or above it, crossing shadow roots. */
export const langOf = (element: Element): string => {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return document.documentElement.lang;
};

const hosts = new Set<{ refresh(): void }>();
let observer: MutationObserver | undefined;

const watchLang = () => {
  // One observer for the whole page: any change of a `lang` attribute makes every element look again.
  observer ??= new MutationObserver(() => {
    for (const controller of hosts) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
};

/** Keeps an element's locale current and formats its messages, dates and numbers. */
/** Number formats, made once per language and style (a screen of results formats hundreds of numbers). */
const numberFormats = new Map<string, Intl.NumberFormat>();

export class LocaleController<T extends Catalog> implements ReactiveController {
  locale: Locale = 'en';
  private readonly host: ReactiveControllerHost & Element;
  private readonly catalogs: Catalogs<T>;

  constructor(host: ReactiveControllerHost & Element, catalogs: Catalogs<T>) {
    this.host = host;
    this.catalogs = catalogs;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    watchLang();
    this.locale = localeUnder(langOf(this.host));
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /**
   * Looks at the `lang` above the element again, and renders again when it changed. The page's observer cannot see
   * into shadow roots, where an element sets `lang` on what it renders: once this one has rendered in its new
   * language, the elements inside it look again too.
   */
  refresh(): void {
    const locale = localeUnder(langOf(this.host));
    if (locale === this.locale) return;
    this.locale = locale;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      for (const controller of hosts) controller.refresh();
    });
  }

  /** The message for a key in the element's language. */
  t<K extends keyof T>(key: K, ...values: T[K] extends (...args: infer A) => string ? A : []): string {
    const message = (this.catalogs[this.locale] as T)[key] ?? this.catalogs.en[key];
    return typeof message === 'function' ? (message as (...args: unknown[]) => string)(...values) : (message as string);
  }

  /** A date (epoch ms, a `Date` or an ISO string) as people read it in the element's language. */
  date(value: number | string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    return new Intl.DateTimeFormat(this.locale, options).format(new Date(value));
  }

  /** A time of day, in the device's time zone. */
  time(value: number | string | Date): string {
    return new Intl.DateTimeFormat(this.locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(value));
  }

  /**
   * The wait a 429 asks for (`Retry-After` seconds; a minute when the server did not say), as people are told it: the
   * time of day it ends, and whole minutes, at least one.
   */
  wait(retryAfter: number | undefined): { time: string; minutes: number } {
    const seconds = retryAfter ?? 60;
    return { time: this.time(Date.now() + seconds * 1000), minutes: Math.max(1, Math.ceil(seconds / 60)) };
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    const key = `${this.locale} ${options ? JSON.stringify(options) : ''}`;
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(this.locale, options);
      numberFormats.set(key, format);
    }
    return format.format(value);
  }

  /** A list of words joined as the language does it ("a, b and c"). */
  list(values: string[], type: Intl.ListFormatType = 'conjunction'): string {
    return new Intl.ListFormat(this.locale, { type }).format(values);
  }
}
