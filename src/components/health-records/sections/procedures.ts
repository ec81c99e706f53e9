/** Procedures: what was done, and when. */
import { html } from 'lit';
import { type ProcedureView, toProcedures } from '../mapping/procedures.js';
import type { Loaded, Section } from './section.js';

export const proceduresSection: Section<Loaded<ProcedureView>> = {
  id: 'procedures',
  empty: 'emptyProcedures',
  async load(client, signal) {
    const { resources, skipped, capped } = await client.searchAll('Procedure', { signal });
    return { items: toProcedures(resources), skipped: skipped.length, capped };
  },
  render({ items }, { l10n, when, facts }) {
    const t = l10n.t.bind(l10n);
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li class="item">
            <p class="name">${item.name || t('unnamed')}</p>
            ${facts([
              [t('date'), when(item.date)],
              [t('status'), t('statusWord', item.status)],
            ])}
          </li>`,
      )}
    </ul>`;
  },
};
