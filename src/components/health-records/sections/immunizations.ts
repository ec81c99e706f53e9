/** Immunizations: the vaccines given, and those recorded as not given with the reason. */
import { html, nothing } from 'lit';
import { type ImmunizationView, toImmunizations } from '../mapping/immunizations.js';
import type { Loaded, Section } from './section.js';

export const immunizationsSection: Section<Loaded<ImmunizationView>> = {
  id: 'immunizations',
  empty: 'emptyImmunizations',
  async load(client, signal) {
    const { resources, skipped } = await client.searchAll('Immunization', { signal });
    return { items: toImmunizations(resources), skipped: skipped.length };
  },
  render({ items }, { l10n, when, facts }) {
    const t = l10n.t.bind(l10n);
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li class=${item.notGiven ? 'item muted' : 'item'}>
            <p class="name">
              ${item.vaccine || t('unnamed')}${item.notGiven ? html`<span class="flag ok">${t('notGiven')}</span>` : nothing}
            </p>
            ${facts([
              [t('date'), when(item.date)],
              [t('dose'), item.doseNumber],
              [t('lot'), item.lot],
              [t('reason'), item.notGiven ? item.reason : undefined],
            ])}
          </li>`,
      )}
    </ul>`;
  },
};
