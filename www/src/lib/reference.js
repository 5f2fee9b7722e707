// Key figures for comparing the open project with other municipalities ("references"). Pure. The core
// computes every figure once (the analysis's keyFigures, docs/analysis.md "Key figures"); this module only
// remembers other municipalities' figures (never their files) and lines them up with the open project's.

/** Version of the remembered list; another version is ignored (load the files again). */
export const ENTRY_VERSION = 2;
/** How many municipalities one project is compared with at most (the table must stay readable). */
export const MAX_REFERENCES = 8;

const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const text = (v) => (typeof v === 'string' ? v : '');

/** The core's figures of an analysis: [{ key, kind, value }] in the core's order; [] without. */
export function figuresOf(result) {
  const list = result && result.keyFigures && Array.isArray(result.keyFigures.figures) ? result.keyFigures.figures : [];
  return list
    .filter((f) => f && typeof f.key === 'string')
    .map((f) => ({ key: f.key, kind: text(f.kind), value: num(f.value) }));
}

/** The analysis options that change the figures (the wave is the reference's own latest). */
export function figureOptions(opts) {
  const o = opts || {};
  return { weighted: !!o.weighted, reciprocated: !!o.reciprocated, minFrequency: Number(o.minFrequency) || 1 };
}

export function sameOptions(a, b) {
  const x = figureOptions(a);
  const y = figureOptions(b);
  return x.weighted === y.weighted && x.reciprocated === y.reciprocated && x.minFrequency === y.minFrequency;
}

/** What is remembered about one other municipality: a name, the round, the options and the figures by key. */
export function makeEntry({ result, fileName, options, loadedAt }) {
  const k = (result && result.keyFigures) || {};
  const figures = {};
  for (const f of figuresOf(result)) figures[f.key] = f.value;
  return {
    name: text(k.municipality) || text(fileName),
    fileName: text(fileName),
    waveLabel: text(k.waveLabel) || text(k.waveId),
    pseudonymized: k.pseudonymized === true,
    options: figureOptions(options),
    loadedAt: text(loadedAt),
    figures
  };
}

function cleanEntry(e) {
  if (!e || typeof e !== 'object' || !e.figures || typeof e.figures !== 'object') return null;
  const figures = {};
  for (const [key, value] of Object.entries(e.figures)) figures[key] = num(value);
  return {
    name: text(e.name),
    fileName: text(e.fileName),
    waveLabel: text(e.waveLabel),
    pseudonymized: e.pseudonymized === true,
    options: figureOptions(e.options),
    loadedAt: text(e.loadedAt),
    figures
  };
}

/** The remembered list read back from text; [] when missing, damaged or of another version. */
export function parseEntries(raw) {
  if (typeof raw !== 'string' || !raw) return [];
  let e;
  try {
    e = JSON.parse(raw);
  } catch (err) {
    return [];
  }
  if (!e || typeof e !== 'object' || e.version !== ENTRY_VERSION || !Array.isArray(e.entries)) return [];
  return e.entries.map(cleanEntry).filter(Boolean).slice(0, MAX_REFERENCES);
}

/** The list as stored text. */
export const entriesText = (entries) => JSON.stringify({ version: ENTRY_VERSION, entries });

/** The list with `entry` added; a file loaded again replaces its earlier figures (same file and name). */
export function withEntry(entries, entry) {
  const same = (e) => e.fileName === entry.fileName && e.name === entry.name;
  const at = entries.findIndex(same);
  if (at < 0) return [...entries, entry];
  return entries.map((e, i) => (i === at ? entry : e));
}

/** The prefs key for a project's comparisons. */
export const referenceKey = (projectId) => `reference.${projectId}`;

/**
 * Rows for the side-by-side table: the open project's figures (the core's order and kinds) with each
 * reference's value for the same key: [{ key, kind, own, refs: [value|null] }]. O(figures · references).
 */
export function compareRows(ownFigures, entries) {
  return (ownFigures || []).map((f) => ({
    key: f.key,
    kind: f.kind,
    own: f.value,
    refs: (entries || []).map((e) => (e.figures && e.figures[f.key] !== undefined ? num(e.figures[f.key]) : null))
  }));
}

/** The figures as the core's figures table wants them: [{ name, figures: [{ key, value }] }]. */
export function tableEntries(ownName, ownFigures, entries) {
  return [
    { name: ownName, figures: (ownFigures || []).map((f) => ({ key: f.key, value: f.value })) },
    ...(entries || []).map((e) => ({
      name: e.name,
      figures: Object.entries(e.figures || {}).map(([key, value]) => ({ key, value }))
    }))
  ];
}
