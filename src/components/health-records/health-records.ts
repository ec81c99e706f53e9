import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PortalClient } from '../../api/client.js';
import { PortalProblemError } from '../../api/errors.js';
import type { SearchPage } from '../../api/fhir/bundle.js';
import {
  toAllergies,
  toAppointments,
  toCarePlans,
  toDiagnoses,
  toImmunizations,
  toLabResults,
  toMedications,
  toProcedures,
} from '../../api/fhir/records.js';
import type { DiagnosticReport, Medication, Observation, Patient } from '../../api/fhir/schemas.js';
import type {
  AllergyView,
  AppointmentView,
  CarePlanView,
  DiagnosisView,
  ImmunizationView,
  LabFlag,
  LabResultView,
  MedicationView,
  ProcedureView,
  WhenView,
} from '../../api/fhir/view-models.js';
import { commonMessages } from '../../internal/common.messages.js';
import { LocaleController } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import { baseStyles, formStyles } from '../../internal/styles.js';
import { recordsMessages } from './health-records.messages.js';
import { recordsStyles } from './health-records.styles.js';

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

interface Loaded<T> {
  items: T[];
  /** Resources the client could not read. */
  skipped: number;
}

/** The lab results loaded so far, and the way to older ones. */
interface LabsLoaded extends Loaded<LabResultView> {
  observations: Observation[];
  reports: DiagnosticReport[];
  total: number;
  pages?: AsyncGenerator<SearchPage<'Observation'>>;
}

/** Results the first screen shows, and each "Show older results" adds. */
const labPageSize = 100;
/** Below this width the sections stack instead of sitting behind tabs. */
const narrowWidth = 640;
const emptyKeys = {
  diagnoses: 'emptyDiagnoses',
  medications: 'emptyMedications',
  immunizations: 'emptyImmunizations',
  allergies: 'emptyAllergies',
  procedures: 'emptyProcedures',
  'care-plans': 'emptyCarePlans',
  'lab-results': 'emptyLabResults',
  appointments: 'emptyAppointments',
} as const;

