/** Medications: prescriptions and the medications the patient reported, current ones first. */
import { html } from 'lit';
import type { Medication } from '../../../api/fhir/schemas.js';
import { type MedicationView, toMedications } from '../mapping/medications.js';
import type { Loaded, Section } from './section.js';

export const medicationsSection: Section<Loaded<MedicationView>> = {
  id: 'medications',
  empty: 'emptyMedications',
  async load(client, signal) {
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
  },
  render({ items }, { l10n, when, facts }) {
    const t = l10n.t.bind(l10n);
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li class=${item.active ? 'item' : 'item muted'}>
            <p class="name">${item.name || t('unnamed')}</p>
            ${facts([
              [t('status'), t('statusWord', item.status)],
              [t('instructions'), item.instructions],
              [item.source === 'prescription' ? t('prescriber') : t('reportedBy'), item.prescriber],
              [
                item.source === 'prescription' ? t('prescribed') : t('taken'),
                when(item.date ? { iso: item.date } : undefined),
              ],
              [t('refills'), item.refills === undefined ? undefined : l10n.number(item.refills)],
            ])}
          </li>`,
      )}
    </ul>`;
  },
};
