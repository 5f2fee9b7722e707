// Kontakter › Spørreskjema og svar, in the order a coordinator works: 1. make survey forms for a wave (one file
// per person, or one shared file with a name picker), 2. read in the answer files people send back (many at once;
// the window-wide drop zone sends bosam-answer files here too), then each wave's response at a glance. Once
// forms are out, a link at the top leads straight to step 2.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t, formatNumber, formatPercent } from '../i18n.js';
import { namedLabel } from '../ui/named-label.js';
import { ErrorItems } from '../ui/error-list.js';
import { OpReport } from '../ui/op-report.js';
import { respondentStatus } from '../lib/ties.js';
import { coreWave } from './relations-respondents.js';
import { sortRows } from '../lib/org.js';

const list = (doc, key) => (Array.isArray(doc[key]) ? doc[key] : []);

/** Everyone in the project, and who of them still has no answer in the wave (the reminder list). */
export function formRecipients(doc, waveId) {
  const status = respondentStatus(doc, waveId);
  const people = list(doc, 'actors');
  const waiting = people.filter((a) => !(status.get(a.id) || {}).responded);
  return { people, waiting, status, anyAnswered: waiting.length < people.length };
}

/** The report of the last answer import, shown only with the project it was for. */
export function AnswerReport({ report, projectId, onDismiss }) {
  if (!report || report.projectId !== projectId) return null;
  const files = report.files.join(', ');
  if (report.status === 'checking') {
    return html`<${OpReport} status="working" testid="answer-checking" title=${t('survey.checking', { count: report.files.length })} />`;
  }
  if (report.status === 'ok' && !report.rows.length) {
    // Every answer was older than, or the same as, the one already read in: the warnings say which and when.
    return html`
      <${OpReport} status="ok" role="status" testid="answer-ok" title=${t('survey.importNone', { count: report.files.length })}>
        <${ErrorItems} errors=${report.warnings || []} testid="warning-item" />
        <button type="button" class="button-link" onClick=${onDismiss}>${t('survey.dismiss')}</button>
      </${OpReport}>`;
  }
  if (report.status === 'failed') {
    // The dismiss button comes after the errors, so the list is passed as a child rather than `errors`.
    return html`
      <${OpReport} status="failed" testid="answer-errors" title=${t('survey.importFailed', { count: report.files.length })}>
        <p>${t('survey.importFailedFiles', { files })}</p>
        <${ErrorItems} errors=${report.errors} />
        <button type="button" class="button-link" onClick=${onDismiss}>${t('survey.dismiss')}</button>
      </${OpReport}>`;
  }
  return html`
    <${OpReport} status="ok" role="status" testid="answer-ok" title=${t('survey.importOk', { count: report.rows.length })}>
      <div class="table-wrap">
        <table class="data-table" data-testid="answer-report">
          <caption class="visually-hidden">${t('survey.reportCaption')}</caption>
          <thead><tr>
            <th scope="col">${t('survey.colFile')}</th><th scope="col">${t('survey.colRespondent')}</th>
            <th scope="col">${t('survey.colWave')}</th><th scope="col" class="num">${t('survey.colTies')}</th>
          </tr></thead>
          <tbody>
            ${report.rows.map(
              (r) => html`
              <tr key=${r.file} data-testid="answer-report-row">
                <td>${r.file}</td><th scope="row">${r.name}</th><td>${r.wave}</td><td class="num">${formatNumber(r.ties)}</td>
              </tr>`
            )}
          </tbody>
        </table>
      </div>
      ${
        report.warnings && report.warnings.length
          ? html`
        <p>${t('survey.importWarnings', { count: report.warnings.length })}</p>
        <${ErrorItems} errors=${report.warnings} testid="warning-item" />`
          : null
      }
      <button type="button" class="button-link" onClick=${onDismiss}>${t('survey.dismiss')}</button>
    </${OpReport}>`;
}

/** The bulk button's words: "all 12" before anyone answered, "the 8 who have not answered" after. */
function bulkLabel(count, anyAnswered) {
  return anyAnswered ? t('survey.downloadWaiting', { count }) : t('survey.downloadAll', { count });
}

