// Rapport › Metode og svar: how the survey was made (the round, its date, what was asked), who was asked
// and how many answered (the core's figures, also per unit), what the network figures mean in plain
// words (each measure's name, explanation and caveat as in Analyse), the caveats, and privacy.
import { html } from '../ui/html.js';
import { t, formatNumber, formatPercent, formatDate } from '../i18n.js';
import { waveLabel } from './analysis-controls.js';
import { networkResponse, unitResponse } from '../lib/report-model.js';
import { measureExplain, measureCaveatLine } from '../lib/measure-names.js';
import { MeasureName } from '../ui/measure-name.js';

/** The network figures the report uses, explained as in Analyse. */
export const MEASURES = [
  'responseRate',
  'edges',
  'density',
  'reciprocity',
  'degree',
  'inDegree',
  'betweenness',
  'eiIndex',
  'components'
];

function UnitResponse({ rows }) {
  return html`
    <table class="data-table report-table" data-testid="report-unit-response">
      <caption class="table-caption">${t('report.unitResponseCaption')}</caption>
      <thead><tr><th scope="col">${t('report.col.unit')}</th><th scope="col" class="num">${t('report.col.asked')}</th>
        <th scope="col" class="num">${t('report.col.responded')}</th><th scope="col" class="num">${t('report.col.rate')}</th></tr></thead>
      <tbody>${rows.map(
        (r) => html`<tr key=${r.id}>
        <th scope="row">${r.name}</th><td class="num">${formatNumber(r.asked)}</td><td class="num">${formatNumber(r.responded)}</td>
        <td class="num">${r.responseRate === null ? html`<span class="muted">${t('report.nobodyAsked')}</span>` : formatPercent(r.responseRate)}</td></tr>`
      )}</tbody>
    </table>`;
}

export function ReportMethod({ doc, result, opts }) {
  const wave = ((doc && doc.waves) || []).find((w) => w.id === opts.waveId);
  const response = result ? networkResponse(result) : null;
  const perUnit = result ? unitResponse(doc, result) : null;
  return html`
    ${
      wave
        ? html`<p data-testid="report-round">${
            wave.date
              ? t('report.roundLine', { wave: waveLabel(doc, wave.id), date: formatDate(wave.date) })
              : t('report.roundLineNoDate', { wave: waveLabel(doc, wave.id) })
          }</p>`
        : html`<p>${t('report.noRound')}</p>`
    }
    <p>${t('report.howAsked')}</p>
    ${
      response && response.rate !== null
        ? html`<p data-testid="report-response"><strong>${t('report.askedLine', {
            count: response.asked,
            responded: formatNumber(response.responded),
            rate: formatPercent(response.rate)
          })}</strong></p>`
        : wave
          ? html`<p data-testid="report-response">${t('report.responseUnknown')}</p>`
          : null
    }
    ${perUnit && perUnit.length ? html`<${UnitResponse} rows=${perUnit} />` : null}
    <p>${t('report.methodShows')}</p>
    <h3 class="report-h3">${t('report.measuresMean')}</h3>
    <dl class="report-dl report-measures-dl" data-testid="report-measures-mean">
      ${MEASURES.map(
        (k) =>
          html`<div key=${k}><dt><${MeasureName} id=${k} /></dt><dd>${measureExplain(k)}${
            measureCaveatLine(k) ? html` <span class="measure-caveat">${measureCaveatLine(k)}</span>` : null
          }</dd></div>`
      )}
    </dl>
    <h3 class="report-h3">${t('report.caveats')}</h3>
    <ul class="report-caveats" data-testid="report-caveats">
      <li>${t('report.caveatNonResponse')}</li>
      <li>${t('report.caveatSelfReport')}</li>
      <li>${t('report.caveatMap')}</li>
      <li>${t('report.caveatNotShown')}</li>
    </ul>
    <h3 class="report-h3">${t('report.privacyTitle')}</h3>
    <p>${t('report.privacy')}</p>`;
}
