// Turns the document, the analysis and the display choices into what the map draws:
// nodes (position, size, style, texts) and edges. Texts come from the locales.
import { t } from '../i18n.js';
import {
  buildEdges,
  visibleGraph,
  compareEdges,
  actorLocations,
  locationsIn,
  locationLayout
} from '../lib/network-model.js';
import {
  actorStyles,
  radiusScale,
  measureValue,
  legendGroups,
  styleAt,
  NO_GROUP,
  PALETTE,
  CHANGE_STYLES,
  CHANGE_ORDER,
  edgeWidth
} from '../lib/map-style.js';
import { chooseLayout, sunflower } from '../lib/fallback-layout.js';
import { measureLabel } from '../lib/measure-names.js';

export function unitNames(doc) {
  return new Map(((doc && doc.units) || []).map((u) => [u.id, u.name || u.id]));
}

/** Colour by place: one style per place, grey for "no place given"; shape as for units. The places with
 *  most people get the first (solid) colours; beyond the palette styles are hollow or dotted. */
export function locationStyles(doc, result) {
  const byUnit = actorStyles(doc, null, 'unit');
  const where = actorLocations(result);
  const size = new Map();
  for (const place of where.values()) if (place !== null) size.set(place, (size.get(place) || 0) + 1);
  const ranked = locationsIn(result).sort(
    (a, b) => (size.get(b) || 0) - (size.get(a) || 0) || a.localeCompare(b, 'nb')
  );
  const index = new Map(ranked.map((p, i) => [p, i]));
  const out = new Map();
  for (const [id, place] of where) {
    const shape = (byUnit.get(id) || {}).shape || 'circle';
    const style =
      place === null
        ? { ...NO_GROUP, group: 'location-none' }
        : { ...styleAt(index.get(place)), group: `location:${place}` };
    out.set(id, { ...style, shape });
  }
  return out;
}

/**
 * doc, result (analysis), opts (effective analysis options), display, compare (result or null).
 * Returns { nodes, edges, directed, compare, layout, styles, allEdges, clusters: [{ key, label, members }] }.
 */
export function mapModel({ doc, result, opts, display, compare }) {
  // Grouped by place, the browser arranges the people (the core's layout groups by unit).
  const layout = display.groupBy === 'location' ? locationLayout(doc, result, sunflower) : chooseLayout(doc, result);
  const comparing = display.mode === 'compare' && !!compare;
  const allEdges = buildEdges(doc, opts.waveId, {
    minFrequency: opts.minFrequency,
    reciprocated: opts.reciprocated,
    tieType: comparing ? 'all' : display.tieType
  });
  const drawn = comparing ? compareEdges(compare, allEdges) : allEdges;
  const visible = visibleGraph(doc, drawn, { hiddenUnits: display.hiddenUnits, ego: display.ego });
  const styles =
    display.colorBy === 'location' ? locationStyles(doc, result) : actorStyles(doc, result, display.colorBy);
  const analysed = new Map(((result && result.nodes) || []).map((n) => [n.id, n]));
  const radius = radiusScale(result ? result.nodes : [], display.sizeBy);
  const priorityMeasure = display.sizeBy && display.sizeBy !== 'none' ? display.sizeBy : 'degree';
  const units = unitNames(doc);
  const places = display.groupBy === 'location' || display.colorBy === 'location' ? actorLocations(result) : null;
  const degree = new Map();
  for (const e of visible.edges) {
    degree.set(e.a, (degree.get(e.a) || 0) + 1);
    degree.set(e.b, (degree.get(e.b) || 0) + 1);
  }
  const ego = visible.egoCentre;
  const nodes = visible.actors.map((actor) => {
    const p = layout.positions[actor.id] || { x: 0, y: 0 };
    const node = analysed.get(actor.id);
    const name = actor.name || actor.id;
    const unitName = units.get(actor.unitId) || t('map.noUnit');
    const unit = places ? `${unitName}, ${places.get(actor.id) || t('map.legend.noLocation')}` : unitName;
    const contacts = node ? node.degree : degree.get(actor.id) || 0;
    return {
      id: actor.id,
      x: p.x,
      y: p.y,
      r: radius(node),
      style: styles.get(actor.id),
      label: name,
      title: actor.role ? `${name} – ${unit} – ${actor.role}` : `${name} – ${unit}`,
      aria: t('map.nodeAria', { name, unit, count: contacts }),
      priority: (measureValue(node, priorityMeasure) || 0) + (degree.get(actor.id) || 0) * 1e-6,
      egoCentre:
        !!ego && ((ego.kind === 'actor' && ego.id === actor.id) || (ego.kind === 'unit' && ego.id === actor.unitId))
    };
  });
  // Grouped by place, each cluster gets its place's name on the map (the people shown only). O(n).
  const byPlace = new Map();
  if (display.groupBy === 'location' && places) {
    for (const a of visible.actors) {
      const place = places.get(a.id) || null;
      if (!byPlace.has(place)) byPlace.set(place, []);
      byPlace.get(place).push(a.id);
    }
  }
  const clusters = (display.groupBy === 'location' ? layout.centres || [] : [])
    .filter((c) => byPlace.has(c.location))
    .map((c) => ({
      key: c.location === null ? 'location-none' : `location:${c.location}`,
      label: c.location === null ? t('map.legend.noLocation') : c.location,
      members: byPlace.get(c.location)
    }));
  return {
    nodes,
    edges: visible.edges,
    directed: !comparing && display.directed,
    compare: comparing,
    layout,
    styles,
    allEdges,
    clusters
  };
}

