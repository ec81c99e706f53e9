/** Care plans: their goals and activities; a plan with nothing else shows its narrative as plain text. */
import { html, nothing } from 'lit';
import { type CarePlanView, toCarePlans } from '../mapping/care-plans.js';
import { type Loaded, type Section, searchOf } from './section.js';

export const carePlansSection: Section<Loaded<CarePlanView>> = {
  id: 'care-plans',
  empty: 'emptyCarePlans',
  load: searchOf('CarePlan', toCarePlans),
  render({ items }, { l10n, when, facts, said }) {
    const t = l10n.t.bind(l10n);
    const period = (value: CarePlanView['period']) => {
      const start = when(value?.start ? { iso: value.start } : undefined);
      const end = when(value?.end ? { iso: value.end } : undefined);
      if (start && end) return t('between', start, end);
      if (start) return t('from', start);
      return end ? t('until', end) : undefined;
    };
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li class="item">
            <p class="name">${said(item.title, item.language) || t('unnamed')}</p>
            ${item.description ? html`<p>${said(item.description, item.language)}</p>` : nothing}
            ${item.narrative ? html`<p class="narrative">${said(item.narrative, item.language)}</p>` : nothing}
            ${facts([
              [t('status'), t('statusWord', item.status)],
              [t('period'), period(item.period)],
              [
                t('activities'),
                item.activities.length
                  ? html`<ul>
                      ${item.activities.map((activity) => html`<li>${said(activity, item.language)}</li>`)}
                    </ul>`
                  : undefined,
              ],
            ])}
          </li>`,
      )}
    </ul>`;
  },
};
