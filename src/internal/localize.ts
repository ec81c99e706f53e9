/**
 * Localization: each element speaks the language of the nearest `lang` attribute above it (across shadow roots),
 * then `<html lang>`, so two portals in different languages can share a page. Catalogs are plain objects typed
 * against the English one, so a missing Spanish string is a type error, not a blank on screen.
 */
import { composedParent } from './dom.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export { plural } from './words.js';

/** The languages the elements bring: English with their code, Spanish loaded when a page speaks it. */
export const locales = ['en', 'es'] as const;
/** A language the elements bring (`en`, `es`), or one a page registered (`registerLanguage`): a BCP 47 tag. */
export type Locale = string;

/** A message: a string, or a function of the values it shows. */
export type Message = string | ((...values: never[]) => string);
export type Catalog = Record<string, Message>;

/** Messages by key, in one language. */
export type Words = Partial<Record<string, Message>>;

/**
 * Words a page puts in place of an element's own, by language (`en`, `es`): `{ en: { heading: 'Sign in to Riverside
 * Family Medicine' } }`; or, for one of the elements an element shows inside it, by its tag first:
 * `{ 'pf-register-verify': { en: { heading: '…' } } }`, which come before words for every element. A message that
 * shows values may be given as a function of the same values, or as words that show none. Rendered as text, never
 * as HTML.
 */
export type MessageOverrides = Partial<Record<string, Words | Partial<Record<string, Words>>>>;

/** The catalogs' keys each element speaks with, to check the words a page gives it. */
const spokenKeys = new WeakMap<Element, Set<string>>();
/** The catalogs of the elements an element loads only when it shows them (see `speaksLater`). */
const laterCatalogs = new WeakMap<Element, () => Promise<Catalog[]>>();
const toldOverrides = new Set<string>();

/**
 * Tells the page's developer, once each, of words given for a key none of the element's catalogs has, or for a
 * language the elements do not speak: either would otherwise change nothing, with no word of why.
 */
function checkOverrides(element: Element, overrides: MessageOverrides | undefined): void {
  const keys = spokenKeys.get(element);
  // An element another one renders (a step of <pf-registration>) is given its words: that one checks them.
  const root = element.getRootNode();
  if (!overrides || !keys || (root instanceof ShadowRoot && root.host.localName.startsWith('pf-'))) return;
  const told = (what: string, words: string) => {
    const said = `${element.localName} ${what}`;
    if (toldOverrides.has(said)) return;
    toldOverrides.add(said);
    console.warn(`pf-portal-elements: <${element.localName}> messages ${words}`);
  };
  // Keys no catalog loaded has: those of an element loaded later may have them, so they are told once it is in.
  const unknown: string[] = [];
  const check = (byLanguage: Partial<Record<string, Words>>) => {
    for (const [language, messages] of Object.entries(byLanguage)) {
      if (spokenLocale(language)?.toLowerCase() !== language.toLowerCase()) {
        told(
          `lang ${language}`,
          `has words for "${language}", a language the elements do not speak (${spokenLocales().join(', ')}).`,
        );
        continue;
      }
      for (const [key, words] of Object.entries(messages ?? {})) {
        if (!keys.has(key)) unknown.push(key);
        else if (!sayable(words))
          told(`type ${key}`, `has words for "${key}" that are not text or a function; they are not shown.`);
      }
    }
  };
  const { scoped, byLanguage } = splitOverrides(overrides);
  check(byLanguage);
  for (const words of Object.values(scoped)) check(words ?? {});
  const tell = () => {
    for (const key of unknown) {
      if (!keys.has(key)) told(`key ${key}`, `has words for "${key}", which it does not say; they are not shown.`);
    }
  };
  const later = laterCatalogs.get(element);
  if (!unknown.length || !later) return tell();
  // Loading them loads nothing twice: they come with the code the element loads to show those elements.
  void later()
    .then((catalogs) => {
      speaksAlso(element, ...catalogs);
      laterCatalogs.delete(element);
    })
    .catch(() => undefined)
    .then(tell);
}

/** Words a page gave that can be said: text, or a function that returns it. */
const sayable = (words: unknown): words is Message => typeof words === 'string' || typeof words === 'function';

/** The words given for every element, by language, apart from those given for one element (by its `pf-` tag). */
function splitOverrides(overrides: MessageOverrides): {
  scoped: Partial<Record<string, Partial<Record<string, Words>>>>;
  byLanguage: Partial<Record<string, Words>>;
} {
  const scoped: Partial<Record<string, Partial<Record<string, Words>>>> = {};
  const byLanguage: Partial<Record<string, Words>> = {};
  for (const [name, value] of Object.entries(overrides)) {
    if (name.startsWith('pf-')) scoped[name] = value as Partial<Record<string, Words>>;
    else byLanguage[name] = value as Words;
  }
  return { scoped, byLanguage };
}

