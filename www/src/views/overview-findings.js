// Oversikt additions: the most important findings (critical first) with links to them and
// their subjects, the five phases' progress, and what to do next in the current phase.
import { html } from '../ui/html.js';
import { t } from '../i18n.js';
import { currentResult } from './analysis-controls.js';
import { topFindings, nextPhaseStep } from '../lib/findings.js';
import { SeverityBadge, SubjectLinks, Progress } from './findings-parts.js';

export function OverviewFindings({ state, actions, showNext = true }) {
  const result = currentResult(state);
  if (!result) return null;
  const doc = state.current.doc;
  const top = topFindings(result.findings, 5);
  const next = nextPhaseStep(result.phases);
  const go = (view) => (e) => {
    e.preventDefault();
    actions.navigate(view);
  };
  return html`
    <div class="overview-columns">
      <section class="section" aria-labelledby="top-findings-title" data-testid="overview-findings">
        <h2 id="top-findings-title">${t('overview.topFindings')}</h2>
        ${
          top.length
            ? html`<ol class="top-findings">
          ${top.map(
            (f) => html`<li key=${f.id} data-testid="overview-finding" data-severity=${f.severity}>
            <${SeverityBadge} severity=${f.severity} /> <strong>${f.title}</strong>
            <${SubjectLinks} doc=${doc} finding=${{ ...f, subjects: { ...f.subjects, targetGroups: [] } }} actions=${actions} />
          </li>`
          )}
        </ol>`
            : html`<p class="muted">${t('findings.none')}</p>`
        }
        <p><a href="#/findings" data-testid="overview-all-findings" onClick=${go('findings')}>${t('overview.allFindings', { count: (result.findings || []).length })}</a></p>
      </section>
      <section class="section" aria-labelledby="phase-progress-title" data-testid="overview-phases">
        <h2 id="phase-progress-title">${t('overview.phaseProgress')}</h2>
        <ul class="plain-list phase-progress-list">
          ${(result.phases || []).map(
            (p) => html`<li key=${p.number}>
            <${Progress} testid="overview-phase-progress" done=${p.progress.requiredDone} total=${p.progress.required}
              label=${t('overview.phaseLine', { number: p.number, title: p.title, done: p.progress.requiredDone, count: p.progress.required })} />
          </li>`
          )}
        </ul>
        ${
          showNext && next && next.item
            ? html`<div class="next-action" data-testid="overview-next-action">
          <h3>${t('overview.doNext')}</h3>
          <p>${t('overview.doNextText', { number: next.phase.number, title: next.phase.title })} <strong>${next.item.text}</strong></p>
          <p class="muted small">${next.item.help}</p>
          <p><a href="#/process" class="button button-secondary button-small" onClick=${go('process')}>${t('overview.goToProcess')}</a></p>
        </div>`
            : null
        }
      </section>
    </div>`;
}
