// Rapport: the knowledge base as a printable A4 report: title page, summary, the network
// figure (the map's export drawing, inline SVG), key measures, findings, strengths and
// weaknesses, tiltak, phase status, method and privacy. "Skriv ut" calls window.print().
import { html } from '../ui/html.js';
import { useMemo } from 'preact/hooks';
import { t, formatNumber, formatPercent, formatDate } from '../i18n.js';
import { currentResult, waveLabel } from './analysis-controls.js';
import { effectiveOptions, DEFAULT_DISPLAY } from '../state/analysis-actions.js';
import { mapModel, legendSections, exportNotes } from './network-data.js';
import { ExportSvg, EXPORT_SIZE } from '../ui/map-export.js';
import { projectName } from '../lib/project.js';
import { projectStats } from '../lib/stats.js';
import { SEVERITIES, bySeverity, assessmentsOf } from '../lib/findings.js';
import { NoAnalysis, NeedProject } from './findings-parts.js';
import { FindingCard } from './findings.js';
import { Evidence } from './findings-assess.js';
import { ChangeTable } from './findings-changes.js';
import { ReportResources, ReportLocations } from './report-resources.js';

function Figure({ doc, result, opts }) {
  const display = { ...DEFAULT_DISPLAY, labels: true };
  const model = useMemo(() => mapModel({ doc, result, opts, display, compare: null }), [doc, result]);
  const wave = waveLabel(doc, opts.waveId);
  const spec = {
    model,
    title: t('report.figureTitle', { wave }),
    subtitle: t('map.exportSubtitle', { count: formatNumber(model.nodes.length), edges: formatNumber(model.edges.length) }),
    legend: legendSections({ doc, model, display }),
    notes: exportNotes({ display, model, opts })
  };
  return html`<figure class="report-figure" data-testid="report-figure">
    <${ExportSvg} ...${spec} width=${EXPORT_SIZE.width} height=${EXPORT_SIZE.height} />
    <figcaption>${t('report.figureCaption')}</figcaption>
  </figure>`;
}

function KeyMeasures({ doc, result }) {
  const names = new Map((doc.actors || []).map((a) => [a.id, a]));
  const units = new Map((doc.units || []).map((u) => [u.id, u.name]));
  const top = (result.nodes || []).slice().sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree).slice(0, 10);
  return html`<table class="data-table report-table" data-testid="report-measures">
    <caption class="table-caption">${t('report.measuresCaption')}</caption>
    <thead><tr><th scope="col">${t('report.person')}</th><th scope="col">${t('report.unit')}</th>
      <th scope="col" class="num">${t('measure.degree')}</th><th scope="col" class="num">${t('measure.inDegree')}</th>
      <th scope="col" class="num">${t('measure.betweenness')}</th></tr></thead>
    <tbody>${top.map((n) => html`<tr key=${n.id}>
      <th scope="row">${(names.get(n.id) || { name: n.id }).name}</th><td>${units.get(n.unitId) || '–'}</td>
      <td class="num">${formatNumber(n.degree)}</td><td class="num">${formatNumber(n.inDegree)}</td>
      <td class="num">${formatNumber(n.betweenness, { maximumFractionDigits: 2 })}</td></tr>`)}</tbody>
  </table>`;
}

function Summary({ doc, result }) {
  const stats = projectStats(doc);
  const net = result.network || {};
  const counts = SEVERITIES.map((s) => ({ s, n: (result.findings || []).filter((f) => f.severity === s).length }));
  const rows = [
    [t('overview.units'), t('overview.unitsDetail', { internal: formatNumber(stats.units.internal), external: formatNumber(stats.units.external) }), formatNumber(stats.units.total)],
    [t('overview.actors'), '', formatNumber(stats.actors)],
    [t('overview.functions'), t('overview.functionsDetail', { essential: formatNumber(stats.functions.essential), covered: formatNumber(stats.functions.essentialCovered) }), formatNumber(stats.functions.total)],
    [t('measure.edges'), '', formatNumber(net.edges)],
    [t('measure.density'), '', formatPercent(net.density || 0)],
    [t('measure.reciprocity'), '', formatPercent(net.reciprocity || 0)],
    [t('measure.responseRate'), t('report.answered', { responded: formatNumber(net.responded || 0), asked: formatNumber(net.asked || 0) }), typeof net.responseRate === 'number' ? formatPercent(net.responseRate) : '–']
  ];
  return html`
    <p>${t('report.summaryText', { critical: counts[0].n, warning: counts[1].n, info: counts[2].n })}</p>
    <table class="data-table report-table" data-testid="report-summary">
      <caption class="table-caption">${t('report.keyFigures')}</caption>
      <tbody>${rows.map(([label, detail, value]) => html`<tr key=${label}><th scope="row">${label}${detail ? html`<span class="muted small"> (${detail})</span>` : null}</th><td class="num">${value}</td></tr>`)}</tbody>
    </table>`;
}

function PhaseStatus({ phases }) {
  return html`<table class="data-table report-table" data-testid="report-phases">
    <caption class="visually-hidden">${t('report.phasesTitle')}</caption>
    <thead><tr><th scope="col">${t('report.phase')}</th><th scope="col">${t('report.status')}</th><th scope="col" class="num">${t('report.requiredDone')}</th></tr></thead>
    <tbody>${phases.map((p) => html`<tr key=${p.number}><th scope="row">${p.number}. ${p.title}</th>
      <td>${t(`process.status.${p.complete ? 'complete' : p.started ? 'started' : 'not-started'}`)}</td>
      <td class="num">${formatNumber(p.progress.requiredDone)} / ${formatNumber(p.progress.required)}</td></tr>`)}</tbody>
  </table>`;
}

