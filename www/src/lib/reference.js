// Key figures for comparing the open project with another municipality (a "reference").
// Pure: the figures come from a project document and the core's analysis of it (docs/analysis.md),
// so only these few numbers, not the other municipality's file, need to be remembered.

/** The figures shown side by side, in order. kind is the table's number format (views/analysis-table.js). */
export const REFERENCE_FIGURES = [
  { key: 'people', kind: 'count' },
  { key: 'units', kind: 'count' },
  { key: 'externalUnits', kind: 'count' },
  { key: 'responseRate', kind: 'share' },
  { key: 'density', kind: 'share' },
  { key: 'reciprocity', kind: 'share' },
  { key: 'averagePathLength', kind: 'decimal' },
  { key: 'components', kind: 'count' },
  { key: 'isolates', kind: 'count' },
  { key: 'degreeCentralization', kind: 'share' },
  { key: 'betweennessCentralization', kind: 'share' },
  { key: 'eiIndex', kind: 'index' },
  { key: 'modularity', kind: 'decimal' },
  { key: 'agreementWithUnits', kind: 'decimal' },
  { key: 'duplicateFunctions', kind: 'count' },
  { key: 'findingsCritical', kind: 'count' },
  { key: 'findingsWarning', kind: 'count' },
  { key: 'findingsInfo', kind: 'count' }
];

/** Version of the remembered entry; an entry with another version is ignored (load the file again). */
export const ENTRY_VERSION = 1;

const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v) => (Array.isArray(v) ? v : []);

/**
 * The figures for one project and its analysis. Missing parts give null (shown as "–"), never 0.
 * O(actors + units + nodes + findings).
 */
export function referenceFigures(doc, result) {
  const d = doc || {};
  const r = result || {};
  const net = r.network || {};
  const communities = r.communities || {};
  const units = list(d.units);
  const nodes = Array.isArray(r.nodes) ? r.nodes : null;
  const findings = Array.isArray(r.findings) ? r.findings : null;
  const severity = (s) => (findings ? findings.filter((f) => f && f.severity === s).length : null);
  // A function several units hold shows up as one duplicate-function finding (or more, split by target
  // group); count each function once.
  const duplicated = new Set();
  for (const f of findings || []) {
    if (f && f.rule === 'duplicate-function')
      list(f.subjects && f.subjects.functions).forEach((id) => duplicated.add(id));
  }
  const agreement = communities.agreementWithUnits || {};
  return {
    people: Array.isArray(d.actors) ? d.actors.length : null,
    units: Array.isArray(d.units) ? units.length : null,
    externalUnits: Array.isArray(d.units) ? units.filter((u) => u && u.external === true).length : null,
    responseRate: num(net.responseRate),
    density: num(net.density),
    reciprocity: num(net.reciprocity),
    averagePathLength: num(net.averagePathLength),
    components: num(net.components),
    isolates: nodes ? nodes.filter((n) => n && n.degree === 0).length : null,
    degreeCentralization: num(net.degreeCentralization),
    betweennessCentralization: num(net.betweennessCentralization),
    eiIndex: num(net.eiIndex),
    modularity: num(communities.modularity),
    agreementWithUnits: num(agreement.nmi),
    duplicateFunctions: findings ? duplicated.size : null,
    findingsCritical: severity('critical'),
    findingsWarning: severity('warning'),
    findingsInfo: severity('info')
  };
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

/** What is remembered about a reference (small: a name, the wave, the options, the figures). */
export function makeEntry({ doc, result, fileName, options, loadedAt }) {
  const d = doc || {};
  const waveId = (result && result.waveId) || null;
  const wave = list(d.waves).find((w) => w && w.id === waveId) || {};
  return {
    version: ENTRY_VERSION,
    name: String((d.municipality && d.municipality.name) || fileName || ''),
    fileName: String(fileName || ''),
    waveLabel: String(wave.label || waveId || ''),
    waveDate: typeof wave.date === 'string' ? wave.date : null,
    pseudonymized: !!(d.pseudonymized && typeof d.pseudonymized === 'object'),
    options: figureOptions(options),
    loadedAt: String(loadedAt || ''),
    figures: referenceFigures(d, result)
  };
}

/** A remembered entry read back from text; null when it is missing, damaged or of another version. */
export function parseEntry(text) {
  if (typeof text !== 'string' || !text) return null;
  let e;
  try {
    e = JSON.parse(text);
  } catch (err) {
    return null;
  }
  if (!e || typeof e !== 'object' || e.version !== ENTRY_VERSION || !e.figures || typeof e.figures !== 'object')
    return null;
  const figures = {};
  for (const def of REFERENCE_FIGURES) figures[def.key] = num(e.figures[def.key]);
  return {
    version: ENTRY_VERSION,
    name: typeof e.name === 'string' ? e.name : '',
    fileName: typeof e.fileName === 'string' ? e.fileName : '',
    waveLabel: typeof e.waveLabel === 'string' ? e.waveLabel : '',
    waveDate: typeof e.waveDate === 'string' ? e.waveDate : null,
    pseudonymized: e.pseudonymized === true,
    options: figureOptions(e.options),
    loadedAt: typeof e.loadedAt === 'string' ? e.loadedAt : '',
    figures
  };
}

/** The prefs key for a project's reference. */
export const referenceKey = (projectId) => `reference.${projectId}`;

/** Rows for the side-by-side table: { key, kind, own, ref, diff } (diff = own - ref, null if either is missing). */
export function compareRows(own, ref) {
  const a = own || {};
  const b = ref || {};
  return REFERENCE_FIGURES.map((def) => {
    const x = num(a[def.key]);
    const y = num(b[def.key]);
    return { key: def.key, kind: def.kind, own: x, ref: y, diff: x === null || y === null ? null : x - y };
  });
}
