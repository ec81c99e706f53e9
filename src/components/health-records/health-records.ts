import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Patient } from '../../api/fhir/schemas.js';
import { PortalProblemError } from '../../api/errors.js';
import { commonMessages } from '../../internal/common.messages.js';
import { LocaleController, spokenLocale } from '../../internal/localize.js';
import { nextTask, whenIdle } from '../../internal/dom.js';
import { PortalElement } from '../../internal/portal-element.js';
import { ReadsWhileShown, taskRead } from '../../internal/reads-while-shown.js';
import { recordsMessages } from './health-records.messages.js';
import { recordsStyles } from './health-records.styles.js';
import type { AgeView, WhenView } from './mapping/datatypes.js';
import { SectionController, type SectionArgs, waitWords } from './section-controller.js';
import { allergiesSection } from './sections/allergies.js';
import { appointmentsSection } from './sections/appointments.js';
import { carePlansSection } from './sections/care-plans.js';
import { diagnosesSection } from './sections/diagnoses.js';
import { immunizationsSection } from './sections/immunizations.js';
import { LabResultsSection } from './sections/lab-results.js';
import { medicationsSection } from './sections/medications.js';
import { proceduresSection } from './sections/procedures.js';
import {
  type Loaded,
  type RecordSection,
  recordSections,
  type Section,
  type SectionContext,
  type SectionCount,
} from './sections/section.js';

export { recordSections, type RecordSection } from './sections/section.js';

const toldSections = new Set<string>();
/** Tells the page's developer, once, of a name in `sections` that is no section: it would otherwise vanish unsaid. */
const tellUnknownSection = (name: string): void => {
  if (toldSections.has(name)) return;
  toldSections.add(name);
  console.warn(
    `pf-portal-elements: <pf-health-records> sections has "${name}", which is not a section (${recordSections.join(', ')}); it is left out.`,
  );
};

/** Below this width the records are a menu of sections, each its own view, instead of a side list. */
const narrowWidth = 640;

/** What the records can show at once: the overview, or one section. */
type RecordView = RecordSection | 'overview';

/** The sections the overview speaks of, in its order: what needs attention first. */
const overviewSections: readonly RecordSection[] = ['lab-results', 'appointments', 'allergies'];

/** Date formats, made once per language and style: a screen of results formats hundreds of dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
};

/** A language tag as BCP 47 writes one (`es`, `es-MX`, `zh-Hant-TW`); anything else is not put in `lang`. */
const languageTag = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

const patientName = (patient: Patient | undefined): string => {
  const name = patient?.name?.find((candidate) => candidate.use === 'official') ?? patient?.name?.[0];
  if (!name) return '';
  return name.text ?? [...(name.given ?? []), name.family ?? ''].join(' ').trim();
};

/**
 * The patient's health records, from any FHIR R4 patient-access API: diagnoses, medications, immunizations,
 * allergies, procedures, care plans, shared lab results and appointments. Never chart notes.
 *
 * @summary Shows the signed-in patient's health records, read as FHIR R4.
 * @csspart section - The element's frame.
 * @csspart heading - The heading with the patient's name.
 * @csspart button - The Sign out button.
 * @cssprop --pf-health-records-max-width - The widest the element grows (default 64rem).
 * @cssprop --pf-health-records-padding - Space inside the element's frame (default 0).
 */
export class PfHealthRecords extends PortalElement {
  static override styles = recordsStyles;

  private readonly l10n = new LocaleController(this, recordsMessages);
  private readonly common = new LocaleController(this, commonMessages);
  private resizeObserver?: ResizeObserver;

  private readonly patientTask = new Task(this, {
    task: ([client, signedIn], { signal }) => (signedIn ? client.readPatient({ signal }) : Promise.resolve(undefined)),
    args: () => [this.activeClient, this.signedInAs] as const,
  });

  /** Each section's loading, in the element's order. */
  private readonly controllers: Record<RecordSection, SectionController<Loaded<unknown>>> = {
    diagnoses: this.controllerFor(diagnosesSection),
    medications: this.controllerFor(medicationsSection),
    immunizations: this.controllerFor(immunizationsSection),
    allergies: this.controllerFor(allergiesSection),
    procedures: this.controllerFor(proceduresSection),
    'care-plans': this.controllerFor(carePlansSection),
    'lab-results': this.controllerFor(new LabResultsSection(this)),
    appointments: this.controllerFor(appointmentsSection),
  };
  private readonly reads = new ReadsWhileShown(this, () => [
    taskRead(this.patientTask),
    ...Object.values(this.controllers).map((controller) => controller.read),
  ]);

