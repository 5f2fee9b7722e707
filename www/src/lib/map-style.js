// How the map encodes things (pure): twelve unit colours that stay apart on screen and on white
// paper, and always a second carrier besides colour: external partners are squares, internal
// staff circles, and groups beyond the twelfth colour are drawn hollow (a ring), then with a
// white centre dot, instead of filled.

/**
 * Twelve colours for groups (units, places, communities). The first seven are Okabe & Ito's
 * (2008) "Color Universal Design" palette without black (too heavy as a fill, and black reads
 * as "selected"), so a map of up to seven groups looks as it always did; the last five (indigo,
 * dark brown, wine, red, pale green) were chosen from ColorBrewer, Tableau and Paul Tol's sets to
 * keep every pair as far apart as possible: CIEDE2000 ≥ 17 with normal vision and ≥ 8.8 under
 * simulated deuteranopia and protanopia (tests/js/map-palette.test.mjs measures it). Twelve
 * colours cannot all stay apart for colour-blind readers, so shape, fill, labels and the legend
 * carry the group too. Every node has a dark outline, so the light ones (yellow, pale green)
 * still stand out on white.
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#332288',
  '#5C3B1E',
  '#882255',
  '#E15759',
  '#B2DF8A'
];
export const FILLS = ['solid', 'hollow', 'dot'];
export const NO_GROUP = { color: '#8a96a3', fill: 'solid' };
export const NODE_STROKE = '#1b2631';

export const COLOR_MODES = ['unit', 'community', 'external'];
export const SIZE_MEASURES = [
  'none',
  'degree',
  'inDegree',
  'strength',
  'betweenness',
  'eigenvector',
  'pagerank',
  'harmonic',
  'brokerage'
];

/** The n-th distinct style: colour cycles first, then the fill pattern. */
export function styleAt(index) {
  if (!Number.isInteger(index) || index < 0) return { ...NO_GROUP };
  return { color: PALETTE[index % PALETTE.length], fill: FILLS[Math.floor(index / PALETTE.length) % FILLS.length] };
}

/**
 * Unit id -> { color, fill, shape, index }. Internal units first, then external partners, each in
 * the document's order, are numbered in ONE sequence: up to twelve units never share a colour (an
 * external partner used to restart at the first colour, so two units were blue); beyond twelve the
 * fill pattern changes, and partners are squares besides. O(units).
 */
export function unitStyles(units) {
  const out = new Map();
  const list = (units || []).filter((u) => u && u.id !== undefined);
  const ordered = [...list.filter((u) => u.external !== true), ...list.filter((u) => u.external === true)];
  let index = 0;
  for (const unit of ordered) {
    if (out.has(unit.id)) continue;
    const isExternal = unit.external === true;
    out.set(unit.id, { ...styleAt(index), shape: isExternal ? 'square' : 'circle', index, external: isExternal });
    index += 1;
  }
  return out;
}

/**
 * The style of every actor for a colour mode. Returns Map actorId -> { color, fill, shape, group }
 * where group is the legend key ('unit:<id>', 'community:<k>', 'internal', 'external', 'none').
 */
export function actorStyles(doc, analysis, mode = 'unit') {
  const units = (doc && doc.units) || [];
  const byUnit = unitStyles(units);
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const community = new Map(((analysis && analysis.nodes) || []).map((n) => [n.id, n.community]));
  const out = new Map();
  for (const actor of (doc && doc.actors) || []) {
    const unit = unitOf.get(actor.unitId);
    const shape = unit && unit.external === true ? 'square' : 'circle';
    let style;
    if (mode === 'community') {
      const k = community.get(actor.id);
      style = Number.isInteger(k) ? { ...styleAt(k), group: `community:${k}` } : { ...NO_GROUP, group: 'none' };
    } else if (mode === 'external') {
      style =
        shape === 'square'
          ? { color: PALETTE[1], fill: 'solid', group: 'external' }
          : { color: PALETTE[0], fill: 'solid', group: 'internal' };
    } else {
      const s = byUnit.get(actor.unitId);
      style = s ? { color: s.color, fill: s.fill, group: `unit:${actor.unitId}` } : { ...NO_GROUP, group: 'none' };
    }
    out.set(actor.id, { ...style, shape });
  }
  return out;
}

/** A node measure as a number (brokerage -> its total); null when not defined. */
export function measureValue(node, measure) {
  if (!node) return null;
  const v = measure === 'brokerage' ? node.brokerage && node.brokerage.total : node[measure];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export const RADIUS = { min: 5, max: 17, plain: 8 };

/** Radius by measure: area grows with the value (square root), from RADIUS.min to RADIUS.max. */
export function radiusScale(nodes, measure) {
  if (!measure || measure === 'none') return () => RADIUS.plain;
  let max = 0;
  for (const n of nodes || []) {
    const v = measureValue(n, measure);
    if (v !== null && v > max) max = v;
  }
  return (node) => {
    const v = measureValue(node, measure);
    if (v === null || max <= 0) return RADIUS.min;
    return RADIUS.min + (RADIUS.max - RADIUS.min) * Math.sqrt(Math.max(0, v) / max);
  };
}

/** Line width by contact frequency (1 = less than monthly … 4 = daily). */
export function edgeWidth(frequency) {
  const widths = [0.8, 1, 1.8, 2.8, 4];
  const f = Math.max(0, Math.min(4, Math.round(frequency || 0)));
  return widths[f];
}

/** Wave-difference styles: colour AND dash pattern, so the change is readable without colour. */
export const CHANGE_STYLES = {
  added: { color: '#007a3d', dash: null, extra: 1.2 },
  removed: { color: '#c0392b', dash: '7 5', extra: 0.6 },
  strengthened: { color: '#0072B2', dash: null, extra: 0.6 },
  weakened: { color: '#8e4585', dash: '2 4', extra: 0.4 },
  same: { color: '#b8c2cc', dash: null, extra: 0 }
};
export const CHANGE_ORDER = ['added', 'removed', 'strengthened', 'weakened', 'same'];

/** Legend entries for the current colour mode: [{ key, style, count }] in a stable order. */
export function legendGroups(styles) {
  const groups = new Map();
  for (const style of styles.values()) {
    const g = groups.get(style.group) || { key: style.group, style, count: 0 };
    g.count += 1;
    groups.set(style.group, g);
  }
  return [...groups.values()];
}
