// The small pieces the resource tables draw: an FTE figure with its bar, the "≈" mark for
// figures that are partly estimated, and a unit's share per function as a list of bars.
// Bars are decoration (aria-hidden): the number beside each bar is the information.
import { html } from '../ui/html.js';
import { t, formatNumber, formatPercent } from '../i18n.js';
import { barPercent, hasEstimate, num } from '../lib/resources.js';
import { namedLabel } from '../ui/named-label.js';

export const FTE_FORMAT = { maximumFractionDigits: 2 };

/** "≈ 0,35" when part of the figure is an estimate (read out as one message, "omtrent 0,35"), else "0,35". */
export function FteText({ row, field = 'fte' }) {
  const figure = formatNumber(num(row && row[field]), FTE_FORMAT);
  if (!(field === 'fte' && hasEstimate(row))) return html`<span class="res-fte">${figure}</span>`;
  return html`<span class="res-fte"
    ><abbr class="res-approx" title=${t('resources.estimateTitle')} aria-hidden="true">≈ </abbr
    >${namedLabel(figure, t('resources.estimateValue', { value: figure }))}</span
  >`;
}

/** The FTE figure with a horizontal bar scaled to the largest row. */
export function FteBar({ row, max }) {
  const width = barPercent(row && row.fte, max);
  return html`<span class="res-bar-cell">
    <span class="res-bar-track" aria-hidden="true"><span class=${`res-bar${hasEstimate(row) ? ' is-estimate' : ''}`} style=${{ width: `${width}%` }}></span></span>
    <${FteText} row=${row} />
  </span>`;
}

/** A unit's housing-social FTE split over functions: name, bar (share of the unit), share and FTE. */
export function ShareList({ items }) {
  if (!items.length) return html`<span class="muted">${t('resources.noFunctions')}</span>`;
  return html`<ul class="res-shares">
    ${items.map(
      (x) => html`<li key=${x.functionId}>
      <span class="res-share-name">${x.name}</span>
      <span class="res-bar-track res-bar-track-small" aria-hidden="true"><span class="res-bar" style=${{ width: `${barPercent(x.share, 1)}%` }}></span></span>
      <span class="res-share-value">${formatPercent(x.share)}<span class="muted"> · ${t('tasks.fteValue', { fte: formatNumber(num(x.fte), FTE_FORMAT) })}</span></span>
    </li>`
    )}
  </ul>`;
}

/** The explanation shown once under the tables. */
export function EstimateNote({ resources }) {
  return html`<div class="res-notes">
    <p class="res-note"><span aria-hidden="true">≈ </span>${t('resources.estimateNote')}</p>
    ${
      resources && countUnknown(resources) > 0
        ? html`<p class="res-note" data-testid="resources-unknown">${t('resources.unknownNote', { count: countUnknown(resources) })}</p>`
        : null
    }
  </div>`;
}

const countUnknown = (r) => Math.max(0, Math.round(num(r.unknownAssignments)));
