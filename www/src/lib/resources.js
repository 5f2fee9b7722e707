// Pure helpers for the resource and location overviews: rows from the core's analysis
// (`resources`, `locations`, docs/analysis.md), sorting, and CSV for Excel. No DOM, no i18n:
// callers pass labels and formatters, so node tests can drive everything.
import { sortRows } from './table-sort.js';

/** A count from the analysis: the contract allows a number or a list of ids. */
export function countOf(value) {
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** A finite number or 0 (FTE fields). */
export function num(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** True when part of an FTE figure is an estimate (from the person's remaining share). */
export function hasEstimate(row) {
  return num(row && row.estimatedFte) > 1e-9;
}

/** The largest of a field over rows (at least a tiny positive number, so bars can divide by it). */
export function maxOf(rows, field = 'fte') {
  let max = 0;
  for (const r of rows || []) max = Math.max(max, num(r && r[field]));
  return max > 0 ? max : 1;
}

/** A bar's width in percent of the largest value, 0–100, one decimal. */
export function barPercent(value, max) {
  if (!(max > 0)) return 0;
  return Math.round(Math.min(1, Math.max(0, num(value) / max)) * 1000) / 10;
}

/**
 * A unit's functions as rows for its share bars, largest share first:
 * [{ functionId, name, fte, share }]. names: Map functionId -> name.
 */
export function unitFunctionRows(unit, names = new Map()) {
  const list = Array.isArray(unit && unit.byFunction) ? unit.byFunction : [];
  return list
    .map((x) => ({
      functionId: x.functionId,
      name: names.get(x.functionId) || String(x.functionId),
      fte: num(x.fte),
      share: num(x.share)
    }))
    .sort((a, b) => b.share - a.share || b.fte - a.fte || a.name.localeCompare(b.name, 'nb'));
}

/**
 * Sort rows by a column: columns [{ key, value(row) }], sort { key, dir } or null.
 * Missing values go last; ties are ordered by the first column (the name). O(n log n).
 */
export function sortByColumns(rows, columns, sort, locale = 'nb-NO') {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const value = (row, key) => {
    const col = byKey.get(key);
    if (!col) return null;
    const v = col.value(row);
    return typeof v === 'boolean' ? (v ? 1 : 0) : v;
  };
  const valid = sort && byKey.has(sort.key) ? sort : null;
  return sortRows(rows, valid, value, (row) => columns[0].value(row), locale);
}

/** The highest contact frequency of a unit pair as a key for the texts: 0 (never) … 4 (daily). */
export function frequencyLevel(pair) {
  const f = Math.round(num(pair && pair.maxFrequency));
  return Math.max(0, Math.min(4, f));
}

/** Pairs that share work but sit apart and talk less than weekly (what split-location looks at). */
export function isSplitPair(pair) {
  return !!pair && pair.sameLocation === false && !pair.weeklyOrMore;
}

/**
 * The places, those with a name first (alphabetically), then "not given" (location null).
 * Each: { location, units:[unit objects], actors:[actor objects] }, members sorted by name.
 */
export function placeGroups(locations, doc) {
  const units = new Map(((doc && doc.units) || []).map((u) => [u.id, u]));
  const actors = new Map(((doc && doc.actors) || []).map((a) => [a.id, a]));
  const byName = (a, b) => String(a.name || a.id).localeCompare(String(b.name || b.id), 'nb');
  const places = Array.isArray(locations && locations.places) ? locations.places : [];
  return places
    .map((p) => ({
      location: typeof p.location === 'string' && p.location.trim() ? p.location : null,
      units: (p.units || []).map((id) => units.get(id) || { id, name: id }).sort(byName),
      actors: (p.actors || []).map((id) => actors.get(id) || { id, name: id }).sort(byName)
    }))
    .sort((a, b) => {
      if ((a.location === null) !== (b.location === null)) return a.location === null ? 1 : -1;
      return String(a.location || '').localeCompare(String(b.location || ''), 'nb');
    });
}

// ---- CSV for Excel (Norwegian convention) ----

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_EOL = '\r\n';

/** A number with a decimal comma and no thousands separator, at most `decimals` decimals ("0,35"). */
export function csvNumber(value, decimals = 3) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', ',');
}

/**
 * One text cell: quoted when it holds the separator, a quote or a line break (quotes
 * doubled). A cell that Excel would read as a formula (starts with = + - @ or a tab) gets
 * a leading apostrophe, so names typed by users can never run as formulas.
 */
export function csvText(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The whole file: BOM, a header line, one line per row, CRLF after every line.
 * columns: [{ label, value(row), kind: 'number' | 'text', decimals? }].
 */
export function buildCsv(columns, rows) {
  const lines = [columns.map((c) => csvText(c.label)).join(CSV_SEPARATOR)];
  for (const row of rows) {
    lines.push(
      columns
        .map((c) => {
          const v = c.value(row);
          return c.kind === 'number' ? csvNumber(v, c.decimals === undefined ? 3 : c.decimals) : csvText(v);
        })
        .join(CSV_SEPARATOR)
    );
  }
  return CSV_BOM + lines.join(CSV_EOL) + CSV_EOL;
}
