/**
 * Medications: prescriptions and the medications the patient reported, current ones first. A medication named only
 * by a reference is read from the server when the search did not bring it along, and so is a prescriber the record
 * names only by reference. Structured dosages are put into words.
 */
import { html, nothing } from 'lit';
import type { PortalClient } from '../../../api/client.js';
import type {
  IncludableType,
  Medication,
  Organization,
  Practitioner,
  PractitionerRole,
} from '../../../api/fhir/schemas.js';
import {
  type Actors,
  actorReferences,
  type DosageView,
  type MedicationView,
  toMedications,
  unresolvedMedications,
} from '../mapping/medications.js';
import type { Loaded, RecordsLocale, Section, SectionContext } from './section.js';

/** Reads what the records refer to, a few at a time; what cannot be read stays unnamed (its display is used). */
async function readAll<T extends IncludableType>(
  client: PortalClient,
  type: T,
  ids: string[],
  signal: AbortSignal,
): Promise<Awaited<ReturnType<PortalClient['read']>>[]> {
  const read: Awaited<ReturnType<PortalClient['read']>>[] = [];
  for (let at = 0; at < ids.length; at += 6) {
    const batch = await Promise.allSettled(ids.slice(at, at + 6).map((id) => client.read(type, id, { signal })));
    for (const result of batch) if (result.status === 'fulfilled') read.push(result.value);
  }
  return read;
}

/** One dosage in words: the prescriber's text when there is one, else a sentence built from its parts. */
export function dosageWords(dosage: DosageView, { l10n, when }: SectionContext): string | undefined {
  if (dosage.text) return dosage.text;
  const t = l10n.t.bind(l10n);
  const parts: string[] = [];
  const { dose, frequency } = dosage;
  if (dose?.value) parts.push(dose.value);
  else if (dose?.low && dose.high) parts.push(t('doseRange', dose.low, dose.high));
  if (frequency)
    parts.push(
      t('frequency', frequency.times, frequency.timesMax, frequency.every, frequency.everyMax, frequency.unit),
    );
  else if (dosage.timing) parts.push(dosage.timing);
  if (dosage.when.length) parts.push(l10n.list(dosage.when.map((code) => t('whenWord', code))));
  if (dosage.timeOfDay.length)
    parts.push(t('atTimes', l10n.list(dosage.timeOfDay.map((time) => timeWords(time, l10n)))));
  if (dosage.dayOfWeek.length) parts.push(t('onDays', l10n.list(dosage.dayOfWeek.map((day) => dayWords(day, l10n)))));
  const bounds = dosage.bounds;
  if (bounds?.duration) parts.push(t('forDuration', durationWords(bounds.duration, l10n)));
  if (bounds?.end) parts.push(t('untilDate', when({ iso: bounds.end }) ?? bounds.end));
  if (bounds?.count !== undefined) parts.push(t('timesInAll', bounds.count));
  const sentence = parts.join(' ');
  const withNeed = dosage.asNeeded ? (sentence ? `${sentence}, ${t('asNeeded')}` : t('asNeeded')) : sentence;
  return withNeed || dosage.patientInstruction;
}

const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A weekday code (`mon`) as the language names it. */
const dayWords = (day: string, l10n: RecordsLocale): string => {
  const index = weekdays.indexOf(day);
  // 2023-01-01 was a Sunday.
  return index === -1 ? day : l10n.date(Date.UTC(2023, 0, 1 + index, 12), { weekday: 'long', timeZone: 'UTC' });
};

