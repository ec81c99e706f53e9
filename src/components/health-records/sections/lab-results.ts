/**
 * Lab results: the newest first, a page at a time, with a filter by test name and the way to older results. The
 * first page and the lab reports come with the section; each older page of the server's comes when the patient
 * reaches the end of what is loaded.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PortalClient } from '../../../api/client.js';
import type { SearchPage } from '../../../api/fhir/bundle.js';
import type { DiagnosticReport, Observation } from '../../../api/fhir/schemas.js';
import { type LabFlag, type LabResultView, toLabResults } from '../mapping/lab-results.js';
import type { Loaded, Section, SectionContext } from './section.js';

/** What the section loaded with its first page: the results so far, the reports, and the way to older pages. */
export interface LabsLoaded extends Loaded<LabResultView> {
  observations: Observation[];
  reports: DiagnosticReport[];
  total: number;
  pages?: AsyncGenerator<SearchPage<'Observation'>>;
}

/** Results the first screen shows, and each "Older results" adds. */
const labPageSize = 100;
const warnFlags: readonly LabFlag[] = ['high', 'low', 'critical-high', 'critical-low', 'abnormal', 'critical'];

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

  async load(client: PortalClient, signal: AbortSignal): Promise<LabsLoaded> {
    const pages = client.searchPages('Observation', {
      signal,
      params: { category: 'laboratory', _count: String(labPageSize) },
    });
    const [reports, first] = await Promise.all([
      client.searchAll('DiagnosticReport', { signal, params: { category: 'LAB', _count: '1000' } }),
      pages.next(),
    ]);
    const page = first.done ? undefined : first.value;
    const observations = page?.resources ?? [];
    return {
      observations,
      reports: reports.resources,
      items: toLabResults(observations, reports.resources),
      skipped: reports.skipped.length + (page?.skipped.length ?? 0),
      total: page?.total ?? observations.length,
      ...(page?.next ? { pages } : {}),
    };
  }

  count(data: LabsLoaded): number {
    return data.total;
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
        const next = await labs.pages.next();
        // A new load (another session, a retry) may have started meanwhile: a page of the old one is dropped.
        if (this.current(data) !== labs) return;
        const observations = next.done ? labs.observations : [...labs.observations, ...next.value.resources];
        const { pages: _done, ...rest } = labs;
        this.older = {
          from: data,
          loaded: {
            ...rest,
            observations,
            items: next.done ? labs.items : toLabResults(observations, labs.reports),
            skipped: labs.skipped + (next.done ? 0 : next.value.skipped.length),
            ...(!next.done && next.value.next ? { pages: labs.pages } : {}),
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
    const labs = this.current(data);
    const filtered = Boolean(this.filter.trim());
    const list = this.filtered(labs, l10n.locale);
    // One page at a time: thousands of results never sit in the page at once.
    const start = Math.min(this.page * labPageSize, Math.max(0, list.length - 1));
    const page = list.slice(start, start + labPageSize);
    const total = filtered ? list.length : Math.max(labs.total, list.length);
    const hasOlder = start + labPageSize < list.length || (!filtered && Boolean(labs.pages));
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
          ${page.length ? t('showing', start + 1, start + page.length, total) : nothing}
        </p>
      </div>
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
      .map(
        (flag) =>
          html`<span class=${warnFlags.includes(flag) ? 'flag warn' : 'flag ok'}>${l10n.t('flag', flag)}</span>`,
      );
  }

  private renderRange(range: LabResultView['range'], { l10n }: SectionContext): string | undefined {
    if (!range) return undefined;
    if (range.low && range.high) return `${range.low} – ${range.high}`;
    if (range.low) return l10n.t('rangeLow', range.low);
    if (range.high) return l10n.t('rangeHigh', range.high);
    return range.text;
  }
}
