/**
 * Lab results: the newest first, a page at a time, with a filter by test name and the way to older results. The
 * first page and the lab reports come with the section; each older page of the server's comes when the patient
 * reaches the end of what is loaded.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PortalClient } from '../../../api/client.js';
import type { DiagnosticReport, Observation } from '../../../api/fhir/schemas.js';
import { CallController } from '../../../internal/call-controller.js';
import { holdsFocus, nextTask, whenIdle } from '../../../internal/dom.js';
import { foldedWords } from '../../../internal/validation.js';
import { referencedId } from '../mapping/datatypes.js';
import {
  abnormalFlags,
  criticalFlags,
  groupLabResults,
  isAbnormal,
  isCritical,
  isLaboratory,
  type LabFlag,
  type LabGroup,
  type LabMeasure,
  type LabPatient,
  type LabResultView,
  rangesByPatient,
  toLabResults,
} from '../mapping/lab-results.js';
import { hasHistory, historySearch, type LabTrend, toLabTrend } from '../mapping/lab-trends.js';
import { briefLoading } from '../section-controller.js';
import {
  dateOf,
  inNewestFirstOrder,
  LabReports,
  oldestOf,
  type PagesRead,
  readPages,
  SearchCursor,
} from './lab-pages.js';
import { renderTrendChart, renderTrendTable } from './lab-trend.js';
import type { Loaded, Section, SectionContext, SectionCount, SectionShared } from './section.js';

/** What the section loaded with its first page: the results so far, the reports, and the way to older pages. */
export interface LabsLoaded extends Loaded<LabResultView> {
  observations: Observation[];
  /** The patient's lab reports, read as far back as the results shown reach. */
  labReports: LabReports;
  /** How many results the server has, when it said (`Bundle.total`), with the uncategorized ones read. */
  total?: number;
  /**
   * Results read beside the laboratory search, which its total does not count: while its pages remain, older
   * reports may name more of them, so the total is then "or more".
   */
  uncounted: number;
  /** Whether what is loaded is the newest, newest first: the server sorted as asked, or every page was read. */
  newestFirst: boolean;
  /** The server ignored the sort, so every page was read to put the newest first. */
  readToSort: boolean;
  /**
   * Who the patient is (sex, date of birth), for results with several ranges to choose from: read beside the
   * results, and waited for only by results that need it.
   */
  patient: Promise<LabPatient>;
  pages?: SearchCursor<'Observation'>;
  /**
   * The results reports name outside the laboratory search, read after the first screen is drawn: while they are
   * read, and when that failed (the patient can try again). Absent once they are in, or when none were wanted.
   */
  completing?: 'reading' | 'failed';
  /**
   * Searches the server's results with these parameters, newest first, a page at a time: by test name (`code:text`)
   * over the whole record, or every result of one test (`historySearch`).
   */
  searchResults(params: Record<string, string>, signal: AbortSignal): SearchCursor<'Observation'>;
  /**
   * Reads the reports back to `since` (all of them for `undefined`), and the results without a category those from
   * `since` on name, beside those loaded.
   */
  readUncategorized(
    loaded: Observation[],
    since: number | undefined,
  ): Promise<{ resources: Observation[]; skipped: number }>;
}

/** Results the first screen shows, and each "Older results" adds. */
const labPageSize = 100;
/**
 * The rows of a page drawn in its first frame: as many as the window could show were the table to fill it (a row is
 * at least 48 px high: 51 px, one line, at the default type on a wide screen; two or three lines on a phone), and no
 * fewer than ten. The rest come a step at a time, each once the page is idle (the first once the first frame is
 * painted): a phone shows the first results without one long task building and laying out a hundred rows, and a key
 * pressed meanwhile is not kept waiting.
 */
const screenRows = (): number => Math.max(10, Math.ceil(window.innerHeight / 48));
/**
 * The time a step of drawing may take, in ms: its rows are built in one task and laid out and painted in the next
 * frame's, which takes about as long again, so each stays well under the 50 ms a task may take before a key pressed
 * meanwhile waits.
 */
const stepTime = 20;
/**
 * The rows of the next step: as many as the device drew in `stepTime` in the step before (its time over its rows),
 * four at least, two screens at most. The same page is drawn in bigger steps on a fast computer than on a slow phone.
 */
const stepRows = (msPerRow: number | undefined): number =>
  msPerRow === undefined ? 2 * screenRows() : Math.min(2 * screenRows(), Math.max(4, Math.floor(stepTime / msPerRow)));
/** Critical results gathered at the top of the section; the rest are marked where they are. */
const criticalShown = 5;
/** Results asked for by id at once (`_id=a,b,c`), so an address never grows too long. */
const idsPerSearch = 50;

/**
 * The results that reports dated within what is loaded name, but that the laboratory search did not bring: results
 * a server keeps without a category, which belong to a lab report all the same.
 */
function uncategorizedIds(reports: DiagnosticReport[], loaded: Observation[], since: number | undefined): string[] {
  const have = new Set(loaded.map((observation) => observation.id));
  const wanted = new Set<string>();
  for (const report of reports) {
    const date = dateOf(report);
    if (since !== undefined && (date === undefined || date < since)) continue;
    for (const result of report.result ?? []) {
      const id = referencedId(result.reference, 'Observation');
      if (id && !have.has(id)) wanted.add(id);
    }
  }
  return [...wanted];
}

/** Those results (`uncategorizedIds`), asked for by id, so what is read stays in proportion to what is shown. */
async function uncategorizedResults(
  client: PortalClient,
  ids: string[],
  signal: AbortSignal,
): Promise<{ resources: Observation[]; skipped: number }> {
  const found: { resources: Observation[]; skipped: number } = { resources: [], skipped: 0 };
  for (let at = 0; at < ids.length; at += idsPerSearch) {
    const batch = ids.slice(at, at + idsPerSearch);
    const result = await client.searchAll('Observation', { signal, params: { _id: batch.join(',') } });
    // Only what was asked for (a server that ignored _id would answer with other results), and only results
    // without the laboratory category: the others come with the laboratory search's own pages.
    found.resources.push(
      ...result.resources.filter((observation) => batch.includes(observation.id ?? '') && !isLaboratory(observation)),
    );
    found.skipped += result.skipped.length;
  }
  return found;
}

