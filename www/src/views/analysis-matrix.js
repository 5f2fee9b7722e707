// The unit-by-unit matrix as a heatmap (the number is in every cell; colour only
// helps the eye), informal groups (communities) against the formal units, and the
// single ties that hold the network together (bridges).
import { html } from '../ui/html.js';
import { t, formatNumber } from '../i18n.js';
import { measureExplain, GROUP_MEASURES } from '../lib/measure-names.js';
import { MeasureName, MeasureCaveat } from '../ui/measure-name.js';

/** Background and text colour for a cell: a light-to-dark blue ramp with readable text. */
export function heatColor(value, max) {
  if (!value || max <= 0) return { background: '#ffffff', color: '#4b5a6a' };
  const s = Math.sqrt(value / max);
  const from = [229, 238, 245];
  const to = [21, 69, 102];
  const mix = from.map((c, i) => Math.round(c + (to[i] - c) * s));
  return { background: `rgb(${mix.join(',')})`, color: s > 0.45 ? '#ffffff' : '#1b2631' };
}

export const MATRIX_LIMIT = 80;

export function UnitMatrix({ doc, result }) {
  const matrix = result.unitMatrix;
  if (!matrix || !Array.isArray(matrix.unitIds) || matrix.unitIds.length === 0) return null;
  // Scale: n units draw n² cells (500 units: 250,000, a freeze of many seconds); above the limit, say so.
  if (matrix.unitIds.length > MATRIX_LIMIT) {
    return html`<section class="section" aria-labelledby="matrix-title"><h2 id="matrix-title">${t('matrix.title')}</h2>
      <p class="muted" data-testid="unit-matrix-skipped">${t('hardening.matrixSkipped', { count: matrix.unitIds.length, limit: MATRIX_LIMIT })}</p></section>`;
  }
  const units = new Map((doc.units || []).map((u) => [u.id, u]));
  const ids = matrix.unitIds;
  let max = 0;
  ids.forEach((_, i) =>
    ids.forEach((__, j) => {
      max = Math.max(max, (matrix.ties[i] || [])[j] || 0);
    })
  );
  const name = (id) => (units.get(id) ? units.get(id).name : id);
  return html`
    <section class="section" aria-labelledby="matrix-title">
      <h2 id="matrix-title">${t('matrix.title')}</h2>
      <p class="section-intro">${t('matrix.intro')}</p>
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="matrix-caption">
        <table class="heatmap" data-testid="unit-matrix">
          <caption id="matrix-caption" class="visually-hidden">${t('matrix.title')}</caption>
          <thead>
            <tr>
              <td class="heatmap-corner"></td>
              ${ids.map(
                (id, j) => html`<th key=${id} scope="col" class="heatmap-col" title=${name(id)}>
                <span aria-hidden="true">${j + 1}</span><span class="visually-hidden">${name(id)}</span></th>`
              )}
            </tr>
          </thead>
          <tbody>
            ${ids.map(
              (rowId, i) => html`
              <tr key=${rowId}>
                <th scope="row" class="heatmap-row"><span class="heatmap-index" aria-hidden="true">${i + 1}</span>
                  ${name(rowId)}${units.get(rowId) && units.get(rowId).external ? html` <span class="muted">(${t('map.externalShort')})</span>` : null}</th>
                ${ids.map((colId, j) => {
                  const v = (matrix.ties[i] || [])[j] || 0;
                  const c = heatColor(v, max);
                  return html`<td key=${colId} class=${`heatmap-cell${i === j ? ' is-diagonal' : ''}${v === 0 ? ' is-zero' : ''}`}
                    style=${`background:${c.background};color:${c.color}`}>${formatNumber(v)}</td>`;
                })}
              </tr>`
            )}
          </tbody>
        </table>
      </div>
      <p class="muted small">${t('matrix.note')}</p>
    </section>`;
}

function describeScore(value, kind) {
  if (typeof value !== 'number') return '';
  if (kind === 'modularity')
    return t(
      value >= 0.4
        ? 'communities.modularity.high'
        : value >= 0.3
          ? 'communities.modularity.mid'
          : 'communities.modularity.low'
    );
  return t(
    value >= 0.7
      ? 'communities.agreement.high'
      : value >= 0.35
        ? 'communities.agreement.mid'
        : 'communities.agreement.low'
  );
}

