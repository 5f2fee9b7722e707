// What the map draws, straight from the project document and the core's analysis. Pure.
// The edges follow the core's rules (core/sna/network.cpp): per ordered pair the
// strongest report counts; reports below minFrequency are dropped; "reciprocated
// only" keeps a pair when both sides reported it. The tie-type filter is for the map
// only (the measures use every type).

import { latestWave } from './stats.js';
import { TIE_TYPES } from './ties.js';

export { TIE_TYPES };

const list = (doc, key) => (doc && Array.isArray(doc[key]) ? doc[key] : []);

/** Reported arcs of a wave: Map "from\u0000to" -> { from, to, frequency, types:Set }. */
export function waveArcs(doc, waveId) {
  const actors = new Set(list(doc, 'actors').map((a) => a.id));
  const arcs = new Map();
  for (const tie of list(doc, 'ties')) {
    if (!tie || tie.waveId !== waveId || tie.from === tie.to) continue;
    if (!actors.has(tie.from) || !actors.has(tie.to)) continue;
    const frequency = typeof tie.frequency === 'number' ? tie.frequency : 0;
    const key = `${tie.from}\u0000${tie.to}`;
    const arc = arcs.get(key) || { from: tie.from, to: tie.to, frequency: 0, types: new Set() };
    arc.frequency = Math.max(arc.frequency, frequency);
    for (const type of Array.isArray(tie.types) ? tie.types : []) arc.types.add(type);
    arcs.set(key, arc);
  }
  return arcs;
}

/**
 * Undirected edges for drawing: { a, b, key, frequency, ab, ba, types:[…] } where ab / ba
 * are the kept reports' frequencies in each direction (0 = not reported or not kept).
 * options: { minFrequency = 1, reciprocated = false, tieType = 'all' }.
 */