/** Whether a result's test is named with the term: its code's text or a coding's display, as `code:text` reads it. */
const namedWith = (observation: Observation, term: string, locale: string): boolean => {
  const wanted = foldedWords(term.trim(), locale);
  return [observation.code.text, ...(observation.code.coding ?? []).map((coding) => coding.display)].some(
    (words) => words !== undefined && foldedWords(words, locale).includes(wanted),
  );
};

/** A search by test name over every result the server holds, and how far it has come. */
interface LabSearch {
  term: string;
  /** The load it searched beside (a new load drops it). */
  from: LabsLoaded;
  state: 'searching' | 'done' | 'failed' | 'not-supported';
  observations: Observation[];
  items: LabResultView[];
  /** The server's count of matches, when it gave one. */
  total?: number;
  newestFirst: boolean;
  capped: boolean;
  pages?: SearchCursor<'Observation'>;
  /** The search's own signal: what it reads on (its next pages, their reports) stops with it. */
  signal?: AbortSignal;
}

/** How long typing may pause before the search goes to the server. */
const searchPauseMs = 300;

/** The most results of one test a trend reads: decades of monthly tests, and a bound on what a server can send. */
const historyMost = 1000;

/** A test's history the patient opened, and how far its reading came. */
interface LabHistory {
  of: LabResultView;
  /** The load it was opened from (a new load closes it). */
  from: LabsLoaded;
  state: 'loading' | 'done' | 'failed';
  trend?: LabTrend;
  /** Whether the server had more results of the test than a trend reads. */
  capped: boolean;
  /** How many of its results the table shows. */
  rows: number;
}

/**
 * Where a value falls against its range, on a track of 100: the range as a band, the value as a mark. Drawn for the
 * eye only (the range and the flag are in words beside it).
 */
const barOf = (
  measure: LabMeasure | undefined,
): { bandFrom: number; bandWidth: number; markFrom: number } | undefined => {
  if (!measure) return undefined;
  const { value, low, high } = measure;
  const points = [value, low, high].filter((point): point is number => point !== undefined);
  const least = Math.min(...points);
  const most = Math.max(...points);
  const room = (most - least) / 4 || Math.abs(most) / 4 || 1;
  const [from, to] = [least - room, most + room];
  const x = (point: number) => ((point - from) / (to - from)) * 100;
  const bandFrom = x(low ?? from);
  const bandTo = x(high ?? to);
  return { bandFrom, bandWidth: Math.max(1, bandTo - bandFrom), markFrom: Math.min(99, Math.max(1, x(value))) - 1 };
};

/** Resolves after the next frame is painted (or soon, in a tab that paints no frames). */
const painted = (): Promise<void> =>
  new Promise((resolve) => {
    const later = () => setTimeout(resolve);
    requestAnimationFrame(later);
    setTimeout(resolve, 200);
  });

/** The element the section draws in: it redraws on request, and its results can be found in what it drew. */
type RecordsHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

export class LabResultsSection implements Section<LabsLoaded> {
  readonly id = 'lab-results';
  readonly empty = 'emptyLabResults';

  private readonly host: RecordsHost;
  /** The server's pages read after the first, for the load they continue (a new load starts again). */
  private older?: { from: LabsLoaded; loaded: LabsLoaded };
  private filter = '';
  private page = 0;
  private loadingMore = false;
  /** The last "Older results" could not read the server's next page (the patient can press it again). */
  private moreFailed = false;
  private search?: LabSearch;
  /** The search over the whole record under way: a new term gives up the last one's. */
  private readonly searches: CallController;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private history?: LabHistory;
  /** The page (its first result, where it starts, the words searched) drawn whole, and the one being drawn. */
  private drawnWhole?: string;
  /**
   * The page being drawn a screen at a time: how many of its rows are drawn, whether more are on their way, its first
   * frame painted, and the time the last step took for each of its rows.
   */
  private drawing?: { page: string; rows: number; next?: boolean; firstFrame?: Promise<void>; msPerRow?: number };
  /** The reading of a test's history under way: opening another gives it up. */
  private readonly histories: CallController;
  /** The reading of the results reports name outside the laboratory search, for the load they complete. */
  private completion?: {
    from: LabsLoaded;
    done: Promise<void>;
    read: () => Promise<{ resources: Observation[]; skipped: number }>;
    signal: AbortSignal;
  };

  constructor(host: RecordsHost) {
    this.host = host;
    this.searches = new CallController(host);
    this.histories = new CallController(host);
  }

