// Rapport: the kunnskapsgrunnlag as a printable A4 report. Page 1 is for the steering group (key points and
// key figures); then the responsibility map (Ansvarskart), units and external partners, resources, the
// network figure, key people and the tests against chance, places, findings (critical and "bør sjekkes" in full, the rest in short),
// strengths and weaknesses, tiltak, phase status, and method, response and privacy. Page numbers
// ("Side N av M") come from an @page margin box whose text is the locale's (lib/report-print.js).
// "Skriv ut" calls window.print().
import { h } from 'preact';
import { html } from '../ui/html.js';
import { t, formatNumber, formatPercent } from '../i18n.js';
import { currentResult, waveLabel } from './analysis-controls.js';
import { effectiveOptions } from '../state/analysis-actions.js';
import { bySeverity, assessmentsOf } from '../lib/findings.js';
import { pageNumberCss } from '../lib/report-print.js';
import { NoAnalysis, NeedProject, SeverityBadge } from './findings-parts.js';
import { FindingCard } from './findings.js';
import { Evidence } from './findings-assess.js';
import { ChangeTable } from './findings-changes.js';
import { ReportResources, ReportLocations } from './report-resources.js';
import { FirstPage } from './report-first-page.js';
import { ReportResponsibility } from './report-responsibility.js';
import { ReportUnits } from './report-units.js';
import { ReportMethod } from './report-method.js';
import { ReportFigure } from './report-figure.js';
import { ChanceTests } from './chance-tests.js';
import { MissingAnswers } from './analysis-robustness.js';
import { NetworkRoles } from './analysis-roles.js';
import { measureLabel } from '../lib/measure-names.js';
import { MeasureName } from '../ui/measure-name.js';
import { RetiredNote } from './privacy-retention.js';

/** The page-number rule as a style element of its own (built with h(), so the bundle holds one literal
 *  style tag: the page's own, tests/js/bundle.test.mjs). The CSP allows inline styles. */
function PageNumbers() {
  return h('style', null, pageNumberCss(t('report.pageNumber')));
}

function KeyMeasures({ doc, result }) {
  const names = new Map((doc.actors || []).map((a) => [a.id, a]));
  const units = new Map((doc.units || []).map((u) => [u.id, u.name]));
  const top = (result.nodes || [])
    .slice()
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree)
    .slice(0, 10);
  return html`<table class="data-table report-table" data-testid="report-measures">
    <caption class="table-caption">${t('report.measuresCaption', { measure: measureLabel('betweenness') })}</caption>
    <thead><tr><th scope="col">${t('report.person')}</th><th scope="col">${t('report.unit')}</th>
      <th scope="col" class="num"><${MeasureName} id="degree" /></th><th scope="col" class="num"><${MeasureName} id="inDegree" /></th>
      <th scope="col" class="num"><${MeasureName} id="betweenness" /></th></tr></thead>
    <tbody>${top.map(
      (n) => html`<tr key=${n.id}>
      <th scope="row">${(names.get(n.id) || { name: n.id }).name}</th><td>${units.get(n.unitId) || '–'}</td>
      <td class="num">${formatNumber(n.degree)}</td><td class="num">${formatNumber(n.inDegree)}</td>
      <td class="num">${formatPercent(n.betweenness)}</td></tr>`
    )}</tbody>
  </table>`;
}

function PhaseStatus({ phases }) {
  return html`<table class="data-table report-table" data-testid="report-phases">
    <caption class="visually-hidden">${t('report.phasesTitle')}</caption>
    <thead><tr><th scope="col">${t('report.phase')}</th><th scope="col">${t('report.status')}</th><th scope="col" class="num">${t('report.requiredDone')}</th></tr></thead>
    <tbody>${phases.map(
      (p) => html`<tr key=${p.number}><th scope="row">${p.number}. ${p.title}</th>
      <td>${t(`process.status.${p.complete ? 'complete' : p.started ? 'started' : 'not-started'}`)}</td>
      <td class="num">${formatNumber(p.progress.requiredDone)} / ${formatNumber(p.progress.required)}</td></tr>`
    )}</tbody>
  </table>`;
}

function AssessList({ items, findings, kind, doc }) {
  if (!items.length) return html`<p class="muted">${t('report.none')}</p>`;
  return html`<ul class="report-assess" data-testid=${`report-${kind}`}>${items.map((a) => html`<li key=${a.id}>${a.text}<${Evidence} evidence=${a.evidence} findings=${findings} doc=${doc} /></li>`)}</ul>`;
}