export function Communities({ doc, result }) {
  const c = result.communities;
  const available = c && c.method && c.method !== 'pending' && c.count > 0;
  if (!available) {
    return html`
      <section class="section" aria-labelledby="communities-title" data-testid="communities">
        <h2 id="communities-title">${t('communities.title')}</h2>
        <p class="section-intro">${t('communities.intro')}</p>
        <p class="hint-box">${t('communities.unavailable')}</p>
      </section>`;
  }
  const units = new Map((doc.units || []).map((u) => [u.id, u.name || u.id]));
  const actors = new Map((doc.actors || []).map((a) => [a.id, a]));
  const groups = new Map();
  for (const [actorId, k] of Object.entries(c.membership || {})) {
    if (!groups.has(k)) groups.set(k, new Map());
    const unitId = (actors.get(actorId) || {}).unitId;
    const g = groups.get(k);
    g.set(unitId, (g.get(unitId) || 0) + 1);
  }
  const agreement = c.agreementWithUnits || {};
  const two = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  // Each measure of the groups: its value and what it says here.
  const shown = {
    communities: [formatNumber(c.count), t('communities.countDetail', { count: (doc.units || []).length })],
    modularity: [formatNumber(c.modularity, two), describeScore(c.modularity, 'modularity')],
    nmi: [formatNumber(agreement.nmi, two), describeScore(agreement.nmi, 'agreement')],
    ari: [formatNumber(agreement.ari, two), describeScore(agreement.ari, 'agreement')]
  };
  const stat = (id, value, verdict) => html`<div key=${id} class="stat" data-testid=${`group-${id}`}>
    <dt class="stat-label"><${MeasureName} id=${id} /></dt><dd class="stat-value">${value}</dd>
    ${verdict ? html`<dd class="stat-verdict">${verdict}</dd>` : null}
    <dd class="stat-detail">${measureExplain(id)} <${MeasureCaveat} def=${{ key: id, small: true }} network=${result.network} always=${true} /></dd></div>`;
  return html`
    <section class="section" aria-labelledby="communities-title" data-testid="communities">
      <h2 id="communities-title">${t('communities.title')}</h2>
      <p class="section-intro">${t('communities.intro')}</p>
      <dl class="stat-grid stat-grid-compact">
        ${GROUP_MEASURES.map((id) => stat(id, ...shown[id]))}
      </dl>
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="communities-caption">
        <table class="data-table">
          <caption id="communities-caption" class="table-caption">${t('communities.tableCaption')}</caption>
          <thead><tr><th scope="col">${t('communities.group')}</th><th scope="col" class="num">${t('communities.members')}</th><th scope="col">${t('communities.units')}</th></tr></thead>
          <tbody>
            ${[...groups.entries()]
              .sort((a, b) => a[0] - b[0])
              .map(
                ([k, g]) => html`
              <tr key=${k}>
                <th scope="row">${t('map.legend.community', { number: Number(k) + 1 })}</th>
                <td class="num">${formatNumber([...g.values()].reduce((s, n) => s + n, 0))}</td>
                <td>${[...g.entries()]
                  .sort((a, b) => b[1] - a[1])
                  .map(([u, n]) => `${units.get(u) || t('map.noUnit')} (${formatNumber(n)})`)
                  .join(', ')}</td>
              </tr>`
              )}
          </tbody>
        </table>
      </div>
    </section>`;
}

export function Bridges({ doc, result, onShow }) {
  const names = new Map((doc.actors || []).map((a) => [a.id, a.name || a.id]));
  const bridges = result.bridges || [];
  const cut = (result.nodes || []).filter((n) => n.articulationPoint);
  return html`
    <section class="section" aria-labelledby="bridges-title" data-testid="bridges">
      <h2 id="bridges-title">${t('bridges.title')}</h2>
      <p class="section-intro">${t('bridges.intro')}</p>
      <div class="two-col">
        <div>
          <h3>${t('bridges.people', { count: cut.length })}</h3>
          ${
            cut.length
              ? html`<ul class="plain-list">${cut.map(
                  (n) => html`<li key=${n.id}>
            <button type="button" class="button-link" onClick=${() => onShow(n.id)}>${names.get(n.id)}</button></li>`
                )}</ul>`
              : html`<p class="muted">${t('bridges.noPeople')}</p>`
          }
        </div>
        <div>
          <h3>${t('bridges.ties', { count: bridges.length })}</h3>
          ${
            bridges.length
              ? html`<ul class="plain-list">${bridges.map((b) => html`<li key=${`${b.from}-${b.to}`}>${names.get(b.from)} – ${names.get(b.to)}</li>`)}</ul>`
              : html`<p class="muted">${t('bridges.noTies')}</p>`
          }
        </div>
      </div>
    </section>`;
}
