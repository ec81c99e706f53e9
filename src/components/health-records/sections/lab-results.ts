/**
 * Lab results: the newest first, a page at a time, with a filter by test name and the way to older results. The
 * first page and the lab reports come with the section; each older page of the server's comes when the patient
 * reaches the end of what is loaded.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PortalClient } from '../../../api/client.js';
import type { SearchPage } from '../../../api/fhir/bundle.js';
import type { DiagnosticReport, Observation } from '../../../api/fhir/schemas.js';
import { dateKey, present, referencedId } from '../mapping/datatypes.js';
import {
  abnormalFlags,
  criticalFlags,
  isLaboratory,
  type LabFlag,
  type LabPatient,
  type LabResultView,
  toLabResults,
} from '../mapping/lab-results.js';
import type { Loaded, Section, SectionContext, SectionCount, SectionShared } from './section.js';

/** What the section loaded with its first page: the results so far, the reports, and the way to older pages. */
export interface LabsLoaded extends Loaded<LabResultView> {
  observations: Observation[];
  reports: DiagnosticReport[];
  /** How many results the server has, when it said (`Bundle.total`), with the uncategorized ones read. */
  total?: number;
  /** Whether what is loaded is the newest, newest first: the server sorted as asked, or every page was read. */
  newestFirst: boolean;
  /** The server ignored the sort, so every page was read to put the newest first. */
  readToSort: boolean;
  patient?: LabPatient;
  pages?: AsyncGenerator<SearchPage<'Observation'>>;
  /** Reads the results without a category that reports from `since` on name, beside those loaded. */
  readUncategorized(
    loaded: Observation[],
    since: number | undefined,
  ): Promise<{ resources: Observation[]; skipped: number }>;
}

/** Results the first screen shows, and each "Older results" adds. */
const labPageSize = 100;
/** Results asked for by id at once (`_id=a,b,c`), so an address never grows too long. */
const idsPerSearch = 50;

/** When a result was taken, or issued: the date reports and results are ordered by. */
const dateOf = (resource: Observation | DiagnosticReport): number | undefined =>
  dateKey(present(resource.effectiveDateTime) ?? present(resource.effectivePeriod?.start) ?? present(resource.issued));

/**
 * The results that reports dated within what is loaded name, but that the laboratory search did not bring: results
 * a server keeps without a category, which belong to a lab report all the same. Asked for by id, so what is read
 * stays in proportion to what is shown.
 */
