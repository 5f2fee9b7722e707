// The unit-level map: each unit is one node (placed where its people are on the
// person map, sized by its number of members), lines carry the number of ties between
// two units (width and a number on the line). Selecting a unit shows its ego view.
import { html } from '../ui/html.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, formatNumber } from '../i18n.js';
import { unitStyles } from '../lib/map-style.js';
import { boundsOf, fitTransform, toScreen, medianNearest, nodeScale } from '../lib/viewport.js';
import { placeLabels } from '../lib/labels.js';
import { sunflower, spreadApart } from '../lib/fallback-layout.js';
import { NodeSymbol, Labels, FONT, textMeasurer } from './network-draw.js';
import { unitNodeLabel } from '../ui/count-texts.js';

/** Units as nodes at their members' centre (a sunflower when a unit has nobody placed), pushed apart so none crowd. */
export function unitGraph(doc, result, positions) {
  const units = doc.units || [];
  const matrix = result && result.unitMatrix;
  const members = new Map(((result && result.units) || []).map((u) => [u.id, u]));
  const spare = sunflower(units.length, 60);
  const nodes = units.map((u, i) => {
    const own = (doc.actors || []).filter((a) => a.unitId === u.id && positions[a.id]);
    const x = own.length ? own.reduce((s, a) => s + positions[a.id].x, 0) / own.length : spare[i].x;
    const y = own.length ? own.reduce((s, a) => s + positions[a.id].y, 0) / own.length : spare[i].y;
    const info = members.get(u.id) || {};
    return {
      id: u.id,
      name: u.name || u.id,
      external: u.external === true,
      x,
      y,
      members: info.members || 0,
      internal: info.internalTies || 0,
      externalTies: info.externalTies || 0
    };
  });
  const spread = spreadApart(nodes);
  const edges = [];
  if (matrix && Array.isArray(matrix.unitIds)) {
    const ids = matrix.unitIds;
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const n = Math.max((matrix.ties[i] || [])[j] || 0, (matrix.ties[j] || [])[i] || 0);
        if (n > 0) edges.push({ a: ids[i], b: ids[j], count: n, key: `${ids[i]}|${ids[j]}` });
      }
    }
  }
  return { nodes: spread, edges };
}

export function UnitMap({ doc, result, positions, egoUnit, onPickUnit }) {
  const frame = useRef(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  useEffect(() => {
    const el = frame.current;
    const measure = () => setSize({ w: el.clientWidth, h: 0 });
    measure();
    if (typeof ResizeObserver !== 'function') return undefined;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const graph = unitGraph(doc, result, positions);
  const styles = unitStyles(doc.units || []);
  const maxMembers = Math.max(1, ...graph.nodes.map((n) => n.members));
  const maxTies = Math.max(1, ...graph.edges.map((e) => e.count));
  // The frame is as tall as the units' spread needs at this width (within limits).
  const bounds = boundsOf(graph.nodes);
  const margin = { x: 70, y: 40 };
  const height = size.w
    ? Math.round(Math.max(260, Math.min(640, (size.w - 2 * margin.x) * (bounds.h / bounds.w) + 2 * margin.y)))
    : 0;
  const tf = size.w ? fitTransform(bounds, size.w, height, margin) : null;
  const scale = tf ? nodeScale(medianNearest(graph.nodes), tf.k, 64) : 1;
  const radius = (n) => (7 + 15 * Math.sqrt(n.members / maxMembers)) * scale;
  const pos = new Map(graph.nodes.map((n) => [n.id, tf ? { ...toScreen(tf, n), r: radius(n) } : { x: 0, y: 0, r: 0 }]));
  const placed = tf
    ? placeLabels(
        graph.nodes.map((n) => ({ id: n.id, ...pos.get(n.id), label: n.name, priority: n.members })),
        { maxChars: 22, measure: textMeasurer(12), bounds: { x: 2, y: 2, w: size.w - 4, h: height - 4 } }
      )
    : new Map();
  return html`
    <div class="unit-map-frame" ref=${frame} style=${height ? `height:${height}px` : undefined}>
      ${
        tf
          ? html`
        <svg class="map-svg" width=${size.w} height=${height} role="group" aria-label=${t('units.mapLabel')} data-testid="unit-map-svg">
          <rect x="0" y="0" width=${size.w} height=${height} fill="#ffffff" />
          <g>
            ${graph.edges.map((e) => {
              const p = pos.get(e.a);
              const q = pos.get(e.b);
              const w = 1 + 9 * (e.count / maxTies);
              return html`<g key=${e.key}>
                <line x1=${p.x} y1=${p.y} x2=${q.x} y2=${q.y} stroke="#5d6d7e" stroke-opacity="0.55" stroke-width=${w} stroke-linecap="round" />
                ${
                  e.count >= Math.max(2, maxTies / 3)
                    ? html`<text x=${(p.x + q.x) / 2} y=${(p.y + q.y) / 2 + 4} text-anchor="middle"
                  font-family=${FONT} font-size="11" font-weight="600" fill="#1b2631" stroke="#ffffff" stroke-width="3" paint-order="stroke"
                  aria-hidden="true">${formatNumber(e.count)}</text>`
                    : null
                }
              </g>`;
            })}
          </g>
          <g>
            ${graph.nodes.map((n) => {
              const p = pos.get(n.id);
              const style = styles.get(n.id);
              const on = egoUnit === n.id;
              return html`<g key=${n.id} class="map-node" transform=${`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`} role="button" tabindex="0"
                aria-pressed=${on ? 'true' : 'false'} data-testid="unit-node"
                aria-label=${unitNodeLabel(n)}
                onClick=${() => onPickUnit(on ? null : n.id)}
                onKeyDown=${(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onPickUnit(on ? null : n.id);
                  }
                }}>
                <title>${n.name}</title>
                <circle class="focus-ring" r=${p.r + 6} fill="none" stroke="#0b4a75" stroke-width="3" />
                ${on ? html`<circle r=${p.r + 4} fill="none" stroke="#1b2631" stroke-width="2.2" />` : null}
                <${NodeSymbol} style=${style} r=${p.r} />
              </g>`;
            })}
          </g>
          <${Labels} placed=${placed} fontSize=${12} />
        </svg>`
          : null
      }
    </div>`;
}