function statusText(s) {
  if (s && s.responded) return t('survey.statusAnswered');
  return s ? t('survey.statusWaiting') : t('survey.statusNotAsked');
}

/** The shared form's button says before the click whom it marks as asked (the response rate's base). */
function sharedLabel(fresh, total, mark) {
  if (!mark || !fresh) return t('survey.downloadShared');
  return fresh === total
    ? t('survey.downloadSharedMarkAll', { count: fresh })
    : t('survey.downloadSharedMarkMore', { count: fresh });
}

function toImport() {
  const target = document.getElementById('import-answers');
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  const input = target.querySelector('input[type="file"]');
  if (input) input.focus();
}

function MakeForms({ doc, wave, actions, lang, onPrivacy }) {
  const [mode, setMode] = useState('each');
  const [markShared, setMarkShared] = useState(true);
  const [busy, setBusy] = useState(false);
  const { people: everyone, waiting, status, anyAnswered } = formRecipients(doc, wave.id);
  const units = new Map(list(doc, 'units').map((u) => [u.id, u.name]));
  const people = sortRows(everyone, (a) => a.name, 'asc', lang);
  const ids = sortRows(waiting, (a) => a.name, 'asc', lang).map((a) => a.id);
  const fresh = ids.filter((id) => !status.has(id)).length;
  const run = (work) => async () => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  return html`
    <section class="section-tight" aria-labelledby="make-forms-title">
      ${
        status.size
          ? html`<p data-testid="to-import-pointer">${t('survey.answersBack')}
          ${' '}<button type="button" class="button-link" data-testid="to-import" onClick=${toImport}>${t('survey.toImport')}</button></p>`
          : null
      }
      <h2 id="make-forms-title" class="h3">${t('survey.makeTitle')}</h2>
      <p>${t('survey.makeIntro')}</p>
      ${
        onPrivacy
          ? html`<p data-testid="privacy-pointer">${t('privacyTab.beforeForms')}
          ${' '}<button type="button" class="button-link" data-testid="to-privacy" onClick=${onPrivacy}>${t('privacyTab.toPrivacy')}</button></p>`
          : null
      }
      <p class="muted" data-testid="forms-asked-note">${t('survey.askedNote')}</p>
      <fieldset class="choice-group">
        <legend>${t('survey.modeLegend')}</legend>
        <label class="choice"><input type="radio" name="form-mode" value="each" checked=${mode === 'each'}
          data-testid="form-mode-each" onChange=${() => setMode('each')} /> ${t('survey.modeEach')}</label>
        <label class="choice"><input type="radio" name="form-mode" value="shared" checked=${mode === 'shared'}
          data-testid="form-mode-shared" onChange=${() => setMode('shared')} /> ${t('survey.modeShared')}</label>
      </fieldset>
      ${
        mode === 'shared'
          ? html`
        <p>${t('survey.sharedIntro', { count: ids.length })}</p>
        ${
          fresh
            ? html`<div data-testid="form-shared-mark-choice">
          <label class="choice"><input type="checkbox" data-testid="form-shared-mark" checked=${markShared}
            aria-describedby="form-shared-mark-hint" onChange=${(e) => setMarkShared(e.currentTarget.checked)} />
            ${' '}${t('survey.sharedMark', { count: ids.length })}</label>
          <p class="field-hint" id="form-shared-mark-hint" data-testid="form-shared-mark-hint">${t('survey.sharedMarkHint', { count: fresh })}</p>
        </div>`
            : null
        }
        <p><button type="button" class="button button-primary" data-testid="form-shared" disabled=${busy || !ids.length}
          onClick=${run(() => actions.downloadSharedSurveyForm(wave.id, ids, { markAsked: markShared }))}>${sharedLabel(fresh, ids.length, markShared)}</button></p>`
          : html`
        <p>${t('survey.eachIntro')}</p>
        <p><button type="button" class="button button-primary" data-testid="form-all" disabled=${busy || !ids.length}
          onClick=${run(() => actions.downloadSurveyForms(wave.id, ids))}>${bulkLabel(ids.length, anyAnswered)}</button></p>
        ${ids.length ? null : html`<p class="muted" data-testid="forms-everyone-answered">${t('survey.everyoneAnswered')}</p>`}
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="forms-caption">
          <table class="data-table" data-testid="forms-table">
            <caption id="forms-caption" class="visually-hidden">${t('survey.formsCaption', { wave: wave.label || wave.id })}</caption>
            <thead><tr>
              <th scope="col">${t('ties.person')}</th><th scope="col">${t('org.unit')}</th>
              <th scope="col">${t('survey.colStatus')}</th><th scope="col" class="col-actions"><span class="visually-hidden">${t('edit.actions')}</span></th>
            </tr></thead>
            <tbody>
              ${people.map((a) => {
                const s = status.get(a.id);
                return html`
                  <tr key=${a.id} data-testid="form-row" data-id=${a.id} data-status=${s ? (s.responded ? 'answered' : 'waiting') : 'not-asked'}>
                    <th scope="row">${a.name}</th>
                    <td>${units.get(a.unitId) || ''}</td>
                    <td>${statusText(s)}</td>
                    <td class="row-actions">
                      <button type="button" class="row-button" data-testid="form-one" disabled=${busy}
                        onClick=${run(() => actions.downloadSurveyForm(wave.id, a.id))}>
                        ${namedLabel(t('survey.downloadOne'), t('survey.downloadOneNamed', { name: a.name }))}
                      </button>
                    </td>
                  </tr>`;
              })}
            </tbody>
          </table>
        </div>`
      }
    </section>`;
}

