/**
 * How the lab results section reads the server: a search's pages one after another (a page that failed is asked for
 * again on the next read), and the lab reports newest first, only as far back as the results shown reach.
 */
import type { PortalClient } from '../../../api/client.js';
import type { SearchPage } from '../../../api/fhir/bundle.js';
import type { DiagnosticReport, Observation, SearchableType } from '../../../api/fhir/schemas.js';
import { dateKey, present, referencedId } from '../mapping/datatypes.js';

/** When a result was taken, or a report's sample (else when it was issued): what both are ordered by. */
export const dateOf = (resource: Observation | DiagnosticReport): number | undefined =>
  dateKey(present(resource.effectiveDateTime) ?? present(resource.effectivePeriod?.start) ?? present(resource.issued));

/** Whether resources are in the order asked for: each no newer than the one before (undated ones aside). */
export const inNewestFirstOrder = (resources: (Observation | DiagnosticReport)[], after?: number): boolean => {
  let previous = after;
  for (const resource of resources) {
    const date = dateOf(resource);
    if (date === undefined) continue;
    if (previous !== undefined && date > previous) return false;
    previous = date;
  }
  return true;
};

/** The oldest date among resources, when any is dated. */
export const oldestOf = (resources: (Observation | DiagnosticReport)[]): number | undefined =>
  resources.reduce<number | undefined>((oldest, resource) => {
    const date = dateOf(resource);
    return date === undefined ? oldest : oldest === undefined ? date : Math.min(oldest, date);
  }, undefined);

/**
 * A search's pages, read one after another. A page that failed (the network, the server) does not end the search:
 * the next read asks for that page again, so "no more" is only ever what the server said. Pages read but not used
 * (what came with them failed) can be put back, to be read again first.
 */
export class SearchCursor<T extends SearchableType> {
  private pages: AsyncGenerator<SearchPage<T>>;
  /** The `next` link of the last page read: where the search goes on after a failure. */
  private resumeAt?: string;
  private serverMore = true;
  private readonly held: SearchPage<T>[] = [];
  private readonly open: (from?: string) => AsyncGenerator<SearchPage<T>>;

  constructor(client: PortalClient, type: T, params: Record<string, string>, signal: AbortSignal) {
    this.open = (from) => client.searchPages(type, { signal, params, ...(from ? { from } : {}) });
    this.pages = this.open();
  }

  /** Whether there may be pages not read yet. */
  get more(): boolean {
    return this.held.length > 0 || this.serverMore;
  }

  /** The next page, or `undefined` when the server has no more. */
  async next(): Promise<SearchPage<T> | undefined> {
    const held = this.held.shift();
    if (held) return held;
    if (!this.serverMore) return undefined;
    let read: IteratorResult<SearchPage<T>>;
    try {
      read = await this.pages.next();
    } catch (error) {
      // A generator that threw is spent: the next read starts again at the page that failed.
      this.pages = this.open(this.resumeAt);
      throw error;
    }
    if (read.done) {
      this.serverMore = false;
      return undefined;
    }
    this.resumeAt = read.value.next;
    this.serverMore = Boolean(read.value.next);
    return read.value;
  }

  /** Pages read and not used: the next reads give them again, before any new page. */
  putBack(pages: SearchPage<T>[]): void {
    this.held.unshift(...pages);
  }

  /** Stops reading: nothing more is asked of the server. */
  close(): void {
    this.held.length = 0;
    this.serverMore = false;
    void this.pages.return(undefined);
  }
}

/** What some pages of a search brought. */
export interface PagesRead<T extends SearchableType> {
  resources: SearchPage<T>['resources'];
  skipped: number;
  capped: boolean;
  /** Whether the server has more pages. */
  more: boolean;
  /** The pages themselves: to put back when what comes with them fails. */
  pages: SearchPage<T>[];
}

/**
 * Reads a search's next pages until at least `wanted` resources came (all of them: `Infinity`), or there are no
 * more. When a page fails, those read before it are put back and the failure thrown: nothing read is lost.
 */
export async function readPages<T extends SearchableType>(
  cursor: SearchCursor<T>,
  wanted: number,
): Promise<PagesRead<T>> {
  const read: PagesRead<T> = { resources: [], skipped: 0, capped: false, more: cursor.more, pages: [] };
  try {
    while (cursor.more && read.resources.length < wanted) {
      const page = await cursor.next();
      if (!page) break;
      read.pages.push(page);
      read.resources.push(...page.resources);
      read.skipped += page.skipped.length;
      read.capped ||= Boolean(page.capped);
    }
  } catch (error) {
    cursor.putBack(read.pages);
    throw error;
  }
  read.more = cursor.more;
  return read;
}

/**
 * A report dated up to this long before a result still counts as possibly its: reports are read back that much
 * further than the oldest result shown.
 */
const reportMarginMs = 86_400_000;
/** Reports a page asks for: a first screen of results rarely spans more. */
const reportPageSize = 100;
/** Results asked for at once by the reports that name them (`result=Observation/a,…`), so an address stays short. */
const resultsPerSearch = 50;

