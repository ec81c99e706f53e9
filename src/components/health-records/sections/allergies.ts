/** Allergies and intolerances, with their reactions. */
import { html, nothing } from 'lit';
import { type AllergyView, toAllergies } from '../mapping/allergies.js';
import { type Loaded, type Section, searchOf } from './section.js';

export const allergiesSection: Section<Loaded<AllergyView>> = {
  id: 'allergies',
  empty: 'emptyAllergies',
  load: searchOf('AllergyIntolerance', toAllergies),
  /** Every allergy by name, the high-risk ones first and marked; or what the record says there is none of. */
  overview({ items }, { l10n, said }) {
    const t = l10n.t.bind(l10n);
    if (!items.length) return html`<p>${t('emptyAllergies')}</p>`;
    return html`<ul class="brief">
      ${items.map((item) =>
        item.noKnown
          ? html`<li>${t('noKnown', item.noKnown)}</li>`
          : html`<li class=${item.criticality === 'high' ? 'critical' : ''}>
              <strong>${said(item.substance, item.language) || t('unnamed')}</strong>${
                item.criticality === 'high' ? html` <span class="flag warn">${t('highRisk')}</span>` : nothing
              }
            </li>`,
      )}
    </ul>`;
  },
  render({ items }, { l10n, facts, said }) {
    const t = l10n.t.bind(l10n);
    // The record's words for each reaction, its severity in the element's.
    const reactions = (item: AllergyView) =>
      item.reactions.length
        ? html`${item.reactions.map(
            (reaction, index) =>
              html`${index ? '; ' : ''}${said(l10n.list(reaction.manifestations), item.language)}${
                reaction.severity
                  ? `${reaction.manifestations.length ? ' ' : ''}(${t('statusWord', reaction.severity, 'f')})`
                  : ''
              }`,
          )}`
        : undefined;
    return html`<ul class="items">
      ${items.map((item) =>
        item.noKnown
          ? html`<li class="item"><p class="name">${t('noKnown', item.noKnown)}</p></li>`
          : html`<li class=${item.criticality === 'high' ? 'item critical' : 'item'}>
              <p class="name">
                ${said(item.substance, item.language) || t('unnamed')}${
                  item.criticality === 'high' ? html`<span class="flag warn">${t('highRisk')}</span>` : nothing
                }${item.unconfirmed ? html`<span class="flag ok">${t('notConfirmed')}</span>` : nothing}
              </p>
              ${facts([
                [t('kind'), item.type ? t('allergyType', item.type) : undefined],
                [t('status'), item.clinicalStatus ? t('statusWord', item.clinicalStatus, 'f') : undefined],
                [t('reactions'), reactions(item)],
                [t('criticality'), item.criticality ? t('statusWord', item.criticality) : undefined],
              ])}
            </li>`,
      )}
    </ul>`;
  },
};