  async load(client: PortalClient, signal: AbortSignal, shared: SectionShared): Promise<LabsLoaded> {
    // A new load (another patient, a retry) starts at the newest results, unfiltered.
    this.filter = '';
    this.page = 0;
    this.moreFailed = false;
    this.stopSearch();
    this.search = undefined;
    this.closeHistory();
    const pages = new SearchCursor(
      client,
      'Observation',
      { category: 'laboratory', _sort: '-date', _count: String(labPageSize) },
      signal,
    );
    // The reports come a page at a time, the newest first, beside the results: only as far back as those shown.
    const reports = new LabReports(client, signal);
    // A server that ignores _count may send a few results a page: read on until the first screen is full.
    const patient = shared.patient().then((read): LabPatient => ({ gender: read?.gender, birthDate: read?.birthDate }));
    const [first] = await Promise.all([readPages(pages, labPageSize), reports.start()]);
    const categorized = first.resources;
    const opening = first.pages[0];
    let skipped = first.skipped;
    let more = first.more;
    let capped = first.capped;
    // Did the server sort as asked? Its self link keeps _sort when it says what it searched with, and its page must
    // be in that order. A server that ignored it may hold the newest on any page: read on to the end, saying so.
    const sortIgnored = Boolean(opening && (opening.self?.has('_sort') === false || !inNewestFirstOrder(categorized)));
    const readToSort = sortIgnored && more;
    if (readToSort) {
      const rest = await readPages(pages, Infinity);
      categorized.push(...rest.resources);
      skipped += rest.skipped;
      capped ||= rest.capped;
      more = false;
    }
    // Every report the results shown may belong to: back to the oldest of them, or all when they are all shown.
    const since = more ? oldestOf(categorized) : undefined;
    await reports.reachBack(since);
    // The first screen waits for the patient only when one of its results has ranges to choose from by sex or age.
    const who = rangesByPatient(categorized) ? await patient : undefined;
    const serverTotal = readToSort ? categorized.length : opening?.total;
    // The results reports name outside the laboratory search are read after the first screen is drawn: a round trip
    // the patient does not wait for. They join their reports when they come.
    const readUncategorized: LabsLoaded['readUncategorized'] = async (loaded, from) => {
      await reports.reachBack(from);
      return uncategorizedResults(client, uncategorizedIds(reports.list, loaded, from), signal);
    };
    const loaded: LabsLoaded = {
      observations: categorized,
      labReports: reports,
      patient,
      items: toLabResults(categorized, reports.list, who),
      skipped: skipped + reports.skipped,
      capped: capped || reports.capped,
      ...(serverTotal !== undefined ? { total: serverTotal } : {}),
      uncounted: 0,
      newestFirst: !capped && (!sortIgnored || readToSort || !more),
      readToSort,
      readUncategorized,
      searchResults: (params, searchSignal) =>
        new SearchCursor(
          client,
          'Observation',
          { ...params, _sort: '-date', _count: String(labPageSize) },
          searchSignal,
        ),
      ...(more ? { pages } : {}),
    };
    const wanted = uncategorizedIds(reports.list, categorized, since);
    if (!wanted.length) return loaded;
    const reading = { ...loaded, completing: 'reading' as const };
    // Sent once the first screen is painted: its answer is not parsed and mapped while the patient waits for it.
    void this.complete(reading, () => uncategorizedResults(client, wanted, signal), signal, painted());
    return reading;
  }

  /**
   * Reads the results reports name outside the laboratory search, for a load already shown, and puts them in it; on
   * a failure the section says so and offers to try again. A new load (another session, a retry) drops the reading.
   */
  private complete(
    data: LabsLoaded,
    read: () => Promise<{ resources: Observation[]; skipped: number }>,
    signal: AbortSignal,
    after?: Promise<void>,
  ): Promise<void> {
    const done = (async () => {
      try {
        await after;
        const extra = await read();
        const patient = await data.patient;
        if (signal.aborted) return;
        const { completing: _read, ...labs } = this.loaded(data);
        const observations = [...labs.observations, ...extra.resources];
        this.older = {
          from: data,
          loaded: {
            ...labs,
            observations,
            items: toLabResults(observations, labs.labReports.list, patient),
            skipped: labs.skipped + extra.skipped,
            ...(labs.total !== undefined ? { total: labs.total + extra.resources.length } : {}),
            uncounted: labs.uncounted + extra.resources.length,
          },
        };
      } catch {
        if (signal.aborted) return;
        this.older = { from: data, loaded: { ...this.loaded(data), completing: 'failed' } };
      }
      this.host.requestUpdate();
    })();
    this.completion = { from: data, done, read, signal };
    return done;
  }

  /** Reads again the rest of the reports, after it failed; the patient is taken to the first result that came. */
  private async completeAgain(data: LabsLoaded): Promise<void> {
    const labs = this.loaded(data);
    const completion = this.completion?.from === data ? this.completion : undefined;
    if (labs.completing !== 'failed' || !completion) return;
    const before = new Set(labs.items.map((item) => item.id));
    this.older = { from: data, loaded: { ...labs, completing: 'reading' } };
    this.host.requestUpdate();
    await this.complete(data, completion.read, completion.signal);
    await this.host.updateComplete;
    if (!holdsFocus(this.host)) return;
    const rows = [...this.host.renderRoot.querySelectorAll<HTMLElement>('.lab-table tbody tr')];
    const came = rows.find((row) => !before.has(row.dataset['id'] ?? '')) ?? rows[0];
    came?.querySelector<HTMLElement>('th')?.focus();
  }

  /** The rest of the reports is still being read for a load already shown. */
  readingOn(data: LabsLoaded): boolean {
    return this.loaded(data).completing === 'reading';
  }

  /** Nothing on record only when there is no result and no lab report at all. */
  isEmpty(data: LabsLoaded): boolean {
    return data.items.length === 0 && data.labReports.list.length === 0;
  }

  /**
   * The server's total when it gave one ("or more" while results it does not count may come); else what is loaded,
   * "or more" while pages remain.
   */
  count(data: LabsLoaded): SectionCount {
    const labs = this.loaded(data);
    return labs.total !== undefined
      ? {
          value: Math.max(labs.total, labs.items.length),
          atLeast: Boolean(labs.capped || labs.completing || (labs.pages && labs.uncounted)),
        }
      : { value: labs.items.length, atLeast: Boolean(labs.pages) || Boolean(labs.capped) };
  }

  /** What is loaded of this load now: its first page, the rest of its reports, and the older pages read since. */
  loaded(data: LabsLoaded): LabsLoaded {
    return this.older?.from === data ? this.older.loaded : data;
  }