/**
 * The patient's lab reports (category LAB), read newest first a page at a time, only as far back as the results
 * shown: a record of twenty years is not read whole to show its newest hundred results. A server that ignores
 * `_sort` may hold the newest report on any page: then every page is read. Reports of older results (a search, a
 * test's history) are asked for by the results they name.
 */
export class LabReports {
  /** The reports read so far, each once: newest first as the server sent them, then those asked for by result. */
  readonly list: DiagnosticReport[] = [];
  /** Reports the client could not read, and whether a search stopped at the client's most pages. */
  skipped = 0;
  capped = false;
  private readonly ids = new Set<string>();
  private readonly cursor: SearchCursor<'DiagnosticReport'>;
  /** Every report dated after this has been read (`-Infinity`: every report). */
  private reached = Infinity;
  /** The oldest date read so far, to check each page keeps to the order asked for. */
  private oldest?: number;
  private sortIgnored = false;
  private started = false;
  /** Reads one at a time: each waits for the one before, and sees what it read. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly client: PortalClient;

  constructor(client: PortalClient, signal: AbortSignal) {
    this.client = client;
    this.cursor = new SearchCursor(
      client,
      'DiagnosticReport',
      { category: 'LAB', _sort: '-date', _count: String(reportPageSize) },
      signal,
    );
  }

  /** Whether every report dated from `date` on has been read (for `undefined`, every report). */
  covers(date: number | undefined): boolean {
    return this.reached === -Infinity || (date !== undefined && this.reached < date - reportMarginMs);
  }

  /** Reads the first page, beside the first page of results (once: later calls wait for it). */
  start(): Promise<void> {
    return this.serially(async () => {
      if (this.started) return;
      this.started = true;
      const page = await this.cursor.next();
      if (page) this.add(page);
      else this.reached = -Infinity;
    });
  }

  /** Reads on until every report dated from `date` on is in (for `undefined`: every report there is). */
  reachBack(date: number | undefined): Promise<void> {
    return this.serially(async () => {
      while (!this.covers(date)) {
        this.started = true;
        const page = await this.cursor.next();
        if (!page) {
          this.reached = -Infinity;
          break;
        }
        this.add(page);
      }
    });
  }

  /**
   * Makes sure the reports that name these results are in: those dated within what is read already are; for older
   * ones, the server is asked by the results they name (`result`). A server that ignores `result` answers with other
   * reports: then every report is read instead.
   */
  naming(observations: Observation[], signal: AbortSignal): Promise<void> {
    return this.serially(async () => {
      const named = new Set(
        this.list.flatMap((report) =>
          (report.result ?? []).flatMap((result) => referencedId(result.reference, 'Observation') ?? []),
        ),
      );
      const ids = observations.flatMap((observation) => {
        const id = observation.id;
        if (!id || named.has(id) || this.covers(dateOf(observation))) return [];
        return [id];
      });
      for (let at = 0; at < ids.length && this.reached !== -Infinity; at += resultsPerSearch) {
        const wanted = new Set(ids.slice(at, at + resultsPerSearch));
        const pages = new SearchCursor(
          this.client,
          'DiagnosticReport',
          { category: 'LAB', result: [...wanted].map((id) => `Observation/${id}`).join(',') },
          signal,
        );
        const understood = async (): Promise<boolean> => {
          for (let page = await pages.next(); page; page = await pages.next()) {
            const found = page.resources.filter((report) =>
              (report.result ?? []).some((result) => wanted.has(referencedId(result.reference, 'Observation') ?? '')),
            );
            if (page.self?.has('result') === false || found.length < page.resources.length) return false;
            this.skipped += page.skipped.length;
            this.keep(found);
          }
          return true;
        };
        if (await understood()) continue;
        pages.close();
        await this.readAll();
      }
    });
  }

  /** Runs a read after those before it, whether they failed or not. */
  private serially(read: () => Promise<void>): Promise<void> {
    const run = this.queue.then(read);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async readAll(): Promise<void> {
    while (this.reached !== -Infinity) {
      const page = await this.cursor.next();
      if (!page) this.reached = -Infinity;
      else this.add(page);
    }
  }

  /** A page of the newest-first reading: its reports, and how far back the reading has come. */
  private add(page: SearchPage<'DiagnosticReport'>): void {
    this.skipped += page.skipped.length;
    this.capped ||= Boolean(page.capped);
    this.keep(page.resources);
    // A server that dropped `_sort`, or a page out of order, may hold the newest report anywhere: read them all.
    if (page.self?.has('_sort') === false || !inNewestFirstOrder(page.resources, this.oldest)) {
      this.sortIgnored = true;
    }
    const oldest = oldestOf(page.resources);
    if (oldest !== undefined) this.oldest = Math.min(oldest, this.oldest ?? oldest);
    if (!page.next) this.reached = -Infinity;
    else if (this.sortIgnored) this.reached = Infinity;
    else if (this.oldest !== undefined) this.reached = this.oldest;
  }

  private keep(reports: DiagnosticReport[]): void {
    for (const report of reports) {
      const id = report.id;
      if (id !== undefined && this.ids.has(id)) continue;
      if (id !== undefined) this.ids.add(id);
      this.list.push(report);
    }
  }
}