export function buildEdges(doc, waveId, { minFrequency = 1, reciprocated = false, tieType = 'all' } = {}) {
  const arcs = waveArcs(doc, waveId);
  const kept = [];
  for (const arc of arcs.values()) {
    if (arc.frequency < Math.max(1, minFrequency)) continue;
    if (reciprocated) {
      const back = arcs.get(`${arc.to}\u0000${arc.from}`);
      if (!back || back.frequency < Math.max(1, minFrequency)) continue;
    }
    if (tieType !== 'all' && !arc.types.has(tieType)) continue;
    kept.push(arc);
  }
  const edges = new Map();
  for (const arc of kept) {
    const forward = arc.from < arc.to;
    const a = forward ? arc.from : arc.to;
    const b = forward ? arc.to : arc.from;
    const key = `${a}\u0000${b}`;
    const edge = edges.get(key) || { a, b, key, frequency: 0, ab: 0, ba: 0, types: new Set() };
    if (forward) edge.ab = arc.frequency;
    else edge.ba = arc.frequency;
    edge.frequency = Math.max(edge.ab, edge.ba);
    arc.types.forEach((type) => edge.types.add(type));
    edges.set(key, edge);
  }
  return [...edges.values()]
    .map((e) => ({ ...e, types: [...e.types].sort() }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** Tie types used in the document (the known ones first, then any extension). */
export function tieTypesIn(doc) {
  const seen = new Set();
  for (const tie of list(doc, 'ties'))
    for (const type of Array.isArray(tie && tie.types) ? tie.types : []) seen.add(type);
  return [...TIE_TYPES.filter((t) => seen.has(t)), ...[...seen].filter((t) => !TIE_TYPES.includes(t)).sort()];
}

/** Neighbours per actor id in a list of edges. */
export function neighbours(edges) {
  const map = new Map();
  const add = (x, y) => {
    if (!map.has(x)) map.set(x, new Set());
    map.get(x).add(y);
  };
  for (const e of edges) {
    add(e.a, e.b);
    add(e.b, e.a);
  }
  return map;
}

/**
 * Actor ids in an ego view: the ego (one actor, or every member of one unit) and their
 * direct contacts. ego: { kind: 'actor' | 'unit', id } or null (everyone).
 */
export function egoMembers(doc, edges, ego) {
  if (!ego || !ego.id) return null;
  const centre =
    ego.kind === 'unit'
      ? list(doc, 'actors')
          .filter((a) => a.unitId === ego.id)
          .map((a) => a.id)
      : [ego.id];
  const around = neighbours(edges);
  const out = new Set(centre);
  for (const id of centre) for (const other of around.get(id) || []) out.add(other);
  return out;
}

/**
 * The map's content: which actors are shown and which edges between them.
 * filters: { hiddenUnits: [unitId], ego }.
 */
export function visibleGraph(doc, edges, { hiddenUnits = [], ego = null } = {}) {
  const hidden = new Set(hiddenUnits);
  const inEgo = egoMembers(doc, edges, ego);
  const actors = list(doc, 'actors').filter((a) => !hidden.has(a.unitId) && (!inEgo || inEgo.has(a.id)));
  const shown = new Set(actors.map((a) => a.id));
  return {
    actors,
    edges: edges.filter((e) => shown.has(e.a) && shown.has(e.b)),
    egoCentre: ego && ego.id ? ego : null
  };
}

/**
 * Edges of a wave comparison (the core's compare result) joined with the later wave's
 * unchanged edges: { a, b, key, change: 'added'|'removed'|'strengthened'|'weakened'|'same', before, after }.
 */
export function compareEdges(compare, afterEdges) {
  const out = new Map();
  const key = (a, b) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const put = (a, b, change, before, after) => {
    const k = key(a, b);
    const [x, y] = a < b ? [a, b] : [b, a];
    out.set(k, { a: x, b: y, key: k, change, before, after, frequency: Math.max(before, after) });
  };
  for (const e of afterEdges || []) put(e.a, e.b, 'same', e.frequency, e.frequency);
  const ties = (compare && compare.ties) || {};
  for (const t of ties.added || []) put(t.a, t.b, 'added', 0, t.frequency);
  for (const t of ties.removed || []) put(t.a, t.b, 'removed', t.frequency, 0);
  for (const t of ties.strengthened || []) put(t.a, t.b, 'strengthened', t.before, t.after);
  for (const t of ties.weakened || []) put(t.a, t.b, 'weakened', t.before, t.after);
  return [...out.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** The most recent wave of a document (lib/stats.js latestWave, the one copy of the core's rule), or null. */
export function latestWaveId(doc) {
  const wave = latestWave(list(doc, 'waves').filter((w) => w && w.id));
  return wave ? wave.id : null;
}

/** The wave before a given one (by date, else by list order), for comparisons. */
export function previousWaveId(doc, waveId) {
  const waves = list(doc, 'waves').filter((w) => w && w.id);
  const sorted = [...waves].sort((x, y) => String(x.date || '').localeCompare(String(y.date || '')));
  const i = sorted.findIndex((w) => w.id === waveId);
  return i > 0 ? sorted[i - 1].id : null;
}

/**
 * Where each actor sits, as the core decided it (analysis.locations.places, core/checks/locations.hpp: own place,
 * else the unit's; trimmed with Excel's non-breaking spaces and case-folded with Sámi letters, the first spelling
 * kept): Map actorId -> place name | null. Empty until the analysis is there. (Regression: the app folded places its
 * own way and grouped as one what split-location treated as two.)
 */
export function actorLocations(result) {
  const out = new Map();
  const places = result && result.locations && Array.isArray(result.locations.places) ? result.locations.places : [];
  for (const p of places)
    for (const id of p.actors || []) out.set(id, typeof p.location === 'string' ? p.location : null);
  return out;
}

/** The places in use, alphabetically (bokmål order); actors without a place are not in the list. */
export function locationsIn(result) {
  const seen = new Set([...actorLocations(result).values()].filter((p) => p !== null));
  return [...seen].sort((a, b) => a.localeCompare(b, 'nb'));
}

/**
 * A map-like grouping by place: the people of each place in a sunflower, the places on a
 * grid in alphabetical order, "no place given" last; within a place colleagues of one unit
 * come one after another. `sunflower` is passed in (lib/fallback-layout.js) to keep this
 * module free of drawing code. O(n log n) for n actors.
 * Returns { width, height, positions, byLocation: true, centres: [{ location, x, y, r }] }.
 */
export function locationLayout(doc, result, sunflower, spacing = 26) {
  const where = actorLocations(result);
  const groups = [...locationsIn(result), null]
    .map((location) => ({
      location,
      members: list(doc, 'actors')
        .filter((a) => (where.has(a.id) ? where.get(a.id) : null) === location)
        .sort(
          (a, b) =>
            String(a.unitId || '').localeCompare(String(b.unitId || '')) ||
            String(a.name || a.id).localeCompare(String(b.name || b.id), 'nb')
        )
    }))
    .filter((g) => g.members.length > 0);
  const biggest = Math.max(1, ...groups.map((g) => g.members.length));
  const cell = spacing * (Math.sqrt(biggest) * 1.35 + 2.2);
  const cols = Math.max(1, Math.ceil(Math.sqrt(groups.length * 1.5)));
  const positions = {};
  const centres = [];
  groups.forEach((g, gi) => {
    const cx = (gi % cols) * cell + cell / 2;
    const cy = Math.floor(gi / cols) * cell + cell / 2;
    const pts = sunflower(g.members.length, spacing);
    pts.forEach((p, i) => {
      positions[g.members[i].id] = { x: cx + p.x, y: cy + p.y };
    });
    centres.push({ location: g.location, x: cx, y: cy, r: Math.max(spacing, ...pts.map((p) => Math.hypot(p.x, p.y))) });
  });
  const rows = Math.max(1, Math.ceil(groups.length / cols));
  return { width: cols * cell, height: rows * cell, positions, byLocation: true, fallback: false, centres };
}

/**
 * Where to write each cluster's name (e.g. a place when the map is grouped by place): centred over
 * the cluster's bounding box (nodes with their radius), its baseline `margin` px above the top node,
 * so it covers no node of its own cluster. A name is cut with "…" (the full name stays in `label`)
 * when wider than its room: max(minWidth, the box width + 2·margin), but never more than the distance
 * to the next name on the same line less `gap`, so two names never overlap.
 * positions: Map or object id -> { x, y, r? }; groups: [{ key, label, members: [id] }];
 * options: { measure(text) -> px (default: an estimate), fontSize = 13, margin = 6, minWidth = 150, gap = 10 }.
 * Returns [{ key, label, text, x, y, box: { x, y, w, h } }] (x, y: the baseline centre), in group
 * order; groups with no positioned member are left out.
 * O(n + g² + g·L) for n members, g groups and names of L characters (g, the places, is small).
 */
export function clusterLabels(
  positions,
  groups,
  { measure, fontSize = 13, margin = 6, minWidth = 150, gap = 10 } = {}
) {
  const at = positions instanceof Map ? (id) => positions.get(id) : (id) => positions && positions[id];
  const width = measure || ((s) => s.length * fontSize * 0.6);
  const spots = [];
  for (const g of groups || []) {
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    for (const id of g.members || []) {
      const p = at(id);
      if (!p) continue;
      const r = p.r || 0;
      x0 = Math.min(x0, p.x - r);
      x1 = Math.max(x1, p.x + r);
      y0 = Math.min(y0, p.y - r);
    }
    if (x0 === Infinity) continue;
    const label = String(g.label === null || g.label === undefined ? '' : g.label)
      .replace(/\s+/g, ' ')
      .trim();
    // The descenders stay clear of the top node.
    spots.push({
      key: g.key,
      label,
      x: (x0 + x1) / 2,
      y: y0 - margin - fontSize * 0.25,
      room: Math.max(minWidth, x1 - x0 + 2 * margin)
    });
  }
  for (const a of spots) {
    for (const b of spots) {
      if (a !== b && Math.abs(a.y - b.y) < fontSize * 1.2) a.room = Math.min(a.room, Math.abs(a.x - b.x) - gap);
    }
  }
  return spots.map(({ key, label, x, y, room }) => {
    let text = label;
    if (width(text) > room) {
      let n = label.length - 1;
      while (n > 1 && width(`${label.slice(0, n).trimEnd()}…`) > room) n -= 1;
      text = `${label.slice(0, n).trimEnd()}…`;
    }
    const w = width(text);
    return { key, label, text, x, y, box: { x: x - w / 2, y: y - fontSize * 0.95, w, h: fontSize * 1.2 } };
  });
}

/**
 * Node labels (a Map id -> { box }) without those that would overlap one of `boxes`, except the ids in `keep` (the
 * chosen person and the one the keyboard is on: their name always shows). O(labels × boxes).
 */
export function labelsClearOf(placed, boxes, keep = null) {
  if (!boxes || !boxes.length) return placed;
  const hits = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  return new Map(
    [...placed].filter(([id, l]) => (keep && keep.has(id)) || !l.box || !boxes.some((b) => hits(l.box, b)))
  );
}
