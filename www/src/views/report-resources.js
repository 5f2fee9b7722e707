// Rapport: the resource table (FTE per function) and the location summary (places, and
// unit pairs that share work but sit apart and rarely talk), as static print tables.
import { html } from '../ui/html.js';
import { t, formatNumber, getLang, intlLocales } from '../i18n.js';
import { countOf, num, maxOf, sortByColumns, placeGroups, isSplitPair } from '../lib/resources.js';
import { resourceRows, resourceColumns, isThin } from './tasks-resources.js';
import { FteBar, EstimateNote } from './tasks-resources-chart.js';
import { frequencyWord } from './organisation-locations.js';

/** A table of up to this many rows is never split over two pages (a long one repeats its header instead). */
const KEEP_WHOLE = 15;

// The total is the body's last row, not a <tfoot>: Chromium prints a tfoot at the foot of every page a table
// spans, so the total ("Sum årsverk") stood mid-table (regression test in tests/e2e/report-print.test.mjs).
export function ReportResources({ resources }) {
  if (!resources) return html`<p class="muted">${t('resources.missing')}</p>`;
  const rows = resourceRows(resources, 'functions');
  if (!rows.some((f) => countOf(f.assignments) > 0))
    return html`<p data-testid="report-resources-none">${t('report.resourcesNone')}</p>`;
  const columns = resourceColumns('functions');
  const sorted = sortByColumns(rows, columns, { key: 'fte', dir: 'desc' }, intlLocales(getLang()));
  const max = maxOf(rows);
  return html`
    <p>${t('report.resourcesText')}</p>
    <table class=${`data-table report-table report-res-table${sorted.length <= KEEP_WHOLE ? ' report-table-keep' : ''}`} data-testid="report-resources">
      <caption class="table-caption">${t('resources.caption.functions')}</caption>
      <thead><tr><th scope="col">${t('resources.col.function')}</th><th scope="col" class="num">${t('resources.col.fte')}</th>
        <th scope="col" class="num">${t('resources.col.people')}</th><th scope="col" class="num">${t('resources.col.units')}</th>
        <th scope="col">${t('resources.col.status')}</th></tr></thead>
      <tbody>${sorted.map(
        (f) => html`<tr key=${f.id}>
        <th scope="row">${f.name}${f.essential ? html` <span class="essential-mark">${t('tasks.essentialShort')}</span>` : null}</th>
        <td class="num"><${FteBar} row=${f} max=${max} /></td>
        <td class="num">${formatNumber(countOf(f.people))}</td><td class="num">${formatNumber(countOf(f.units))}</td>
        <td>${isThin(f) ? t('resources.below') : ''}</td></tr>`
      )}
        <tr class="report-total-row" data-testid="report-resources-total"><th scope="row">${t('resources.totalRow')}</th>
          <td class="num">${formatNumber(num(resources.totalFte), { maximumFractionDigits: 2 })}</td><td></td><td></td><td></td></tr></tbody>
    </table>
    <${EstimateNote} resources=${resources} />`;
}

export function ReportLocations({ locations, doc }) {
  if (!locations) return html`<p class="muted">${t('resources.missing')}</p>`;
  const places = placeGroups(locations, doc);
  const units = new Map((doc.units || []).map((u) => [u.id, u.name || u.id]));
  const split = (locations.pairs || []).filter(isSplitPair);
  if (!places.length) return html`<p data-testid="report-places-none">${t('report.placesNone')}</p>`;
  return html`
    <p>${t('report.locationsText')}</p>
    <table class="data-table report-table" data-testid="report-places">
      <caption class="table-caption">${t('report.placesCaption')}</caption>
      <thead><tr><th scope="col">${t('report.place')}</th><th scope="col">${t('locations.units')}</th><th scope="col" class="num">${t('resources.col.people')}</th></tr></thead>
      <tbody>${places.map(
        (p) => html`<tr key=${p.location || '\u0000'}>
        <th scope="row">${p.location || t('locations.notGiven')}</th>
        <td>${p.units.map((u) => u.name || u.id).join(', ')}</td><td class="num">${formatNumber(p.actors.length)}</td></tr>`
      )}</tbody>
    </table>
    ${
      split.length
        ? html`
      <table class="data-table report-table" data-testid="report-split">
        <caption class="table-caption">${t('report.splitCaption')}</caption>
        <thead><tr><th scope="col">${t('locations.col.pair')}</th><th scope="col">${t('locations.col.shared')}</th>
          <th scope="col" class="num">${t('locations.col.ties')}</th><th scope="col">${t('locations.col.freq')}</th></tr></thead>
        <tbody>${split.map(
          (p) => html`<tr key=${`${p.a}|${p.b}`}>
          <th scope="row">${units.get(p.a) || p.a} – ${units.get(p.b) || p.b}</th>
          <td>${[
            countOf(p.sharedFunctions) ? t('locations.sharedFunctions', { count: countOf(p.sharedFunctions) }) : '',
            countOf(p.sharedTargetGroups) ? t('locations.sharedGroups', { count: countOf(p.sharedTargetGroups) }) : ''
          ]
            .filter(Boolean)
            .join(', ')}</td>
          <td class="num">${formatNumber(countOf(p.ties))}</td><td>${frequencyWord(p)}</td></tr>`
        )}</tbody>
      </table>`
        : html`<p class="muted" data-testid="report-no-split">${t('report.noSplit')}</p>`
    }`;
}
