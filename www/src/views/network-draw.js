// The drawing of a network in SVG, shared by the interactive map and the SVG/PNG export.
// Everything is in screen coordinates and uses presentation attributes (no CSS), so an
// exported file looks the same anywhere.
import { html } from '../ui/html.js';
import { edgeWidth, CHANGE_STYLES, NODE_STROKE } from '../lib/map-style.js';

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

const measurers = new Map();
/** Text width in pixels as the browser draws it (canvas measureText), cached; an estimate without a canvas. */
export function textMeasurer(fontSize = 12, weight = '400') {
  const key = `${fontSize}|${weight}`;
  if (measurers.has(key)) return measurers.get(key);
  let ctx = null;
  try {
    ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  } catch (e) {
    ctx = null;
  }
  const cache = new Map();
  const measure = (text) => {
    if (cache.has(text)) return cache.get(text);
    let w = text.length * fontSize * 0.6;
    if (ctx) {
      ctx.font = `${weight} ${fontSize}px ${FONT}`;
      w = ctx.measureText(text).width + 1;
    }
    cache.set(text, w);
    return w;
  };
  measurers.set(key, measure);
  return measure;
}
const EDGE = '#5d6d7e';
const EDGE_STRONG = '#1b2631';

const markerColors = {
  plain: EDGE,
  strong: EDGE_STRONG,
  added: CHANGE_STYLES.added.color,
  strengthened: CHANGE_STYLES.strengthened.color
};

export function Defs({ prefix }) {
  return html`
    <defs>
      ${Object.entries(markerColors).map(
        ([name, color]) => html`
        <marker key=${name} id=${`${prefix}-arrow-${name}`} viewBox="0 0 10 10" refX="9" refY="5"
          markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M0,1 L10,5 L0,9 z" fill=${color} />
        </marker>`
      )}
    </defs>`;
}

/** A node's outline, centred on 0,0. shape: 'circle' | 'square'. */
export function Shape({ shape, r, ...props }) {
  if (shape === 'square') {
    const s = r * 1.8;
    return html`<rect x=${-s / 2} y=${-s / 2} width=${s} height=${s} rx="1.5" ...${props} />`;
  }
  return html`<circle r=${r} ...${props} />`;
}

/** The filled node symbol: solid, hollow (a ring) or with a white centre dot. */
export function NodeSymbol({ style, r }) {
  const { shape, color, fill } = style;
  if (fill === 'hollow') {
    return html`<g>
      <${Shape} shape=${shape} r=${r} fill="#ffffff" stroke=${NODE_STROKE} stroke-width="1" />
      <${Shape} shape=${shape} r=${Math.max(1, r - 2.2)} fill="#ffffff" stroke=${color} stroke-width="3.2" />
    </g>`;
  }
  return html`<g>
    <${Shape} shape=${shape} r=${r} fill=${color} stroke=${NODE_STROKE} stroke-width="1" />
    ${fill === 'dot' ? html`<${Shape} shape=${shape} r=${Math.max(1.5, r * 0.38)} fill="#ffffff" stroke="none" />` : null}
  </g>`;
}

function shorten(p, q, rp, rq) {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  return { x1: p.x + ux * rp, y1: p.y + uy * rp, x2: q.x - ux * rq, y2: q.y - uy * rq };
}

/**
 * edges: [{ key, a, b, frequency, ab, ba, change? }]; pos: Map id -> { x, y, r };
 * highlight: Set of edge keys drawn strong (those touching the selected node), or null.
 */
export function EdgeLines({ edges, pos, directed, highlight, prefix, compare }) {
  return html`
    <g class="map-edges" fill="none">
      ${edges.map((e) => {
        const p = pos.get(e.a);
        const q = pos.get(e.b);
        if (!p || !q) return null;
        const strong = highlight ? highlight.has(e.key) : false;
        const faded = highlight && !strong;
        if (compare) {
          const cs = CHANGE_STYLES[e.change] || CHANGE_STYLES.same;
          const seg = shorten(p, q, p.r + 1, q.r + 1);
          return html`<line key=${e.key} ...${seg} stroke=${cs.color} stroke-width=${edgeWidth(e.frequency) + cs.extra}
            stroke-dasharray=${cs.dash || undefined} stroke-linecap="round"
            opacity=${faded ? 0.25 : e.change === 'same' ? 0.8 : 1} data-change=${e.change} />`;
        }
        const arrows = directed;
        const atB = arrows && e.ab > 0;
        const atA = arrows && e.ba > 0;
        const seg = shorten(p, q, p.r + (atA ? 2.5 : 1), q.r + (atB ? 2.5 : 1));
        const marker = `url(#${prefix}-arrow-${strong ? 'strong' : 'plain'})`;
        return html`<line key=${e.key} ...${seg}
          stroke=${strong ? EDGE_STRONG : EDGE} stroke-width=${edgeWidth(e.frequency) + (strong ? 0.4 : 0)}
          stroke-opacity=${faded ? 0.18 : strong ? 0.95 : 0.55}
          marker-end=${atB ? marker : undefined} marker-start=${atA ? marker : undefined} />`;
      })}
    </g>`;
}

/** Text labels with a white halo so they stay readable over lines. */
export function Labels({ placed, fontSize = 12, dimmed }) {
  return html`
    <g class="map-labels" font-family=${FONT} font-size=${fontSize} fill="#1b2631">
      ${[...placed.entries()].map(
        ([id, l]) => html`
        <text key=${id} x=${l.x} y=${l.y} text-anchor=${l.anchor}
          stroke="#ffffff" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke"
          opacity=${dimmed && dimmed.has(id) ? 0.4 : 1}>${l.text}</text>`
      )}
    </g>`;
}

export const CLUSTER_FONT_SIZE = 13;

/**
 * The names of the clusters (from lib/network-model.js clusterLabels), bold with a white halo
 * like the node labels; a cut name has its full name in a <title>. Hidden from assistive
 * technology: the same names are in the legend (and every person's accessible name).
 */
export function ClusterLabels({ labels }) {
  if (!labels || !labels.length) return null;
  return html`
    <g class="map-cluster-labels" aria-hidden="true" font-family=${FONT} font-size=${CLUSTER_FONT_SIZE}
      font-weight="600" fill="#1b2631">
      ${labels.map(
        (l) => html`
        <text key=${l.key} x=${l.x.toFixed(1)} y=${l.y.toFixed(1)} text-anchor="middle" data-testid="map-cluster-label"
          data-label=${l.label} stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${
            l.text !== l.label ? html`<title>${l.label}</title>` : null
          }${l.text}</text>`
      )}
    </g>`;
}
