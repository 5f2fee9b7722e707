// The interactive person-level map: pan (drag the background, Shift+arrows, buttons),
// zoom (wheel, + and -, buttons), drag nodes (kept in view state only), select
// (click, Enter), move between nodes with the arrow keys (one tab stop: roving tabindex).
import { html } from '../ui/html.js';
import { Component } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../i18n.js';
import {
  boundsOf,
  fitTransform,
  zoomAt,
  panBy,
  toLayout,
  nearestInDirection,
  medianNearest,
  nodeScale,
  ZOOM_STEP
} from '../lib/viewport.js';
import { placeLabels } from '../lib/labels.js';
import {
  Defs,
  EdgeLines,
  Labels,
  NodeSymbol,
  Shape,
  textMeasurer,
  ClusterLabels,
  CLUSTER_FONT_SIZE
} from './network-draw.js';
import { clusterLabels, labelsClearOf } from '../lib/network-model.js';

// Dragged positions and the view per map (project + wave), kept while the app is open.
const dragged = new Map();
const views = new Map();

const ARROWS = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const PAN_STEP = 80;
/** Room for labels beside the outermost nodes when the map is fitted. */
export const FIT_MARGIN = { x: 80, y: 36 };

function useSize(ref) {
  const [size, setSize] = useState({ w: 0, h: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => setSize({ w: el.clientWidth, h: el.clientHeight });
    measure();
    if (typeof ResizeObserver !== 'function') return undefined;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

/** Renders only when one of its deps changed (so panning does not redraw every node and line). */
class Pure extends Component {
  shouldComponentUpdate(next) {
    const a = this.props.deps;
    const b = next.deps;
    return a.length !== b.length || a.some((d, i) => d !== b[i]);
  }

  render({ draw }) {
    return draw();
  }
}

// Scale: above this many lines, the plain (unselected) edges are drawn as one <path> without arrowheads
// instead of one <line> each: 40,000 elements (10,000 people) freeze the page for seconds, and arrows are
// too small to see at that density anyway. Edges touching the selected person are still drawn on top,
// one by one with arrows. The comparison map keeps one element per edge (its styles carry the change).
export const EDGE_BATCH_LIMIT = 3000;
export const NODE_TITLE_LIMIT = 2000;

/** One path for many edges: "M x1 y1 L x2 y2" per edge between the node rims. O(edges). */
export function batchedEdgePath(edges, pos) {
  const parts = [];
  for (const e of edges) {
    const p = pos.get(e.a);
    const q = pos.get(e.b);
    if (!p || !q) continue;
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    parts.push(
      `M${(p.x + ux * p.r).toFixed(1)} ${(p.y + uy * p.r).toFixed(1)}L${(q.x - ux * q.r).toFixed(1)} ${(q.y - uy * q.r).toFixed(1)}`
    );
  }
  return parts.join('');
}

function Edges({ model, zoomed, neighbourhood }) {
  const highlight = neighbourhood ? neighbourhood.edgeKeys : null;
  if (model.compare || model.edges.length <= EDGE_BATCH_LIMIT) {
    return html`<${EdgeLines} edges=${model.edges} pos=${zoomed} directed=${model.directed} compare=${model.compare}
      highlight=${highlight} prefix="live" />`;
  }
  const plain = highlight ? model.edges.filter((e) => !highlight.has(e.key)) : model.edges;
  const strong = highlight ? model.edges.filter((e) => highlight.has(e.key)) : [];
  return html`
    <g data-testid="map-edges-batched" data-edge-count=${plain.length}>
      <path class="map-edges" d=${batchedEdgePath(plain, zoomed)} fill="none" stroke="#5d6d7e" stroke-width="0.8"
        stroke-opacity=${highlight ? 0.12 : 0.35} />
      <${EdgeLines} edges=${strong} pos=${zoomed} directed=${model.directed} highlight=${highlight} prefix="live" />
    </g>`;
}

/** Layout positions with the user's drags applied. */
export function effectivePositions(nodes, offsets) {
  return nodes.map((n) => ({ ...n, ...(offsets.get(n.id) || {}) }));
}

export function draggedPositions(cacheKey) {
  return dragged.get(cacheKey) || new Map();
}

export function NetworkMap({ model, cacheKey, selectedId, onSelect, showLabels, ariaLabel, helpId, svgRef }) {
  const frame = useRef(null);
  const localSvg = useRef(null);
  const size = useSize(frame);
  const [offsets, setOffsets] = useState(() => draggedPositions(cacheKey));
  const [transform, setTransform] = useState(null);
  const [focusId, setFocusId] = useState(null);
  const pendingFocus = useRef(false);
  const gesture = useRef(null);
  const wheelTimer = useRef(null);

  useEffect(() => {
    setOffsets(draggedPositions(cacheKey));
  }, [cacheKey]);

  const nodes = useMemo(() => effectivePositions(model.nodes, offsets), [model.nodes, offsets]);
  // Fit again when the frame, the people shown or the layout itself (e.g. new options) change.
  const layoutBounds = useMemo(() => boundsOf(model.nodes), [model.nodes]);
  const fitKey = `${cacheKey}|${size.w}x${size.h}|${['x', 'y', 'w', 'h'].map((k) => layoutBounds[k].toFixed(1)).join(',')}|${model.nodes.map((n) => n.id).join(',')}`;
  const fitted = useMemo(() => (size.w ? fitTransform(layoutBounds, size.w, size.h, FIT_MARGIN) : null), [fitKey]);
  const spacing = useMemo(() => medianNearest(model.nodes), [model.nodes]);
  // The view (zoom and pan) is remembered per fit key; each transform carries the key it belongs to.
  // Labels are placed for the view where panning last came to rest, so a drag only moves them.
  const [settled, setSettled] = useState(null);
  useEffect(() => {
    if (!fitted) return;
    const v = { ...(views.get(fitKey) || fitted), key: fitKey };
    setTransform(v);
    setSettled(v);
  }, [fitKey]);
  useEffect(() => {
    if (transform && transform.key === fitKey) views.set(fitKey, transform);
  }, [transform, fitKey]);
  const setView = (t, { moving = false } = {}) => {
    const v = { k: t.k, x: t.x, y: t.y, key: fitKey };
    setTransform(v);
    if (!moving) setSettled(v);
  };

  const tf = (transform && transform.key === fitKey ? transform : fitted) || { k: 1, x: 0, y: 0 };
  const baseK = fitted ? fitted.k : 1;

  // Everything is drawn at the zoom where the view last came to rest ("zoomed" = layout × k)
  // inside one group; panning translates the group, and a wheel burst also scales it until the
  // wheel stops, when the drawing (sizes, labels) is redone for the new zoom.
  const drawT = settled && settled.key === fitKey ? settled : tf;
  const ratio = tf.k / drawT.k;
  const scale = nodeScale(spacing, drawT.k);
  const zoomed = useMemo(() => {
    const map = new Map();
    for (const n of nodes) map.set(n.id, { x: n.x * drawT.k, y: n.y * drawT.k, r: n.r * scale });
    return map;
  }, [nodes, drawT.k, scale]);
  const screenOf = (id) => {
    const p = zoomed.get(id);
    return p ? { x: p.x * ratio + tf.x, y: p.y * ratio + tf.y, r: p.r } : null;
  };
  // Place names above their clusters (grouped by place); they move and scale with the nodes.
  const clusterNames = useMemo(
    () =>
      clusterLabels(zoomed, model.clusters, {
        measure: textMeasurer(CLUSTER_FONT_SIZE, '600'),
        fontSize: CLUSTER_FONT_SIZE
      }),
    [zoomed, model.clusters]
  );
  const placed = useMemo(() => {
    if (!showLabels) return new Map();
    const items = nodes.map((n) => ({
      id: n.id,
      ...zoomed.get(n.id),
      label: n.label,
      // The chosen person, and the one the keyboard is on, always get their name, even where it crowds another
      // (a name that fits nowhere is otherwise left out, so someone could not be found on the map).
      priority: n.id === selectedId ? 1e9 : n.id === focusId ? 1e8 : n.priority,
      force: n.id === selectedId || n.id === focusId
    }));
    const names = placeLabels(items, {
      measure: textMeasurer(12),
      bounds: { x: -drawT.x + 2, y: -drawT.y + 2, w: size.w - 4, h: size.h - 4 }
    });
    return labelsClearOf(
      names,
      clusterNames.map((c) => c.box),
      new Set([selectedId, focusId].filter(Boolean))
    );
  }, [zoomed, drawT.x, drawT.y, showLabels, selectedId, focusId, size.w, size.h, clusterNames]);

  const neighbourhood = useMemo(() => {
    if (!selectedId) return null;
    const keep = new Set([selectedId]);
    const edgeKeys = new Set();
    for (const e of model.edges) {
      if (e.a === selectedId || e.b === selectedId) {
        keep.add(e.a);
        keep.add(e.b);
        edgeKeys.add(e.key);
      }
    }
    return { keep, edgeKeys };
  }, [model.edges, selectedId]);
  const dimmed = useMemo(
    () => (neighbourhood ? new Set(model.nodes.filter((n) => !neighbourhood.keep.has(n.id)).map((n) => n.id)) : null),
    [neighbourhood, model.nodes]
  );

  const rovingId = nodes.some((n) => n.id === focusId)
    ? focusId
    : nodes.some((n) => n.id === selectedId)
      ? selectedId
      : nodes.length
        ? [...nodes].sort((a, b) => b.priority - a.priority)[0].id
        : null;

  useEffect(() => {
    if (!pendingFocus.current || !localSvg.current) return;
    pendingFocus.current = false;
    const el = localSvg.current.querySelector(`[data-node-index="${nodes.findIndex((n) => n.id === rovingId)}"]`);
    if (el) el.focus();
  });

  const setSvg = (el) => {
    localSvg.current = el;
    if (svgRef) svgRef.current = el;
  };
  const zoomBy = (factor) => setView(zoomAt(tf, factor, size.w / 2, size.h / 2, baseK));
  const pan = (dx, dy) => setView(panBy(tf, dx, dy));
  const fit = () => setView(fitted);
  const resetPositions = () => {
    dragged.delete(cacheKey);
    setOffsets(new Map());
  };

  function keepVisible(id) {
    const p = screenOf(id);
    if (!p) return;
    const margin = 40;
    let dx = 0;
    let dy = 0;
    if (p.x < margin) dx = size.w / 2 - p.x;
    else if (p.x > size.w - margin) dx = size.w / 2 - p.x;
    if (p.y < margin) dy = size.h / 2 - p.y;
    else if (p.y > size.h - margin) dy = size.h / 2 - p.y;
    if (dx || dy) setView(panBy(tf, dx, dy));
  }

  function onKeyDown(e) {
    const dir = ARROWS[e.key];
    if (dir && e.shiftKey) {
      e.preventDefault();
      const d = { left: [PAN_STEP, 0], right: [-PAN_STEP, 0], up: [0, PAN_STEP], down: [0, -PAN_STEP] }[dir];
      pan(d[0], d[1]);
      return;
    }
    if (dir) {
      e.preventDefault();
      const from = zoomed.get(rovingId);
      if (!from) return;
      const points = [...zoomed.entries()].map(([id, p]) => ({ id, x: p.x, y: p.y }));
      const next = nearestInDirection({ id: rovingId, ...from }, points, dir);
      if (next) {
        setFocusId(next);
        pendingFocus.current = true;
        keepVisible(next);
      }
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (rovingId) onSelect(rovingId === selectedId ? null : rovingId);
    } else if (e.key === 'Escape') {
      if (selectedId) {
        e.preventDefault();
        onSelect(null);
      }
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      zoomBy(ZOOM_STEP);
    } else if (e.key === '-') {
      e.preventDefault();
      zoomBy(1 / ZOOM_STEP);
    } else if (e.key === '0') {
      e.preventDefault();
      fit();
    }
  }

  function local(e) {
    const rect = localSvg.current.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  }

  function onPointerDown(e) {
    if (e.button !== 0) return;
    const target = e.target.closest ? e.target.closest('[data-node-id]') : null;
    const id = target ? target.getAttribute('data-node-id') : null;
    const start = local(e);
    gesture.current = { id, start, moved: false, t0: tf, pointerId: e.pointerId };
    localSvg.current.setPointerCapture(e.pointerId);
    if (id) {
      setFocusId(id);
    }
  }

  function onPointerMove(e) {
    const g = gesture.current;
    if (!g || g.pointerId !== e.pointerId) return;
    const p = local(e);
    const dx = p.x - g.start.x;
    const dy = p.y - g.start.y;
    if (!g.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    g.moved = true;
    if (g.id) {
      const next = new Map(offsets);
      next.set(g.id, toLayout(tf, p));
      dragged.set(cacheKey, next);
      setOffsets(next);
    } else {
      setView(panBy(g.t0, dx, dy), { moving: true });
    }
  }

  function onPointerUp(e) {
    const g = gesture.current;
    if (!g || g.pointerId !== e.pointerId) return;
    gesture.current = null;
    if (localSvg.current.hasPointerCapture(e.pointerId)) localSvg.current.releasePointerCapture(e.pointerId);
    if (g.moved) {
      if (!g.id) setSettled(tf);
      return;
    }
    if (g.id) onSelect(g.id === selectedId ? null : g.id);
    else if (selectedId) onSelect(null);
  }

  function onWheel(e) {
    e.preventDefault();
    const p = local(e);
    const factor = Math.exp(-Math.max(-300, Math.min(300, e.deltaY)) * 0.0018);
    const next = zoomAt(tf, factor, p.x, p.y, baseK);
    setView(next, { moving: true });
    clearTimeout(wheelTimer.current);
    wheelTimer.current = setTimeout(() => setView(next), 160);
  }
  useEffect(() => () => clearTimeout(wheelTimer.current), []);

  // Scale: hover titles cost an element per person; above NODE_TITLE_LIMIT the name is in the
  // accessible name and the side panel only. (Only a node that can take focus draws its focus ring.)
  const few = nodes.length <= NODE_TITLE_LIMIT;

  // As tall as the layout needs at this width (CSS keeps it between a minimum and the window height).
  const wanted = size.w
    ? Math.round((size.w - 2 * FIT_MARGIN.x) * (layoutBounds.h / layoutBounds.w) + 2 * FIT_MARGIN.y + 48)
    : null;
  return html`
    <div class="map-frame" ref=${frame} style=${wanted ? `height:${wanted}px` : undefined}>
      <div class="map-buttons" role="toolbar" aria-label=${t('map.controls')}>
        <button type="button" class="map-button" data-testid="map-zoom-in" aria-label=${t('map.zoomIn')} title=${t('map.zoomIn')} onClick=${() => zoomBy(ZOOM_STEP)}>+</button>
        <button type="button" class="map-button" data-testid="map-zoom-out" aria-label=${t('map.zoomOut')} title=${t('map.zoomOut')} onClick=${() => zoomBy(1 / ZOOM_STEP)}>−</button>
        <button type="button" class="map-button map-button-wide" data-testid="map-fit" onClick=${fit}>${t('map.fit')}</button>
        <span class="map-button-sep" aria-hidden="true"></span>
        <button type="button" class="map-button" aria-label=${t('map.panLeft')} title=${t('map.panLeft')} onClick=${() => pan(PAN_STEP, 0)}>←</button>
        <button type="button" class="map-button" aria-label=${t('map.panUp')} title=${t('map.panUp')} onClick=${() => pan(0, PAN_STEP)}>↑</button>
        <button type="button" class="map-button" aria-label=${t('map.panDown')} title=${t('map.panDown')} onClick=${() => pan(0, -PAN_STEP)}>↓</button>
        <button type="button" class="map-button" aria-label=${t('map.panRight')} title=${t('map.panRight')} onClick=${() => pan(-PAN_STEP, 0)}>→</button>
        ${offsets.size ? html`<button type="button" class="map-button map-button-wide" data-testid="map-reset-positions" onClick=${resetPositions}>${t('map.resetPositions')}</button>` : null}
      </div>
      ${
        size.w
          ? html`
        <svg ref=${setSvg} class="map-svg" width=${size.w} height=${size.h} viewBox=${`0 0 ${size.w} ${size.h}`}
          role="group" aria-label=${ariaLabel} aria-describedby=${helpId}
          data-testid="network-svg" data-node-count=${nodes.length} data-edge-count=${model.edges.length}
          onPointerDown=${onPointerDown} onPointerMove=${onPointerMove} onPointerUp=${onPointerUp} onPointerCancel=${onPointerUp}
          onWheel=${onWheel} onKeyDown=${onKeyDown}>
          <${Defs} prefix="live" />
          <rect class="map-bg" x="0" y="0" width=${size.w} height=${size.h} fill="#ffffff" />
          <g transform=${`translate(${tf.x.toFixed(1)},${tf.y.toFixed(1)})${ratio !== 1 ? ` scale(${ratio.toFixed(4)})` : ''}`}>
            <${Pure} deps=${[zoomed, model, neighbourhood, dimmed, placed, clusterNames, rovingId, selectedId, focusId]} draw=${() => html`
              <g>
                <${Edges} model=${model} zoomed=${zoomed} neighbourhood=${neighbourhood} />
                <g class="map-nodes">
                  ${nodes.map((n, i) => {
                    const p = zoomed.get(n.id);
                    const r = p.r;
                    const selected = n.id === selectedId;
                    return html`
                      <g key=${n.id} class=${`map-node${selected ? ' is-selected' : ''}`} transform=${`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`}
                        role="button" tabindex=${n.id === rovingId ? '0' : '-1'} aria-pressed=${selected ? 'true' : 'false'}
                        aria-label=${n.aria} data-node-id=${n.id} data-node-index=${i} data-testid="map-node"
                        opacity=${dimmed && dimmed.has(n.id) ? 0.35 : 1}
                        onFocus=${() => {
                          if (focusId !== n.id) setFocusId(n.id);
                        }}>
                        ${few ? html`<title>${n.title}</title>` : null}
                        ${n.id === rovingId || n.id === focusId ? html`<${Shape} class="focus-ring" shape=${n.style.shape} r=${r + 6} fill="none" stroke="#0b4a75" stroke-width="3" />` : null}
                        ${
                          selected || n.egoCentre
                            ? html`<${Shape} shape=${n.style.shape} r=${r + 3.5} fill="#ffffff" stroke="#1b2631"
                          stroke-width="2.2" stroke-dasharray=${selected ? undefined : '3 2'} />`
                            : null
                        }
                        <${NodeSymbol} style=${n.style} r=${r} />
                      </g>`;
                  })}
                </g>
                <${ClusterLabels} labels=${clusterNames} />
                <${Labels} placed=${placed} dimmed=${dimmed} />
              </g>`} />
          </g>
        </svg>`
          : null
      }
    </div>`;
}