async function uncategorizedResults(
  client: PortalClient,
  reports: DiagnosticReport[],
  loaded: Observation[],
  since: number | undefined,
  signal: AbortSignal,
): Promise<{ resources: Observation[]; skipped: number }> {
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
  const ids = [...wanted];
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

/** Reads the server's next pages until at least `wanted` results came, or there are no more. */
async function readPages(
  pages: AsyncGenerator<SearchPage<'Observation'>>,
  wanted: number,
): Promise<{ resources: Observation[]; skipped: number; capped: boolean; more: boolean }> {
  const read = { resources: [] as Observation[], skipped: 0, capped: false, more: true };
  while (read.more && read.resources.length < wanted) {
    const next = await pages.next();
    if (next.done) {
      read.more = false;
      break;
    }
    read.resources.push(...next.value.resources);
    read.skipped += next.value.skipped.length;
    read.capped ||= Boolean(next.value.capped);
    read.more = Boolean(next.value.next);
  }
  return read;
}

/** Whether results are in the order asked for: each no newer than the one before (undated ones aside). */
const inNewestFirstOrder = (observations: Observation[]): boolean => {
  let previous: number | undefined;
  for (const observation of observations) {
    const date = dateOf(observation);
    if (date === undefined) continue;
    if (previous !== undefined && date > previous) return false;
    previous = date;
  }
  return true;
};

/** The oldest date a page of results reaches: reports from then on are covered by what is loaded. */
const oldestOf = (observations: Observation[]): number | undefined =>
  observations.reduce<number | undefined>((oldest, observation) => {
    const date = dateOf(observation);
    return date === undefined ? oldest : oldest === undefined ? date : Math.min(oldest, date);
  }, undefined);

export class LabResultsSection implements Section<LabsLoaded> {
  readonly id = 'lab-results';
  readonly empty = 'emptyLabResults';

  private readonly host: ReactiveControllerHost;
  /** The server's pages read after the first, for the load they continue (a new load starts again). */
  private older?: { from: LabsLoaded; loaded: LabsLoaded };
  private filter = '';
  private page = 0;
  private loadingMore = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  async load(client: PortalClient, signal: AbortSignal, shared: SectionShared): Promise<LabsLoaded> {
    const pages = client.searchPages('Observation', {
      signal,
      params: { category: 'laboratory', _sort: '-date', _count: String(labPageSize) },
    });
    const [patient, reports, first] = await Promise.all([
      shared.patient(),
      client.searchAll('DiagnosticReport', { signal, params: { category: 'LAB', _count: '1000' } }),
      pages.next(),
    ]);
    const page = first.done ? undefined : first.value;
    const categorized = [...(page?.resources ?? [])];
    let skipped = reports.skipped.length + (page?.skipped.length ?? 0);
    let more = Boolean(page?.next);
    let capped = Boolean(page?.capped || reports.capped);
    // A server that ignores _count may send a few results a page: read on until the first screen is full.
    if (more && categorized.length < labPageSize) {
      const read = await readPages(pages, labPageSize - categorized.length);
      categorized.push(...read.resources);
      skipped += read.skipped;
      capped ||= read.capped;
      more = read.more;
    }
    // Did the server sort as asked? Its self link keeps _sort when it says what it searched with, and its page must
    // be in that order. A server that ignored it may hold the newest on any page: read on to the end, saying so.
    const sortIgnored = Boolean(page && (page.self?.has('_sort') === false || !inNewestFirstOrder(categorized)));
    const readToSort = sortIgnored && more;
    if (readToSort) {
      for await (const next of pages) {
        categorized.push(...next.resources);
        skipped += next.skipped.length;
        capped ||= Boolean(next.capped);
      }
      more = false;
    }
    const extra = await uncategorizedResults(
      client,
      reports.resources,
      categorized,
      more ? oldestOf(categorized) : undefined,
      signal,
    );
    const observations = [...categorized, ...extra.resources];
    const who: LabPatient = { gender: patient?.gender, birthDate: patient?.birthDate };
    const serverTotal = readToSort ? categorized.length : page?.total;
    return {
      observations,
      reports: reports.resources,
      patient: who,
      items: toLabResults(observations, reports.resources, who),
      skipped: skipped + extra.skipped,
      capped,
      ...(serverTotal !== undefined ? { total: serverTotal + extra.resources.length } : {}),
      newestFirst: !capped && (!sortIgnored || readToSort || !more),
      readToSort,
      readUncategorized: (loaded, since) => uncategorizedResults(client, reports.resources, loaded, since, signal),
      ...(more ? { pages } : {}),
    };
  }

  /** Nothing on record only when there is no result and no lab report at all. */
  isEmpty(data: LabsLoaded): boolean {
    return data.items.length === 0 && data.reports.length === 0;
  }

  /** The server's total when it gave one; else what is loaded, "or more" while pages remain. */
  count(data: LabsLoaded): SectionCount {
    const labs = this.current(data);
    return labs.total !== undefined
      ? { value: labs.total, atLeast: Boolean(labs.capped) }
      : { value: labs.items.length, atLeast: Boolean(labs.pages) || Boolean(labs.capped) };
  }

  /** What is loaded of this load: its first page, and the older pages read since. */
  private current(data: LabsLoaded): LabsLoaded {
    return this.older?.from === data ? this.older.loaded : data;
  }

  /** Changes what the patient sees of the section (the filter, the page, whether more is coming) and redraws. */
  private set(change: { filter?: string; page?: number; loadingMore?: boolean }): void {
    this.filter = change.filter ?? this.filter;
    this.page = change.page ?? this.page;
    this.loadingMore = change.loadingMore ?? this.loadingMore;
    this.host.requestUpdate();
  }

  /** One page older: from what is loaded, or the server's next page when the patient reaches the end of it. */
  private async onOlder(data: LabsLoaded, locale: string): Promise<void> {
    const labs = this.current(data);
    if (this.loadingMore) return;
    const needed = (this.page + 2) * labPageSize;
    if (labs.observations.length < needed && labs.pages) {
      this.set({ loadingMore: true });
      try {
        // As many of the server's pages as the next screen needs: a server that ignores _count may send few a page.
        const read = await readPages(labs.pages, needed - labs.observations.length);
        const extra = await labs.readUncategorized(
          [...labs.observations, ...read.resources],
          read.more ? oldestOf(read.resources) : undefined,
        );
        // A new load (another session, a retry) may have started meanwhile: a page of the old one is dropped.
        if (this.current(data) !== labs) return;
        const observations = [...labs.observations, ...read.resources, ...extra.resources];
        const { pages: _done, ...rest } = labs;
        this.older = {
          from: data,
          loaded: {
            ...rest,
            observations,
            items: toLabResults(observations, labs.reports, labs.patient),
            skipped: labs.skipped + read.skipped + extra.skipped,
            capped: Boolean(labs.capped || read.capped),
            ...(labs.total !== undefined ? { total: labs.total + extra.resources.length } : {}),
            ...(read.more ? { pages: labs.pages } : {}),
          },
        };
      } catch {
        // The button stays: the patient can ask again.
        return;
      } finally {
        this.set({ loadingMore: false });
      }
    }
    if ((this.page + 1) * labPageSize < this.filtered(this.current(data), locale).length)
      this.set({ page: this.page + 1 });
  }

  private filtered(labs: LabsLoaded, locale: string): LabResultView[] {
    const filter = this.filter.trim().toLocaleLowerCase(locale);
    return filter ? labs.items.filter((item) => item.test.toLocaleLowerCase(locale).includes(filter)) : labs.items;
  }

  render(data: LabsLoaded, context: SectionContext): TemplateResult {
    const { l10n } = context;
    const t = l10n.t.bind(l10n);
    // Reports without a single result shown: what is true, not "no lab results on record".
    if (!data.items.length) return html`<p>${t('labReportsWithoutResults')}</p>`;
    const labs = this.current(data);
    const filtered = Boolean(this.filter.trim());
    const list = this.filtered(labs, l10n.locale);
    // One page at a time: thousands of results never sit in the page at once.
    const start = Math.min(this.page * labPageSize, Math.max(0, list.length - 1));
    const page = list.slice(start, start + labPageSize);
    const hasOlder = start + labPageSize < list.length || (!filtered && Boolean(labs.pages));
    // Never a false count: the server's total, or what is loaded and "or more" while pages remain.
    const count = filtered
      ? l10n.number(list.length)
      : labs.total !== undefined
        ? l10n.number(Math.max(labs.total, list.length))
        : labs.pages
          ? t('orMore', l10n.number(list.length))
          : l10n.number(list.length);
    return html`
      <div class="toolbar">
        <label for="lab-filter">${t('filterLabel')}</label>
        <p class="hint" id="lab-filter-hint">${t('filterHint')}</p>
        <input
          id="lab-filter"
          type="text"
          aria-describedby="lab-filter-hint lab-count"
          .value=${this.filter}
          @input=${(event: InputEvent) => this.set({ filter: (event.target as HTMLInputElement).value, page: 0 })}
        />
        <p class="hint" id="lab-count" role="status">
          ${filtered ? `${t('filtered', list.length)} ` : nothing}
          ${page.length ? t('showing', l10n.number(start + 1), l10n.number(start + page.length), count, labs.newestFirst) : nothing}
        </p>
      </div>
      ${labs.readToSort ? html`<p class="notice">${t('readToSort', labs.items.length)}</p>` : nothing}
      ${this.renderGroups(page, context)}
      <div class="more">
        <button
          type="button"
          class="secondary"
          ?disabled=${start === 0}
          @click=${() => this.set({ page: this.page - 1 })}
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
      </div>
    `;
  }

  /** Results of one panel drawn together sit under the panel's name; results without a panel stand alone. */
  private renderGroups(items: LabResultView[], context: SectionContext): TemplateResult {
    const groups: { panel?: LabResultView['panel']; date?: string; items: LabResultView[] }[] = [];
    for (const item of items) {
      const last = groups.at(-1);
      if (item.panel && last?.panel?.id === item.panel.id) last.items.push(item);
      else
        groups.push({
          ...(item.panel ? { panel: item.panel } : {}),
          ...(item.date ? { date: item.date } : {}),
          items: [item],
        });
    }
    return html`${groups.map((group) =>
      group.panel
        ? html`${context.subheading(
              [group.panel.name, context.when(group.date ? { iso: group.date } : undefined)]
                .filter(Boolean)
                .join(' · '),
            )}
            <ul class="items">
              ${group.items.map((item) => this.renderResult(item, context, true))}
            </ul>`
        : html`<ul class="items">
            ${group.items.map((item) => this.renderResult(item, context))}
          </ul>`,
    )}`;
  }

  private renderResult(item: LabResultView, context: SectionContext, grouped = false): TemplateResult {
    const { l10n, when, facts } = context;
    const t = l10n.t.bind(l10n);
    return html`<li class="item lab-result">
      <p class="name">${item.test || t('unnamed')}${this.renderFlags(item.flags, context)}</p>
      ${facts([
        [t('result'), item.value ?? (item.absentReason ? t('noValue', item.absentReason) : undefined)],
        [t('range'), this.renderRange(item.range, context)],
        [t('date'), when(item.date ? { iso: item.date } : undefined)],
        [t('status'), t('statusWord', item.status)],
        [t('panel'), grouped ? undefined : item.panel?.name],
      ])}
      ${
        item.components.length
          ? html`<ul class="items">
              ${item.components.map((component) => this.renderResult(component, context))}
            </ul>`
          : nothing
      }
    </li>`;
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
