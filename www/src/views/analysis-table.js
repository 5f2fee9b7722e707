// A sortable table: each column header is a button (click, Enter or Space) and carries
// aria-sort. Missing values sort last in both directions.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t, formatNumber, intlLocales, getLang } from '../i18n.js';
import { nextSort, ariaSort, sortRows } from '../lib/table-sort.js';
import { formatOptions } from '../lib/measures.js';
import { namedLabel } from '../ui/named-label.js';

export function formatCell(value, kind) {
  if (kind === 'flag') return value === true ? t('table.yes') : value === false ? t('table.no') : '–';
  if (kind === 'text') return value === null || value === undefined ? '' : String(value);
  return formatNumber(value, formatOptions(kind));
}

export const ROW_LIMIT = 1000;

const ARROW = { ascending: '▲', descending: '▼', none: '↕' };

/**
 * columns: [{ key, label, kind: 'text' | 'count' | 'share' | 'decimal' | 'index' | 'flag', value(row), render?(row), title?,
 *   note? }]: `note` is a quieter second line under the label (a measure's technical name, "(betweenness)").
 * The first column is the row header.
 */
export function SortableTable({ id, caption, columns, rows, rowKey, initialSort, testid, captionHidden = false }) {
  const [sort, setSort] = useState(initialSort || null);
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const value = (row, key) => {
    const v = byKey.get(key).value(row);
    return typeof v === 'boolean' ? (v ? 1 : 0) : v;
  };
  const sorted = sortRows(rows, sort, value, (row) => columns[0].value(row), intlLocales(getLang()));
  // Scale: thousands of rows freeze the page while they are drawn; the first ROW_LIMIT (of the sorted
  // rows) are shown until the user asks for all.
  const [all, setAll] = useState(false);
  const shown = all || sorted.length <= ROW_LIMIT ? sorted : sorted.slice(0, ROW_LIMIT);
  const sortedBy = sort ? byKey.get(sort.key) : null;
  return html`
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby=${`${id}-caption`}>
      <table class="data-table sortable-table" data-testid=${testid}>
        <caption id=${`${id}-caption`} class=${captionHidden ? 'visually-hidden' : 'table-caption'}>
          ${
            sortedBy
              ? namedLabel(
                  caption,
                  t(sort.dir === 'asc' ? 'table.captionSortedAsc' : 'table.captionSortedDesc', {
                    caption,
                    column: sortedBy.label
                  })
                )
              : caption
          }
        </caption>
        <thead>
          <tr>
            ${columns.map((c) => {
              const aria = ariaSort(sort, c.key);
              const numeric = c.kind !== 'text';
              return html`
                <th key=${c.key} scope="col" class=${numeric ? 'num' : ''} aria-sort=${aria} title=${c.title || undefined}>
                  <button type="button" class="an-sort-button" data-testid=${`sort-${c.key}`}
                    onClick=${() => setSort(nextSort(sort, c.key, numeric ? 'number' : 'text'))}>
                    <span>${c.label}${c.note ? html` <span class="th-note">${c.note}</span>` : null}</span><span class="sort-arrow" aria-hidden="true">${ARROW[aria]}</span>
                  </button>
                </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (row) => html`
            <tr key=${rowKey(row)} data-testid=${`${testid}-row`}>
              ${columns.map((c, i) => {
                const content = c.render ? c.render(row) : formatCell(c.value(row), c.kind);
                return i === 0
                  ? html`<th key=${c.key} scope="row">${content}</th>`
                  : html`<td key=${c.key} class=${c.kind !== 'text' ? 'num' : ''}>${content}</td>`;
              })}
            </tr>`
          )}
        </tbody>
      </table>
      ${
        shown.length < sorted.length
          ? html`<p class="table-more"><button type="button" class="button button-secondary" data-testid=${`${testid}-show-all`}
        onClick=${() => setAll(true)}>${t('hardening.showAllRows', { shown: shown.length, count: sorted.length })}</button></p>`
          : null
      }
    </div>`;
}
