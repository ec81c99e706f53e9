/** Procedures: what was done, and when. */
import { html } from 'lit';
import { type ProcedureView, toProcedures } from '../mapping/procedures.js';
import { type Loaded, type Section, searchOf } from './section.js';

export const proceduresSection: Section<Loaded<ProcedureView>> = {
  id: 'procedures',
  empty: 'emptyProcedures',
  load: searchOf('Procedure', toProcedures),
  render({ items }, { l10n, when, facts, said }) {
    const t = l10n.t.bind(l10n);
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li class="item">
            <p class="name">${said(item.name, item.language) || t('unnamed')}</p>
            ${facts([
              [t('date'), when(item.date)],
              [t('status'), t('statusWord', item.status)],
            ])}
          </li>`,
      )}
    </ul>`;
  },
};
