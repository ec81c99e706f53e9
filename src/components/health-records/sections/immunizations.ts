/** Immunizations: the vaccines given, and those recorded as not given with the reason. */
import { html, nothing } from 'lit';
import { groupByVaccine, type ImmunizationView, toImmunizations } from '../mapping/immunizations.js';
import { type Loaded, type Section, searchOf } from './section.js';

export const immunizationsSection: Section<Loaded<ImmunizationView>> = {
  id: 'immunizations',
  empty: 'emptyImmunizations',
  load: searchOf('Immunization', toImmunizations),
  render({ items }, { l10n, when, facts, said }) {
    const t = l10n.t.bind(l10n);
    const series = (item: ImmunizationView) => {
      const place = item.series;
      if (!place) return undefined;
      const dose = place.dose !== undefined ? l10n.number(place.dose) : place.doseText;
      const of = place.of !== undefined ? l10n.number(place.of) : place.ofText;
      const words = dose && of ? t('doseOf', dose, of) : dose ? t('doseNumber', dose) : undefined;
      if (!place.name) return words;
      return words ? html`${words} · ${said(place.name, item.language)}` : said(place.name, item.language);
    };
    // One entry per vaccine, its doses under it, the newest first: a flu shot a year is one line of history.
    return html`<ul class="items">
      ${groupByVaccine(items).map(
        (group) =>
          html`<li class="item">
            <p class="name">
              ${said(group.vaccine, group.language) || t('unnamed')}${
                group.doses.length > 1
                  ? html` <span class="doses-count">${t('doses', group.doses.length)}</span>`
                  : nothing
              }
            </p>
            <ul class="doses">
              ${group.doses.map(
                (item) =>
                  html`<li class=${item.notGiven || item.didNotCount ? 'dose muted' : 'dose'}>
                    ${
                      item.notGiven || item.didNotCount
                        ? html`<p class="dose-flags">
                            ${item.notGiven ? html`<span class="flag ok">${t('notGiven')}</span>` : nothing}${
                              item.didNotCount ? html`<span class="flag warn">${t('didNotCount')}</span>` : nothing
                            }
                          </p>`
                        : nothing
                    }
                    ${facts([
                      [t('date'), when(item.date)],
                      [t('inSeries'), series(item)],
                      [t('amount'), item.amount],
                      [t('route'), said(item.route, item.language)],
                      [t('site'), said(item.site, item.language)],
                      [t('lot'), item.lot],
                      [
                        t('reason'),
                        said(
                          item.notGiven ? item.reason : item.didNotCount ? item.didNotCountReason : undefined,
                          item.language,
                        ),
                      ],
                    ])}
                  </li>`,
              )}
            </ul>
          </li>`,
      )}
    </ul>`;
  },
};
