// Sorting for the measure tables (pure). Missing values always go last, whatever the
// direction; equal values keep a stable, readable order (by name).

/** The next sort after a click on a column: the same column flips; a new one starts
 *  descending for numbers (largest first) and ascending for text. */
export function nextSort(current, key, kind = 'number') {
  if (current && current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: kind === 'text' ? 'asc' : 'desc' };
}

/** aria-sort value for a column header. */
export function ariaSort(current, key) {
  if (!current || current.key !== key) return 'none';
  return current.dir === 'asc' ? 'ascending' : 'descending';
}

function isMissing(v) {
  return v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)) || v === '';
}

/**
 * rows: any objects; value(row, key) gives the cell value (number, boolean, string or null);
 * name(row) the tie-breaker. Returns a new array.
 */
export function sortRows(rows, sort, value, name = () => '', locale = 'nb-NO') {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const dir = sort && sort.dir === 'asc' ? 1 : -1;
  const key = sort && sort.key;
  return rows
    .map((row, index) => ({ row, index, v: key ? value(row, key) : null, n: String(name(row) || '') }))
    .sort((a, b) => {
      const am = isMissing(a.v);
      const bm = isMissing(b.v);
      if (am !== bm) return am ? 1 : -1;
      if (!am && !bm) {
        let c = 0;
        if (typeof a.v === 'string' || typeof b.v === 'string') c = collator.compare(String(a.v), String(b.v));
        else c = Number(a.v) - Number(b.v);
        if (c !== 0) return c * dir;
      }
      return collator.compare(a.n, b.n) || a.index - b.index;
    })
    .map((x) => x.row);
}
