/**
 * Loads one section of the records and draws the states every section shares: a placeholder while it loads, an
 * alert with Try again when it failed (with the wait a 429 asks for), the section's empty words, and a notice of the
 * resources the client could not read. The section draws the rest.
 */
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PortalClient } from '../../api/client.js';
import { PortalProblemError } from '../../api/errors.js';
import { nextTask } from '../../internal/dom.js';
import type { LocaleController } from '../../internal/localize.js';
import type { commonMessages } from '../../internal/common.messages.js';
import type { ShownRead } from '../../internal/reads-while-shown.js';
import type { Loaded, Section, SectionContext, SectionCount, SectionShared } from './sections/section.js';

/**
 * What a section loads with: the client, who is signed in, and whether the section is wanted yet (shown, and on
 * the screen the patient is on, opened by them, or read ahead while the page is idle).
 */
export type SectionArgs = readonly [client: PortalClient, signedInAs: string | undefined, wanted: boolean];

/** The wait a 429 asks for, said as the time it ends and in minutes. */
export function waitWords({ l10n }: SectionContext, error: PortalProblemError): string {
  const { time, minutes } = l10n.wait(error.retryAfter);
  return l10n.t('loadWait', time, minutes);
}

/** A placeholder of one line, said in words (not a live region: the section's own placeholder speaks up). */
export function briefLoading({ l10n }: SectionContext): TemplateResult {
  return html`<p class="visually-hidden">${l10n.t('loading')}</p>
    <div class="skeleton" aria-hidden="true"><span></span></div>`;
}

export class SectionController<D extends Loaded<unknown>> {
  readonly section: Section<D>;
  private readonly task: Task<SectionArgs, D | undefined>;
  /** The last load's own abort: the task's, and the element leaving the page while the load still reads on. */
  private loading?: AbortController;

  constructor(host: ReactiveControllerHost, section: Section<D>, args: () => SectionArgs, shared: SectionShared) {
    this.section = section;
    this.task = new Task(host, {
      task: ([client, signedInAs, wanted], { signal }) => {
        if (!signedInAs || !wanted) return Promise.resolve(undefined);
        const loading = new AbortController();
        signal.addEventListener('abort', () => loading.abort(signal.reason), { once: true });
        this.loading = loading;
        // Drawn in a task after the one that read and mapped the answer, so no one task on a phone does both.
        return section.load(client, loading.signal, shared).then(async (data) => {
          await nextTask();
          return data;
        });
      },
      args,
    });
  }

  /**
   * The section's read, for the element to give up while it is off the page (see `ReadsWhileShown`): under way while
   * it loads, and while a load already shown reads on (the rest of its reports); started again, it loads anew.
   */
  get read(): ShownRead {
    return {
      underWay:
        this.task.status === TaskStatus.PENDING ||
        (this.task.value !== undefined && Boolean(this.section.readingOn?.(this.task.value))),
      giveUp: () => {
        this.task.abort();
        this.loading?.abort();
      },
      again: () => void this.task.run(),
    };
  }

  /** What was loaded, once it was. */
  get value(): D | undefined {
    return this.task.value;
  }

  /** Whether its load ended, in its entries or in a failure (a section not asked for yet has not). */
  get settled(): boolean {
    return this.task.status === TaskStatus.COMPLETE || this.task.status === TaskStatus.ERROR;
  }

  /** Whether the last load failed (and how). */
  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR;
  }

  get error(): unknown {
    return this.task.error;
  }

  /** Loads again. */
  retry(): void {
    void this.task.run();
  }

  /** The count beside the section's name, once it loaded. */
  get count(): SectionCount | undefined {
    const data = this.task.value;
    if (!data) return undefined;
    return this.section.count ? this.section.count(data) : { value: data.items.length, atLeast: Boolean(data.capped) };
  }

  render(context: SectionContext, common: LocaleController<typeof commonMessages.en>): TemplateResult {
    const { l10n } = context;
    return this.task.render({
      initial: () => this.renderLoading(context),
      pending: () => this.renderLoading(context),
      error: (error) => html`
        <div class="summary" role="alert">
          <p>${l10n.t('loadError', l10n.t(this.section.id))}</p>
          ${error instanceof PortalProblemError && error.status === 429 ? html`<p>${waitWords(context, error)}</p>` : nothing}
          <button type="button" class="secondary" @click=${() => void this.task.run()}>${common.t('retry')}</button>
        </div>
      `,
      complete: (data) =>
        data
          ? html`
              ${this.noticesOf(this.section.loaded?.(data) ?? data, context)}
              ${
                (this.section.isEmpty ? this.section.isEmpty(data) : !data.items.length)
                  ? html`<p>${l10n.t(this.section.empty)}</p>`
                  : this.section.render(data, context)
              }
            `
          : html``,
    }) as TemplateResult;
  }

  /** What the client could not read, and that the server's pages were cut short. */
  private noticesOf(loaded: D, { l10n }: SectionContext): TemplateResult {
    return html`${loaded.skipped ? html`<p class="notice">${l10n.t('skipped', loaded.skipped)}</p>` : nothing}
    ${loaded.capped ? html`<p class="notice">${l10n.t('capped')}</p>` : nothing}`;
  }

  /** The section's part of the overview: what it loaded, briefly, or a word while it loads or when it failed. */
  renderOverview(context: SectionContext): TemplateResult | typeof nothing {
    const overview = this.section.overview?.bind(this.section);
    if (!overview) return nothing;
    const { l10n } = context;
    return this.task.render({
      initial: () => briefLoading(context),
      pending: () => briefLoading(context),
      error: () => html`<p>${l10n.t('overviewError', l10n.t(this.section.id))}</p>`,
      complete: (data) => (data ? overview(data, context) : html``),
    }) as TemplateResult;
  }

  private renderLoading({ l10n }: SectionContext): TemplateResult {
    return html`
      <p class="visually-hidden" role="status">${l10n.t('loading')}</p>
      <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
    `;
  }
}