/** Critical and "bør sjekkes" findings in full; those for information as one line each (title and explanation). */
function Findings({ findings, doc }) {
  const full = findings.filter((f) => f.severity !== 'info');
  const info = findings.filter((f) => f.severity === 'info');
  return html`
    <div class="report-findings">${full.map((f) => html`<${FindingCard} key=${f.id} finding=${f} doc=${doc} headingLevel=${3} />`)}</div>
    ${
      info.length
        ? html`
      <h3 class="report-h3">${t('report.infoFindings')}</h3>
      <p>${t('report.infoFindingsIntro')}</p>
      <ul class="report-info-findings" data-testid="report-info-findings">
        ${info.map((f) => html`<li key=${f.id} data-rule=${f.rule}><${SeverityBadge} severity=${f.severity} /> <strong>${f.title}.</strong> ${f.explanation}</li>`)}
      </ul>`
        : null
    }`;
}

function Section({ id, title, testid, className = '', children }) {
  return html`<section class=${`report-section ${className}`} aria-labelledby=${id} data-testid=${testid}>
    <h2 id=${id}>${title}</h2>${children}</section>`;
}

/** The report itself, in the current language (views/report-language.js chooses it). */
export function ReportBody({ state, actions }) {
  const cur = state.current;
  if (!cur) return html`<${NeedProject} titleKey="report.title" actions=${actions} />`;
  const doc = cur.doc;
  const result = currentResult(state);
  const opts = effectiveOptions(doc, state.analysis.options, state.lang);
  const a = state.analysis;
  const ready = !a.running && (!!result || ['no-wave', 'error', 'cancelled'].includes(a.status));
  const findings = result ? (result.findings || []).slice().sort(bySeverity) : [];
  const changes = assessmentsOf(doc, ['change']);
  return html`
    <div class="view view-report" data-testid="report-view" data-ready=${ready ? 'true' : 'false'}>
      <${PageNumbers} />
      <div class="report-toolbar no-print">
        <p class="muted">${t('report.intro')}</p>
        <button type="button" class="button button-primary" data-testid="report-print" onClick=${() => window.print()}>${t('report.print')}</button>
      </div>
      <${FirstPage} doc=${doc} result=${result} opts=${opts} />
      <${Section} id="r-responsibility" title=${t('report.responsibility')} testid="report-s-responsibility" className="report-break-before">
        <${ReportResponsibility} doc=${doc} result=${result} /><//>
      <${Section} id="r-units" title=${t('report.units')} testid="report-s-units">
        <${ReportUnits} doc=${doc} result=${result} /><//>
      ${
        result
          ? html`
        <${Section} id="r-resources" title=${t('report.resources')} testid="report-s-resources"><${ReportResources} resources=${result.resources} /><//>
        ${
          opts.waveId && result.retired
            ? html`<${Section} id="r-figure" title=${t('report.network')} testid="report-s-figure">
                <${RetiredNote} retired=${result.retired} wave=${waveLabel(doc, opts.waveId)} kind="reportNote" /><//>`
            : opts.waveId
              ? html`
          <${Section} id="r-figure" title=${t('report.network')} testid="report-s-figure" className="report-figure-section">
            <${ReportFigure} doc=${doc} result=${result} opts=${opts} /><//>
          <${Section} id="r-measures" title=${t('report.measures')} testid="report-s-measures">
            <p>${t('report.measuresText', { measure: measureLabel('betweenness') })}</p><${KeyMeasures} doc=${doc} result=${result} />
            <${NetworkRoles} doc=${doc} result=${result} headingLevel=${3} />
            <${ChanceTests} doc=${doc} result=${result} headingLevel=${3} />
            <${MissingAnswers} doc=${doc} result=${result} headingLevel=${3} /><//>`
              : html`<${Section} id="r-figure" title=${t('report.network')} testid="report-s-figure"><p>${t('report.networkNoRound')}</p><//>`
        }
        <${Section} id="r-locations" title=${t('report.locations')} testid="report-s-locations">
          <${ReportLocations} locations=${result.locations} doc=${doc} /><//>
        <${Section} id="r-findings" title=${t('report.findings')} testid="report-s-findings" className="report-break-before">
          <${Findings} findings=${findings} doc=${doc} /><//>
        <${Section} id="r-assess" title=${t('findings.assessTitle')} testid="report-s-assess">
          <h3>${t('report.strengths')}</h3><${AssessList} doc=${doc} kind="strengths" items=${assessmentsOf(doc, ['strength'])} findings=${findings} />
          <h3>${t('report.weaknesses')}</h3><${AssessList} doc=${doc} kind="weaknesses" items=${assessmentsOf(doc, ['weakness'])} findings=${findings} /><//>
        <${Section} id="r-changes" title=${t('findings.changesTitle')} testid="report-s-changes">
          ${changes.length ? html`<${ChangeTable} items=${changes} findings=${findings} />` : html`<p class="muted">${t('report.none')}</p>`}<//>
        <${Section} id="r-phases" title=${t('report.phasesTitle')} testid="report-s-phases"><${PhaseStatus} phases=${result.phases || []} /><//>
      `
          : html`<${NoAnalysis} state=${state} />`
      }
      <${Section} id="r-method" title=${t('report.methodTitle')} testid="report-s-method">
        <${ReportMethod} doc=${doc} result=${result} opts=${opts} /><//>
    </div>`;
}
