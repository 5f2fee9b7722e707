// Rapport › Ansvarskart: functions × units as a list per function (a wide matrix of 20 functions and
// 17 units does not print legibly on A4). Each function is one row group that is never split over two
// pages; each unit's row names the role in words (Ansvarlig / Utfører / Bidrar), the people, decision
// authority with a mark and a word, the target groups, and the FTE from the core: each line's own, and the unit's
// total on the function on a row of its own when the unit has several lines.
import { html } from '../ui/html.js';
import { t } from '../i18n.js';
import { listText } from '../ui/list-text.js';
import { richText } from '../ui/rich-text.js';
import { responsibilityMap } from '../lib/report-model.js';
import { FteText } from './tasks-resources-chart.js';

const COLS = 6;

function FunctionHead({ fn, hasAnalysis }) {
  return html`
    <tr class="report-resp-fn-row">
      <th scope="rowgroup" colspan=${COLS}>
        <span class="report-resp-fn-name">${fn.name}</span>
        ${fn.essential ? html` <span class="essential-mark">${t('tasks.essentialShort')}</span>` : null}
        ${hasAnalysis && fn.fte !== null && fn.units.length ? html`<span class="report-resp-fn-total"> · <${FnTotal} fn=${fn} /></span>` : null}
        ${fn.unknownAssignments > 0 ? html`<span class="report-resp-fn-total"> · ${t('report.fnUnknown', { count: fn.unknownAssignments })}</span>` : null}
      </th>
    </tr>`;
}

/** "I alt ≈ 0,35 årsverk": the ≈ mark when part of the figure is estimated (as in Oppgaver). */
function FnTotal({ fn }) {
  const fte = () => html`<${FteText} row=${{ fte: fn.fte, estimatedFte: fn.estimatedFte }} />`;
  return html`<span>${richText('report.fnTotal', { fte: '' }, { fte })}</span>`;
}

/** The unit's time on the function: "≈" when part of it is estimated, and how many of its tasks lack a figure
 *  (the same marks as the function's total above and Oppgaver › Ressurser). */
function UnitFte({ unit, hasAnalysis }) {
  if (!hasAnalysis || unit.fte === null) return '–';
  const unknown = unit.unknownAssignments;
  // Nothing known in the cell: "ukjent", not a 0 that reads as no time at all.
  if (unknown > 0 && unit.fte === 0)
    return html`<span class="muted" data-testid="report-cell-unknown">${t('report.cellAllUnknown')}</span>`;
  return html`<${FteText} row=${unit} />${
    unknown > 0
      ? html`<span class="muted small report-fte-unknown" data-testid="report-cell-unknown">${t('report.cellUnknown', { count: unknown })}</span>`
      : null
  }`;
}

/** One line's own FTE from the core: ≈ when estimated, "ukjent" when the core has no figure, – for a partner. */
function LineFte({ line, unit }) {
  if (unit.external || unit.fte === null) return '–';
  if (line.fte === null) return html`<span class="muted">${t('report.cellAllUnknown')}</span>`;
  return html`<${FteText} row=${{ fte: line.fte, estimatedFte: line.estimated ? line.fte : 0 }} />`;
}

/**
 * A unit's lines for one function. With one line, the unit's total on the function (the core's figure) stands
 * on it; with several, each line shows its own figure and the total gets a row of its own ("I alt for
 * enheten"), so a unit's total is never read as the first person's (Siri Åsheim with 0,1 read as 0,9 beside
 * Bjørn Sæther's 0,8), and no one's own figure is hidden behind the total.
 */
