// Oppgaver: the responsibility map, functions × units. Each cell shows who holds the
// function there (role as shape and text, target groups, FTE, decision authority);
// duplicates and gaps are marked in place with text; filter by target group. Arrow keys
// move between cells (one tab stop for the whole matrix); Enter opens a cell.
import { html } from '../ui/html.js';
import { useState, useRef } from 'preact/hooks';
import { t, formatNumber } from '../i18n.js';
import { RoleMark, ROLE_GLYPH } from '../ui/table-tools.js';
import { richText, strong } from '../ui/rich-text.js';
import { taskMatrix, cellKey, ROLES, shortGroupName } from '../lib/tasks.js';
import { NeedProject } from './organisation.js';
import { CellEditor } from './tasks-cell.js';
import { NamedForm, DeleteNamed } from './organisation-groups.js';
import { ResourcesSection } from './tasks-resources.js';
import { ReportedSection } from './tasks-reported.js';
import { reportedTasks } from '../lib/reported.js';
import { currentResult } from './analysis-controls.js';
import { ScrollCue } from '../ui/scroll-cue.js';
import { namedLabel } from '../ui/named-label.js';

const list = (doc, key) => (Array.isArray(doc[key]) ? doc[key] : []);

function Legend() {
  return html`
    <div class="key-box" data-testid="tasks-legend">
      <h2 class="key-title">${t('tasks.legendTitle')}</h2>
      <ul class="key-list">
        ${ROLES.map((r) => html`<li key=${r}><${RoleMark} role=${r} /> <span class="muted">– ${t(`tasks.roleHelp.${r}`)}</span></li>`)}
        <li><span class="da-mark" aria-hidden="true">§</span> ${t('tasks.legendAuthority')}</li>
        <li><span class="flag flag-duplicate">${t('tasks.flagDuplicate')}</span> ${t('tasks.legendDuplicate')}</li>
        <li><span class="flag flag-gap">${t('tasks.flagGap')}</span> ${t('tasks.legendGap')}</li>
      </ul>
    </div>`;
}

function Chips({ ids, groupsById, details }) {
  if (!details) return null;
  if (!ids || ids.length === 0) return html`<span class="chip chip-all">${t('tasks.allGroups')}</span>`;
  return ids.map((id) => {
    const g = groupsById.get(id);
    const name = g ? g.name : id;
    return html`<span class="chip" key=${id} title=${name}><span aria-hidden="true">${shortGroupName(name)}</span><span class="visually-hidden">${name}</span></span>`;
  });
}

/**
 * An assignment's time as the core counts it (analysis.resources.assignments[index]): its own FTE, "≈ 0,45 årsverk"
 * when estimated from the person's position, "årsverk ukjent" when the core cannot count it (a contribution or a
 * whole unit without FTE); nothing for a partner's assignment without FTE, which no sum counts.
 */
function AsgFte({ a, figure }) {
  const shown = (v) => formatNumber(v, { maximumFractionDigits: 3 });
  if (typeof a.fte === 'number')
    return html`<span class="asg-fte">${t('tasks.fteValue', { fte: shown(a.fte) })}</span>`;
  if (!figure || !figure.counted) return null;
  if (figure.estimated && typeof figure.fte === 'number') {
    const fte = t('tasks.fteValue', { fte: shown(figure.fte) });
    return html`<span class="asg-fte asg-fte-estimate" data-testid="asg-fte-estimate">${namedLabel(`≈ ${fte}`, t('tasks.fteEstimated', { fte }))}</span>`;
  }
  return html`<span class="asg-fte asg-fte-unknown" data-testid="asg-fte-unknown">${t('tasks.fteUnknown')}</span>`;
}