  @state() private active: RecordView = 'overview';
  /** Whose records the navigation was opened for: a new session opens on the overview (or the only section). */
  private openedFor?: string;
  /**
   * The sections read in this session: those of the first screen, each the patient opens, and the rest once the
   * first screen is in and the page is idle. The first screen asks the server only for what it shows.
   */
  private readonly wanted = new Set<RecordSection>();
  /** Whether the sections not on screen are read ahead (the first screen is in, and the page was idle). */
  @state() private readAhead = false;
  private cancelReadAhead?: () => void;
  @state() private narrow = false;
  @state() private signingOut = false;

  /**
   * Which sections to show, space-separated, in any order; every section when not set. The sections: `diagnoses`,
   * `medications`, `immunizations`, `allergies`, `procedures`, `care-plans`, `lab-results`, `appointments`. A name
   * that is none of them is left out, and the console says so once.
   */
  @property() sections?: string;

  /**
   * The first drawing (the placeholders, and the reads it starts) comes in a task of its own, not in the one that
   * evaluated the page's scripts and upgraded the element: on a phone's slower CPU the two together near 50 ms.
   */
  // Lit's own signature: an update runs at once, or after the promise it returns.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return nextTask().then(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? narrowWidth) < narrowWidth;
      // Change the layout after this frame's observations, not inside them (no resize loop).
      if (narrow !== this.narrow) setTimeout(() => (this.narrow = narrow));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    // Taken off the page: nothing is read ahead for it (put back, it looks again at its next update).
    this.stopReadAhead();
    if (this.hasUpdated) queueMicrotask(() => this.isConnected && this.requestUpdate());
  }

  private stopReadAhead(): void {
    this.cancelReadAhead?.();
    this.cancelReadAhead = undefined;
  }

  private controllerFor<D extends Loaded<unknown>>(section: Section<D>): SectionController<D> {
    return new SectionController(
      this,
      section,
      (): SectionArgs => [this.activeClient, this.signedInAs, this.askedSections.includes(section.id)],
      // The Patient the heading shows, shared: a section that needs it (lab ranges fit by sex and age) reads it once.
      { patient: () => this.patientTask.taskComplete.catch(() => undefined) },
    );
  }

  override willUpdate(): void {
    // A new patient (or the same one signed in again) starts on the first section, never on the last one's tab.
    const signedInAs = this.signedInAs;
    if (signedInAs !== this.openedFor) {
      this.openedFor = signedInAs;
      this.active = this.views[0] ?? 'overview';
      this.wanted.clear();
      this.readAhead = false;
      this.stopReadAhead();
    }
    // Whatever changed (the sections asked for, the width), what is shown is one of the views there are.
    if (!this.views.includes(this.active)) {
      this.active = this.views[0] ?? 'overview';
    }
    // What the screen shows is read now (the overview's sections, or the section opened); the rest when idle.
    const onScreen = this.active === 'overview' ? overviewSections : [this.active];
    for (const section of this.readAhead ? recordSections : onScreen) this.wanted.add(section);
  }

  /**
   * The first of each kind of format (numbers, lists, dates in the element's language) takes a phone's slower CPU
   * tens of milliseconds in a fresh page, its language's data loaded: each is made while the first reads are on
   * their way, one when the page is next idle, not in the task that draws the first answer.
   */
  override firstUpdated(): void {
    const locale = this.l10n.locale;
    const formats = [
      () => this.l10n.number(0),
      () => this.l10n.list([]),
      () => dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
      () => dateFormat(locale, { dateStyle: 'medium' }),
    ];
    const next = (): void => {
      formats.shift()?.();
      if (formats.length) whenIdle(next);
    };
    whenIdle(next);
  }

  override updated(): void {
    // Once what the screen shows is in, the other sections are read while the page is idle, so opening one is
    // instant; not while the first screen is read, and not when all of it failed (the server is down).
    if (!this.signedInAs || this.readAhead || this.cancelReadAhead) return;
    const controllers = this.askedSections.map((section) => this.controllers[section]);
    if (!controllers.every((controller) => controller.settled) || controllers.every((controller) => controller.failed))
      return;
    this.cancelReadAhead = whenIdle(() => {
      this.cancelReadAhead = undefined;
      this.readAhead = true;
    });
  }

  /**
   * The overview, then each section: the overview when there is more than one section and one of them has something
   * for it (on a phone, always: it is where the menu is).
   */
  private get views(): RecordView[] {
    const sections = this.shownSections;
    const overview =
      sections.length > 1 && (this.narrow || sections.some((section) => overviewSections.includes(section)));
    return overview ? ['overview', ...sections] : sections;
  }

  /** Shows one view, and takes the patient there: to its tab on a wide screen, to its heading on a phone. */
  private async show(view: RecordView): Promise<void> {
    this.active = view;
    await this.updateComplete;
    const target = this.narrow ? `#heading-${view}` : `#tab-${view}`;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** On a phone: back from a section to the overview and the menu, to the section's own entry in it. */
  private async showAll(): Promise<void> {
    const from = this.active;
    this.active = 'overview';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#menu-${from}`)?.focus();
  }

  /** The sections to show, in the element's order. */
  private get shownSections(): RecordSection[] {
    const asked = (this.sections ?? '').split(/\s+/).filter(Boolean);
    for (const name of asked) if (!(recordSections as readonly string[]).includes(name)) tellUnknownSection(name);
    const known = recordSections.filter((section) => asked.includes(section));
    return known.length ? known : [...recordSections];
  }

  /** Who is signed in: the session's patient, or the page's own client when there is no portal. */
  private get signedInAs(): string | undefined {
    if (this.portal) return this.portal.session?.patientId;
    return this.client ? 'client' : undefined;
  }

  private onTabKey(event: KeyboardEvent): void {
    const sections = this.views;
    const index = sections.indexOf(this.active);
    const moves: Record<string, number> = {
      // A side list: up and down, as a vertical tab list moves; right and left too, as people try.
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: sections.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = sections[(target + sections.length) % sections.length] ?? this.active;
    this.active = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  }

  private async onSignOut(): Promise<void> {
    if (!this.portal || this.signingOut) return;
    this.signingOut = true;
    try {
      // The session ends on this page at once; the server's half (which may be slow, or never answer) comes after.
      const ending = this.portal.endSession('signed-out');
      await this.updateComplete;
      // The Sign out button is gone with the records: the message that says so takes focus, if the page kept us.
      if (this.isConnected && this.holdsFocus) this.focus();
      await ending;
    } finally {
      this.signingOut = false;
    }
  }

  // -----------------------------------------------------------------------------------------------------------
  // Formatting

  private when(value: WhenView | undefined): string | undefined {
    if (!value) return undefined;
    if (value.age) return this.l10n.t('atAge', this.age(value.age));
    if (value.ages) {
      const { low, high } = value.ages;
      if (low && high) return this.l10n.t('atAge', this.age(low, high));
      if (low) return this.l10n.t('fromAge', this.age(low));
      if (high) return this.l10n.t('beforeAge', this.age(high));
    }
    if (!value.iso) return value.text;
    const iso = value.iso;
    const locale = this.l10n.locale;
    if (/^\d{4}$/.test(iso)) return iso;
    if (/^\d{4}-\d{2}$/.test(iso)) {
      return dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}-01`));
    }
    // A date alone is a calendar day, the same everywhere; a date-time is shown as the day it was where the patient is.
    const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return dateFormat(
      locale,
      iso.length === 10 ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium' },
    ).format(date);
  }

  /** A count as the language writes it; one the server did not give in full reads "100+". */
  private countWords({ value, atLeast }: SectionCount): string {
    return `${this.l10n.number(value)}${atLeast ? '+' : ''}`;
  }

  /** An age in words ("45 years", "6 months"), or two ages of one unit as a range ("40–45 years"). */
  private age(age: AgeView, to?: AgeView): string {
    const units: Record<string, string> = { a: 'year', mo: 'month', wk: 'week', d: 'day', h: 'hour', min: 'minute' };
    const format = (unit: string) =>
      new Intl.NumberFormat(this.l10n.locale, { style: 'unit', unit: units[unit] ?? 'year', unitDisplay: 'long' });
    if (to && to.unit === age.unit) return format(age.unit).formatRange(age.value, to.value);
    if (to) return this.l10n.list([format(age.unit).format(age.value), format(to.unit).format(to.value)]);
    return format(age.unit).format(age.value);
  }

  private dateTime(iso: string | undefined): string | undefined {
    if (!iso) return undefined;
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return dateFormat(this.l10n.locale, { dateStyle: 'full', timeStyle: 'short' }).format(date);
  }

  private facts(pairs: [string, string | TemplateResult | undefined][]): TemplateResult {
    const shown = pairs.filter(([, value]) => value !== undefined && value !== '');
    return shown.length
      ? html`<dl>
          ${shown.map(
            ([term, value]) =>
              html`<dt>${term}</dt>
                <dd>${value}</dd>`,
          )}
        </dl>`
      : html``;
  }

  /** A heading one level below the section's: a tab's (h2 above) or a stacked section's h3. */
  private subheading(words: string | TemplateResult, id?: string): TemplateResult {
    return id
      ? this.stacked
        ? html`<h4 class="panel-name" id=${id} tabindex="-1">${words}</h4>`
        : html`<h3 class="panel-name" id=${id} tabindex="-1">${words}</h3>`
      : this.stacked
        ? html`<h4 class="panel-name">${words}</h4>`
        : html`<h3 class="panel-name">${words}</h3>`;
  }

  /** Whether the sections stand under their own h3 (a narrow element, or a single section) rather than in tabs. */
  private get stacked(): boolean {
    return this.narrow || this.shownSections.length === 1;
  }

  /** What the sections' templates use from the element. */
  private get context(): SectionContext {
    return {
      l10n: this.l10n,
      when: (value) => this.when(value),
      age: (age, to) => this.age(age, to),
      dateTime: (iso) => this.dateTime(iso),
      facts: (pairs) => this.facts(pairs),
      subheading: (words, id) => this.subheading(words, id),
      serverNow: () => this.activeClient.serverNow(),
      said: (words, language) => this.said(words, language),
    };
  }

  private said(words: string | undefined, language: string | undefined): string | TemplateResult | undefined {
    if (!words || !language || !languageTag.test(language)) return words;
    return spokenLocale(language) === this.l10n.locale ? words : html`<span lang=${language}>${words}</span>`;
  }

  // -----------------------------------------------------------------------------------------------------------
  // Rendering

  /**
   * The records' first screen: what needs attention in the sections it speaks of (critical and latest results, the
   * next appointment, allergies), each with the way to its section.
   */
  private renderOverview(sections: RecordSection[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<div class="overview">
      ${overviewSections
        .filter((section) => sections.includes(section))
        .map(
          (section) =>
            html`<section class="card" aria-labelledby=${`overview-${section}`}>
              <h3 id=${`overview-${section}`}>${t(section)}</h3>
              ${this.controllers[section].renderOverview(this.context)}
              <p>
                <button type="button" class="link" @click=${() => void this.show(section)}>
                  ${t('seeSection', section)}
                </button>
              </p>
            </section>`,
        )}
    </div>`;
  }

  /** On a phone: the overview and a short menu of the sections with their counts, or one section with a way back. */
  private renderPhone(sections: RecordSection[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const active = this.active;
    if (active !== 'overview') {
      const count = this.controllers[active].count;
      return html`<p class="back">
          <button type="button" class="link" @click=${() => void this.showAll()}>
            <span class="chevron" aria-hidden="true">‹ </span>${t('backToAll')}
          </button>
        </p>
        <section class="panel" aria-labelledby=${`heading-${active}`}>
          <h3 id=${`heading-${active}`} tabindex="-1">
            ${t(active)}${count === undefined ? nothing : html` <span class="count">${this.countWords(count)}</span>`}
          </h3>
          ${this.controllers[active].render(this.context, this.common)}
        </section>`;
    }
    return html`${this.renderOverview(sections)}
      <nav class="menu" aria-labelledby="menu-heading">
        <h3 id="menu-heading">${t('allSections')}</h3>
        <ul>
          ${sections.map((section) => {
            const count = this.controllers[section].count;
            return html`<li>
              <button type="button" id=${`menu-${section}`} @click=${() => void this.show(section)}>
                <span class="name">${t(section)}</span>
                ${count === undefined ? nothing : html`<span class="count">${this.countWords(count)}</span>`}
                <span class="go chevron" aria-hidden="true">›</span>
              </button>
            </li>`;
          })}
        </ul>
      </nav>`;
  }

  private renderTabs(views: RecordView[], sections: RecordSection[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const active = this.active;
    return html`
      <div class="tabbed">
        <div role="tablist" aria-orientation="vertical" aria-label=${t('sectionsLabel')} @keydown=${this.onTabKey}>
          ${views.map((section) => {
            const count = section === 'overview' ? undefined : this.controllers[section].count;
            const selected = section === this.active;
            return html`<button
              type="button"
              role="tab"
              id=${`tab-${section}`}
              aria-selected=${selected ? 'true' : 'false'}
              aria-controls=${`panel-${section}`}
              tabindex=${selected ? '0' : '-1'}
              @click=${() => (this.active = section)}
            >
              ${t(section)}${count === undefined ? nothing : html`<span class="count">${this.countWords(count)}</span>`}
            </button>`;
          })}
        </div>
        <section role="tabpanel" class="panel" id=${`panel-${active}`} aria-labelledby=${`tab-${active}`} tabindex="0">
          ${active === 'overview' ? this.renderOverview(sections) : this.controllers[active].render(this.context, this.common)}
        </section>
      </div>
    `;
  }

  /** The sections shown that were asked of the server so far (what the screen shows, and the rest once idle). */
  private get askedSections(): RecordSection[] {
    return this.shownSections.filter((section) => this.wanted.has(section));
  }

  /** Whether every section asked of the server so far failed: the server is down, not one of its searches. */
  private askedFailed(asked: RecordSection[]): boolean {
    return asked.length > 1 && asked.every((section) => this.controllers[section].failed);
  }

  private renderAllFailed(sections: RecordSection[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const waits = sections
      .map((section) => this.controllers[section].error)
      .filter((error): error is PortalProblemError => error instanceof PortalProblemError && error.status === 429);
    const longest = waits.sort((a, b) => (b.retryAfter ?? 0) - (a.retryAfter ?? 0))[0];
    return html`<div class="summary" role="alert">
      <p>${t('loadAllError')}</p>
      ${longest ? html`<p>${waitWords(this.context, longest)}</p>` : nothing}
      <button
        type="button"
        class="secondary"
        @click=${() => sections.forEach((section) => this.controllers[section].retry())}
      >
        ${this.common.t('retry')}
      </button>
    </div>`;
  }

  private renderStacked(sections: RecordSection[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<div class="stacked">
      ${sections.map((section) => {
        const count = this.controllers[section].count;
        return html`<section class="panel" aria-labelledby=${`heading-${section}`}>
          <h3 id=${`heading-${section}`}>
            ${t(section)}${count === undefined ? nothing : html` <span class="count">${this.countWords(count)}</span>`}
          </h3>
          ${this.controllers[section].render(this.context, this.common)}
        </section>`;
      })}
    </div>`;
  }

  override render() {
    const t = this.l10n.t.bind(this.l10n);
    if (!this.signedInAs) {
      return html`<section class="pf" part="section" lang=${this.l10n.locale}>
        <p class="notice" role="status" tabindex="-1" data-pf-focus>${t('signedOut')}</p>
      </section>`;
    }
    const name = patientName(this.patientTask.value);
    const sections = this.shownSections;
    const asked = this.askedSections;
    return html`
      <section class="pf" part="section" lang=${this.l10n.locale}>
        <header>
          <h2 part="heading" tabindex="-1">${name ? t('patient', name) : t('heading')}</h2>
          ${
            this.portal
              ? html`<button
                  type="button"
                  class="secondary"
                  part="button"
                  ?disabled=${this.signingOut}
                  @click=${this.onSignOut}
                >
                  ${this.signingOut ? t('signingOut') : t('signOut')}
                </button>`
              : nothing
          }
        </header>
        ${
          // Every section failed (the server is down): one message and one Try again, not one per section.
          sections.length > 1 && this.askedFailed(asked)
            ? this.renderAllFailed(asked)
            : // One section needs no navigation: it is shown under its own heading.
              sections.length === 1
              ? this.renderStacked(sections)
              : this.narrow
                ? this.renderPhone(sections)
                : this.renderTabs(this.views, sections)
        }
      </section>
    `;
  }
}
