// Analyse: key figures for the whole network, sortable tables of people and units with
// every measure named plainly first and technically second, explained, with its caveat
// (lib/measure-names.js, ui/measure-name.js), the tests against chance, the unit-by-unit matrix,
// informal groups against formal units, the places in the network (analysis-roles.js), and the ties that hold the
// network together.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t, formatNumber, formatPercent } from '../i18n.js';
import { effectiveOptions } from '../state/analysis-actions.js';
import { AnalysisControls, currentResult, waveLabel } from './analysis-controls.js';
import { NoProject, NoWave } from './network.js';
import { SortableTable, formatCell } from './analysis-table.js';
import { UnitMatrix, Communities, Bridges } from './analysis-matrix.js';
import { NetworkRoles } from './analysis-roles.js';
import { ReferenceSection } from './analysis-reference.js';
import { ChanceTests } from './chance-tests.js';
import { MissingAnswers } from './analysis-robustness.js';
import { ACTOR_MEASURES, UNIT_MEASURES, NETWORK_MEASURES, nodeValue, caveats } from '../lib/measures.js';
import { measureName, measureLabel, measureShort, measureTechnicalNote, measureExplain } from '../lib/measure-names.js';
import { MeasureName, MeasureCaveat, MeasureExplanations } from '../ui/measure-name.js';
import { RetiredNote } from './privacy-retention.js';

export function caveatText(c) {
  const params = { ...(c.params || {}) };
  if (typeof c.share === 'number') params.rate = formatPercent(c.share);
  if (typeof c.limitShare === 'number') params.limit = formatPercent(c.limitShare);
  if (c.key === 'caveat.minFrequency') params.level = t(`frequency.${params.level}`);
  if (c.key === 'caveat.components') params.largest = t('count.people', { count: params.largest });
  if (c.key === 'caveat.small')
    Object.assign(params, { bridge: measureName('betweenness'), few: measureName('betweennessCentralization') });
  if (c.key === 'caveat.lowResponse')
    Object.assign(params, { reported: measureName('outDegree'), mutual: measureName('reciprocity') });
  if (c.sampling)
    Object.assign(params, {
      actors: formatNumber(c.sampling.actors),
      sources: formatNumber(c.sampling.sources),
      bound: formatNumber(c.sampling.betweennessErrorBound, { maximumFractionDigits: 3 })
    });
  return t(c.key, params);
}

/** The project's low-response threshold, as the core reports it. */
const minRate = (result) => (result && result.settings ? result.settings.minResponseRate : null);

function Caveats({ network, opts, minResponseRate }) {
  const list = caveats(network, opts, minResponseRate);
  if (!list.length) return null;
  return html`
    <div class="caveats" role="note" aria-labelledby="caveats-title" data-testid="caveats">
      <h2 id="caveats-title" class="caveats-title">${t('caveat.title')}</h2>
      <ul>${list.map((c) => html`<li key=${c.key}>${caveatText(c)}</li>`)}</ul>
    </div>`;
}

function KeyFigures({ network, minResponseRate }) {
  return html`
    <section class="section" aria-labelledby="figures-title">
      <h2 id="figures-title">${t('figures.title')}</h2>
      <dl class="stat-grid figure-grid" data-testid="key-figures">
        ${NETWORK_MEASURES.map(
          (def) => html`
          <div key=${def.key} class="stat figure" data-testid=${`figure-${def.key}`}>
            <dt class="stat-label"><${MeasureName} id=${def.key} /></dt>
            <dd class="stat-value">${formatCell(network[def.key], def.kind)}</dd>
            <dd class="stat-detail">${measureExplain(def.key)} <${MeasureCaveat} def=${def} network=${network} minResponseRate=${minResponseRate} /></dd>
          </div>`
        )}
      </dl>
      <${MeasureExplanations} defs=${NETWORK_MEASURES} network=${network} id="figures" titleKey="figures.explain" minResponseRate=${minResponseRate} />
    </section>`;
}

function ActorTable({ doc, result, actions }) {
  const [all, setAll] = useState(false);
  const actors = new Map((doc.actors || []).map((a) => [a.id, a]));
  const units = new Map((doc.units || []).map((u) => [u.id, u.name || u.id]));
  const defs = ACTOR_MEASURES.filter((d) => all || d.core);
  const columns = [
    {
      key: 'name',
      label: t('table.name'),
      kind: 'text',
      value: (n) => (actors.get(n.id) || {}).name || n.id,
      render: (n) => html`<button type="button" class="button-link cell-link" title=${t('table.showOnMap')}
        onClick=${() => actions.showOnMap(n.id)}>${(actors.get(n.id) || {}).name || n.id}</button>`
    },
    { key: 'unit', label: t('table.unit'), kind: 'text', value: (n) => units.get(n.unitId) || '' },
    ...defs.map((d) => ({
      key: d.key,
      label: measureShort(d.key),
      note: measureTechnicalNote(d.key),
      title: measureLabel(d.key),
      kind: d.kind,
      value: (n) => nodeValue(n, d.key)
    }))
  ];
  return html`
    <section class="section" aria-labelledby="actors-title">
      <div class="section-head">
        <h2 id="actors-title">${t('table.actorsTitle')}</h2>
        <div class="control control-check">
          <input type="checkbox" id="actors-all" data-testid="actors-all-measures" checked=${all} onChange=${(e) => setAll(e.currentTarget.checked)} />
          <label for="actors-all">${t('table.allMeasures')}</label>
        </div>
      </div>
      <p class="section-intro">${t('table.actorsIntro')}</p>
      <${MeasureExplanations} defs=${defs} network=${result.network} id="actors" titleKey="table.explain" minResponseRate=${minRate(result)} />
      <${SortableTable} id="actors-table" caption=${t('table.actorsCaption', { count: result.nodes.length })} columns=${columns}
        rows=${result.nodes} rowKey=${(n) => n.id} initialSort=${{ key: 'degree', dir: 'desc' }} testid="actor-table" />
    </section>`;
}

