// Kontakter › the matrix: rows are the people who answered (reporters), columns the
// people they were asked about, each cell a frequency select (– 1 2 3 4). Arrow keys
// move between cells (one tab stop), 0–4 set the frequency, Delete clears it.
// A dashed corner marks a tie reported by one side only. Up to 60 people are shown at
// once; a larger project is shown one unit at a time (rows and columns chosen apart).
import { html } from '../ui/html.js';
import { useState, useRef } from 'preact/hooks';
import { t } from '../i18n.js';
import { namedLabel } from '../ui/named-label.js';
import { FREQUENCIES, tieIndex, tieKey, setTie, markAnswered, respondentStatus } from '../lib/ties.js';
import { peopleByUnit } from './relations-person.js';

export const GRID_LIMIT = 60;
const FREQ_KEYS = { 0: 0, 1: 1, 2: 2, 3: 3, 4: 4 };

function pick(groups, unitId) {
  return unitId ? groups.filter((g) => g.unit.id === unitId) : groups;
}

export function GridPanel({ doc, wave, actions, lang }) {
  const groups = peopleByUnit(doc, lang);
  const total = groups.reduce((n, g) => n + g.members.length, 0);
  const paged = total > GRID_LIMIT;
  const firstUnit = groups.length ? groups[0].unit.id : '';
  const [rowUnit, setRowUnit] = useState(paged ? firstUnit : '');
  const [colUnit, setColUnit] = useState(paged ? firstUnit : '');
  const [pos, setPos] = useState({ r: 0, c: 0 });
  const tableRef = useRef(null);
  const rowGroups = pick(groups, rowUnit || (paged ? firstUnit : ''));
  const colGroups = pick(groups, colUnit || (paged ? firstUnit : ''));
  const rows = rowGroups.flatMap((g) => g.members);
  const cols = colGroups.flatMap((g) => g.members);
  const index = tieIndex(doc, wave.id);
  const status = respondentStatus(doc, wave.id);

  const set = (from, to, value) =>
    actions.updateCurrent(
      (d) => {
        setTie(d, wave.id, from.id, to.id, value);
        if (value > 0) markAnswered(d, wave.id, from.id);
      },
      { label: { key: 'history.setTie', params: { from: from.name, to: to.name, freq: t(`ties.freq.${value}`) } } }
    );

  const focusCell = (r, c) => {
    setPos({ r, c });
    const el = tableRef.current && tableRef.current.querySelector(`[data-gcell="${r}:${c}"]`);
    if (el) el.focus();
  };
  const isSelf = (r, c) => rows[r] && cols[c] && rows[r].id === cols[c].id;
  const onKeyDown = (e) => {
    const at = e.target && e.target.dataset ? e.target.dataset.gcell : null;
    if (!at || e.altKey || e.ctrlKey || e.metaKey) return;
    const [r, c] = at.split(':').map(Number);
    if (e.key in FREQ_KEYS || e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      set(rows[r], cols[c], e.key in FREQ_KEYS ? FREQ_KEYS[e.key] : 0);
      return;
    }
    const step = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] }[e.key];
    if (!step) return;
    e.preventDefault();
    let nr = r + step[0];
    let nc = c + step[1];
    if (isSelf(nr, nc)) {
      nr += step[0];
      nc += step[1];
    }
    if (nr < 0 || nc < 0 || nr >= rows.length || nc >= cols.length) return;
    focusCell(nr, nc);
  };
  // The one cell in the tab order: the last focused, or the first that is not a self-cell.
  let active = pos;
  if (active.r >= rows.length || active.c >= cols.length || isSelf(active.r, active.c))
    active = { r: 0, c: isSelf(0, 0) ? 1 : 0 };

  const unitSelect = (id, label, value, onChange, testid) => html`
    <div class="filter">
      <label for=${id}>${label}</label>
      <select id=${id} data-testid=${testid} onChange=${(e) => {
        onChange(e.currentTarget.value);
        setPos({ r: 0, c: 0 });
      }}>
        ${paged ? null : html`<option value="" selected=${!value}>${t('ties.everyone', { count: total })}</option>`}
        ${groups.map((g) => html`<option key=${g.unit.id} value=${g.unit.id} selected=${value === g.unit.id}>${g.unit.name} (${g.members.length})</option>`)}
      </select>
    </div>`;

  if (!total) return html`<p class="empty">${t('ties.noPeople')}</p>`;
  return html`
    <p>${t('ties.gridIntro')}</p>
    ${paged ? html`<p class="filter-note" data-testid="grid-paged">${t('ties.gridPaged', { count: total, limit: GRID_LIMIT })}</p>` : null}
    <div class="panel-head">
      <div class="filters">
        ${unitSelect('grid-rows', t('ties.gridRows'), rowUnit, setRowUnit, 'grid-row-unit')}
        ${unitSelect('grid-cols', t('ties.gridCols'), colUnit, setColUnit, 'grid-col-unit')}
      </div>
    </div>
    <div class="key-box key-inline" id="grid-legend">
      <span>${FREQUENCIES.map((f) => html`<span key=${f} class="key-item"><strong>${f ? f : '–'}</strong> ${t(`ties.freq.${f}`).toLowerCase()}</span>`)}</span>
      <span class="key-item"><span class="onesided-sample" aria-hidden="true"></span> ${t('ties.gridOneSided')}</span>
      <span class="key-item"><span class="waiting-sample" aria-hidden="true">○</span> ${t('ties.gridNotAnswered')}</span>
    </div>
    <p class="keyboard-hint" id="grid-help">${t('ties.gridKeys')}</p>
    <div class="matrix-wrap grid-wrap" role="region" aria-labelledby="grid-caption">
      <table class="tie-grid" data-testid="tie-grid" ref=${tableRef} onKeyDown=${onKeyDown} aria-describedby="grid-legend grid-help">
        <caption id="grid-caption" class="visually-hidden">${t('ties.gridCaption', { wave: wave.label || wave.id })}</caption>
        <thead>
          <tr class="grid-units">
            <td class="corner"></td>
            ${colGroups.map((g) => html`<th key=${g.unit.id} scope="colgroup" colspan=${g.members.length} class="unit-span" title=${g.unit.name}><span>${g.unit.name}</span></th>`)}
          </tr>
          <tr>
            <th scope="col" class="corner corner-label">${t('ties.gridCorner')}</th>
            ${colGroups.map((g) =>
              g.members.map(
                (a, k) => html`
              <th key=${a.id} scope="col" class=${`vcol${k === 0 ? ' unit-start' : ''}`} title=${a.name}><span>${a.name}</span></th>`
              )
            )}
          </tr>
        </thead>
        ${rowGroups.map(
          (g) => html`
          <tbody key=${g.unit.id}>
            <tr class="grid-unit-row"><th scope="rowgroup" colspan=${cols.length + 1}>${g.unit.name}</th></tr>
            ${g.members.map((from) => {
              const r = rows.indexOf(from);
              const answered = (status.get(from.id) || {}).responded;
              return html`
                <tr key=${from.id} data-testid="grid-row" data-id=${from.id} class=${answered ? '' : 'not-answered'}>
                  <th scope="row" class="grid-name">
                    ${
                      answered
                        ? from.name
                        : html`<span class="waiting-sample" aria-hidden="true">○ </span>${namedLabel(from.name, t('ties.nameNotAnswered', { name: from.name }))}`
                    }
                  </th>
                  ${cols.map((to, c) => {
                    if (to.id === from.id)
                      return html`<td key=${to.id} class=${`self${colGroups.some((cg) => cg.members[0] && cg.members[0].id === to.id) ? ' unit-start' : ''}`}><span aria-hidden="true">·</span></td>`;
                    const mine = index.get(tieKey(from.id, to.id));
                    const theirs = index.get(tieKey(to.id, from.id));
                    const f = mine ? mine.tie.frequency : 0;
                    const oneSided = Boolean(mine) !== Boolean(theirs);
                    const label = t(oneSided ? 'ties.cellLabelOneSided' : 'ties.cellLabel', {
                      from: from.name,
                      to: to.name
                    });
                    const first = colGroups.some((cg) => cg.members[0] && cg.members[0].id === to.id);
                    return html`
                      <td key=${to.id} class=${`f${f}${oneSided ? ' is-onesided' : ''}${first ? ' unit-start' : ''}`}>
                        <select data-gcell=${`${r}:${c}`} data-testid="grid-cell" data-from=${from.id} data-to=${to.id}
                          tabindex=${active.r === r && active.c === c ? '0' : '-1'} aria-label=${label} title=${label}
                          onFocus=${() => setPos({ r, c })} onChange=${(e) => set(from, to, Number(e.currentTarget.value))}>
                          ${FREQUENCIES.map((x) => html`<option key=${x} value=${x} selected=${x === f}>${x ? String(x) : '–'}</option>`)}
                        </select>
                      </td>`;
                  })}
                </tr>`;
            })}
          </tbody>`
        )}
      </table>
    </div>`;
}