/** A cell's assignments; `duplicate`: the core says this unit is one of several that hold the function. */
function CellContent({ items, duplicate, actorsById, groupsById, details, figures }) {
  if (!items.length)
    return html`<span class="cell-empty" aria-hidden="true">+</span><span class="visually-hidden">${t('tasks.cellNone')}</span>`;
  const flag = duplicate
    ? html`<span class="flag flag-duplicate flag-small">${t('tasks.flagDuplicateShort')}</span>`
    : null;
  return [
    flag,
    ...items.map(({ a, index }) => {
      const actor = a.actorId ? actorsById.get(a.actorId) : null;
      return html`
      <span class=${`asg asg-${a.role}`} key=${index}>
        <span class="asg-head">
          <${RoleMark} role=${a.role} short />
          ${a.decisionAuthority ? html`<span class="da-mark" title=${t('tasks.decisionAuthority')}><span aria-hidden="true">§</span><span class="visually-hidden">${t('tasks.decisionAuthority')}</span></span>` : null}
        </span>
        ${details && actor ? html`<span class="asg-actor">${actor.name}</span>` : null}
        ${details ? html`<${AsgFte} a=${a} figure=${figures ? figures[index] : null} />` : null}
        ${details ? html`<span class="chips"><${Chips} ids=${a.targetGroupIds} groupsById=${groupsById} details=${details} /></span>` : null}
      </span>`;
    })
  ];
}