function UnitTable({ doc, result }) {
  const units = new Map((doc.units || []).map((u) => [u.id, u]));
  const columns = [
    { key: 'name', label: t('table.unit'), kind: 'text', value: (u) => (units.get(u.id) || {}).name || u.id },
    {
      key: 'kind',
      label: t('table.unitKind'),
      kind: 'text',
      value: (u) => ((units.get(u.id) || {}).external ? t('map.legend.external') : t('map.legend.internal'))
    },
    ...UNIT_MEASURES.map((d) => ({
      key: d.key,
      label: measureShort(`unit.${d.key}`),
      note: measureTechnicalNote(`unit.${d.key}`),
      title: measureLabel(`unit.${d.key}`),
      kind: d.kind,
      value: (u) => nodeValue(u, d.key)
    }))
  ];
  const defs = UNIT_MEASURES.map((d) => ({ ...d, key: `unit.${d.key}` }));
  return html`
    <section class="section" aria-labelledby="units-table-title">
      <h2 id="units-table-title">${t('table.unitsTitle')}</h2>
      <p class="section-intro">${t('table.unitsIntro')}</p>
      <${MeasureExplanations} defs=${defs} network=${result.network} id="units" titleKey="table.explain" minResponseRate=${minRate(result)} />
      <${SortableTable} id="units-table" caption=${t('table.unitsCaption', { count: result.units.length })} columns=${columns}
        rows=${result.units} rowKey=${(u) => u.id} initialSort=${{ key: 'members', dir: 'desc' }} testid="unit-table" />
    </section>`;
}

/** A round whose answers were deleted after the retention date: the figures the core kept from them, and why the
 *  rest is gone. The kept figures have the network's names (answered for responded). */
function RetiredAnalysis({ result, wave }) {
  const f = result.retired.figures;
  return html`
    <${RetiredNote} retired=${result.retired} wave=${wave} />
    <p class="response-line" data-testid="retired-response">${t('analysisView.responses', {
      responded: f.answered,
      count: f.asked,
      rate: formatPercent(f.responseRate)
    })}</p>
    <${KeyFigures} network=${{ ...f, responded: f.answered }} minResponseRate=${minRate(result)} />`;
}

export function AnalysisView({ state, actions }) {
  const cur = state.current;
  if (!cur) return html`<${NoProject} actions=${actions} titleKey="analysisView.title" />`;
  const doc = cur.doc;
  const analysis = state.analysis;
  const opts = effectiveOptions(doc, analysis.options, state.lang);
  if (!opts.waveId) return html`<${NoWave} titleKey="analysisView.title" />`;
  const result = currentResult(state);
  const ready = !!result && analysis.resultFor.waveId === opts.waveId && !analysis.running;
  return html`
    <div class="view view-analysis" data-testid="analysis-view" data-ready=${ready ? 'true' : 'false'} data-analysis-engine=${analysis.engine || ''}>
      <h1 tabindex="-1">${t('analysisView.title')}</h1>
      <p class="lead">${t('analysisView.lead', { wave: waveLabel(doc, opts.waveId) })}</p>
      <${AnalysisControls} doc=${doc} analysis=${analysis} lang=${state.lang} actions=${actions} idPrefix="analysis" />
      ${
        result && result.retired
          ? html`<${RetiredAnalysis} result=${result} wave=${waveLabel(doc, opts.waveId)} />`
          : result
            ? html`
        <${Caveats} network=${result.network} opts=${opts} minResponseRate=${minRate(result)} />
        <p class="response-line">${t('analysisView.responses', {
          responded: result.network.responded,
          count: result.network.asked,
          rate: formatPercent(result.network.responseRate)
        })} <a href="#/network" onClick=${(e) => {
          e.preventDefault();
          actions.navigate('network');
        }}>${t('analysisView.toMap')}</a></p>
        <${KeyFigures} network=${result.network} minResponseRate=${minRate(result)} />
        <${ActorTable} doc=${doc} result=${result} actions=${actions} />
        <${UnitTable} doc=${doc} result=${result} />
        <${NetworkRoles} doc=${doc} result=${result} />
        <${ChanceTests} doc=${doc} result=${result} />
        <${MissingAnswers} doc=${doc} result=${result} />
        <${UnitMatrix} doc=${doc} result=${result} />
        <${Communities} doc=${doc} result=${result} />
        <${Bridges} doc=${doc} result=${result} onShow=${(id) => actions.showOnMap(id)} />
        <${ReferenceSection} state=${state} actions=${actions} doc=${doc} result=${result} />
      `
            : html`<p class="muted" data-testid="analysis-waiting">${t(analysis.status === 'cancelled' || analysis.status === 'error' ? 'analysisView.notRun' : 'analysisView.waiting')}</p>`
      }
    </div>`;
}
