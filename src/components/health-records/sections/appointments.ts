/**
 * Appointments: upcoming ones, the soonest first; those asked for but not yet given a time, with the time asked for;
 * then past ones, the latest first.
 */
import { html, nothing } from 'lit';
import { type AppointmentView, toAppointments } from '../mapping/appointments.js';
import { type Loaded, type Section, searchOf } from './section.js';

export const appointmentsSection: Section<Loaded<AppointmentView>> = {
  id: 'appointments',
  empty: 'emptyAppointments',
  load: searchOf('Appointment', toAppointments),
  /** The next appointment: when, with whom and where. */
  overview({ items }, { l10n, dateTime, serverNow }) {
    const t = l10n.t.bind(l10n);
    const now = serverNow();
    const next = items.find(
      (item) =>
        Date.parse(item.start ?? '') >= now && !['cancelled', 'noshow', 'entered-in-error'].includes(item.status),
    );
    if (!next) return html`<p>${t('noUpcoming')}</p>`;
    return html`<p>
      <strong>${dateTime(next.start)}</strong>
      ${next.practitioners.length ? html`<br />${t('with')}: ${l10n.list(next.practitioners)}` : nothing}
      ${next.location ? html`<br />${t('where')}: ${next.location}` : nothing}
    </p>`;
  },
  render({ items }, { l10n, dateTime, when, facts, subheading, serverNow, said }) {
    const t = l10n.t.bind(l10n);
    const now = serverNow();
    const started = (item: AppointmentView) => Date.parse(item.start ?? '');
    // No start yet: not on the calendar, so never "past" however long ago it was asked for.
    const unscheduled = items.filter((item) => Number.isNaN(started(item)));
    const upcoming = items.filter((item) => started(item) >= now);
    const past = items.filter((item) => started(item) < now).reverse();
    const requested = (item: AppointmentView) => {
      const start = when(item.requested?.start ? { iso: item.requested.start } : undefined);
      const end = when(item.requested?.end ? { iso: item.requested.end } : undefined);
      if (start && end) return t('between', start, end);
      return start ? t('from', start) : end ? t('until', end) : undefined;
    };
    const list = (entries: AppointmentView[], empty: string | undefined) =>
      entries.length
        ? html`<ul class="items">
            ${entries.map(
              (item) =>
                html`<li class=${item.status === 'cancelled' || item.status === 'noshow' ? 'item muted' : 'item'}>
                  <p class="name">${dateTime(item.start) ?? said(item.title, item.language) ?? t('notYetScheduled')}</p>
                  ${facts([
                    [t('status'), item.start ? t('statusWord', item.status, 'f') : t('notYetScheduled')],
                    [t('requestedFor'), item.start ? undefined : requested(item)],
                    [t('with'), item.practitioners.length ? l10n.list(item.practitioners) : undefined],
                    [t('where'), item.location],
                    // Without a start the heading is the type or the reason: not said twice.
                    [
                      t('visitType'),
                      item.start || item.title !== item.type ? said(item.type, item.language) : undefined,
                    ],
                    [
                      t('reason'),
                      item.start || item.title !== item.reason ? said(item.reason, item.language) : undefined,
                    ],
                  ])}
                </li>`,
            )}
          </ul>`
        : empty
          ? html`<p>${empty}</p>`
          : nothing;
    return html`
      ${subheading(t('upcoming'))} ${list(upcoming, t('noUpcoming'))}
      ${unscheduled.length ? html`${subheading(t('notYetScheduled'))} ${list(unscheduled, undefined)}` : nothing}
      ${subheading(t('past'))} ${list(past, t('noPast'))}
    `;
  },
};
