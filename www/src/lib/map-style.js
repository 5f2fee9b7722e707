// How the map encodes things (pure): colours from the Okabe–Ito palette, which stays
// distinguishable with the common colour-vision deficiencies, and always a second
// carrier besides colour: external partners are squares, internal staff circles, and
// groups beyond the seventh colour are drawn hollow (then with a dot) (a ring) instead of filled.

/** Okabe & Ito (2008), "Color Universal Design", without its black (too heavy as a fill, and
 *  black reads as "selected"). Order chosen so neighbours differ in hue and lightness. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];
export const FILLS = ['solid', 'hollow', 'dot'];
export const NO_GROUP = { color: '#8a96a3', fill: 'solid' };
export const NODE_STROKE = '#1b2631';

export const COLOR_MODES = ['unit', 'community', 'external'];
export const SIZE_MEASURES = ['none', 'degree', 'inDegree', 'strength', 'betweenness', 'eigenvector', 'pagerank', 'harmonic', 'brokerage'];

/** The n-th distinct style: colour cycles first, then the fill pattern. */
export function styleAt(index) {
  if (!Number.isInteger(index) || index < 0) return { ...NO_GROUP };
  return { color: PALETTE[index % PALETTE.length], fill: FILLS[Math.floor(index / PALETTE.length) % FILLS.length] };
}

/** Unit id -> { color, fill, shape, index }. Internal and external units are counted separately (their shapes differ). */
export function unitStyles(units) {
  const out = new Map();
  let internal = 0;
  let external = 0;
  for (const unit of units || []) {
    if (!unit || out.has(unit.id)) continue;
    const isExternal = unit.external === true;
    const index = isExternal ? external++ : internal++;
    out.set(unit.id, { ...styleAt(index), shape: isExternal ? 'square' : 'circle', index, external: isExternal });
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
      style = shape === 'square' ? { color: PALETTE[1], fill: 'solid', group: 'external' } : { color: PALETTE[0], fill: 'solid', group: 'internal' };
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
