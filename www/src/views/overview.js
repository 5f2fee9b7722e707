// Overview of the open project: the core's counts (analysis.overview), the survey rounds with their response
// rates, and a short "what next" list.
import { html } from '../ui/html.js';
import { t, formatNumber, formatPercent, formatDate } from '../i18n.js';
import { unitsDetail, functionsDetail } from '../ui/count-texts.js';
import { projectStats, nextSteps, startShown } from '../lib/stats.js';
import { currentResult } from './analysis-controls.js';
import { NoAnalysis } from './findings-parts.js';
import { projectName } from '../lib/project.js';
import { OverviewFindings } from './overview-findings.js';
import { OverviewLanguage } from './overview-language.js';
import { RetentionNotice } from './privacy-retention.js';
import { OverviewFloor } from './overview-floor.js';
import { OverviewStart } from './overview-start.js';

function NoProject({ actions }) {
  return html`
    <div class="view view-overview">
      <h1 tabindex="-1">${t('overview.title')}</h1>
      <p class="lead" data-testid="overview-empty">${t('overview.noProject')} ${t('overview.noProjectHint')}</p>
      <p><a class="button button-primary" href="#/projects" onClick=${(e) => {
        e.preventDefault();
        actions.navigate('projects');
      }}>${t('overview.goToProjects')}</a></p>
    </div>`;
}

function Stat({ id, label, value, detail }) {
  return html`
    <div class="stat" data-testid=${`stat-${id}`}>
      <dt class="stat-label">${label}</dt>
      <dd class="stat-value" data-testid=${`stat-${id}-value`}>${formatNumber(value)}</dd>
      <dd class="stat-detail">${detail}</dd>
    </div>`;
}

function Waves({ waves }) {
  if (!waves.length) return html`<p data-testid="waves-empty">${t('overview.wavesEmpty')}</p>`;
  return html`
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="waves-title">
      <table class="data-table" data-testid="waves-table">
        <caption class="visually-hidden">${t('overview.wavesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('overview.waveLabel')}</th>
            <th scope="col">${t('overview.waveDate')}</th>
            <th scope="col" class="num">${t('overview.waveTies')}</th>
            <th scope="col" class="num">${t('overview.waveAsked')}</th>
            <th scope="col" class="num">${t('overview.waveResponded')}</th>
            <th scope="col" class="num">${t('overview.waveRate')}</th>
          </tr>
        </thead>
        <tbody>
          ${waves.map(
            (w) => html`
            <tr key=${w.id} data-testid="wave-row">
              <th scope="row">${w.label}${
                w.retired
                  ? html` <span class="muted small retired-badge" data-testid="wave-retired">${t('retired.badge', { date: formatDate(w.retired.retiredAt) })}</span>`
                  : null
              }</th>
              <td>${w.date ? formatDate(w.date) : t('overview.noDate')}</td>
              <td class="num" data-testid="wave-ties">${formatNumber(w.ties)}</td>
              <td class="num">${formatNumber(w.asked)}</td>
              <td class="num">${formatNumber(w.responded)}</td>
              <td class="num" data-testid="wave-rate">${w.rate === null ? t('overview.notAvailable') : formatPercent(w.rate)}</td>
            </tr>`
          )}
        </tbody>
      </table>
    </div>`;
}

function stepText(step) {
  const params = { ...(step.params || {}) };
  if (typeof step.rateShare === 'number') params.rate = formatPercent(step.rateShare);
  return t(step.key, params);
}

export function OverviewView({ state, actions }) {
  const current = state.current;
  if (!current) return html`<${NoProject} actions=${actions} />`;
  const stats = projectStats(currentResult(state), current.doc);
  const heading = html`
      <h1 tabindex="-1">
        <span class="eyebrow">${t('overview.title')}</span>
        <span data-testid="overview-project-name">${projectName(current.doc)}</span>
      </h1>
      <p class="lead">${t('overview.subtitle')}</p>`;
  if (!stats)
    return html`<div class="view view-overview" data-testid="overview-view" data-ready="false">${heading}<${NoAnalysis} state=${state} /></div>`;
  const steps = nextSteps(stats);
  const f = stats.functions;
  // A new or nearly empty project opens with its first steps; "Hva nå?" and Prosess's next step would repeat
  // or rival them, so they wait until the start gives way.
  const start = startShown(stats);
  return html`
    <div class="view view-overview" data-testid="overview-view" data-ready="true">
      ${heading}
      <${RetentionNotice} doc=${current.doc} actions=${actions} />
      ${start ? html`<${OverviewStart} stats=${stats} actions=${actions} />` : null}

      <section class="section" aria-labelledby="summary-title">
        <h2 id="summary-title" class="visually-hidden">${t('overview.summaryLabel')}</h2>
        <dl class="stat-grid">
          <${Stat} id="units" label=${t('overview.units')} value=${stats.units.total}
            detail=${unitsDetail(stats.units.internal, stats.units.external)} />
          <${Stat} id="actors" label=${t('overview.actors')} value=${stats.actors} detail=${t('overview.actorsDetail')} />
          <${Stat} id="functions" label=${t('overview.functions')} value=${f.total}
            detail=${functionsDetail(f.essential, f.essentialCovered)} />
          <${Stat} id="target-groups" label=${t('overview.targetGroups')} value=${stats.targetGroups} detail=${t('overview.targetGroupsDetail')} />
          <${Stat} id="assignments" label=${t('overview.assignments')} value=${stats.assignments} detail=${t('overview.assignmentsDetail')} />
        </dl>
      </section>

      <${OverviewFindings} state=${state} actions=${actions} showNext=${!start} />

      ${
        start
          ? null
          : html`<section class="section" aria-labelledby="next-title">
        <h2 id="next-title">${t('overview.nextTitle')}</h2>
        <ul class="next-steps" data-testid="next-steps">
          ${steps.map((s) => html`<li key=${s.key}>${stepText(s)}</li>`)}
        </ul>
        ${
          f.uncovered.length && stats.assignments > 0
            ? html`
          <h3>${t('overview.uncoveredTitle')}</h3>
          <ul class="plain-list" data-testid="uncovered-functions">
            ${f.uncovered.map((fn) => html`<li key=${fn.id}>${fn.name}</li>`)}
          </ul>`
            : null
        }
      </section>`
      }

      <section class="section" aria-labelledby="waves-title">
        <h2 id="waves-title">${t('overview.wavesTitle')}</h2>
        <${Waves} waves=${stats.waves} />
      </section>

      <${OverviewLanguage} doc=${current.doc} actions=${actions} lang=${state.lang} />
      <${OverviewFloor} doc=${current.doc} actions=${actions} key=${current.id} />
    </div>`;
}
