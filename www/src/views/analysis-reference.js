// Analyse: "Sammenlign med andre kommuner". Other municipalities' project files (usually pseudonymised
// copies) are analysed with the same engine and options, and their key figures (the core's keyFigures) are
// shown side by side with the open project's, and downloaded as CSV. Only the figures are remembered (per
// project, in prefs); the files are not kept.
import { html } from '../ui/html.js';
import { t, formatDate } from '../i18n.js';
import { OpReport } from '../ui/op-report.js';
import { formatCell } from './analysis-table.js';
import { effectiveOptions } from '../state/analysis-actions.js';
import { figuresOf, compareRows, sameOptions } from '../lib/reference.js';
import { projectName } from '../lib/project.js';
import { measureExplain } from '../lib/measure-names.js';
import { MeasureName } from '../ui/measure-name.js';

/** The reference figures that are measures, and the measure each is (its name and explanation are the measure's). */
export const MEASURE_OF = {
  responseRate: 'responseRate',
  density: 'density',
  reciprocity: 'reciprocity',
  averagePathLength: 'averagePathLength',
  components: 'components',
  isolates: 'isolates',
  degreeCentralization: 'degreeCentralization',
  betweennessCentralization: 'betweennessCentralization',
  eiIndex: 'eiIndex',
  modularity: 'modularity',
  agreementWithUnits: 'nmi',
  sharedWorkCorrelation: 'sharedWork'
};

const figureName = (key) =>
  MEASURE_OF[key] ? html`<${MeasureName} id=${MEASURE_OF[key]} />` : t(`reference.figure.${key}`);
const figureHelp = (key) => (MEASURE_OF[key] ? measureExplain(MEASURE_OF[key]) : t(`reference.figure.${key}.help`));

function LoadReport({ report }) {
  if (!report || report.status === 'idle' || report.status === 'ok') {
    return report && report.status === 'ok' && report.remembered === false
      ? html`<${OpReport} status="info" title=${t('reference.notRemembered')} />`
      : null;
  }
  if (report.status === 'checking')
    return html`<${OpReport} status="working" title=${t('reference.checking', { file: report.fileName })} />`;
  return html`<${OpReport} status="failed" testid="reference-errors" title=${t('reference.failed', { file: report.fileName })} errors=${report.errors} />`;
}

function FigureTable({ ownName, entries, rows }) {
  return html`
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="reference-caption">
      <table class="data-table" data-testid="reference-table">
        <caption id="reference-caption" class="table-caption">${t('reference.caption', { own: ownName, count: entries.length })}</caption>
        <thead>
          <tr>
            <th scope="col">${t('reference.colFigure')}</th>
            <th scope="col">${t('reference.colOwn', { name: ownName })}</th>
            ${entries.map((e, i) => html`<th scope="col" key=${i} data-testid="reference-col">${e.name}</th>`)}
            <th scope="col">${t('reference.colExplain')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`
            <tr key=${r.key} data-testid=${`reference-row-${r.key}`}>
              <th scope="row">${figureName(r.key)}</th>
              <td class="num" data-testid="reference-own" data-value=${r.own === null ? '' : String(r.own)}>${formatCell(r.own, r.kind)}</td>
              ${r.refs.map(
                (v, i) =>
                  html`<td class="num" key=${i} data-testid="reference-ref" data-value=${v === null ? '' : String(v)}>${formatCell(v, r.kind)}</td>`
              )}
              <td class="muted">${figureHelp(r.key)}</td>
            </tr>`
          )}
        </tbody>
      </table>
    </div>`;
}

function EntryList({ entries, opts, actions }) {
  return html`
    <h3>${t('reference.listTitle')}</h3>
    <ul class="plain-list reference-list" data-testid="reference-list">
      ${entries.map(
        (e, i) => html`
        <li key=${i} data-testid="reference-about">
          <span>${t('reference.about', { name: e.name, wave: e.waveLabel, date: e.loadedAt ? formatDate(e.loadedAt) : '–' })}</span>
          ${e.pseudonymized ? html` <span>${t('reference.wasPseudonymized')}</span>` : null}
          ${sameOptions(e.options, opts) ? null : html`<p class="report report-info" data-testid="reference-options-differ">${t('reference.optionsDiffer', { name: e.name })}</p>`}
          <button type="button" class="button button-secondary button-small" data-testid="reference-remove"
            onClick=${() => actions.removeReference(i)}>${t('reference.remove', { name: e.name })}</button>
        </li>`
      )}
    </ul>`;
}

export function ReferenceSection({ state, actions, doc, result }) {
  const cur = state.current;
  if (!cur) return null;
  void (state.sharing && state.sharing.refVersion); // re-read after load/remove
  const entries = actions.referencesFor(cur.id);
  const report = state.sharing ? state.sharing.reference : null;
  const opts = effectiveOptions(doc, state.analysis.options, state.lang);
  const onFiles = async (event) => {
    const input = event.currentTarget;
    const files = input.files ? Array.from(input.files) : [];
    input.value = '';
    if (files.length) await actions.loadReferences(files);
  };
  const ownName = projectName(doc);
  return html`
    <section class="section" aria-labelledby="reference-title" data-testid="reference-section">
      <h2 id="reference-title">${t('reference.title')}</h2>
      <p class="section-intro">${t('reference.intro')}</p>
      <div class="field">
        <label class="button button-secondary file-button">
          <input class="visually-hidden" type="file" multiple accept=".json,application/json" data-testid="reference-file" onChange=${onFiles} />
          ${t('reference.loadButton')}
        </label>
      </div>
      <div class="report-region" aria-live="polite" data-testid="reference-report"><${LoadReport} report=${report} /></div>
      ${
        entries.length
          ? html`
        <${FigureTable} ownName=${ownName} entries=${entries} rows=${compareRows(figuresOf(result), entries)} />
        <p class="muted">${t('reference.caution')}</p>
        <p class="button-row">
          <button type="button" class="button button-secondary" data-testid="reference-download"
            onClick=${() => actions.downloadFiguresTable({ result })}>${t('reference.download')}</button>
          <button type="button" class="button button-secondary" data-testid="reference-download-excel"
            onClick=${() => actions.downloadFiguresTable({ result, excel: true })}>${t('reference.downloadExcel')}</button>
        </p>
        <${EntryList} entries=${entries} opts=${opts} actions=${actions} />`
          : html`<p class="muted" data-testid="reference-none">${t('reference.none')}</p>`
      }
    </section>`;
}