/** Legend sections for the current map (used on screen and in the export). */
export function legendSections({ doc, model, display }) {
  const units = unitNames(doc);
  const sections = [];
  const groups = legendGroups(new Map(model.nodes.map((n) => [n.id, n.style])));
  const groupLabel = (key) => {
    if (key.startsWith('unit:')) return units.get(key.slice(5)) || key.slice(5);
    if (key.startsWith('location:')) return key.slice(9);
    if (key === 'location-none') return t('map.legend.noLocation');
    if (key.startsWith('community:')) return t('map.legend.community', { number: Number(key.slice(10)) + 1 });
    if (key === 'internal') return t('map.legend.internal');
    if (key === 'external') return t('map.legend.external');
    return t('map.legend.none');
  };
  sections.push({
    title: t(`map.colorBy.${display.colorBy}`),
    items: groups.map((g) => ({ key: g.key, style: g.style, label: groupLabel(g.key), count: g.count }))
  });
  if (display.colorBy !== 'external') {
    sections.push({
      title: t('map.legend.shapes'),
      items: [
        {
          key: 'shape-circle',
          style: { shape: 'circle', color: '#ffffff', fill: 'solid' },
          label: t('map.legend.internal')
        },
        {
          key: 'shape-square',
          style: { shape: 'square', color: '#ffffff', fill: 'solid' },
          label: t('map.legend.external')
        }
      ]
    });
  }
  if (model.compare) {
    const counts = {};
    for (const e of model.edges) counts[e.change] = (counts[e.change] || 0) + 1;
    sections.push({
      title: t('map.legend.changes'),
      items: CHANGE_ORDER.map((c) => ({
        key: `change-${c}`,
        line: { color: CHANGE_STYLES[c].color, width: 3 + CHANGE_STYLES[c].extra, dash: CHANGE_STYLES[c].dash },
        label: t(`map.change.${c}`, { count: counts[c] || 0 })
      }))
    });
  } else {
    sections.push({
      title: t('map.legend.lines'),
      items: [4, 3, 2, 1].map((f) => ({
        key: `f${f}`,
        line: { color: '#5d6d7e', width: edgeWidth(f) },
        label: t(`frequency.${f}`)
      }))
    });
  }
  return sections;
}

/** Plain-text notes for the export footer. */
export function exportNotes({ display, model, opts }) {
  const notes = [];
  if (display.sizeBy && display.sizeBy !== 'none')
    notes.push(t('map.note.size', { measure: measureLabel(display.sizeBy) }));
  if (model.directed) notes.push(t('map.note.arrows'));
  if (opts.minFrequency > 1) notes.push(t('map.note.minFrequency', { level: t(`frequency.${opts.minFrequency}`) }));
  notes.push(t('map.note.made', { count: model.nodes.length }));
  return notes;
}

export { PALETTE };
