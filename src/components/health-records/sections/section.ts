/**
 * What a section of the records is: what it asks the FHIR server for, and how it shows what came back. The element
 * owns the layout and the navigation; `SectionController` owns loading and the states every section shares
 * (loading, error with Try again, empty, resources that could not be read); a section owns only its query and its
 * template.
 */
import type { TemplateResult } from 'lit';
import type { PortalClient } from '../../../api/client.js';
import type { Patient, ResourceOf, SearchableType } from '../../../api/fhir/schemas.js';
import type { LocaleController } from '../../../internal/localize.js';
import type { recordsMessages } from '../health-records.messages.js';
import type { AgeView, WhenView } from '../mapping/datatypes.js';

/** The sections the element can show, in the order it shows them. */
export const recordSections = [
  'diagnoses',
  'medications',
  'immunizations',
  'allergies',
  'procedures',
  'care-plans',
  'lab-results',
  'appointments',
] as const;
export type RecordSection = (typeof recordSections)[number];

export type RecordsCatalog = (typeof recordsMessages)['en'];
export type RecordsLocale = LocaleController<RecordsCatalog>;
/** The keys of messages that are plain words, with nothing to fill in. */
export type PlainMessage = {
  [K in keyof RecordsCatalog]: RecordsCatalog[K] extends string ? K : never;
}[keyof RecordsCatalog];

/** How many entries a section holds, or at least how many, when the server did not say. */
export interface SectionCount {
  value: number;
  atLeast: boolean;
}

/** What a section loaded: its entries, and how many resources the client could not read. */
export interface Loaded<T> {
  items: T[];
  skipped: number;
  /** Whether a search stopped at the client's most pages while the server had more. */
  capped?: boolean;
}

/** What a section's template may use from the element: its words, its formats, and shared pieces of layout. */
export interface SectionContext {
  readonly l10n: RecordsLocale;
  /** A date as FHIR gives it, in the patient's language. */
  when(value: WhenView | undefined): string | undefined;
  /** An age in words ("45 years"), or two ages as a range ("40–45 years"). */
  age(age: AgeView, to?: AgeView): string;
  /** A date-time with its weekday and time. */
  dateTime(iso: string | undefined): string | undefined;
  /** Terms and their values as a description list; the pairs without a value are left out. */
  facts(pairs: [string, string | TemplateResult | undefined][]): TemplateResult;
  /** A heading one level below the section's own; with an id, it can take focus (`tabindex=-1`). */
  subheading(words: string | TemplateResult, id?: string): TemplateResult;
  /** The server's clock, as the client keeps it (for what is upcoming and what is past). */
  serverNow(): number;
  /**
   * Words written in the record, marked with the language the record says they are in (`lang`) when it is not the
   * one the element speaks: a screen reader then reads "Asma" as Spanish on an English page.
   */
  said(words: string | undefined, language: string | undefined): string | TemplateResult | undefined;
}

/** What the element already knows that a section's loading may use, rather than asking the server again. */
export interface SectionShared {
  /** The signed-in patient's Patient resource, once read (undefined when it could not be). */
  patient(): Promise<Patient | undefined>;
}

/** One section: `load` runs when the section is shown and someone is signed in; `render` draws what it loaded. */
export interface Section<D extends Loaded<unknown>> {
  readonly id: RecordSection;
  /** The words for a section with nothing in it. */
  readonly empty: PlainMessage;
  load(client: PortalClient, signal: AbortSignal, shared: SectionShared): Promise<D>;
  /** Whether what it loaded is nothing at all (by default, no entries). */
  isEmpty?(data: D): boolean;
  /**
   * What is loaded of a load now, when the section reads more after its first screen (older pages, the rest of its
   * reports): the notices of what could not be read are about all of it.
   */
  loaded?(data: D): D;
  /** Whether a load already shown still reads on (the rest of its reports, after its first screen). */
  readingOn?(data: D): boolean;
  render(data: D, context: SectionContext): TemplateResult;
  /** What the overview, the records' first screen, shows of the section: what needs attention in it. */
  overview?(data: D, context: SectionContext): TemplateResult;
  /**
   * The count beside the section's name, when it is not the number of entries loaded: `atLeast` when the server
   * has more than it said (no total, pages left), so the count is never false.
   */
  count?(data: D): SectionCount;
}

/** The `load` of a section that is one search, every page of it, mapped to the section's entries. */
export const searchOf =
  <T extends SearchableType, V>(type: T, map: (resources: ResourceOf<T>[]) => V[]) =>
  async (client: PortalClient, signal: AbortSignal): Promise<Loaded<V>> => {
    const { resources, skipped, capped } = await client.searchAll(type, { signal });
    return { items: map(resources), skipped: skipped.length, capped };
  };
