// Analyse: "Sammenlign med en annen kommune". Another municipality's project file (usually a
// pseudonymised copy) is analysed with the same engine and options, and its key figures are shown
// beside the open project's. Only the figures are remembered (per project, in prefs); the file is not kept.
import { html } from '../ui/html.js';
import { t, formatDate } from '../i18n.js';
import { OpReport } from '../ui/op-report.js';
import { formatCell } from './analysis-table.js';
import { effectiveOptions } from '../state/analysis-actions.js';
import { referenceFigures, compareRows, sameOptions } from '../lib/reference.js';
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
  agreementWithUnits: 'nmi'
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

function FigureTable({ ownName, entry, rows }) {
  return html`
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="reference-caption">
      <table class="data-table" data-testid="reference-table">
        <caption id="reference-caption" class="table-caption">${t('reference.caption', { own: ownName, ref: entry.name })}</caption>
        <thead>
          <tr>
            <th scope="col">${t('reference.colFigure')}</th>
            <th scope="col">${t('reference.colOwn', { name: ownName })}</th>
            <th scope="col">${t('reference.colRef', { name: entry.name })}</th>
            <th scope="col">${t('reference.colExplain')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`
            <tr key=${r.key} data-testid=${`reference-row-${r.key}`}>
              <th scope="row">${figureName(r.key)}</th>
              <td class="num" data-testid="reference-own" data-value=${r.own === null ? '' : String(r.own)}>${formatCell(r.own, r.kind)}</td>
              <td class="num" data-testid="reference-ref" data-value=${r.ref === null ? '' : String(r.ref)}>${formatCell(r.ref, r.kind)}</td>
              <td class="muted">${figureHelp(r.key)}</td>
            </tr>`
          )}
        </tbody>
      </table>
    </div>`;
}

export function ReferenceSection({ state, actions, doc, result }) {
  const cur = state.current;
  if (!cur) return null;
  void (state.sharing && state.sharing.refVersion); // re-read after load/remove
  const entry = actions.referenceFor(cur.id);
  const report = state.sharing ? state.sharing.reference : null;
  const opts = effectiveOptions(doc, state.analysis.options, state.lang);
  const onFile = async (event) => {
    const input = event.currentTarget;
    const file = input.files && input.files[0];
    if (file) await actions.loadReference(file);
    input.value = '';
  };
  const ownName = projectName(doc);
  return html`
    <section class="section" aria-labelledby="reference-title" data-testid="reference-section">
      <h2 id="reference-title">${t('reference.title')}</h2>
      <p class="section-intro">${t('reference.intro')}</p>
      <div class="field">
        <label class="button button-secondary file-button">
          <input class="visually-hidden" type="file" accept=".json,application/json" data-testid="reference-file" onChange=${onFile} />
          ${t(entry ? 'reference.replaceButton' : 'reference.loadButton')}
        </label>
      </div>
      <div class="report-region" aria-live="polite" data-testid="reference-report"><${LoadReport} report=${report} /></div>
      ${
        entry
          ? html`
        <p data-testid="reference-about">${t('reference.about', {
          name: entry.name,
          wave: entry.waveLabel,
          date: entry.loadedAt ? formatDate(entry.loadedAt) : '–'
        })}${entry.pseudonymized ? ` ${t('reference.wasPseudonymized')}` : ''}</p>
        ${sameOptions(entry.options, opts) ? null : html`<p class="report report-info" data-testid="reference-options-differ">${t('reference.optionsDiffer')}</p>`}
        <${FigureTable} ownName=${ownName} entry=${entry} rows=${compareRows(referenceFigures(doc, result), entry.figures)} />
        <p class="muted">${t('reference.caution')}</p>
        <p><button type="button" class="button button-secondary" data-testid="reference-remove"
          onClick=${() => actions.removeReference()}>${t('reference.remove')}</button></p>`
          : html`<p class="muted" data-testid="reference-none">${t('reference.none')}</p>`
      }
    </section>`;
}
