/** Diagnoses: the patient's conditions, active ones first. */
import { html, nothing } from 'lit';
import { type DiagnosisView, toDiagnoses } from '../mapping/diagnoses.js';
import { type Loaded, type Section, searchOf } from './section.js';

export const diagnosesSection: Section<Loaded<DiagnosisView>> = {
  id: 'diagnoses',
  empty: 'emptyDiagnoses',
  load: searchOf('Condition', toDiagnoses),
  render({ items }, { l10n, when, facts, said }) {
    const t = l10n.t.bind(l10n);
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li class="item">
            <p class="name">
              ${said(item.name, item.language) || t('unnamed')}${item.possible ? html`<span class="flag ok">${t('possible')}</span>` : nothing}
            </p>
            ${facts([
              [t('status'), item.clinicalStatus ? t('statusWord', item.clinicalStatus) : undefined],
              [
                item.onsetIsRecorded ? t('recorded') : item.onset?.age || item.onset?.ages ? t('began') : t('since'),
                item.onset?.text ? said(item.onset.text, item.language) : when(item.onset),
              ],
              [t('resolved'), when(item.resolved)],
            ])}
          </li>`,
      )}
    </ul>`;
  },
};