/** Adds the keys of the elements an element renders inside it, which it passes the page's words on to. */
export function speaksAlso(host: Element, ...catalogs: Catalog[]): void {
  const keys = spokenKeys.get(host) ?? new Set<string>();
  for (const catalog of catalogs) for (const key of Object.keys(catalog)) keys.add(key);
  spokenKeys.set(host, keys);
}

/**
 * Like `speaksAlso`, for the elements an element loads only when it shows them: their catalogs come with their code,
 * so the page's words are checked against them once they are loaded, and only when a word is for a key none of the
 * catalogs loaded has.
 */
export function speaksLater(host: Element, load: () => Promise<Catalog[]>): void {
  laterCatalogs.set(host, load);
}

/** The keys of a catalog's messages that are plain words, with nothing to fill in. */
export type PlainKey<T extends Catalog> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/** The English catalog's shape, which every other language must fill. */
export type Translation<T extends Catalog> = { [K in keyof T]: T[K] };

/** Another language's words for a catalog, loaded the first time an element speaks it (a module of their own). */
export type WordsLoader<T extends Catalog> = () => Promise<Translation<T>>;

/**
 * An element's words: English with its code, Spanish loaded when a page speaks it, and a name (`pf-sign-in`,
 * `common`) by which a language a page registers gives this catalog's words.
 */
export type Catalogs<T extends Catalog> = { name: string; en: T; es: WordsLoader<T> };

/** A language a page registers: its words for each catalog, by the catalog's name. */
export type LanguageWords = Partial<Record<string, Partial<Record<string, unknown>>>>;
/** Such words, or a function that loads them (an `import()` of their module, whose default export they are). */
export type LanguageSource =
  | LanguageWords
  | (() => Promise<LanguageWords | { default: LanguageWords }> | LanguageWords | { default: LanguageWords });

/** The languages pages registered, by their tag in lower case, with the tag as given. */
const registered = new Map<string, { tag: string; load: () => Promise<LanguageWords> }>();
/** Each catalog's loader of a registered language's words, made once so its words are loaded once. */
const registeredLoaders = new Map<string, WordsLoader<Catalog>>();

const tellOnce = new Set<string>();
/** Tells the page's developer something, once. */
const warnOnce = (said: string, ...also: unknown[]) => {
  if (tellOnce.has(said)) return;
  tellOnce.add(said);
  console.warn(`pf-portal-elements: ${said}`, ...also);
};

/**
 * Registers another language's words, for every element on the page: `registerLanguage('vi', () =>
 * import('pf-portal-elements/languages/vi.js'))`. The words load the first time an element speaks the language
 * (`lang="vi"`, or `vi-VN`), once for the page. A catalog or a message the words leave out is said in English, and
 * the console names what is missing. Elements already on the page in that language change to it.
 */
export function registerLanguage(tag: string, source: LanguageSource): void {
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(tag);
  } catch {
    throw new RangeError(`pf-portal-elements: registerLanguage: "${tag}" is not a BCP 47 language tag.`);
  }
  const key = canonical.toLowerCase();
  if ((locales as readonly string[]).includes(key))
    throw new RangeError(
      `pf-portal-elements: registerLanguage: the elements bring "${canonical}" already; give your own words for it with messages.`,
    );
  let loading: Promise<LanguageWords> | undefined;
  const load = () =>
    (loading ??= Promise.resolve(typeof source === 'function' ? source() : source).then((loaded) => {
      const words = loaded && 'default' in loaded && typeof loaded.default === 'object' ? loaded.default : loaded;
      if (!words || typeof words !== 'object') throw new TypeError(`the words of "${canonical}" are not an object`);
      return words as LanguageWords;
    }));
  registered.set(key, { tag: canonical, load });
  for (const [name] of registeredLoaders) if (name.startsWith(`${key} `)) registeredLoaders.delete(name);
  // Elements under that language change to it; those already speaking it (registered again) take the new words.
  for (const controller of hosts) controller.refresh(canonical);
}