/** A time of day (`08:00:00`) as the language writes it. */
const timeWords = (time: string, l10n: RecordsLocale): string => {
  const [hours, minutes] = time.split(':').map(Number);
  if (hours === undefined || Number.isNaN(hours)) return time;
  return l10n.date(Date.UTC(2023, 0, 1, hours, minutes ?? 0), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
};

/** A duration ("10 days"), in the language's words for its unit. */
const durationWords = ({ value, unit }: { value: number; unit: string }, l10n: RecordsLocale): string => {
  const units: Record<string, string> = {
    s: 'second',
    min: 'minute',
    h: 'hour',
    d: 'day',
    wk: 'week',
    mo: 'month',
    a: 'year',
  };
  const name = units[unit];
  return name
    ? new Intl.NumberFormat(l10n.locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value)
    : `${l10n.number(value)} ${unit}`;
};

export const medicationsSection: Section<Loaded<MedicationView>> = {
  id: 'medications',
  empty: 'emptyMedications',
  async load(client, signal) {
    const [requests, statements] = await Promise.all([
      client.searchAll('MedicationRequest', {
        signal,
        params: { _include: ['MedicationRequest:medication', 'MedicationRequest:requester'] },
      }),
      client.searchAll('MedicationStatement', {
        signal,
        params: { _include: ['MedicationStatement:medication', 'MedicationStatement:source'] },
      }),
    ]);
    const included = [...requests.included, ...statements.included];
    const medications = included.filter((resource): resource is Medication => resource.resourceType === 'Medication');
    const actors = new Map<string, Practitioner | PractitionerRole | Organization>();
    const addActor = (resource: (typeof included)[number]) => {
      if (
        resource.resourceType === 'Practitioner' ||
        resource.resourceType === 'PractitionerRole' ||
        resource.resourceType === 'Organization'
      )
        actors.set(`${resource.resourceType}/${resource.id ?? ''}`, resource);
    };
    included.forEach(addActor);
    // What the search did not bring along, read by id: servers that ignore _include still name their medications.
    const resources = [...requests.resources, ...statements.resources];
    const [readMedications, ...readActors] = await Promise.all([
      readAll(client, 'Medication', unresolvedMedications(resources, medications), signal),
      ...(['Practitioner', 'PractitionerRole', 'Organization'] as const).map((type) =>
        readAll(
          client,
          type,
          actorReferences(requests.resources, statements.resources)
            .filter((key) => key.startsWith(`${type}/`) && !actors.has(key))
            .map((key) => key.slice(type.length + 1)),
          signal,
        ),
      ),
    ]);
    readActors.flat().forEach(addActor);
    const actorsOfRoles = [...actors.values()].flatMap((actor) =>
      actor.resourceType === 'PractitionerRole' && actor.practitioner?.reference && !actor.practitioner.display
        ? [actor]
        : [],
    );
    if (actorsOfRoles.length) {
      const ids = actorsOfRoles.flatMap(
        (role) => role.practitioner?.reference?.match(/Practitioner\/([^/]+)$/)?.[1] ?? [],
      );
      (
        await readAll(
          client,
          'Practitioner',
          ids.filter((id) => !actors.has(`Practitioner/${id}`)),
          signal,
        )
      ).forEach(addActor);
    }
    return {
      items: toMedications(
        requests.resources,
        statements.resources,
        [
          ...medications,
          ...readMedications.filter((resource): resource is Medication => resource.resourceType === 'Medication'),
        ],
        actors as Actors,
      ),
      skipped: requests.skipped.length + statements.skipped.length,
      capped: Boolean(requests.capped || statements.capped),
    };
  },
  render({ items }, context) {
    const { l10n, when, facts } = context;
    const t = l10n.t.bind(l10n);
    const date = (iso: string | undefined) => when(iso ? { iso } : undefined);
    const takenFacts = (item: MedicationView): [string, string | undefined][] => {
      const start = date(item.taken?.start);
      const end = date(item.taken?.end);
      if (item.source === 'prescription') return [[t('prescribed'), date(item.authored)]];
      if (start && end) return [[t('takenBetween'), t('between', start, end)]];
      // Only a medication taken now reads "Taken since": a stopped or completed one says when it started.
      if (start) return [[item.current ? t('taken') : t('started'), start]];
      if (end) return [[t('stopped'), end]];
      return [[t('reportedOn'), date(item.asserted)]];
    };
    const list = (shown: MedicationView[]) =>
      html`<ul class="items">
        ${shown.map((item) => {
          const said = (words: string | undefined) => context.said(words, item.language);
          // The prescriber's own words, or the patient's instruction, are the record's; the rest is the element's.
          const dosage = item.dosage.flatMap((each) => {
            const words = dosageWords(each, context);
            if (words === undefined) return [];
            return words === each.text || words === each.patientInstruction ? [said(words) ?? words] : [words];
          });
          const first = item.dosage[0];
          // A past medication keeps its name, status and dates; how it was taken is no longer what to do.
          return html`<li class=${item.current ? 'item' : 'item muted'}>
            <p class="name">
              ${said(item.name) || t('unnamed')}${item.doNotTake ? html`<span class="flag warn">${t('doNotTake')}</span>` : nothing}
            </p>
            ${facts([
              [t('status'), t('statusWord', item.status)],
              [
                t('instructions'),
                !item.current || !dosage.length
                  ? undefined
                  : dosage.length === 1
                    ? dosage[0]
                    : html`<ul>
                        ${dosage.map((words) => html`<li>${words}</li>`)}
                      </ul>`,
              ],
              [t('takeFor'), item.current ? said(first?.asNeededFor) : undefined],
              [t('route'), item.current ? said(first?.route) : undefined],
              [t('site'), item.current ? said(first?.site) : undefined],
              [t('method'), item.current ? said(first?.method) : undefined],
              [t('also'), item.current && first?.additional.length ? said(l10n.list(first.additional)) : undefined],
              [item.source === 'prescription' ? t('prescriber') : t('reportedBy'), item.prescriber],
              ...takenFacts(item),
              [t('refills'), item.current && item.refills !== undefined ? l10n.number(item.refills) : undefined],
            ])}
          </li>`;
        })}
      </ul>`;
    // What the patient takes now comes first; what they took before sits apart, under its own heading.
    const current = items.filter((item) => item.current);
    const past = items.filter((item) => !item.current);
    if (!past.length) return list(current);
    return html`
      ${context.subheading(t('medicationsNow'))}
      ${current.length ? list(current) : html`<p>${t('noCurrentMedications')}</p>`}
      ${context.subheading(t('medicationsBefore'))} ${list(past)}
    `;
  },
};