  /** Changes what the patient sees of the section (the filter, the page, whether more is coming) and redraws. */
  private set(change: { filter?: string; page?: number; loadingMore?: boolean; moreFailed?: boolean }): void {
    this.filter = change.filter ?? this.filter;
    this.page = change.page ?? this.page;
    this.loadingMore = change.loadingMore ?? this.loadingMore;
    this.moreFailed = change.moreFailed ?? this.moreFailed;
    this.host.requestUpdate();
  }

  /** One page older: from what is loaded, or the server's next page when the patient reaches the end of it. */
  private async onOlder(data: LabsLoaded, locale: string): Promise<void> {
    if (this.loadingMore) return;
    const needed = (this.page + 2) * labPageSize;
    const search = this.search?.from === data && this.search.state === 'done' ? this.search : undefined;
    const labs = this.loaded(data);
    // The rest of the first screen's reports first: the next page is read beside them.
    const completing = this.completion?.from === data && labs.completing === 'reading' ? this.completion : undefined;
    const fromServer = search
      ? search.observations.length < needed && search.pages
      : labs.observations.length < needed && labs.pages;
    if (completing || fromServer) {
      // Said at once, and the button waits: a second press never reads the same pages twice.
      this.set({ loadingMore: true, moreFailed: false });
      let read = true;
      try {
        await completing?.done;
        if (search) {
          if (search.observations.length < needed && search.pages) read = await this.readMoreFound(search, needed);
        } else {
          const now = this.loaded(data);
          if (now.observations.length < needed && now.pages) read = await this.readMoreLoaded(data, now, needed);
        }
        // Drawn in a task after the one that read and mapped the pages, as a section's first answer is.
        await nextTask();
      } finally {
        this.set({ loadingMore: false, moreFailed: !read });
      }
      // The patient stays where they are, told the page could not be read, with the button to ask again.
      if (!read) return;
    }
    if ((this.page + 1) * labPageSize < this.shown(data, locale).length) await this.turnTo(this.page + 1);
  }

  /** The server's next pages of the section's own search. */
  private async readMoreLoaded(data: LabsLoaded, labs: LabsLoaded, needed: number): Promise<boolean> {
    const pages = labs.pages;
    if (!pages) return true;
    let read: PagesRead<'Observation'> | undefined;
    try {
      // As many of the server's pages as the next screen needs: a server that ignores _count may send few a page.
      read = await readPages(pages, needed - labs.observations.length);
      const reportsSkipped = labs.labReports.skipped;
      const extra = await labs.readUncategorized(
        [...labs.observations, ...read.resources],
        read.more ? oldestOf(read.resources) : undefined,
      );
      const patient = await labs.patient;
      // A new load (another session, a retry) may have started meanwhile: a page of the old one is dropped.
      if (this.loaded(data) !== labs) return true;
      const observations = [...labs.observations, ...read.resources, ...extra.resources];
      // The results a failed reading of the first screen's reports left out are read again with these (`since` is
      // older than they are).
      const { pages: _done, completing: _read, ...rest } = labs;
      this.older = {
        from: data,
        loaded: {
          ...rest,
          observations,
          items: toLabResults(observations, labs.labReports.list, patient),
          skipped: labs.skipped + read.skipped + extra.skipped + labs.labReports.skipped - reportsSkipped,
          capped: Boolean(labs.capped || read.capped || labs.labReports.capped),
          ...(labs.total !== undefined ? { total: labs.total + extra.resources.length } : {}),
          uncounted: labs.uncounted + extra.resources.length,
          ...(read.more ? { pages } : {}),
        },
      };
    } catch {
      // Nothing read is lost, and the button stays: the patient can ask again, and the same pages come.
      if (read) pages.putBack(read.pages);
      // A load given up meanwhile (another session, a retry) failed no one.
      return this.loaded(data) !== labs;
    }
    return true;
  }

  /** The server's next pages of a search by name, with the reports of those older than the reports read. */
  private async readMoreFound(search: LabSearch, needed: number): Promise<boolean> {
    const pages = search.pages;
    if (!pages) return true;
    let read: PagesRead<'Observation'> | undefined;
    try {
      read = await readPages(pages, needed - search.observations.length);
      if (search.signal) await search.from.labReports.naming(read.resources, search.signal);
      const patient = await search.from.patient;
      if (this.search !== search) return true;
      const observations = [...search.observations, ...read.resources];
      const { pages: _pages, ...rest } = search;
      this.search = {
        ...rest,
        observations,
        items: toLabResults(observations, search.from.labReports.list, patient),
        capped: search.capped || read.capped,
        ...(read.more ? { pages } : {}),
      };
    } catch {
      // Nothing read is lost, and the button stays: the patient can ask again.
      if (read) pages.putBack(read.pages);
      // A search given up meanwhile (the patient typed another term) failed no one.
      return this.search !== search;
    }
    return true;
  }

  /** Shows another page and takes the patient to its first result (the count, a live region, says where they are). */
  private async turnTo(page: number): Promise<void> {
    this.set({ page });
    await this.host.updateComplete;
    if (!holdsFocus(this.host)) return;
    const first = this.host.renderRoot.querySelector<HTMLElement>('.lab-table tbody th');
    (first?.querySelector('button') ?? first)?.focus();
  }

  /** What the patient typed: the search goes to the server once typing pauses. */
  private onFilter(data: LabsLoaded, term: string, locale: string): void {
    this.stopSearch();
    this.search = undefined;
    this.set({ filter: term, page: 0, moreFailed: false });
    if (!term.trim()) return;
    this.search = this.searchOf(data, term, 'searching');
    this.searchTimer = setTimeout(() => void this.runSearch(data, term, locale), searchPauseMs);
  }