export function TasksView({ state, actions }) {
  const [groupFilter, setGroupFilter] = useState('');
  // Many units: start with those that hold something; few: show them all.
  const [onlyUsed, setOnlyUsed] = useState(() =>
    Boolean(state.current && Array.isArray(state.current.doc.units) && state.current.doc.units.length > 8)
  );
  const [details, setDetails] = useState(true);
  const [pos, setPos] = useState({ r: 0, c: 1 });
  const [editing, setEditing] = useState(null); // { kind: 'cell', fnId, unitId } | { kind: 'function', id } | { kind: 'delete-function', id }
  const tableRef = useRef(null);
  const wrapRef = useRef(null);
  const current = state.current;
  if (!current) return html`<${NeedProject} titleKey="tasks.title" actions=${actions} />`;
  const doc = current.doc;
  const result = currentResult(state);
  const m = taskMatrix(doc, {
    targetGroupId: groupFilter,
    onlyUsedUnits: onlyUsed,
    tasks: result ? result.tasks : null
  });
  const actorsById = new Map(list(doc, 'actors').map((a) => [a.id, a]));
  const groupsById = new Map(list(doc, 'targetGroups').map((g) => [g.id, g]));
  const pendingReports = reportedTasks(doc).length;
  // One FTE figure on the page: the core's (the same as under Ressurser below), not a second sum made here.
  const resources = result && result.resources ? result.resources : null;
  // The core's figure per assignment, when it is for this very list (an analysis of an older version is not).
  const figures =
    resources &&
    Array.isArray(resources.assignments) &&
    resources.assignments.length === list(doc, 'assignments').length
      ? resources.assignments
      : null;
  const rowsN = m.rows.length;
  const colsN = m.units.length + 1;
  const r0 = Math.min(pos.r, Math.max(0, rowsN - 1));
  const c0 = Math.min(pos.c, colsN - 1);

  const focusCell = (r, c) => {
    setPos({ r, c });
    const el = tableRef.current && tableRef.current.querySelector(`[data-cell="${r}:${c}"]`);
    if (el) el.focus();
  };
  const onKeyDown = (e) => {
    const cell = e.target && e.target.dataset ? e.target.dataset.cell : null;
    if (!cell) return;
    const [r, c] = cell.split(':').map(Number);
    let nr = r;
    let nc = c;
    if (e.key === 'ArrowRight') nc = Math.min(colsN - 1, c + 1);
    else if (e.key === 'ArrowLeft') nc = Math.max(0, c - 1);
    else if (e.key === 'ArrowDown') nr = Math.min(rowsN - 1, r + 1);
    else if (e.key === 'ArrowUp') nr = Math.max(0, r - 1);
    else if (e.key === 'Home') {
      nc = 0;
      if (e.ctrlKey) nr = 0;
    } else if (e.key === 'End') {
      nc = colsN - 1;
      if (e.ctrlKey) nr = rowsN - 1;
    } else return;
    e.preventDefault();
    focusCell(nr, nc);
  };
  const tab = (r, c) => (r === r0 && c === c0 ? '0' : '-1');
  const fnEditing = editing && editing.id ? list(doc, 'functions').find((f) => f.id === editing.id) : null;
  const cellFn = editing && editing.kind === 'cell' ? list(doc, 'functions').find((f) => f.id === editing.fnId) : null;
  const cellUnit = editing && editing.kind === 'cell' ? list(doc, 'units').find((u) => u.id === editing.unitId) : null;
  const cellRow = cellFn ? m.rows.find((x) => x.fn.id === cellFn.id) : null;

  return html`
    <div class="view view-tasks view-wide">
      <h1 tabindex="-1">${t('tasks.title')}</h1>
      <p class="lead">${t('tasks.lead')}</p>

      <div class="summary-strip" data-testid="tasks-summary">
        <span>${richText('tasks.sumFunctions', { count: m.rows.length })}</span>
        <span>${richText('tasks.sumAssignments', { count: m.totals.assignments })}</span>
        ${
          resources && !groupFilter
            ? html`<span data-testid="tasks-fte">${richText('resources.sumTotal', { fte: formatNumber(resources.totalFte, { maximumFractionDigits: 2 }) }, { fte: strong })}${
                resources.estimatedFte > 0
                  ? html` <span class="muted">(${t('tasks.sumFteEstimated', { fte: formatNumber(resources.estimatedFte, { maximumFractionDigits: 2 }) })})</span>`
                  : null
              }${
                resources.unknownAssignments > 0
                  ? html` <span class="muted" data-testid="tasks-fte-unknown">· ${t('report.fnUnknown', { count: resources.unknownAssignments })}</span>`
                  : null
              }</span>`
            : null
        }
        <span class=${m.duplicates.length ? 'sum-flag' : ''} data-testid="tasks-duplicates">${richText('tasks.sumDuplicates', { count: m.duplicates.length })}</span>
        <span class=${m.gaps.length ? 'sum-flag sum-gap' : ''} data-testid="tasks-gaps">${richText('tasks.sumGaps', { count: m.gaps.length })}</span>
        ${
          pendingReports
            ? html`<button type="button" class="button-link sum-flag" data-testid="tasks-reported-link"
          onClick=${() => {
            const el = document.getElementById('reported-title');
            if (el) {
              el.scrollIntoView();
              el.focus();
            }
          }}>
          ${richText('reported.sumPending', { count: pendingReports })}</button>`
            : null
        }
      </div>

      <div class="panel-head">
        <div class="filters">
          <div class="filter">
            <label for="tasks-group">${t('tasks.filterGroup')}</label>
            <select id="tasks-group" data-testid="tasks-group-filter" onChange=${(e) => setGroupFilter(e.currentTarget.value)}>
              <option value="" selected=${!groupFilter}>${t('tasks.allGroupsOption')}</option>
              ${list(doc, 'targetGroups').map((g) => html`<option key=${g.id} value=${g.id} selected=${groupFilter === g.id}>${g.name}</option>`)}
            </select>
          </div>
          <div class="filter filter-check">
            <input type="checkbox" id="tasks-only-used" data-testid="tasks-only-used" checked=${onlyUsed} onChange=${(e) => setOnlyUsed(e.currentTarget.checked)} />
            <label for="tasks-only-used">${t('tasks.onlyUsed')}</label>
          </div>
          <div class="filter filter-check">
            <input type="checkbox" id="tasks-details" data-testid="tasks-details" checked=${details} onChange=${(e) => setDetails(e.currentTarget.checked)} />
            <label for="tasks-details">${t('tasks.showDetails')}</label>
          </div>
        </div>
        <button type="button" class="button button-secondary" data-testid="add-function" onClick=${() => setEditing({ kind: 'function' })}>
          <span aria-hidden="true">+ </span>${t('tasks.newFunction')}
        </button>
      </div>
      ${groupFilter ? html`<p class="filter-note" role="status">${t('tasks.filterNote', { group: (groupsById.get(groupFilter) || {}).name || '' })}</p>` : null}

      <${Legend} />

      ${
        m.rows.length === 0 || list(doc, 'units').length === 0
          ? html`
        <p class="empty" data-testid="tasks-empty">${m.rows.length === 0 ? t('tasks.noFunctions') : t('tasks.noUnits')}</p>`
          : html`
        <p class="keyboard-hint" id="matrix-help">${t('tasks.keyboardHint')}</p>
        <${ScrollCue} regionRef=${wrapRef} columns="th.unit-col" textKey="tasks.scrollCue" buttonKey="tasks.scrollRight"
          testid="matrix-scroll-cue" deps=${[m.units.length, details]} />
        <div class="matrix-wrap" role="region" aria-labelledby="matrix-caption" ref=${wrapRef}>
          <table class=${`task-matrix${details ? '' : ' is-compact'}`} style=${{ width: `${16 + m.units.length * 10.5}rem` }} data-testid="task-matrix" data-marked=${result && result.tasks ? 'true' : 'false'} ref=${tableRef} onKeyDown=${onKeyDown} aria-describedby="matrix-help">
            <caption id="matrix-caption" class="visually-hidden">${t('tasks.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" class="corner">${t('tasks.functionCol')}</th>
                ${m.units.map(
                  (u) => html`
                  <th scope="col" key=${u.id} class=${`unit-col${u.external ? ' is-external' : ''}`} data-testid="matrix-unit">
                    <span class="unit-col-name">${u.name}</span>
                    ${u.external ? html`<span class="unit-col-type"><span aria-hidden="true">◇ </span>${t('org.external')}</span>` : null}
                  </th>`
                )}
              </tr>
            </thead>
            <tbody>
              ${m.rows.map(
                (row, i) => html`
                <tr key=${row.fn.id} class=${`${row.gap ? 'is-gap' : ''}${row.duplicate ? ' is-duplicate' : ''}`} data-testid="matrix-row" data-fn=${row.fn.id}>
                  <th scope="row" class="fn-head">
                    <button type="button" class="fn-button" data-cell=${`${i}:0`} tabindex=${tab(i, 0)} data-testid="function-open"
                      onFocus=${() => setPos({ r: i, c: 0 })} onClick=${() => setEditing({ kind: 'function', id: row.fn.id })}>
                      <span class="fn-name" aria-hidden="true">${row.fn.name}</span>
                      <span class="visually-hidden">${t('tasks.functionButton', { name: row.fn.name })}</span>
                    </button>
                    <span class="fn-meta">
                      ${row.fn.essential ? html`<span class="essential-mark">${t('tasks.essentialShort')}</span>` : null}
                      ${row.duplicate ? html`<span class="flag flag-duplicate" data-testid="flag-duplicate">${t('tasks.flagDuplicate')}<span class="flag-detail"> · ${t('tasks.holders', { count: row.holders.length })}</span></span>` : null}
                      ${row.gap ? html`<span class="flag flag-gap" data-testid="flag-gap">${t('tasks.flagGap')}</span>` : null}
                    </span>
                  </th>
                  ${m.units.map((u, j) => {
                    const items = m.cells.get(cellKey(row.fn.id, u.id)) || [];
                    return html`
                      <td key=${u.id} class=${items.length ? 'has-items' : 'is-empty'}>
                        <button type="button" class="cell-button" data-cell=${`${i}:${j + 1}`} tabindex=${tab(i, j + 1)}
                          data-testid="matrix-cell" data-fn=${row.fn.id} data-unit=${u.id}
                          onFocus=${() => setPos({ r: i, c: j + 1 })}
                          onClick=${() => setEditing({ kind: 'cell', fnId: row.fn.id, unitId: u.id })}>
                          <span class="visually-hidden">${t('tasks.cellPlace', { fn: row.fn.name, unit: u.name })}</span> <${CellContent} items=${items} duplicate=${row.duplicate && row.holders.includes(u.id)} actorsById=${actorsById} groupsById=${groupsById} details=${details} figures=${figures} />
                        </button>
                      </td>`;
                  })}
                </tr>`
              )}
            </tbody>
          </table>
        </div>`
      }

      <${ReportedSection} doc=${doc} actions=${actions} />

      <${ResourcesSection} state=${state} doc=${doc} />

      ${
        cellFn && cellUnit
          ? html`
        <${CellEditor} doc=${doc} fn=${cellFn} unit=${cellUnit} actions=${actions} lang=${state.lang} holders=${cellRow ? cellRow.holders.filter((id) => id !== cellUnit.id) : []}
          onClose=${() => setEditing(null)} />`
          : null
      }
      ${
        editing && editing.kind === 'function'
          ? html`
        <${NamedForm} doc=${doc} listKey="functions" item=${fnEditing} actions=${actions} onClose=${() => setEditing(null)}
          onDelete=${fnEditing ? () => setEditing({ kind: 'delete-function', id: fnEditing.id }) : null} />`
          : null
      }
      ${
        editing && editing.kind === 'delete-function' && fnEditing
          ? html`
        <${DeleteNamed} doc=${doc} listKey="functions" item=${fnEditing} actions=${actions} onClose=${() => setEditing(null)} />`
          : null
      }
    </div>`;
}

export { ROLE_GLYPH };