/** The loader of one catalog's words in a registered language: only the messages the catalog has, text or function. */
const registeredWords = <T extends Catalog>(catalogs: Catalogs<T>, locale: string): WordsLoader<T> => {
  const key = `${locale.toLowerCase()} ${catalogs.name}`;
  let loader = registeredLoaders.get(key);
  if (!loader) {
    loader = () => {
      const language = registered.get(locale.toLowerCase());
      if (!language) return Promise.reject(new Error(`"${locale}" is not registered`));
      return language.load().then((pack) => {
        const given = pack[catalogs.name] ?? {};
        const words: Catalog = {};
        const missing: string[] = [];
        for (const name of Object.keys(catalogs.en)) {
          if (sayable(given[name])) words[name] = given[name];
          else missing.push(name);
        }
        if (missing.length)
          warnOnce(
            `the "${language.tag}" words for ${catalogs.name} leave out ${missing.join(', ')}; those are said in English.`,
          );
        return words;
      });
    };
    registeredLoaders.set(key, loader);
  }
  return loader as WordsLoader<T>;
};

/** The loader of a catalog's words in a language other than English. */
const loaderOf = <T extends Catalog>(catalogs: Catalogs<T>, locale: Locale): WordsLoader<T> =>
  locale === 'es' ? catalogs.es : registeredWords(catalogs, locale);

/** A catalog's words in one language, once loaded (in English for what a registered language leaves out). */
export const wordsOf = async <T extends Catalog>(catalogs: Catalogs<T>, locale: Locale): Promise<Translation<T>> =>
  locale === 'en' ? catalogs.en : { ...catalogs.en, ...(await loaderOf(catalogs, locale)()) };

/** The languages the elements speak on this page: theirs and those registered. */
export const spokenLocales = (): string[] => [...locales, ...[...registered.values()].map(({ tag }) => tag)];

/** The supported locale a BCP 47 tag asks for (`es-MX` → `es`), or English. */
export const toLocale = (tag: string | null | undefined): Locale => spokenLocale(tag) ?? 'en';

/**
 * The locale the elements speak for a BCP 47 tag, by the tag's lookup (RFC 4647: `zh-Hant-TW`, then `zh-Hant`, then
 * `zh`; `es_MX` read as `es-MX`), or `undefined` for a language not spoken. A registered language comes as it was
 * registered.
 */
export const spokenLocale = (tag: string | null | undefined): Locale | undefined => {
  const subtags = (tag ?? '').trim().toLowerCase().replace(/_/g, '-').split('-').filter(Boolean);
  for (let length = subtags.length; length > 0; length--) {
    const candidate = subtags.slice(0, length).join('-');
    const language = registered.get(candidate);
    if (language) return language.tag;
    const own = locales.find((locale) => locale === candidate);
    if (own) return own;
  }
  return undefined;
};

/**
 * The locale an element speaks under a `lang`; one the elements do not speak is told to the page's developer, once
 * per tag, since the patient would otherwise read English with no word of why.
 */