  /** Opens the history of a result's test: every result of it the server holds, read a page at a time. */
  private async openHistory(data: LabsLoaded, of: LabResultView): Promise<void> {
    this.closeHistory();
    const history: LabHistory = { of, from: data, state: 'loading', capped: false, rows: labPageSize };
    this.history = history;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#trend-heading')?.focus();
    if (this.history !== history) return;
    const labs = this.loaded(data);
    const outcome = await this.histories.run(async (signal) => {
      const pages = labs.searchResults(historySearch(of), signal);
      const read = await readPages(pages, historyMost);
      pages.close();
      // Results without the laboratory category count when a report names them: older reports are asked for.
      await labs.labReports.naming(
        read.resources.filter((observation) => !isLaboratory(observation)),
        signal,
      );
      return { ...read, patient: await labs.patient };
    });
    if (!outcome || this.history !== history) return;
    // Up to a thousand results, read, then mapped, then drawn, each in a task of its own: on a phone no one task
    // does two of them.
    await nextTask();
    if (this.history !== history) return;
    // A server that ignores `code` answers with every result: only the test's own are kept.
    const done: LabHistory = outcome.ok
      ? {
          ...history,
          state: 'done',
          trend: toLabTrend(toLabResults(outcome.value.resources, labs.labReports.list, outcome.value.patient), of),
          capped: outcome.value.more || outcome.value.capped,
        }
      : { ...history, state: 'failed' };
    await nextTask();
    if (this.history !== history) return;
    this.history = done;
    this.host.requestUpdate();
  }

  /** The table's next values; the first of them takes focus. */
  private async moreValues(history: LabHistory): Promise<void> {
    if (this.history !== history) return;
    this.history = { ...history, rows: history.rows + labPageSize };
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelectorAll<HTMLElement>('.trend-table tbody th').item(history.rows)?.focus();
  }

