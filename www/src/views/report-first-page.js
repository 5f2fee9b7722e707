// Rapport, page 1: what the steering group reads first. The municipality and the date, the survey's
// response (the core's figures), the most important findings (titles only, the same choice as Oversikt's:
// critical first, one per rule before a rule repeats, only critical and "bør sjekkes"), and the strengths
// and weaknesses the working group has accepted, and the key figures.
import { html } from '../ui/html.js';
import { t, formatNumber, formatPercent, formatDate } from '../i18n.js';
import { unitsDetail, functionsDetail } from '../ui/count-texts.js';
import { waveLabel } from './analysis-controls.js';
import { projectName } from '../lib/project.js';
import { projectStats } from '../lib/stats.js';
import { topFindings, assessmentsOf, openDrafts } from '../lib/findings.js';
import { networkResponse, reportNetwork } from '../lib/report-model.js';
import { measureLabel } from '../lib/measure-names.js';
import { SeverityBadge } from './findings-parts.js';

const TOP = 5;
const countOf = (result, severity) => (result.findings || []).filter((f) => f.severity === severity).length;

/** The response as one line, "Svarprosent 33 % (4 av 12)"; null when no one was asked. */
export function responseLine(result) {
  const r = networkResponse(result);
  if (r.rate === null) return null;
  return t('report.responseLine', {
    rate: formatPercent(r.rate),
    responded: formatNumber(r.responded),
    asked: formatNumber(r.asked)
  });
}

/** Key figures: the project's tallies and the core's network figures. */
function KeyFigures({ doc, result }) {
  const stats = projectStats(result, doc);
  if (!stats) return null;
  const net = reportNetwork(result);
  const rows = [
    [t('overview.units'), unitsDetail(stats.units.internal, stats.units.external), formatNumber(stats.units.total)],
    [t('overview.actors'), '', formatNumber(stats.actors)],
    [
      t('overview.functions'),
      functionsDetail(stats.functions.essential, stats.functions.essentialCovered),
      formatNumber(stats.functions.total)
    ],
    [measureLabel('edges'), '', formatNumber(net.edges)],
    [measureLabel('density'), '', formatPercent(net.density || 0)],
    [measureLabel('reciprocity'), '', formatPercent(net.reciprocity || 0)],
    [
      measureLabel('responseRate'),
      t('report.answered', { responded: net.responded || 0, asked: net.asked || 0 }),
      typeof net.responseRate === 'number' ? formatPercent(net.responseRate) : '–'
    ]
  ];
  return html`
    <dl class="report-figures" data-testid="report-summary">
      ${rows.map(
        ([
          label,
          detail,
          value
        ]) => html`<div key=${label}><dt>${label}${detail ? html`<span class="muted small"> (${detail})</span>` : null}</dt>
        <dd>${value}</dd></div>`
      )}
    </dl>`;
}

function Assessments({ doc, result, kind, titleKey }) {
  const items = assessmentsOf(doc, [kind]);
  const waiting = result ? openDrafts(doc, result.assessmentDrafts).filter((d) => d.kind === kind).length : 0;
  return html`
    <div class="report-kp-block">
      <h3>${t(titleKey)}</h3>
      ${
        items.length
          ? html`<ul class="report-kp-list" data-testid=${`report-kp-${kind}`}>${items.map((a) => html`<li key=${a.id}>${a.text}</li>`)}</ul>`
          : html`<p class="muted" data-testid=${`report-kp-${kind}-none`}>${waiting ? t('report.draftsWaiting', { count: waiting }) : t('report.noneAccepted')}</p>`
      }
    </div>`;
}

export function FirstPage({ doc, result, opts }) {
  const m = doc.municipality || {};
  const important = result
    ? topFindings(
        (result.findings || []).filter((f) => f.severity === 'critical' || f.severity === 'warning'),
        TOP
      )
    : [];
  const response = result ? responseLine(result) : null;
  const hasWave = !!opts.waveId;
  return html`
    <div class="report-first-page" data-testid="report-first-page">
      <header class="report-title-block">
        <p class="eyebrow">${t('report.kicker')}</p>
        <h1 tabindex="-1">${t('report.heading', { name: m.name || projectName(doc) })}</h1>
        <p class="report-subtitle">${m.number ? t('report.subtitleNumber', { name: projectName(doc), number: m.number }) : projectName(doc)}</p>
        <p data-testid="report-date">${t('report.date', { date: formatDate(new Date()) })}</p>
        ${hasWave ? html`<p>${t('report.wave', { wave: waveLabel(doc, opts.waveId) })}</p>` : null}
        <p class="muted small">${t('report.madeWith')}</p>
      </header>
      <section class="report-key-points" aria-labelledby="r-kp">
        <h2 id="r-kp">${t('report.keyPoints')}</h2>
        <p class="muted">${t('report.keyPointsIntro')}</p>
        <p class="report-kp-response" data-testid="report-kp-response">${
          !hasWave
            ? t('report.noRound')
            : response
              ? html`<strong>${response}</strong>`
              : result
                ? t('report.responseUnknown')
                : null
        }</p>
        ${
          result
            ? html`
          <div class="report-kp-block">
            <h3>${t('report.topFindings')}</h3>
            ${
              important.length
                ? html`
              <ol class="report-kp-findings" data-testid="report-kp-findings">
                ${important.map((f) => html`<li key=${f.id} data-severity=${f.severity}><${SeverityBadge} severity=${f.severity} /> <span>${f.title}</span></li>`)}
              </ol>
              <p class="muted small">${t('report.summaryText', { count: countOf(result, 'critical'), warning: countOf(result, 'warning'), info: countOf(result, 'info') })}
                ${' '}${t('report.topFindingsMore')}</p>`
                : html`<p>${t('report.topFindingsNone')}</p>`
            }
          </div>`
            : null
        }
        <div class="report-kp-columns">
          <${Assessments} doc=${doc} result=${result} kind="strength" titleKey="report.strengths" />
          <${Assessments} doc=${doc} result=${result} kind="weakness" titleKey="report.weaknesses" />
        </div>
        ${
          result
            ? html`<div class="report-kp-block"><h3>${t('report.keyFigures')}</h3>
          <${KeyFigures} doc=${doc} result=${result} /></div>`
            : null
        }
      </section>
    </div>`;
}
