/** Appointments: upcoming ones, the soonest first, then past ones, the latest first. */
import { html } from 'lit';
import { type AppointmentView, toAppointments } from '../mapping/appointments.js';
import type { Loaded, Section } from './section.js';

export const appointmentsSection: Section<Loaded<AppointmentView>> = {
  id: 'appointments',
  empty: 'emptyAppointments',
  async load(client, signal) {
    const { resources, skipped } = await client.searchAll('Appointment', { signal });
    return { items: toAppointments(resources), skipped: skipped.length };
  },
  render({ items }, { l10n, dateTime, facts, subheading, serverNow }) {
    const t = l10n.t.bind(l10n);
    const now = serverNow();
    const isUpcoming = (item: AppointmentView) => Date.parse(item.start ?? '') >= now;
    const upcoming = items.filter(isUpcoming);
    const past = items.filter((item) => !isUpcoming(item)).reverse();
    const list = (entries: AppointmentView[], empty: string) =>
      entries.length
        ? html`<ul class="items">
            ${entries.map(
              (item) =>
                html`<li class=${item.status === 'cancelled' || item.status === 'noshow' ? 'item muted' : 'item'}>
                  <p class="name">${dateTime(item.start) ?? t('unnamed')}</p>
                  ${facts([
                    [t('status'), t('statusWord', item.status)],
                    [t('with'), item.practitioners.length ? l10n.list(item.practitioners) : undefined],
                    [t('where'), item.location],
                    [t('visitType'), item.type],
                    [t('reason'), item.reason],
                  ])}
                </li>`,
            )}
          </ul>`
        : html`<p>${empty}</p>`;
    return html`
      ${subheading(t('upcoming'))} ${list(upcoming, t('noUpcoming'))} ${subheading(t('past'))}
      ${list(past, t('noPast'))}
    `;
  },
};