  /** Back to the results, where the patient left them: the test they opened takes focus again. */
  private async leaveHistory(): Promise<void> {
    const id = this.history?.of.id ?? '';
    this.closeHistory();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`.lab-table [data-result="${CSS.escape(id)}"]`)?.focus();
  }

  private closeHistory(): void {
    this.histories.cancel();
    this.history = undefined;
  }

  private stopSearch(): void {
    clearTimeout(this.searchTimer);
    this.searches.cancel();
  }

  private searchOf(data: LabsLoaded, term: string, state: LabSearch['state']): LabSearch {
    return { term, from: data, state, observations: [], items: [], newestFirst: true, capped: false };
  }

  /**
   * Every result the server holds whose test is named with the term, newest first: what the count says is then
   * true of the whole record. A server that does not know `code:text` answers with results of every name: then the
   * filter stays on the results loaded, and says so.
   */
  private async runSearch(data: LabsLoaded, term: string, locale: string): Promise<void> {
    const labs = this.loaded(data);
    const outcome = await this.searches.run(async (signal): Promise<LabSearch> => {
      const pages = labs.searchResults({ category: 'laboratory', 'code:text': term.trim() }, signal);
      const page = await pages.next();
      const observations = [...(page?.resources ?? [])];
      const understood =
        page?.self?.has('code:text') !== false &&
        observations.every((observation) => namedWith(observation, term, locale));
      if (!understood) {
        pages.close();
        return this.searchOf(data, term, 'not-supported');
      }
      let capped = Boolean(page?.capped);
      // A server that ignores _count may send few a page; one that ignored the sort may hold the newest match on any
      // page (the matches are few: then all are read).
      const rest = await readPages(pages, labPageSize - observations.length);
      observations.push(...rest.resources);
      capped ||= rest.capped;
      const sortIgnored = page?.self?.has('_sort') === false || !inNewestFirstOrder(observations);
      if (sortIgnored && pages.more) {
        const all = await readPages(pages, Infinity);
        observations.push(...all.resources);
        capped ||= all.capped;
      }
      const more = pages.more;
      // The reports of matches older than the reports read: a search reaches back years.
      await labs.labReports.naming(observations, signal);
      const patient = await labs.patient;
      return {
        ...this.searchOf(data, term, 'done'),
        observations,
        items: toLabResults(observations, labs.labReports.list, patient),
        ...(page?.total !== undefined && !sortIgnored ? { total: page.total } : {}),
        newestFirst: !capped && (!sortIgnored || !more),
        capped,
        signal,
        ...(more ? { pages } : {}),
      };
    });
    // Drawn in a task after the one that read and mapped the matches.
    await nextTask();
    if (!outcome || this.filter !== term) return;
    this.search = outcome.ok ? outcome.value : this.searchOf(data, term, 'failed');
    this.host.requestUpdate();
  }

  /** The results the patient pages through: a search's, those loaded filtered by name, or all those loaded. */
  private shown(data: LabsLoaded, locale: string): LabResultView[] {
    const labs = this.loaded(data);
    const search = this.search?.from === data ? this.search : undefined;
    if (!search) return labs.items;
    if (search.state === 'done') return search.items;
    if (search.state !== 'not-supported') return [];
    const filter = foldedWords(this.filter.trim(), locale);
    return labs.items.filter((item) => foldedWords(item.test, locale).includes(filter));
  }

  render(data: LabsLoaded, context: SectionContext): TemplateResult {
    const { l10n } = context;
    const t = l10n.t.bind(l10n);
    const labs = this.loaded(data);
    // Reports without a single result shown: what is true, not "no lab results on record".
    if (!labs.items.length) {
      return labs.completing
        ? this.renderCompleting(data, labs, context)
        : html`<p>${t('labReportsWithoutResults')}</p>`;
    }
    if (this.history?.from === data) return this.renderHistory(data, this.history, context);
    const term = this.filter.trim();
    const search = term && this.search?.from === data ? this.search : undefined;
    const list = this.shown(data, l10n.locale);
    // One page at a time: thousands of results never sit in the page at once.
    const start = Math.min(this.page * labPageSize, Math.max(0, list.length - 1));
    const page = list.slice(start, start + labPageSize);
    // More is older only while the list or the server has more: "the oldest" is never said while pages remain.
    const morePages = !search
      ? labs.pages
      : search.state === 'done'
        ? search.pages
        : search.state === 'not-supported'
          ? labs.pages
          : undefined;
    const settled = !search || search.state === 'done' || search.state === 'not-supported';
    const open = (item: LabResultView) => void this.openHistory(data, item);
    const hasOlder = start + labPageSize < list.length || Boolean(morePages);
    // Never a false count: the server's total, or what is read and "or more" while pages remain.
    const total = search?.state === 'done' ? search.total : undefined;
    const counted: SectionCount = !search
      ? this.count(data)
      : total !== undefined
        ? { value: Math.max(total, list.length), atLeast: false }
        : { value: list.length, atLeast: Boolean(morePages) };
    const count = counted.atLeast ? t('orMore', l10n.number(counted.value)) : l10n.number(counted.value);
    const newestFirst = search?.state === 'done' ? search.newestFirst : labs.newestFirst;
    const searchWords = !search
      ? undefined
      : search.state === 'searching'
        ? t('searching', term)
        : search.state === 'failed'
          ? t('searchFailed')
          : search.state === 'not-supported'
            ? t('filtered', list.length)
            : list.length
              ? t('found', count, list.length === 1 && !morePages, term)
              : t('notFound', term);
    return html`
      ${term ? nothing : this.renderAttention(labs.items, context, open)}
      <div class="toolbar">
        <label for="lab-filter">${t('filterLabel')}</label>
        <p class="hint" id="lab-filter-hint">${t('filterHint')}</p>
        <input
          id="lab-filter"
          type="search"
          aria-describedby="lab-filter-hint lab-count"
          .value=${this.filter}
          @input=${(event: InputEvent) => this.onFilter(data, (event.target as HTMLInputElement).value, l10n.locale)}
        />
        <p class="hint" id="lab-count" role="status">
          ${searchWords ? `${searchWords} ` : nothing}
          ${settled && page.length ? t('showing', l10n.number(start + 1), l10n.number(start + page.length), count, newestFirst) : nothing}
        </p>
        ${
          search?.state === 'failed'
            ? html`<p>
                <button type="button" class="secondary" @click=${() => this.onFilter(data, this.filter, l10n.locale)}>
                  ${t('searchAgain')}
                </button>
              </p>`
            : nothing
        }
      </div>
      ${labs.readToSort ? html`<p class="notice">${t('readToSort', labs.items.length)}</p>` : nothing}
      ${labs.completing === 'failed' && !search ? this.renderCompleting(data, labs, context) : nothing}
      <p id="trend-hint" hidden>${t('trendHint')}</p>
      ${
        settled
          ? this.drawnOf(groupLabResults(page), `${start} ${term} ${page[0]?.id ?? ''}`).map((group) =>
              this.renderGroup(group, context, open),
            )
          : nothing
      }
      ${labs.completing === 'reading' && !search ? this.renderCompleting(data, labs, context) : nothing}
      ${
        settled && (list.length || hasOlder)
          ? html`<div class="more">
              <button
                type="button"
                class="secondary"
                ?disabled=${start === 0}
                @click=${() => void this.turnTo(this.page - 1)}
              >
                ${t('newer')}
              </button>
              ${
                hasOlder
                  ? html`<button
                      type="button"
                      class="secondary"
                      ?disabled=${this.loadingMore}
                      @click=${() => void this.onOlder(data, l10n.locale)}
                    >
                      ${this.loadingMore ? t('loadingMore') : t('older')}
                    </button>`
                  : html`<p class="hint">${t('allLoaded')}</p>`
              }
              ${this.moreFailed ? html`<p class="notice" role="alert">${t('olderFailed')}</p>` : nothing}
            </div>`
          : nothing
      }
    `;
  }

  /**
   * A page's reports as far as they are drawn yet: about a screen of rows in its first frame, then a step more each
   * time the page is idle (`stepRows`), until the page is whole. A page already drawn whole (the same page redrawn: a
   * report that came in, a language changed) is drawn whole at once, so nothing the patient sees goes away.
   */
  private drawnOf(groups: LabGroup[], page: string): LabGroup[] {
    if (page === this.drawnWhole) return groups;
    const rows = (result: LabResultView) => 1 + result.components.length;
    const all = groups.reduce((sum, group) => sum + group.results.reduce((n, result) => n + rows(result), 0), 0);
    if (this.drawing?.page !== page) {
      this.drawing = { page, rows: screenRows() };
      this.timeStep(this.drawing, this.drawing.rows);
    }
    const drawing = this.drawing;
    if (all <= drawing.rows) {
      this.drawnWhole = page;
      this.drawing = undefined;
      return groups;
    }
    if (!drawing.next) {
      drawing.next = true;
      const more = () =>
        whenIdle(() => {
          if (this.drawing !== drawing) return;
          drawing.next = false;
          const rows = stepRows(drawing.msPerRow);
          drawing.rows += rows;
          this.host.requestUpdate();
          this.timeStep(drawing, rows);
        }, 100);
      // Each step waits for the first frame to be painted (the later ones find it painted) and the page to be idle.
      drawing.firstFrame ??= painted();
      void drawing.firstFrame.then(more);
    }
    const shown: LabGroup[] = [];
    let drawn = 0;
    for (const group of groups) {
      if (drawn >= drawing.rows) break;
      const results: LabResultView[] = [];
      for (const result of group.results) {
        if (drawn >= drawing.rows) break;
        results.push(result);
        drawn += rows(result);
      }
      shown.push(results.length === group.results.length ? group : { ...group, results });
    }
    return shown;
  }

  /**
   * Times a step of drawing (asked for: an update is under way or requested), from now until the records have drawn
   * it: the next step's size is made to fit it.
   */
  private timeStep(drawing: NonNullable<LabResultsSection['drawing']>, rows: number): void {
    const start = performance.now();
    void this.host.updateComplete.then(() => {
      drawing.msPerRow = (performance.now() - start) / rows;
    });
  }

  /** The rest of the reports while it is read (a placeholder's line), or that it failed, with Try again. */
  private renderCompleting(data: LabsLoaded, labs: LabsLoaded, context: SectionContext): TemplateResult {
    const t = context.l10n.t.bind(context.l10n);
    return labs.completing === 'failed'
      ? html`<div class="summary" role="alert">
          <p>${t('reportResultsFailed')}</p>
          <button type="button" class="secondary" @click=${() => void this.completeAgain(data)}>
            ${t('readAgain')}
          </button>
        </div>`
      : html`<p class="visually-hidden">${t('reportResultsLoading')}</p>
          <div class="skeleton" aria-hidden="true"><span></span></div>`;
  }

  /** A test's history: its chart and its table, with the way back to the results. */
  private renderHistory(data: LabsLoaded, history: LabHistory, context: SectionContext): TemplateResult {
    const t = context.l10n.t.bind(context.l10n);
    const name = history.of.test || t('unnamed');
    const trend = history.trend;
    const cells = {
      value: (item: LabResultView) => this.renderValue(item, context),
      range: (item: LabResultView) => this.renderRange(item.range, context),
    };
    return html`<div class="trend">
      <p>
        <button type="button" class="link back" @click=${() => void this.leaveHistory()}>${t('backToResults')}</button>
      </p>
      ${context.subheading(t('trendHeading', name), 'trend-heading')}
      <p class="hint" role="status">
        ${
          history.state === 'loading'
            ? t('trendLoading', name)
            : history.state === 'failed'
              ? t('trendFailed')
              : trend
                ? t('trendCount', trend.results.length, history.capped)
                : nothing
        }
      </p>
      ${
        history.state === 'failed'
          ? html`<p>
              <button type="button" class="secondary" @click=${() => void this.openHistory(data, history.of)}>
                ${t('readAgain')}
              </button>
            </p>`
          : nothing
      }
      ${
        trend
          ? html`${renderTrendChart(trend, name, context)}
            ${trend.otherUnits ? html`<p class="notice">${t('trendOtherUnits', trend.otherUnits)}</p>` : nothing}
            ${renderTrendTable(trend, name, history.rows, cells, context)}
            ${
              trend.results.length > history.rows
                ? html`<div class="more">
                    <button type="button" class="secondary" @click=${() => void this.moreValues(history)}>
                      ${t('moreValues')}
                    </button>
                  </div>`
                : nothing
            }`
          : nothing
      }
    </div>`;
  }

  /**
   * On the overview: the critical results, and the latest report with how many of its results are out of range.
   */
  overview(data: LabsLoaded, context: SectionContext): TemplateResult {
    const t = context.l10n.t.bind(context.l10n);
    const { items, completing } = this.loaded(data);
    // The latest report is told whole, or not yet.
    if (completing === 'reading') return html`${this.renderAttention(items, context)}${briefLoading(context)}`;
    if (completing === 'failed') return html`<p>${t('overviewError', t('lab-results'))}</p>`;
    const latest = groupLabResults(items.slice(0, labPageSize))[0];
    if (!latest) return html`<p>${t(data.labReports.list.length ? 'labReportsWithoutResults' : 'emptyLabResults')}</p>`;
    const name = latest.report?.name || t('labReport');
    const day = latest.report?.date ?? latest.day;
    return html`${this.renderAttention(items, context)}
      <p>
        ${t('latestResults', name, context.when(day ? { iso: day } : undefined), latest.results.filter(isAbnormal).length, latest.results.length)}
      </p>`;
  }

  /**
   * The critical results among those loaded, gathered above everything else with what to do about them: a patient
   * must not find a critically high value second to last on the page. On the overview (no `open`) their names
   * are words, and the list has no heading of its own.
   */
  private renderAttention(
    items: LabResultView[],
    context: SectionContext,
    open?: (item: LabResultView) => void,
  ): TemplateResult | typeof nothing {
    const critical = items.filter(isCritical);
    if (!critical.length) return nothing;
    const { l10n, when } = context;
    const t = l10n.t.bind(l10n);
    const shown = critical.slice(0, criticalShown);
    const parts = (item: LabResultView): LabResultView[] =>
      item.flags.some((flag) => criticalFlags.includes(flag)) ? [item] : item.components.filter(isCritical);
    return html`<div class="attention">
      ${open ? context.subheading(t('criticalHeading')) : html`<p><strong>${t('criticalHeading')}</strong></p>`}
      <p>${t('criticalGuidance')}</p>
      <ul>
        ${shown.flatMap(parts).map(
          (item) =>
            html`<li>
              <span class="name">${this.renderName(item, context, open)}</span>
              ${this.renderValue(item, context)}
              ${item.date ? html`<span class="when">${when({ iso: item.date })}</span>` : nothing}
            </li>`,
        )}
      </ul>
      ${critical.length > criticalShown ? html`<p>${t('moreCritical', critical.length - criticalShown)}</p>` : nothing}
    </div>`;
  }

  /**
   * One report (or one day of results no report names) as a compact table: its date, status and performer said once
   * above it; a row per test with its value, flag and range. Narrow screens reflow the rows; nothing scrolls sideways.
   */
  private renderGroup(group: LabGroup, context: SectionContext, open: (item: LabResultView) => void): TemplateResult {
    const { l10n, when } = context;
    const t = l10n.t.bind(l10n);
    const report = group.report;
    const name = report
      ? report.name || t('labReport')
      : group.day
        ? t('resultsOfDay', when({ iso: group.day }) ?? group.day)
        : t('resultsUndated');
    const about = report
      ? [
          report.date ? when({ iso: report.date }) : undefined,
          t('statusWord', report.status),
          report.performers.length ? t('performedBy', l10n.list(report.performers)) : undefined,
        ].filter(Boolean)
      : [];
    const rows = group.results.flatMap((item) => [
      this.renderRow(item, context, open, report?.status ?? 'final'),
      ...item.components.map((part) => this.renderRow(part, context, open, item.status, true)),
    ]);
    return html`<div class="lab-group">
      ${context.subheading(report?.name ? (context.said(report.name, report.language) ?? name) : name)}
      ${about.length ? html`<p class="about">${about.join(' · ')}</p>` : nothing}
      <table class="lab-table" aria-label=${name}>
        <thead>
          <tr>
            <th scope="col">${t('test')}</th>
            <th scope="col">${t('result')}</th>
            <th scope="col">${t('range')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`;
  }

  /** A test's name: a button that opens its history, when the server can be asked for it. */
  private renderName(
    item: LabResultView,
    context: SectionContext,
    open: ((item: LabResultView) => void) | undefined,
  ): TemplateResult | string {
    const name = context.said(item.test, item.language) || context.l10n.t('unnamed');
    return open && hasHistory(item)
      ? html`<button
          type="button"
          class="link"
          data-result=${item.id}
          aria-describedby="trend-hint"
          @click=${() => open(item)}
        >
          ${name}
        </button>`
      : name;
  }

  /**
   * A test's row. Hundreds are drawn at once, so each is few templates: the value and its flags are parts of the
   * row's, the range and its bar of the range cell's, and a cell's label (shown when the table reflows) is an
   * attribute, not an element.
   */
  private renderRow(
    item: LabResultView,
    context: SectionContext,
    open: (item: LabResultView) => void,
    groupStatus: string,
    part = false,
  ): TemplateResult {
    const t = context.l10n.t.bind(context.l10n);
    const range = this.renderRange(item.range, context);
    const classes = `lab-result${part ? ' part' : ''}${item.flags.some((flag) => criticalFlags.includes(flag)) ? ' critical' : ''}`;
    const name = this.renderName(item, context, open);
    const value = this.valueOf(item, context);
    const valueClass = item.flags.some((flag) => abnormalFlags.includes(flag)) ? 'value out' : 'value';
    const flags = this.renderFlags(item.flags, context);
    const status =
      item.status !== groupStatus ? html`<span class="status">${t('statusWord', item.status)}</span>` : nothing;
    const bar = range ? barOf(item.measure) : undefined;
    // The value is drawn even when empty (a result with neither value nor reason): an empty <strong> says nothing.
    return html`<tr class=${classes} data-id=${item.id}>
      <th scope="row" class="name" tabindex="-1">${name}</th>
      <td data-label=${t('result')}><strong class=${valueClass}>${value}</strong> ${flags}${status}</td>
      ${
        bar
          ? html`<td data-label=${t('range')}>
              ${range}<svg
                class="bar"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect class="track" x="0" y="3" width="100" height="4" rx="2" />
                <rect class="band" x=${bar.bandFrom} y="3" width=${bar.bandWidth} height="4" />
                <rect class="mark" x=${bar.markFrom} y="0" width="2" height="10" />
              </svg>
            </td>`
          : html`<td data-label=${range ? t('range') : nothing}>${range}</td>`
      }
    </tr>`;
  }

  /** The value in words: a number reads the same in any language; a value in words ("Positivo") is the record's. */
  private valueOf(item: LabResultView, context: SectionContext): string | TemplateResult | undefined {
    return item.amount
      ? item.value
      : item.value !== undefined
        ? context.said(item.value, item.language)
        : item.absentReason
          ? context.l10n.t('noValue', item.absentReason)
          : undefined;
  }

  /** The value, strong, in the danger colour when out of range; its flags beside it in words (never colour alone). */
  private renderValue(item: LabResultView, context: SectionContext): TemplateResult {
    const out = item.flags.some((flag) => abnormalFlags.includes(flag));
    const value = this.valueOf(item, context);
    return html`${value !== undefined ? html`<strong class=${out ? 'value out' : 'value'}>${value}</strong>` : nothing}
    ${this.renderFlags(item.flags, context)}`;
  }

  private renderFlags(flags: LabFlag[], { l10n }: SectionContext): TemplateResult[] {
    return flags
      .filter((flag) => flag !== 'normal')
      .map((flag) => {
        // Critical results are filled, abnormal ones outlined, the rest (better, rising...) plain: never alike.
        const kind = criticalFlags.includes(flag)
          ? 'flag critical'
          : abnormalFlags.includes(flag)
            ? 'flag warn'
            : 'flag ok';
        return html`<span class=${kind}>${l10n.t('flag', flag)}</span>`;
      });
  }

  /** The range in words, with whom it is for when the record says ("for Female, ages 18–65"). */
  private renderRange(range: LabResultView['range'], context: SectionContext): string | undefined {
    if (!range) return undefined;
    const { l10n } = context;
    const t = l10n.t.bind(l10n);
    const bounds =
      range.low && range.high
        ? `${range.low} – ${range.high}`
        : range.low
          ? t('rangeLow', range.low)
          : range.high
            ? t('rangeHigh', range.high)
            : range.text;
    const ages = range.ages;
    const agesWords = !ages
      ? undefined
      : ages.low && ages.high
        ? t('agedBetween', context.age(ages.low, ages.high))
        : ages.low
          ? t('agedFrom', context.age(ages.low))
          : ages.high
            ? t('agedUpTo', context.age(ages.high))
            : undefined;
    const whom = [...(range.appliesTo ?? []), ...(agesWords ? [agesWords] : [])];
    const qualified = [range.type, whom.length ? t('rangeFor', whom.join(', ')) : undefined].filter(Boolean).join(', ');
    return qualified && bounds ? `${bounds} (${qualified})` : bounds;
  }
}