function UnitRows({ unit, hasAnalysis }) {
  const n = unit.lines.length;
  const fte = html`<${UnitFte} unit=${unit} hasAnalysis=${hasAnalysis} />`;
  const rows = unit.lines.map(
    (line, i) => html`
    <tr key=${i} data-testid="report-resp-line" data-unit=${unit.id} data-role=${line.role}>
      ${i === 0 ? html`<th scope="row" rowspan=${n > 1 ? n + 1 : 1}>${unit.name}${unit.external ? html`<span class="muted small"> (${t('report.partnerMark')})</span>` : null}</th>` : null}
      <td class=${`report-role report-role-${line.role}`}>${t(`tasks.role.${line.role}`)}</td>
      <td>${line.person || html`<span class="muted">${t('report.wholeUnit')}</span>`}</td>
      <td class=${line.decisionAuthority ? 'report-authority' : 'muted'}>${line.decisionAuthority ? t('report.authorityYes') : t('report.authorityNo')}</td>
      <td>${line.targetGroups.length ? line.targetGroups.join(', ') : t('tasks.allGroups')}</td>
      ${
        n === 1
          ? html`<td class="num" data-testid="report-resp-fte">${fte}</td>`
          : html`<td class="num" data-testid="report-resp-line-fte">${hasAnalysis ? html`<${LineFte} line=${line} unit=${unit} />` : '–'}</td>`
      }
    </tr>`
  );
  if (n > 1)
    rows.push(html`<tr key="total" class="report-resp-unit-total" data-testid="report-resp-unit-total" data-unit=${unit.id}>
      <td colspan=${COLS - 2}>${t('report.unitTotal', { unit: unit.name })}</td>
      <td class="num" data-testid="report-resp-fte">${fte}</td>
    </tr>`);
  return rows;
}

export function ReportResponsibility({ doc, result }) {
  const map = responsibilityMap(doc, result);
  const hasAnalysis = !!(result && result.resources);
  if (!map.length)
    return html`<p class="muted" data-testid="report-responsibility-empty">${t('report.noFunctions')}</p>`;
  // Nothing registered yet: one sentence, not a table of twenty functions that each say so.
  if (!map.some((f) => f.units.length)) {
    return html`<p data-testid="report-responsibility-empty">${t('report.mapEmpty', { view: t('nav.tasks') })}</p>`;
  }
  const uncovered = map.filter((f) => f.uncovered);
  // Functions no one is registered with (and that the core does not flag): named once under the table.
  const unassigned = map.filter((f) => !f.units.length && !f.uncovered);
  const shown = map.filter((f) => f.units.length || f.uncovered);
  const hasPartners = map.some((f) => f.units.some((u) => u.external));
  return html`
    <p>${t('report.responsibilityIntro')}</p>
    ${
      uncovered.length
        ? html`<p class="report-gap-summary" data-testid="report-uncovered-summary"><strong>${t(
            'report.uncoveredSummary',
            {
              count: uncovered.length,
              names: listText(uncovered.map((f) => t('common.quoted', { text: f.name })))
            }
          )}</strong></p>`
        : null
    }
    <table class="data-table report-table report-resp" data-testid="report-responsibility">
      <caption class="table-caption">${t('report.responsibilityCaption')}</caption>
      <colgroup><col class="c-unit" /><col class="c-role" /><col class="c-who" /><col class="c-auth" /><col class="c-groups" /><col class="c-fte" /></colgroup>
      <thead><tr>
        <th scope="col">${t('report.col.unit')}</th><th scope="col">${t('report.col.role')}</th><th scope="col">${t('report.col.who')}</th>
        <th scope="col">${t('report.col.authority')}</th><th scope="col">${t('report.col.groups')}</th><th scope="col" class="num">${t('report.col.fte')}</th>
      </tr></thead>
      ${shown.map(
        (fn) => html`
        <tbody key=${fn.id} class=${`report-resp-fn${fn.uncovered ? ' is-gap' : ''}`} data-testid="report-resp-fn" data-id=${fn.id} data-uncovered=${fn.uncovered ? 'true' : 'false'}>
          <${FunctionHead} fn=${fn} hasAnalysis=${hasAnalysis} />
          ${fn.uncovered ? html`<tr><td colspan=${COLS} class="report-gap" data-testid="report-resp-gap">${t('report.uncovered')}</td></tr>` : null}
          ${fn.units.map((u) => html`<${UnitRows} key=${u.id} unit=${u} hasAnalysis=${hasAnalysis} />`)}
        </tbody>`
      )}
    </table>
    ${
      unassigned.length
        ? html`<p data-testid="report-unassigned">${t('report.unassigned', {
            count: unassigned.length,
            names: listText(unassigned.map((f) => t('common.quoted', { text: f.name })))
          })}</p>`
        : null
    }
    <div class="res-notes">
      ${hasAnalysis ? null : html`<p class="res-note">${t('report.fteNoAnalysis')}</p>`}
      ${hasPartners ? html`<p class="res-note">${t('report.partnerFte')}</p>` : null}
      ${hasAnalysis && result.resources.estimatedFte > 0 ? html`<p class="res-note"><span aria-hidden="true">≈ </span>${t('resources.estimateNote')}</p>` : null}
    </div>`;
}
