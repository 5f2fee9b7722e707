// Kontakter: survey rounds, who was asked and who answered, and the ties (who exchanges
// information with whom about housing-social work, how often, and in what ways), entered
// per person or in a matrix; the ties only one side reported; the privacy texts for the people asked and the
// deletion of answers after the retention date; and survey forms and answers.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t, formatDate } from '../i18n.js';
import { Tabs } from '../ui/table-tools.js';
import { latestWave } from '../lib/stats.js';
import { NeedProject } from './organisation.js';
import { WaveForm, DeleteWave } from './relations-waves.js';
import { RespondentsPanel, OneSidedPanel, coreWave } from './relations-respondents.js';
import { PersonPanel } from './relations-person.js';
import { GridPanel } from './relations-grid.js';
import { SurveyPanel, AnswerReport } from './relations-survey.js';
import { FeedbackPanel } from './relations-feedback.js';
import { currentResult } from './analysis-controls.js';
import { PrivacyPanel } from './relations-privacy.js';
import { takeTab } from '../lib/tab-request.js';
import { RetiredNote } from './privacy-retention.js';

const list = (doc, key) => (Array.isArray(doc[key]) ? doc[key] : []);

export function RelationsView({ state, actions }) {
  const [waveId, setWaveId] = useState('');
  const [tab, setTab] = useState(() => takeTab('relations', 'respondents'));
  const [person, setPerson] = useState('');
  const [editing, setEditing] = useState(null); // 'new' | 'edit' | 'delete'
  const current = state.current;
  if (!current) return html`<${NeedProject} titleKey="ties.title" actions=${actions} />`;
  const doc = current.doc;
  const waves = list(doc, 'waves');
  const wave = waves.find((w) => w.id === waveId) || latestWave(waves);

  const dialogs = html`
    ${
      editing === 'new' || (editing === 'edit' && wave)
        ? html`
      <${WaveForm} doc=${doc} wave=${editing === 'edit' ? wave : null} actions=${actions} onClose=${() => setEditing(null)} onSaved=${setWaveId} />`
        : null
    }
    ${
      editing === 'delete' && wave
        ? html`
      <${DeleteWave} doc=${doc} wave=${wave} actions=${actions} onClose=${() => setEditing(null)} onDeleted=${() => setWaveId('')} />`
        : null
    }`;

  if (!wave) {
    return html`
      <div class="view view-relations">
        <h1 tabindex="-1">${t('ties.title')}</h1>
        <p class="lead">${t('ties.lead')}</p>
        <${AnswerReport} report=${state.answerReport} projectId=${current.id} onDismiss=${actions.clearAnswerReport} />
        <div class="empty" data-testid="waves-empty">
          <p>${t('ties.noWaves')}</p>
          <p><button type="button" class="button button-primary" data-testid="add-wave" onClick=${() => setEditing('new')}>
            <span aria-hidden="true">+ </span>${t('ties.newWave')}</button></p>
        </div>
        ${dialogs}
      </div>`;
  }

  const oneSidedWave = coreWave(currentResult(state), wave.id);
  const oneSided = oneSidedWave ? oneSidedWave.oneSided.length : null;
  const tabs = [
    { id: 'respondents', label: t('ties.tabRespondents') },
    { id: 'person', label: t('ties.tabPerson') },
    { id: 'grid', label: t('ties.tabGrid') },
    { id: 'onesided', label: t('ties.tabOneSided'), count: oneSided === null ? undefined : oneSided },
    { id: 'privacy', label: t('privacyTab.tab') },
    { id: 'survey', label: t('survey.tab') },
    { id: 'feedback', label: t('feedback.tab') }
  ];
  const enterFor = (id) => {
    setPerson(id);
    setTab('person');
  };
  let panel;
  // A round whose answers were deleted after the retention date takes no new contacts (they would be answers kept
  // past the date the people asked were promised); its figures stay under Analyse.
  if ((tab === 'person' || tab === 'grid') && wave.retired)
    panel = html`<${RetiredNote} retired=${wave.retired} wave=${wave.label || wave.id} kind="entryNote" />`;
  else if (tab === 'person')
    panel = html`<${PersonPanel} doc=${doc} wave=${wave} actions=${actions} lang=${state.lang} person=${person} onPerson=${setPerson} />`;
  else if (tab === 'grid')
    panel = html`<${GridPanel} key=${wave.id} doc=${doc} wave=${wave} actions=${actions} lang=${state.lang} />`;
  else if (tab === 'onesided')
    panel = html`<${OneSidedPanel} doc=${doc} wave=${wave} lang=${state.lang} result=${currentResult(state)} />`;
  else if (tab === 'privacy')
    panel = html`<${PrivacyPanel} doc=${doc} wave=${wave} actions=${actions} lang=${state.lang} result=${currentResult(state)} />`;
  else if (tab === 'feedback')
    panel = html`<${FeedbackPanel} key=${wave.id} doc=${doc} wave=${wave} actions=${actions} lang=${state.lang} />`;
  else if (tab === 'survey')
    panel = html`<${SurveyPanel} doc=${doc} wave=${wave} actions=${actions} lang=${state.lang} result=${currentResult(state)}
      onPrivacy=${() => setTab('privacy')} />`;
  else
    panel = html`<${RespondentsPanel} doc=${doc} wave=${wave} actions=${actions} lang=${state.lang} onEnter=${enterFor} result=${currentResult(state)} />`;

  return html`
    <div class="view view-relations view-wide">
      <h1 tabindex="-1">${t('ties.title')}</h1>
      <p class="lead">${t('ties.lead')}</p>
      <div class="wave-bar" data-testid="wave-bar">
        <div class="filter">
          <label for="wave-pick">${t('ties.wave')}</label>
          <select id="wave-pick" data-testid="wave-pick" onChange=${(e) => setWaveId(e.currentTarget.value)}>
            ${waves.map((w) => html`<option key=${w.id} value=${w.id} selected=${w.id === wave.id}>${w.label || w.id}${w.date ? ` (${formatDate(w.date)})` : ''}</option>`)}
          </select>
        </div>
        <div class="wave-actions">
          <button type="button" class="row-button" data-testid="edit-wave" onClick=${() => setEditing('edit')}>${t('ties.editWave')}</button>
          <button type="button" class="row-button row-button-danger" data-testid="delete-wave" onClick=${() => setEditing('delete')}>${t('ties.deleteWave')}</button>
          <button type="button" class="button button-secondary" data-testid="add-wave" onClick=${() => setEditing('new')}>
            <span aria-hidden="true">+ </span>${t('ties.newWave')}</button>
        </div>
      </div>
      <div class="report-region" aria-live="polite" data-testid="answer-report-region">
        <${AnswerReport} report=${state.answerReport} projectId=${current.id} onDismiss=${actions.clearAnswerReport} />
      </div>
      <${Tabs} idBase="ties" tabs=${tabs} active=${tab} onChange=${setTab} label=${t('ties.tabsLabel')}>
        ${panel}
      <//>
      ${dialogs}
    </div>`;
}
