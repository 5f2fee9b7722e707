// Funn: every finding of the latest analysis, grouped by severity and filterable by rule,
// severity and unit, each with its explanation, suggestion, numbers and links to its
// subjects; then strengths and weaknesses (drafts to accept, edit or reject, and the
// group's own) and "what should change" (tiltak). Edits go through actions.editCurrent.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t, formatPercent } from '../i18n.js';
import { currentResult } from './analysis-controls.js';
import { filterFindings, groupBySeverity, rulesOf, unitsOf, lowResponseFinding, SEVERITIES } from '../lib/findings.js';
import { SeverityBadge, Numbers, SubjectLinks, NoAnalysis, NeedProject } from './findings-parts.js';
import { Assessments } from './findings-assess.js';
import { Changes } from './findings-changes.js';

export function FindingCard({ finding, doc, actions, headingLevel = 3 }) {
  const H = `h${headingLevel}`;
  return html`
    <article class=${`finding finding-${finding.severity}`} data-testid="finding" data-rule=${finding.rule}
      data-severity=${finding.severity} data-id=${finding.id} id=${`finding-${finding.id.replace(/[^A-Za-z0-9_-]/g, '_')}`}>
      <div class="finding-head">
        <${SeverityBadge} severity=${finding.severity} />
        <span class="finding-rule">${t(`findings.rule.${finding.rule}`)}</span>
      </div>
      <${H} class="finding-title">${finding.title}</${H}>
      <p class="finding-explanation">${finding.explanation}</p>
      ${finding.suggestion ? html`<p class="finding-suggestion"><strong>${t('findings.suggestion')}</strong> ${finding.suggestion}</p>` : null}
      <${Numbers} finding=${finding} />
      ${actions ? html`<${SubjectLinks} doc=${doc} finding=${finding} actions=${actions} />` : null}
    </article>`;
}

export function ResponseCaveat({ finding, result }) {
  const rate =
    result && result.network && typeof result.network.responseRate === 'number' ? result.network.responseRate : null;
  return html`
    <div class="caveat" role="note" data-testid="response-caveat">
      <strong><span aria-hidden="true">⚠ </span>${t('findings.caveatTitle')}</strong>
      <p>${rate === null ? finding.explanation : t('findings.caveatText', { rate: formatPercent(rate) })}</p>
    </div>`;
}

function Filters({ findings, doc, filter, setFilter }) {
  const unitName = (id) => ((doc.units || []).find((u) => u.id === id) || { name: id }).name;
  const units = unitsOf(findings).sort((a, b) => unitName(a).localeCompare(unitName(b), 'nb'));
  const set = (k) => (e) => setFilter({ ...filter, [k]: e.currentTarget.value });
  return html`
    <div class="toolbar filters" role="group" aria-label=${t('findings.filtersLabel')}>
      <label class="inline-field">${t('findings.filterSeverity')}
        <select data-testid="filter-severity" value=${filter.severity} onChange=${set('severity')}>
          <option value="">${t('findings.all')}</option>
          ${SEVERITIES.map((s) => html`<option key=${s} value=${s}>${t(`findings.severity.${s}`)}</option>`)}
        </select></label>
      <label class="inline-field">${t('findings.filterRule')}
        <select data-testid="filter-rule" value=${filter.rule} onChange=${set('rule')}>
          <option value="">${t('findings.all')}</option>
          ${rulesOf(findings).map((r) => html`<option key=${r} value=${r}>${t(`findings.rule.${r}`)}</option>`)}
        </select></label>
      <label class="inline-field">${t('findings.filterUnit')}
        <select data-testid="filter-unit" value=${filter.unit} onChange=${set('unit')}>
          <option value="">${t('findings.all')}</option>
          ${units.map((u) => html`<option key=${u} value=${u}>${unitName(u)}</option>`)}
        </select></label>
    </div>`;
}

function FindingList({ result, doc, actions }) {
  const [filter, setFilter] = useState({ rule: '', severity: '', unit: '' });
  const all = result.findings || [];
  const shown = filterFindings(all, filter);
  const groups = groupBySeverity(shown);
  return html`
    <section class="section" aria-labelledby="findings-list-title">
      <h2 id="findings-list-title">${t('findings.listTitle')}</h2>
      <p class="muted">${t('findings.listIntro')}</p>
      <${Filters} findings=${all} doc=${doc} filter=${filter} setFilter=${setFilter} />
      <p class="muted small" aria-live="polite" data-testid="findings-count">${t('findings.count', { shown: shown.length, count: all.length })}</p>
      ${
        groups.length
          ? groups.map(
              (g) => html`
        <section key=${g.severity} class="finding-group" aria-labelledby=${`group-${g.severity}`} data-testid=${`findings-${g.severity}`}>
          <h3 id=${`group-${g.severity}`} class="finding-group-title"><${SeverityBadge} severity=${g.severity} />
            <span class="finding-group-count">${t('findings.groupCount', { count: g.items.length })}</span></h3>
          ${g.items.map((f) => html`<${FindingCard} key=${f.id} finding=${f} doc=${doc} actions=${actions} headingLevel=${4} />`)}
        </section>`
            )
          : html`<p data-testid="findings-none">${t('findings.none')}</p>`
      }
    </section>`;
}

export function FindingsView({ state, actions }) {
  const cur = state.current;
  if (!cur) return html`<${NeedProject} titleKey="findings.title" actions=${actions} />`;
  const result = currentResult(state);
  const doc = cur.doc;
  const low = result ? lowResponseFinding(result.findings) : null;
  const a = state.analysis;
  const ready = !a.running && (!!result || ['no-wave', 'error', 'cancelled'].includes(a.status));
  return html`
    <div class="view view-findings" data-testid="findings-view" data-ready=${ready ? 'true' : 'false'}>
      <h1 tabindex="-1">${t('findings.title')}</h1>
      <p class="lead">${t('findings.lead')}</p>
      ${low ? html`<${ResponseCaveat} finding=${low} result=${result} />` : null}
      ${
        result
          ? html`
        <${FindingList} result=${result} doc=${doc} actions=${actions} />
        <${Assessments} doc=${doc} result=${result} actions=${actions} />
        <${Changes} doc=${doc} result=${result} actions=${actions} />`
          : html`<${NoAnalysis} state=${state} />`
      }
    </div>`;
}
