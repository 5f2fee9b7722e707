// Nettverkskart: the person-level map of a wave (or the difference between two), the
// unit-level map beside it, the selected person in plain words, the legend, and
// export as SVG and PNG.
import { html } from '../ui/html.js';
import { useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { projectName } from '../lib/project.js';
import { slugify } from '../lib/slug.js';
import { effectiveOptions } from '../state/analysis-actions.js';
import { AnalysisControls, currentResult, waveLabel } from './analysis-controls.js';
import { MapToolbar } from './network-toolbar.js';
import { NetworkMap, effectivePositions, draggedPositions } from './network-map.js';
import { SelectionPanel, Legend } from './network-panel.js';
import { UnitMap } from './network-units.js';
import { CompareSummary } from './network-compare.js';
import { mapModel, legendSections, exportNotes } from './network-data.js';
import { exportSvgText, downloadSvg, downloadPng } from '../ui/map-export.js';
import { networkSize, mapLabel } from '../ui/count-texts.js';
import { RetiredNote } from './privacy-retention.js';

export function NoProject({ actions, titleKey }) {
  return html`
    <div class="view view-network">
      <h1 tabindex="-1">${t(titleKey)}</h1>
      <p class="lead" data-testid="network-empty">${t('overview.noProject')} ${t('overview.noProjectHint')}</p>
      <p><a class="button button-primary" href="#/projects" onClick=${(e) => {
        e.preventDefault();
        actions.navigate('projects');
      }}>${t('overview.goToProjects')}</a></p>
    </div>`;
}

export function NoWave({ titleKey }) {
  return html`
    <div class="view view-network">
      <h1 tabindex="-1">${t(titleKey)}</h1>
      <p class="lead" data-testid="network-no-wave">${t('analysis.noWave')}</p>
    </div>`;
}

function egoText(doc, ego) {
  if (!ego) return '';
  if (ego.kind === 'unit') {
    const unit = (doc.units || []).find((u) => u.id === ego.id);
    return t('map.egoUnitShown', { name: unit ? unit.name : ego.id });
  }
  const actor = (doc.actors || []).find((a) => a.id === ego.id);
  return t('map.egoActorShown', { name: actor ? actor.name : ego.id });
}

function ExportButtons({ spec, base }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const svg = () => downloadSvg(`${base}.svg`, exportSvgText(spec()));
  const png = async () => {
    setBusy(true);
    setError('');
    try {
      await downloadPng(`${base}.png`, exportSvgText(spec()));
    } catch (e) {
      setError(t('map.exportFailed'));
    } finally {
      setBusy(false);
    }
  };
  return html`
    <div class="map-export">
      <button type="button" class="button button-secondary button-small" data-testid="export-svg" onClick=${svg}>${t('map.exportSvg')}</button>
      <button type="button" class="button button-secondary button-small" data-testid="export-png" disabled=${busy} onClick=${png}>${t('map.exportPng')}</button>
      ${error ? html`<span class="field-error" role="alert">${error}</span>` : null}
    </div>`;
}

export function NetworkView({ state, actions }) {
  const cur = state.current;
  if (!cur) return html`<${NoProject} actions=${actions} titleKey="network.title" />`;
  const opts = effectiveOptions(cur.doc, state.analysis.options, state.lang);
  if (!opts.waveId) return html`<${NoWave} titleKey="network.title" />`;
  return html`<${NetworkBody} state=${state} actions=${actions} opts=${opts} />`;
}

function NetworkBody({ state, actions, opts }) {
  const svgRef = useRef(null);
  const cur = state.current;
  const doc = cur.doc;
  const analysis = state.analysis;
  const display = analysis.display;
  const result = currentResult(state);
  const compare = display.mode === 'compare' && analysis.compare.status === 'ready' ? analysis.compare.result : null;
  const model = useMemo(
    () => mapModel({ doc, result, opts, display, compare }),
    [doc, result, JSON.stringify(opts), display, compare]
  );
  const cacheKey = `${cur.id}|${opts.waveId}|${display.groupBy === 'location' ? 'location' : opts.groupLayout}`;
  const visibleIds = new Set(model.nodes.map((n) => n.id));
  const selectedId = display.selected && visibleIds.has(display.selected.id) ? display.selected.id : null;
  const onSelect = (id) => actions.setMapDisplay({ selected: id ? { kind: 'actor', id } : null });
  const legend = legendSections({ doc, model, display });
  const wave = waveLabel(doc, opts.waveId);
  const respondent = (doc.respondents || []).find((r) => r.actorId === selectedId && r.waveId === opts.waveId);
  const title = model.compare
    ? t('map.titleCompare', { from: waveLabel(doc, compare.from), to: wave })
    : t('map.titleWave', { wave });
  const exportSpec = () => ({
    model: { ...model, nodes: effectivePositions(model.nodes, draggedPositions(cacheKey)) },
    title: t('map.exportTitle', { project: projectName(doc), title }),
    subtitle: networkSize(model.nodes.length, model.edges.length),
    legend,
    notes: exportNotes({ display, model, opts })
  });
  const base = `${slugify(projectName(doc))}-${slugify(t('network.fileName'))}-${slugify(wave, 'runde')}`;
  const ready = !!result && analysis.resultFor && analysis.resultFor.waveId === opts.waveId && !analysis.running;

  return html`
    <div class="view view-network" data-testid="network-view" data-analysis-engine=${analysis.engine || ''}>
      <h1 tabindex="-1">${t('network.title')}</h1>
      <p class="lead">${t('network.lead')}</p>
      <${AnalysisControls} doc=${doc} analysis=${analysis} lang=${state.lang} actions=${actions} idPrefix="map" />
      <${RetiredNote} retired=${result && result.retired} wave=${wave} kind="mapNote" />
      <div class="network-grid">
        <div class="network-maps">
        <section class="map-area" aria-labelledby="map-title" data-testid="network-map" data-ready=${ready ? 'true' : 'false'}
          data-layout=${model.layout.byLocation ? 'location' : model.layout.fallback ? 'fallback' : 'core'}>
          <div class="area-head">
            <h2 id="map-title" class="area-title">${title}</h2>
            <${ExportButtons} spec=${exportSpec} base=${base} />
          </div>
          ${
            display.ego
              ? html`
            <p class="ego-banner" data-testid="ego-banner">${egoText(doc, display.ego)}
              <button type="button" class="button-link" onClick=${() => actions.setMapDisplay({ ego: null })}>${t('map.egoClear')}</button></p>`
              : null
          }
          <${NetworkMap} model=${model} cacheKey=${cacheKey} selectedId=${selectedId} onSelect=${onSelect}
            showLabels=${display.labels} svgRef=${svgRef} helpId="map-help"
            ariaLabel=${mapLabel(title, model.nodes.length, model.edges.length)} />
          <p id="map-help" class="map-help">${t('map.keyboardHelp')}
            ${' '}<a href="#/analysis" data-testid="map-as-table" onClick=${(e) => {
              e.preventDefault();
              actions.navigate('analysis');
            }}>${t('map.asTable')}</a></p>
          ${model.layout.fallback ? html`<p class="muted small">${t('map.fallbackLayout')}</p>` : null}
          ${model.layout.byLocation ? html`<p class="muted small" data-testid="map-location-note">${t('map.locationNote')}</p>` : null}
        </section>
        <section class="unit-area" aria-labelledby="units-title" data-testid="unit-map">
          <div class="area-head"><h2 id="units-title" class="area-title">${t('units.title')}</h2></div>
          ${
            result
              ? html`<${UnitMap} doc=${doc} result=${result} positions=${model.layout.positions}
            egoUnit=${display.ego && display.ego.kind === 'unit' ? display.ego.id : null}
            onPickUnit=${(id) => actions.setMapDisplay({ ego: id ? { kind: 'unit', id } : null })} />`
              : html`<div class="unit-map-frame"></div>`
          }
          <p class="map-help">${t('units.help')}</p>
        </section>
        </div>
        <aside class="map-side" aria-label=${t('map.sideLabel')}>
          <${SelectionPanel} doc=${doc} result=${result} actorId=${selectedId} edges=${model.compare ? model.allEdges : model.edges}
            responded=${respondent ? respondent.responded === true : undefined} actions=${actions} onSelect=${onSelect} />
          <${MapToolbar} doc=${doc} display=${display} opts=${opts} actions=${actions} />
          <${Legend} sections=${legend} />
        </aside>
      </div>
      ${model.compare ? html`<${CompareSummary} doc=${doc} compare=${compare} edges=${model.edges} />` : null}
    </div>`;
}
