// The difference between two waves in words and numbers: how much of the network stayed
// (the core's stability, with its test against chance), which ties are new, gone, stronger
// or weaker (the text twin of the difference map), and how the key network figures moved.
import { html } from '../ui/html.js';
import { t, formatNumber, formatPercent } from '../i18n.js';
import { formatOptions } from '../lib/measures.js';
import { MeasureName } from '../ui/measure-name.js';
import { CHANGE_ORDER } from '../lib/map-style.js';
import { waveLabel } from './analysis-controls.js';
import { qapResult } from '../lib/report-model.js';

export const FIGURES = [
  { key: 'edges', kind: 'count' },
  { key: 'density', kind: 'share' },
  { key: 'reciprocity', kind: 'share' },
  { key: 'components', kind: 'count' },
  { key: 'averagePathLength', kind: 'decimal' },
  { key: 'eiIndex', kind: 'index' },
  { key: 'responseRate', kind: 'share' }
];

function fmt(value, kind) {
  return formatNumber(value, formatOptions(kind));
}

function change(value, kind) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  if (kind === 'share') {
    // The plural follows the figure as written (one decimal): "+1 percentage point", "+1.5 percentage points".
    const points = Math.round(value * 1000) / 10;
    return t('compare.points', { count: points, value: formatNumber(points, { signDisplay: 'exceptZero' }) });
  }
  return formatNumber(value, { ...formatOptions(kind), signDisplay: 'exceptZero' });
}

/** How much of the network stayed among the people in both rounds, and whether the two rounds are more alike than
 *  chance: the core's `stability` in words (nothing when fewer than two people were in both rounds). */
function Stability({ stability }) {
  if (!stability || !(stability.people >= 2) || stability.keptShare === null) return null;
  const q = qapResult(stability.qap);
  const chance =
    q.state === 'more'
      ? t(q.count === 0 ? 'compare.stabilityChance.moreNone' : 'compare.stabilityChance.more', q)
      : q.state === 'not'
        ? t('compare.stabilityChance.not', q)
        : null;
  return html`<p class="compare-stability" data-testid="compare-stability">${t('compare.stability', {
    count: stability.people,
    kept: stability.kept,
    lost: stability.lost,
    new: stability.new,
    share: formatPercent(stability.keptShare)
  })}${chance ? ` ${chance}` : ''}</p>`;
}

export function CompareSummary({ doc, compare, edges }) {
  const names = new Map((doc.actors || []).map((a) => [a.id, a.name || a.id]));
  const net = compare.network || {};
  const groups = CHANGE_ORDER.filter((c) => c !== 'same').map((c) => ({
    change: c,
    items: edges.filter((e) => e.change === c)
  }));
  return html`
    <section class="section compare-summary" aria-labelledby="compare-title" data-testid="compare-summary">
      <h2 id="compare-title">${t('compare.title', { from: waveLabel(doc, compare.from), to: waveLabel(doc, compare.to) })}</h2>
      <${Stability} stability=${compare.stability} />
      <div class="compare-grid">
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="compare-figures-caption">
          <table class="data-table">
            <caption id="compare-figures-caption" class="table-caption">${t('compare.figures')}</caption>
            <thead><tr>
              <th scope="col">${t('compare.measure')}</th>
              <th scope="col" class="num">${waveLabel(doc, compare.from)}</th>
              <th scope="col" class="num">${waveLabel(doc, compare.to)}</th>
              <th scope="col" class="num">${t('compare.change')}</th>
            </tr></thead>
            <tbody>
              ${FIGURES.map(
                (f) => html`<tr key=${f.key}>
                <th scope="row"><${MeasureName} id=${f.key} /></th>
                <td class="num">${fmt(net.before && net.before[f.key], f.kind)}</td>
                <td class="num">${fmt(net.after && net.after[f.key], f.kind)}</td>
                <td class="num">${change(net.change && net.change[f.key], f.kind)}</td>
              </tr>`
              )}
            </tbody>
          </table>
        </div>
        <div class="change-lists">
          ${groups.map(
            (g) => html`
            <details key=${g.change} class="change-group" open=${g.items.length > 0 && g.items.length <= 12}>
              <summary data-testid=${`change-${g.change}`}>${t(`map.change.${g.change}`, { count: g.items.length })}</summary>
              ${
                g.items.length
                  ? html`<ul class="plain-list">
                ${g.items.map(
                  (e) =>
                    html`<li key=${e.key}>${`${names.get(e.a)} – ${names.get(e.b)}`}<span class="change-freq">${
                      g.change === 'added'
                        ? t(`frequency.${e.after}`)
                        : g.change === 'removed'
                          ? t(`frequency.${e.before}`)
                          : t('compare.frequencyChange', {
                              before: t(`frequency.${e.before}`),
                              after: t(`frequency.${e.after}`)
                            })
                    }</span></li>`
                )}
              </ul>`
                  : html`<p class="muted">${t('compare.none')}</p>`
              }
            </details>`
          )}
        </div>
      </div>
    </section>`;
}
