// File-name helpers. Pure.

// Letters that Unicode does not decompose (Norwegian and Sámi).
const FOLD = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  Æ: 'ae',
  Ø: 'o',
  Å: 'a',
  ß: 'ss',
  đ: 'd',
  Đ: 'd',
  ŋ: 'n',
  Ŋ: 'n',
  ŧ: 't',
  Ŧ: 't'
};

/**
 * A safe, readable file-name part: "Eksempel kommune" -> "eksempel-kommune",
 * "Bø i Telemark" -> "bo-i-telemark". Returns fallback if nothing usable remains.
 */
export function slugify(text, fallback = 'prosjekt', maxLength = 60) {
  const folded = String(text === null || text === undefined ? '' : text)
    .replace(/[æøåÆØÅßđĐŋŊŧŦ]/g, (c) => FOLD[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = folded.slice(0, maxLength).replace(/-+$/g, '');
  return cut || fallback;
}

/** Local calendar date as YYYY-MM-DD. */
export function dateStamp(date = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "eksempel-kommune-2026-11-23.bosam.json" */
export function exportFilename(name, date = new Date(), suffix = 'bosam.json') {
  return `${slugify(name)}-${dateStamp(date)}.${suffix}`;
}