function ImportAnswers({ actions }) {
  const onFiles = async (event) => {
    const input = event.currentTarget;
    const files = input.files ? Array.from(input.files) : [];
    input.value = '';
    if (files.length) await actions.importAnswerFiles(files);
  };
  return html`
    <section class="section-tight" id="import-answers" aria-labelledby="import-answers-title">
      <h2 id="import-answers-title" class="h3">${t('survey.importTitle')}</h2>
      <p>${t('survey.importIntro')}</p>
      <label class="button button-secondary file-button">
        <input class="visually-hidden" type="file" multiple accept=".json,application/json" data-testid="answers-file" onChange=${onFiles} />
        ${t('survey.importLabel')}
      </label>
    </section>`;
}

function WavesOverview({ doc, result }) {
  const waves = list(doc, 'waves');
  return html`
    <section class="section-tight" aria-labelledby="waves-overview-title">
      <h2 id="waves-overview-title" class="h3">${t('survey.overviewTitle')}</h2>
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="waves-overview-title">
        <table class="data-table" data-testid="waves-overview">
          <thead><tr>
            <th scope="col">${t('ties.wave')}</th><th scope="col" class="num">${t('ties.asked')}</th>
            <th scope="col" class="num">${t('ties.answered')}</th><th scope="col" class="num">${t('ties.rate')}</th>
            <th scope="col" class="num">${t('survey.colNotAnswered')}</th><th scope="col" class="num">${t('survey.colOneSided')}</th>
          </tr></thead>
          <tbody>
            ${waves.map((w) => {
              const s = coreWave(result, w.id);
              const shown = (v) => (s ? formatNumber(v) : '…');
              return html`
                <tr key=${w.id} data-testid="waves-overview-row" data-id=${w.id}>
                  <th scope="row">${w.label || w.id}</th>
                  <td class="num">${shown(s && s.asked)}</td>
                  <td class="num">${shown(s && s.responded)}</td>
                  <td class="num">${s ? (s.responseRate === null ? '–' : formatPercent(s.responseRate)) : '…'}</td>
                  <td class="num">${shown(s && s.asked - s.responded)}</td>
                  <td class="num">${s ? formatNumber(s.oneSided.length) : '…'}</td>
                </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
}

export function SurveyPanel({ doc, wave, actions, lang, result, onPrivacy }) {
  return html`
    <${MakeForms} doc=${doc} wave=${wave} actions=${actions} lang=${lang} onPrivacy=${onPrivacy} />
    <${ImportAnswers} actions=${actions} />
    <${WavesOverview} doc=${doc} result=${result} />`;
}