const warnFlags: readonly LabFlag[] = ['high', 'low', 'critical-high', 'critical-low', 'abnormal', 'critical'];

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
  static override styles = [baseStyles, formStyles, recordsStyles];

  private readonly l10n = new LocaleController(this, recordsMessages);
  private readonly common = new LocaleController(this, commonMessages);
  private resizeObserver?: ResizeObserver;

  private readonly patientTask = new Task(this, {
    task: ([client, signedIn], { signal }) => (signedIn ? client.readPatient({ signal }) : Promise.resolve(undefined)),
    args: () => [this.activeClient, this.signedInAs] as const,
  });

  private readonly tasks = {
    diagnoses: this.sectionTask('diagnoses', async (client, signal) => {
      const { resources, skipped } = await client.searchAll('Condition', { signal });
      return { items: toDiagnoses(resources), skipped: skipped.length };
    }),
    medications: this.sectionTask('medications', async (client, signal) => {
      const [requests, statements] = await Promise.all([
        client.searchAll('MedicationRequest', { signal, params: { _include: 'MedicationRequest:medication' } }),
        client.searchAll('MedicationStatement', { signal }),
      ]);
      const medications = requests.included.filter(
        (resource): resource is Medication => resource.resourceType === 'Medication',
      );
      return {
        items: toMedications(requests.resources, statements.resources, medications),
        skipped: requests.skipped.length + statements.skipped.length,
      };
    }),
    immunizations: this.sectionTask('immunizations', async (client, signal) => {
      const { resources, skipped } = await client.searchAll('Immunization', { signal });
      return { items: toImmunizations(resources), skipped: skipped.length };
    }),
    allergies: this.sectionTask('allergies', async (client, signal) => {
      const { resources, skipped } = await client.searchAll('AllergyIntolerance', { signal });
      return { items: toAllergies(resources), skipped: skipped.length };
    }),
    procedures: this.sectionTask('procedures', async (client, signal) => {
      const { resources, skipped } = await client.searchAll('Procedure', { signal });
      return { items: toProcedures(resources), skipped: skipped.length };
    }),
    'care-plans': this.sectionTask('care-plans', async (client, signal) => {
      const { resources, skipped } = await client.searchAll('CarePlan', { signal });
      return { items: toCarePlans(resources), skipped: skipped.length };
    }),
    'lab-results': this.sectionTask('lab-results', (client, signal) => this.loadLabs(client, signal)),
    appointments: this.sectionTask('appointments', async (client, signal) => {
      const { resources, skipped } = await client.searchAll('Appointment', { signal });
      return { items: toAppointments(resources), skipped: skipped.length };
    }),
  };

  @state() private active: RecordSection = 'diagnoses';
  @state() private narrow = false;
  @state() private labFilter = '';
  @state() private labPage = 0;
  @state() private loadingMore = false;
  @state() private signingOut = false;

  /** Which sections to show, space-separated, in any order; every section when not set. */
  @property() sections?: string;

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
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sections') && !this.shownSections.includes(this.active)) {
      this.active = this.shownSections[0] ?? 'diagnoses';
    }
  }

  /** The sections to show, in the element's order. */
  private get shownSections(): RecordSection[] {
    const asked = (this.sections ?? '').split(/\s+/).filter(Boolean);
    const known = recordSections.filter((section) => asked.includes(section));
    return known.length ? known : [...recordSections];
  }

  /** Who is signed in: the session's patient, or the page's own client when there is no portal. */
  private get signedInAs(): string | undefined {
    if (this.portal) return this.portal.session?.patientId;
    return this.client ? 'client' : undefined;
  }

  private sectionTask<T>(
    section: RecordSection,
    load: (client: PortalClient, signal: AbortSignal) => Promise<Loaded<T>>,
  ): Task<readonly [PortalClient, string | undefined, boolean], Loaded<T> | undefined> {
    return new Task(this, {
      task: ([client, signedIn, shown], { signal }) =>
        signedIn && shown ? load(client, signal) : Promise.resolve(undefined),
      args: () => [this.activeClient, this.signedInAs, this.shownSections.includes(section)] as const,
    });
  }

  private async loadLabs(client: PortalClient, signal: AbortSignal): Promise<LabsLoaded> {
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

  // -----------------------------------------------------------------------------------------------------------
  // Event handlers

  /** One page older: from what is loaded, or the server's next page when the patient reaches the end of it. */
  private async onOlder(): Promise<void> {
    const labs = this.tasks['lab-results'].value as LabsLoaded | undefined;
    if (!labs || this.loadingMore) return;
    const needed = (this.labPage + 2) * labPageSize;
    if (labs.observations.length < needed && labs.pages) {
      this.loadingMore = true;
      try {
        const next = await labs.pages.next();
        // The session may have changed meanwhile: a page of the old one is dropped.
        if (this.tasks['lab-results'].value !== labs) return;
        if (next.done) delete labs.pages;
        else {
          labs.observations.push(...next.value.resources);
          labs.skipped += next.value.skipped.length;
          labs.items = toLabResults(labs.observations, labs.reports);
          if (!next.value.next) delete labs.pages;
        }
      } catch {
        // The button stays: the patient can ask again.
        return;
      } finally {
        this.loadingMore = false;
      }
    }
    if ((this.labPage + 1) * labPageSize < this.filteredLabs(labs).length) this.labPage += 1;
  }

  private filteredLabs(labs: LabsLoaded): LabResultView[] {
    const filter = this.labFilter.trim().toLocaleLowerCase(this.l10n.locale);
    return filter
      ? labs.items.filter((item) => item.test.toLocaleLowerCase(this.l10n.locale).includes(filter))
      : labs.items;
  }

  private onTabKey(event: KeyboardEvent): void {
    const sections = this.shownSections;
    const index = sections.indexOf(this.active);
    const moves: Record<string, number> = {
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
    if (!value.iso) return value.text;
    const iso = value.iso;
    const locale = this.l10n.locale;
    if (/^\d{4}$/.test(iso)) return iso;
    if (/^\d{4}-\d{2}$/.test(iso)) {
      return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        new Date(`${iso}-01`),
      );
    }
    // A date alone is a calendar day, the same everywhere; a date-time is shown as the day it was where the patient is.
    const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(iso.length === 10 ? { timeZone: 'UTC' } : {}),
    }).format(date);
  }

  private dateTime(iso: string | undefined): string | undefined {
    if (!iso) return undefined;
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(this.l10n.locale, { dateStyle: 'full', timeStyle: 'short' }).format(date);
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

  // -----------------------------------------------------------------------------------------------------------
  // Rendering each section

  private renderDiagnoses(items: DiagnosisView[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li class="item">
            <p class="name">${item.name || t('unnamed')}</p>
            ${this.facts([
              [t('status'), item.clinicalStatus ? t('statusWord', item.clinicalStatus) : undefined],
              [item.onsetIsRecorded ? t('recorded') : t('since'), this.when(item.onset)],
              [t('resolved'), this.when(item.resolved)],
            ])}
          </li>`,
      )}
    </ul>`;
  }

  private renderMedications(items: MedicationView[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li class=${item.active ? 'item' : 'item muted'}>
            <p class="name">${item.name || t('unnamed')}</p>
            ${this.facts([
              [t('status'), t('statusWord', item.status)],
              [t('instructions'), item.instructions],
              [item.source === 'prescription' ? t('prescriber') : t('reportedBy'), item.prescriber],
              [
                item.source === 'prescription' ? t('prescribed') : t('taken'),
                this.when(item.date ? { iso: item.date } : undefined),
              ],
              [t('refills'), item.refills === undefined ? undefined : this.l10n.number(item.refills)],
            ])}
          </li>`,
      )}
    </ul>`;
  }

  private renderImmunizations(items: ImmunizationView[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li class=${item.notGiven ? 'item muted' : 'item'}>
            <p class="name">
              ${item.vaccine || t('unnamed')}${item.notGiven ? html`<span class="flag ok">${t('notGiven')}</span>` : nothing}
            </p>
            ${this.facts([
              [t('date'), this.when(item.date)],
              [t('dose'), item.doseNumber],
              [t('lot'), item.lot],
              [t('reason'), item.notGiven ? item.reason : undefined],
            ])}
          </li>`,
      )}
    </ul>`;
  }

  private renderAllergies(items: AllergyView[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<ul class="items">
      ${items.map((item) =>
        item.noKnownAllergies
          ? html`<li class="item"><p class="name">${t('noKnownAllergies')}</p></li>`
          : html`<li class="item">
              <p class="name">${item.substance || t('unnamed')}</p>
              ${this.facts([
                [t('status'), item.clinicalStatus ? t('statusWord', item.clinicalStatus) : undefined],
                [
                  t('reactions'),
                  item.reactions.length
                    ? item.reactions
                        .map((reaction) =>
                          [
                            this.l10n.list(reaction.manifestations),
                            reaction.severity ? `(${t('statusWord', reaction.severity)})` : '',
                          ]
                            .filter(Boolean)
                            .join(' '),
                        )
                        .join('; ')
                    : undefined,
                ],
                [t('criticality'), item.criticality ? t('statusWord', item.criticality) : undefined],
              ])}
            </li>`,
      )}
    </ul>`;
  }

  private renderProcedures(items: ProcedureView[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li class="item">
            <p class="name">${item.name || t('unnamed')}</p>
            ${this.facts([
              [t('date'), this.when(item.date)],
              [t('status'), t('statusWord', item.status)],
            ])}
          </li>`,
      )}
    </ul>`;
  }

  private renderCarePlans(items: CarePlanView[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const period = (value: CarePlanView['period']) => {
      const start = this.when(value?.start ? { iso: value.start } : undefined);
      const end = this.when(value?.end ? { iso: value.end } : undefined);
      if (start && end) return t('between', start, end);
      if (start) return t('from', start);
      return end ? t('until', end) : undefined;
    };
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li class="item">
            <p class="name">${item.title || t('unnamed')}</p>
            ${item.description ? html`<p>${item.description}</p>` : nothing}
            ${item.narrative ? html`<p class="narrative">${item.narrative}</p>` : nothing}
            ${this.facts([
              [t('status'), t('statusWord', item.status)],
              [t('period'), period(item.period)],
              [
                t('activities'),
                item.activities.length
                  ? html`<ul>
                      ${item.activities.map((activity) => html`<li>${activity}</li>`)}
                    </ul>`
                  : undefined,
              ],
            ])}
          </li>`,
      )}
    </ul>`;
  }

  private renderFlags(flags: LabFlag[]): TemplateResult[] {
    const t = this.l10n.t.bind(this.l10n);
    return flags
      .filter((flag) => flag !== 'normal')
      .map((flag) => html`<span class=${warnFlags.includes(flag) ? 'flag warn' : 'flag ok'}>${t('flag', flag)}</span>`);
  }

  private renderRange(range: LabResultView['range']): string | undefined {
    if (!range) return undefined;
    const t = this.l10n.t.bind(this.l10n);
    if (range.low && range.high) return `${range.low} – ${range.high}`;
    if (range.low) return t('rangeLow', range.low);
    if (range.high) return t('rangeHigh', range.high);
    return range.text;
  }

  private renderLabResult(item: LabResultView, grouped = false): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<li class="item lab-result">
      <p class="name">${item.test || t('unnamed')}${this.renderFlags(item.flags)}</p>
      ${this.facts([
        [t('result'), item.value ?? (item.absentReason ? t('noValue', item.absentReason) : undefined)],
        [t('range'), this.renderRange(item.range)],
        [t('date'), this.when(item.date ? { iso: item.date } : undefined)],
        [t('status'), t('statusWord', item.status)],
        [t('panel'), grouped ? undefined : item.panel?.name],
      ])}
      ${
        item.components.length
          ? html`<ul class="items">
              ${item.components.map((component) => this.renderLabResult(component))}
            </ul>`
          : nothing
      }
    </li>`;
  }

  private renderLabs(labs: LabsLoaded): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const filtered = Boolean(this.labFilter.trim());
    const list = this.filteredLabs(labs);
    // One page at a time: thousands of results never sit in the page at once.
    const start = Math.min(this.labPage * labPageSize, Math.max(0, list.length - 1));
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
          .value=${this.labFilter}
          @input=${(event: InputEvent) => {
            this.labFilter = (event.target as HTMLInputElement).value;
            this.labPage = 0;
          }}
        />
        <p class="hint" id="lab-count" role="status">
          ${filtered ? `${t('filtered', list.length)} ` : nothing}
          ${page.length ? t('showing', start + 1, start + page.length, total) : nothing}
        </p>
      </div>
      ${this.renderLabGroups(page)}
      <div class="more">
        <button type="button" class="secondary" ?disabled=${start === 0} @click=${() => (this.labPage -= 1)}>
          ${t('newer')}
        </button>
        ${
          hasOlder
            ? html`<button type="button" class="secondary" ?disabled=${this.loadingMore} @click=${this.onOlder}>
                ${this.loadingMore ? t('loadingMore') : t('older')}
              </button>`
            : html`<p class="hint">${t('allLoaded')}</p>`
        }
      </div>
    `;
  }

  /** Results of one panel drawn together sit under the panel's name; results without a panel stand alone. */
  private renderLabGroups(items: LabResultView[]): TemplateResult {
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
        ? html`${this.subheading(
              [group.panel.name, this.when(group.date ? { iso: group.date } : undefined)].filter(Boolean).join(' · '),
            )}
            <ul class="items">
              ${group.items.map((item) => this.renderLabResult(item, true))}
            </ul>`
        : html`<ul class="items">
            ${group.items.map((item) => this.renderLabResult(item))}
          </ul>`,
    )}`;
  }

  /** A heading one level below the section's: a tab's (h2 above) or a stacked section's h3. */
  private subheading(words: string): TemplateResult {
    return this.narrow ? html`<h4 class="panel-name">${words}</h4>` : html`<h3 class="panel-name">${words}</h3>`;
  }

  private renderAppointments(items: AppointmentView[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const now = this.activeClient.serverNow();
    const isUpcoming = (item: AppointmentView) => Date.parse(item.start ?? '') >= now;
    const upcoming = items.filter(isUpcoming);
    const past = items.filter((item) => !isUpcoming(item)).reverse();
    const list = (entries: AppointmentView[], empty: string) =>
      entries.length
        ? html`<ul class="items">
            ${entries.map(
              (item) =>
                html`<li class=${item.status === 'cancelled' || item.status === 'noshow' ? 'item muted' : 'item'}>
                  <p class="name">${this.dateTime(item.start) ?? t('unnamed')}</p>
                  ${this.facts([
                    [t('status'), t('statusWord', item.status)],
                    [t('with'), item.practitioners.length ? this.l10n.list(item.practitioners) : undefined],
                    [t('where'), item.location],
                    [t('visitType'), item.type],
                    [t('reason'), item.reason],
                  ])}
                </li>`,
            )}
          </ul>`
        : html`<p>${empty}</p>`;
    return html`
      ${this.subheading(t('upcoming'))} ${list(upcoming, t('noUpcoming'))} ${this.subheading(t('past'))}
      ${list(past, t('noPast'))}
    `;
  }

  private renderItems(section: RecordSection, data: Loaded<unknown>): TemplateResult {
    switch (section) {
      case 'diagnoses':
        return this.renderDiagnoses(data.items as DiagnosisView[]);
      case 'medications':
        return this.renderMedications(data.items as MedicationView[]);
      case 'immunizations':
        return this.renderImmunizations(data.items as ImmunizationView[]);
      case 'allergies':
        return this.renderAllergies(data.items as AllergyView[]);
      case 'procedures':
        return this.renderProcedures(data.items as ProcedureView[]);
      case 'care-plans':
        return this.renderCarePlans(data.items as CarePlanView[]);
      case 'lab-results':
        return this.renderLabs(data as LabsLoaded);
      case 'appointments':
        return this.renderAppointments(data.items as AppointmentView[]);
    }
  }

  private renderSectionBody(section: RecordSection): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const task = this.tasks[section] as Task<readonly unknown[], Loaded<unknown> | undefined>;
    return task.render({
      initial: () => this.renderSkeleton(),
      pending: () => this.renderSkeleton(),
      error: (error) => html`
        <div class="summary" role="alert">
          <p>${t('loadError', t(section))}</p>
          ${error instanceof PortalProblemError && error.status === 429 ? html`<p>${this.waitWords(error)}</p>` : nothing}
          <button type="button" class="secondary" @click=${() => void task.run()}>${this.common.t('retry')}</button>
        </div>
      `,
      complete: (data) =>
        data
          ? html`
              ${data.skipped ? html`<p class="notice">${t('skipped', data.skipped)}</p>` : nothing}
              ${data.items.length ? this.renderItems(section, data) : html`<p>${t(emptyKeys[section])}</p>`}
            `
          : html``,
    });
  }

  /** The wait a 429 asks for, said as the time it ends and in minutes. */
  private waitWords(error: PortalProblemError): string {
    const { time, minutes } = this.l10n.wait(error.retryAfter);
    return this.l10n.t('loadWait', time, minutes);
  }

  private renderSkeleton(): TemplateResult {
    return html`
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
    `;
  }

  private count(section: RecordSection): number | undefined {
    const value = this.tasks[section].value as Loaded<unknown> | LabsLoaded | undefined;
    if (!value) return undefined;
    return 'total' in value ? value.total : value.items.length;
  }

  private renderTabs(sections: RecordSection[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`
      <div role="tablist" aria-label=${t('sectionsLabel')} @keydown=${this.onTabKey}>
        ${sections.map((section) => {
          const count = this.count(section);
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
            ${t(section)}${count === undefined ? nothing : html`<span class="count">${this.l10n.number(count)}</span>`}
          </button>`;
        })}
      </div>
      <section role="tabpanel" id=${`panel-${this.active}`} aria-labelledby=${`tab-${this.active}`} tabindex="0">
        ${this.renderSectionBody(this.active)}
      </section>
    `;
  }

  private renderStacked(sections: RecordSection[]): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<div class="stacked">
      ${sections.map((section) => {
        const count = this.count(section);
        return html`<section aria-labelledby=${`heading-${section}`}>
          <h3 id=${`heading-${section}`}>
            ${t(section)}${count === undefined ? nothing : html` <span class="count">${this.l10n.number(count)}</span>`}
          </h3>
          ${this.renderSectionBody(section)}
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
        ${this.narrow ? this.renderStacked(sections) : this.renderTabs(sections)}
      </section>
    `;
  }
}