function AssessList({ items, findings, kind, doc }) {
  if (!items.length) return html`<p class="muted">${t('report.none')}</p>`;
  return html`<ul class="report-assess" data-testid=${`report-${kind}`}>${items.map((a) => html`<li key=${a.id}>${a.text}<${Evidence} evidence=${a.evidence} findings=${findings} doc=${doc} /></li>`)}</ul>`;
}

export function ReportView({ state, actions }) {
  const cur = state.current;
  if (!cur) return html`<${NeedProject} titleKey="report.title" actions=${actions} />`;
  const doc = cur.doc;
  const result = currentResult(state);
  const opts = effectiveOptions(doc, state.analysis.options, state.lang);
  const a = state.analysis;
  const ready = !a.running && (!!result || ['no-wave', 'error', 'cancelled'].includes(a.status));
  const m = doc.municipality || {};
  const findings = result ? (result.findings || []).slice().sort(bySeverity) : [];
  const net = result ? result.network || {} : {};
  return html`
    <div class="view view-report" data-testid="report-view" data-ready=${ready ? 'true' : 'false'}>
      <div class="report-toolbar no-print">
        <p class="muted">${t('report.intro')}</p>
        <button type="button" class="button button-primary" data-testid="report-print" onClick=${() => window.print()}>${t('report.print')}</button>
      </div>
      <header class="report-title-page">
        <p class="eyebrow">${t('report.kicker')}</p>
        <h1 tabindex="-1">${t('report.title')}: ${m.name || projectName(doc)}</h1>
        <p class="report-subtitle">${projectName(doc)}${m.number ? ` · ${t('projects.number', { number: m.number })}` : ''}</p>
        <p data-testid="report-date">${t('report.date', { date: formatDate(new Date().toISOString().slice(0, 10)) })}</p>
        ${opts.waveId ? html`<p>${t('report.wave', { wave: waveLabel(doc, opts.waveId) })}</p>` : null}
        <p class="muted">${t('report.madeWith')}</p>
      </header>
      ${result ? html`
        <section class="report-section" aria-labelledby="r-summary"><h2 id="r-summary">${t('report.summary')}</h2><${Summary} doc=${doc} result=${result} /></section>
        <section class="report-section report-figure-section" aria-labelledby="r-figure"><h2 id="r-figure">${t('report.network')}</h2>
          <${Figure} doc=${doc} result=${result} opts=${opts} /></section>
        <section class="report-section" aria-labelledby="r-measures"><h2 id="r-measures">${t('report.measures')}</h2>
          <p>${t('report.measuresText')}</p><${KeyMeasures} doc=${doc} result=${result} /></section>
        <section class="report-section" aria-labelledby="r-resources"><h2 id="r-resources">${t('report.resources')}</h2>
          <${ReportResources} resources=${result.resources} /></section>
        <section class="report-section" aria-labelledby="r-locations"><h2 id="r-locations">${t('report.locations')}</h2>
          <${ReportLocations} locations=${result.locations} doc=${doc} /></section>
        <section class="report-section" aria-labelledby="r-findings"><h2 id="r-findings">${t('report.findings')}</h2>
          <div class="report-findings">${findings.map((f) => html`<${FindingCard} key=${f.id} finding=${f} doc=${doc} headingLevel=${3} />`)}</div></section>
        <section class="report-section" aria-labelledby="r-assess"><h2 id="r-assess">${t('findings.assessTitle')}</h2>
          <h3>${t('report.strengths')}</h3><${AssessList} doc=${doc} kind="strengths" items=${assessmentsOf(doc, ['strength'])} findings=${findings} />
          <h3>${t('report.weaknesses')}</h3><${AssessList} doc=${doc} kind="weaknesses" items=${assessmentsOf(doc, ['weakness'])} findings=${findings} /></section>
        <section class="report-section" aria-labelledby="r-changes"><h2 id="r-changes">${t('findings.changesTitle')}</h2>
          ${assessmentsOf(doc, ['change']).length ? html`<${ChangeTable} items=${assessmentsOf(doc, ['change'])} findings=${findings} />` : html`<p class="muted">${t('report.none')}</p>`}</section>
        <section class="report-section" aria-labelledby="r-phases"><h2 id="r-phases">${t('report.phasesTitle')}</h2><${PhaseStatus} phases=${result.phases || []} /></section>
      ` : html`<${NoAnalysis} state=${state} />`}
      <section class="report-section" aria-labelledby="r-method"><h2 id="r-method">${t('report.method')}</h2>
        <p>${t('report.methodShows')}</p>
        <p>${t('report.methodNot')}</p>
        ${typeof net.responseRate === 'number' ? html`<p data-testid="report-response">${t('report.methodResponse', { rate: formatPercent(net.responseRate), responded: formatNumber(net.responded || 0), asked: formatNumber(net.asked || 0) })}</p>` : null}
        <p>${t('report.privacy')}</p></section>
    </div>`;
}
