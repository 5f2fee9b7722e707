// Pieces the editing views share: sortable column headers, a search box, tabs, row edit/delete
// buttons, and role markers (icon and text, never colour alone).
import { html } from './html.js';
import { useState, useRef } from 'preact/hooks';
import { t } from '../i18n.js';
import { namedLabel } from './named-label.js';

/** [sort, toggle]: sort = { col, dir }; toggling the same column flips the direction. */
export function useSort(col, dir = 'asc') {
  const [sort, setSort] = useState({ col, dir });
  const toggle = (next) =>
    setSort((s) => (s.col === next ? { col: next, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { col: next, dir: 'asc' }));
  return [sort, toggle];
}

export function SortHeader({ label, col, sort, onSort, num = false, testid }) {
  const active = sort.col === col;
  const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return html`
    <th scope="col" class=${num ? 'num' : ''} aria-sort=${ariaSort}>
      <button type="button" class="sort-button" data-testid=${testid || `sort-${col}`} onClick=${() => onSort(col)}>
        ${label}
        <span class=${`sort-mark${active ? ' is-active' : ''}`} aria-hidden="true">${active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
}

export function SearchBox({ id, label, value, onInput, testid }) {
  return html`
    <div class="search-box">
      <label for=${id} class="search-label">${label}</label>
      <input
        id=${id}
        type="search"
        class="search-input"
        autocomplete="off"
        data-testid=${testid}
        value=${value}
        onInput=${(e) => onInput(e.currentTarget.value)}
      />
    </div>`;
}

/**
 * Tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, the panel follows.
 * tabs: [{ id, label, count? }]; the panel content is the children.
 */
export function Tabs({ idBase, tabs, active, onChange, label, children }) {
  const listRef = useRef(null);
  const onKeyDown = (e) => {
    const i = tabs.findIndex((x) => x.id === active);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    onChange(tabs[next].id);
    const btn = listRef.current && listRef.current.querySelector(`#${idBase}-tab-${tabs[next].id}`);
    if (btn) btn.focus();
  };
  return html`
    <div class="tabs">
      <div class="tab-list" role="tablist" aria-label=${label} ref=${listRef} onKeyDown=${onKeyDown}>
        ${tabs.map(
          (tab) => html`
          <button
            type="button"
            role="tab"
            key=${tab.id}
            id=${`${idBase}-tab-${tab.id}`}
            class="tab"
            data-testid=${`${idBase}-tab-${tab.id}`}
            aria-selected=${tab.id === active ? 'true' : 'false'}
            aria-controls=${`${idBase}-panel`}
            tabindex=${tab.id === active ? '0' : '-1'}
            onClick=${() => onChange(tab.id)}
          >
            ${tab.label}
            ${tab.count !== undefined ? html`<span class="tab-count">${tab.count}</span>` : null}
          </button>`
        )}
      </div>
      <div class="tab-panel" role="tabpanel" id=${`${idBase}-panel`} aria-labelledby=${`${idBase}-tab-${active}`}>
        ${children}
      </div>
    </div>`;
}

/** Role glyphs: three different shapes, so the role is readable without colour. */
export const ROLE_GLYPH = { responsible: '▲', performs: '●', contributes: '○' };

export function RoleMark({ role, short = false }) {
  return html`
    <span class=${`role-mark role-${role}`}>
      <span class="role-glyph" aria-hidden="true">${ROLE_GLYPH[role] || '?'}</span>
      <span class="role-text">${t(`${short ? 'tasks.roleShort.' : 'tasks.role.'}${role}`)}</span>
    </span>`;
}

/** "Showing 12 of 52" for a filtered table, announced politely. */
export function CountLine({ shown, total, testid }) {
  return html`
    <p class="count-line" role="status" data-testid=${testid}>
      ${shown === total ? t('edit.countAll', { count: total }) : t('edit.countSome', { shown, count: total })}
    </p>`;
}

/** The edit and delete buttons of a table row; each is read out with the row's name ("Endre Kari Nilsen").
 *  testid: prefix of the buttons' testids (`${testid}-edit`, `${testid}-delete`). */
export function RowActions({ name, testid, onEdit, onDelete }) {
  return html`
    <td class="row-actions">
      <button type="button" class="row-button" data-testid=${`${testid}-edit`} onClick=${onEdit}>
        ${namedLabel(t('edit.edit'), t('edit.editNamed', { name }))}
      </button>
      <button type="button" class="row-button row-button-danger" data-testid=${`${testid}-delete`} onClick=${onDelete}>
        ${namedLabel(t('edit.delete'), t('edit.deleteNamed', { name }))}
      </button>
    </td>`;
}