const localeUnder = (tag: string): Locale => {
  const locale = spokenLocale(tag);
  if (locale || !tag.trim()) return locale ?? 'en';
  warnOnce(
    `lang="${tag}" asks for a language the elements do not speak (${spokenLocales().join(', ')}); they speak English. Another language's words can be added with registerLanguage.`,
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

const hosts = new Set<{ refresh(registered?: string): void }>();
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
/** List formats, made once per language and type. */
const listFormats = new Map<string, Intl.ListFormat>();

/** Each language's words of each catalog, once loaded (or the failure that left it in English). */
const loadedWords = new WeakMap<WordsLoader<Catalog>, Catalog | 'failed'>();
const loadingWords = new WeakMap<WordsLoader<Catalog>, Promise<void>>();

/** Loads a language's words, once for the page, whichever element asks first. */
const loadWords = (loader: WordsLoader<Catalog>): Promise<void> => {
  let loading = loadingWords.get(loader);
  if (!loading) {
    loading = loader().then(
      (words) => void loadedWords.set(loader, words),
      (error: unknown) => {
        // The patient reads the element's English rather than nothing; the page's developer is told why.
        loadedWords.set(loader, 'failed');
        console.warn('pf-portal-elements: the words of a language could not be loaded; English is shown.', error);
      },
    );
    loadingWords.set(loader, loading);
  }
  return loading;
};

/** The locale controllers of each element, to wait for the words they are about to speak. */
const controllersOf = new WeakMap<Element, Set<LocaleController<Catalog>>>();

/**
 * The words an element is about to speak that are still loading (another language's, the first time the page speaks
 * it), or `undefined` when they are all there. An element waits for them before it renders, so it never shows a
 * moment of English on a Spanish page.
 */
export const wordsLoading = (host: Element): Promise<unknown> | undefined => {
  const loading = [...(controllersOf.get(host) ?? [])].flatMap((controller) => controller.loading ?? []);
  return loading.length ? Promise.all(loading) : undefined;
};

export class LocaleController<T extends Catalog> implements ReactiveController {
  locale: Locale = 'en';
  private readonly host: ReactiveControllerHost & Element;
  private readonly catalogs: Catalogs<T>;
  private checked?: MessageOverrides;
  /** The language the element is changing to, while its words load. */
  private switching?: Locale;

  constructor(host: ReactiveControllerHost & Element, catalogs: Catalogs<T>) {
    this.host = host;
    this.catalogs = catalogs;
    host.addController(this);
    speaksAlso(host, catalogs.en);
    const controllers = controllersOf.get(host) ?? new Set();
    controllers.add(this as unknown as LocaleController<Catalog>);
    controllersOf.set(host, controllers);
  }

  /** The load of the words of the element's language, while they are not there yet. */
  get loading(): Promise<void> | undefined {
    if (this.locale === 'en') return undefined;
    const loader = loaderOf(this.catalogs, this.locale) as unknown as WordsLoader<Catalog>;
    return loadedWords.has(loader) ? undefined : loadWords(loader);
  }

  /** The words of the element's language, or English while they load (or when they could not be). */
  private get words(): T {
    if (this.locale === 'en') return this.catalogs.en;
    const words = loadedWords.get(loaderOf(this.catalogs, this.locale) as unknown as WordsLoader<Catalog>);
    return words && words !== 'failed' ? (words as T) : this.catalogs.en;
  }

  hostConnected(): void {
    hosts.add(this);
    watchLang();
    this.switching = undefined;
    this.locale = localeUnder(langOf(this.host));
    void this.loading;
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** Before each render: the page's words, when they changed, are checked against what the element says. */
  hostUpdate(): void {
    const overrides = (this.host as { messages?: MessageOverrides }).messages;
    if (overrides === this.checked) return;
    this.checked = overrides;
    checkOverrides(this.host, overrides);
  }

  /**
   * Looks at the `lang` above the element again, and renders again when it changed. The page's observer cannot see
   * into shadow roots, where an element sets `lang` on what it renders: once this one has rendered in its new
   * language, the elements inside it look again too.
   */
  refresh(registered?: string): void {
    const locale = localeUnder(langOf(this.host));
    if (locale === (this.switching ?? this.locale)) {
      if (locale === registered) this.host.requestUpdate();
      return;
    }
    // The element speaks its language until the new one's words are in, then changes at once: what it says
    // meanwhile (a call's outcome) is in the language on screen, never a mix.
    this.switching = locale;
    const loader = locale === 'en' ? undefined : (loaderOf(this.catalogs, locale) as unknown as WordsLoader<Catalog>);
    const switchTo = () => {
      if (this.switching !== locale) return;
      this.switching = undefined;
      this.locale = locale;
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => {
        for (const controller of hosts) controller.refresh();
      });
    };
    if (loader && !loadedWords.has(loader)) void loadWords(loader).then(switchTo);
    else switchTo();
  }

  /** The message for a key in the element's language. */
  t<K extends keyof T>(key: K, ...values: T[K] extends (...args: infer A) => string ? A : []): string {
    const message = this.words[key] ?? this.catalogs.en[key];
    const said = () =>
      typeof message === 'function' ? (message as (...args: unknown[]) => string)(...values) : (message as string);
    // The page's words first (`messages` on the element: for its tag, then for every element), then its own.
    const overrides = (this.host as { messages?: MessageOverrides }).messages;
    if (!overrides) return said();
    const scoped = (overrides[this.host.localName] as Partial<Record<string, Words>> | undefined)?.[this.locale]?.[
      key as string
    ];
    const shared = (overrides[this.locale] as Words | undefined)?.[key as string];
    const own = sayable(scoped) ? scoped : sayable(shared) ? shared : undefined;
    if (typeof own === 'string') return own;
    if (!own) return said();
    try {
      return String((own as (...args: unknown[]) => unknown)(...values));
    } catch (error) {
      // The page's function failed: the element's own words, and the reason for its developer.
      console.warn(`pf-portal-elements: <${this.host.localName}> messages: "${String(key)}" failed`, error);
      return said();
    }
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
    const key = `${this.locale} ${type}`;
    let format = listFormats.get(key);
    if (!format) {
      format = new Intl.ListFormat(this.locale, { type });
      listFormats.set(key, format);
    }
    return format.format(values);
  }
}
