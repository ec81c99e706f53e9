/** Immunizations: the vaccines given, and those recorded as not given with the reason. */
import { html, nothing } from 'lit';
import { type ImmunizationView, toImmunizations } from '../mapping/immunizations.js';
import { type Loaded, type Section, searchOf } from './section.js';

export const immunizationsSection: Section<Loaded<ImmunizationView>> = {
  id: 'immunizations',
  empty: 'emptyImmunizations',
  load: searchOf('Immunization', toImmunizations),
  render({ items }, { l10n, when, facts }) {
    const t = l10n.t.bind(l10n);
    const series = (item: ImmunizationView) => {
      const place = item.series;
      if (!place) return undefined;
      const dose = place.dose !== undefined ? l10n.number(place.dose) : place.doseText;
      const of = place.of !== undefined ? l10n.number(place.of) : place.ofText;
      const words = dose && of ? t('doseOf', dose, of) : dose ? t('doseNumber', dose) : undefined;
      return [words, place.name].filter(Boolean).join(' · ') || undefined;
    };
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li class=${item.notGiven || item.didNotCount ? 'item muted' : 'item'}>
            <p class="name">
              ${item.vaccine || t('unnamed')}${item.notGiven ? html`<span class="flag ok">${t('notGiven')}</span>` : nothing}${
                item.didNotCount ? html`<span class="flag warn">${t('didNotCount')}</span>` : nothing
              }
            </p>
            ${facts([
              [t('date'), when(item.date)],
              [t('inSeries'), series(item)],
              [t('amount'), item.amount],
              [t('route'), item.route],
              [t('site'), item.site],
              [t('lot'), item.lot],
              [t('reason'), item.notGiven ? item.reason : item.didNotCount ? item.didNotCountReason : undefined],
            ])}
          </li>`,
      )}
    </ul>`;
  },
};
