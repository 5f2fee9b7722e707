// Greedy label placement (pure). The most important nodes choose first; each label
// tries eight spots around its node and takes the first that overlaps neither an
// already placed label nor any node. A label that fits nowhere is left out: its full
// name is still in the node's <title>, its accessible name and the side panel.
// A uniform grid keeps the collision checks near-linear for big maps.

// maxTries: at most this many nodes (inside bounds, most important first) try for a label. A fitted
// 10,000-person map has room for a few hundred labels at most, and trying every node costs seconds.
export const LABEL_DEFAULTS = { fontSize: 12, charWidth: 0.6, maxChars: 20, gap: 3, pad: 1.5, maxTries: 600 };

/** Cut a label to maxChars, ending in an ellipsis. */
export function truncateLabel(text, maxChars = LABEL_DEFAULTS.maxChars) {
  const s = String(text === null || text === undefined ? '' : text)
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length <= maxChars) return s;
  return `${s.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/** Estimated text box of a label with its baseline at (x, y). */
export function labelBox(x, y, width, fontSize, anchor) {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: y - fontSize * 0.95, w: width, h: fontSize * 1.2 };
}

function candidates(node, width, o) {
  const { x, y, r } = node;
  const d = r + o.gap;
  const mid = y + o.fontSize * 0.35; // baseline that centres the text on y
  const diag = d * 0.75;
  return [
    { x: x + d, y: mid, anchor: 'start' },
    { x: x - d, y: mid, anchor: 'end' },
    { x, y: y - d - o.fontSize * 0.2, anchor: 'middle' },
    { x, y: y + d + o.fontSize * 0.8, anchor: 'middle' },
    { x: x + diag, y: y - diag, anchor: 'start' },
    { x: x + diag, y: y + diag + o.fontSize * 0.6, anchor: 'start' },
    { x: x - diag, y: y - diag, anchor: 'end' },
    { x: x - diag, y: y + diag + o.fontSize * 0.6, anchor: 'end' }
  ].map((c) => ({ ...c, box: labelBox(c.x, c.y, width, o.fontSize, c.anchor) }));
}

export function boxesOverlap(a, b, pad = 0) {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

function boxHitsCircle(box, c, pad) {
  const nx = Math.max(box.x, Math.min(c.x, box.x + box.w));
  const ny = Math.max(box.y, Math.min(c.y, box.y + box.h));
  const dx = c.x - nx;
  const dy = c.y - ny;
  return dx * dx + dy * dy < (c.r + pad) * (c.r + pad);
}

function createGrid(cell) {
  const cells = new Map();
  const range = (a, b) => {
    const out = [];
    for (let i = Math.floor(a / cell); i <= Math.floor(b / cell); i += 1) out.push(i);
    return out;
  };
  return {
    add(item, x0, y0, x1, y1) {
      for (const i of range(x0, x1))
        for (const j of range(y0, y1)) {
          const key = `${i},${j}`;
          if (!cells.has(key)) cells.set(key, []);
          cells.get(key).push(item);
        }
    },
    near(x0, y0, x1, y1) {
      const found = new Set();
      for (const i of range(x0, x1))
        for (const j of range(y0, y1)) for (const item of cells.get(`${i},${j}`) || []) found.add(item);
      return found;
    },
    /** Whether any item in the cells over the box passes `test`; stops at the first (no set is built,
     *  which matters in dense maps where a box covers hundreds of nodes). */
    some(x0, y0, x1, y1, test) {
      for (const i of range(x0, x1))
        for (const j of range(y0, y1)) {
          const list = cells.get(`${i},${j}`);
          if (list) for (const item of list) if (test(item)) return true;
        }
      return false;
    }
  };
}

/**
 * nodes: [{ id, x, y, r, label, priority, force? }] in screen coordinates (larger priority first;
 * force: place it even over nodes).
 * bounds (optional): { x, y, w, h }: labels must stay inside.
 * measure (optional): text -> width in pixels (in a browser: canvas measureText); else estimated.
 * Returns Map id -> { x, y, anchor, text, box }.
 */
export function placeLabels(nodes, options = {}) {
  const o = { ...LABEL_DEFAULTS, ...options };
  const cell = Math.max(24, o.fontSize * 6);
  const circles = createGrid(cell);
  const placedGrid = createGrid(cell);
  for (const n of nodes) circles.add({ x: n.x, y: n.y, r: n.r }, n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r);
  const order = [...nodes].sort(
    (a, b) => (b.priority || 0) - (a.priority || 0) || String(a.label).localeCompare(String(b.label))
  );
  const placed = new Map();
  const reach = o.fontSize * o.maxChars + o.gap + 20; // no label spot lies further than this from its node
  const outside = (n) =>
    o.bounds &&
    (n.x + n.r + reach < o.bounds.x ||
      n.y + n.r + reach < o.bounds.y ||
      n.x - n.r - reach > o.bounds.x + o.bounds.w ||
      n.y - n.r - reach > o.bounds.y + o.bounds.h);
  let tries = 0;
  for (const node of order) {
    if (!node.force && (tries >= o.maxTries || outside(node))) continue;
    tries += 1;
    const text = truncateLabel(node.label, o.maxChars);
    if (!text) continue;
    const width = o.measure ? o.measure(text) : text.length * o.fontSize * o.charWidth;
    for (const c of candidates(node, width, o)) {
      const b = c.box;
      if (
        o.bounds &&
        (b.x < o.bounds.x ||
          b.y < o.bounds.y ||
          b.x + b.w > o.bounds.x + o.bounds.w ||
          b.y + b.h > o.bounds.y + o.bounds.h)
      )
        continue;
      const x0 = b.x - o.pad;
      const y0 = b.y - o.pad;
      const x1 = b.x + b.w + o.pad;
      const y1 = b.y + b.h + o.pad;
      if (placedGrid.some(x0, y0, x1, y1, (other) => boxesOverlap(b, other, o.pad))) continue;
      if (circles.some(x0 - 20, y0 - 20, x1 + 20, y1 + 20, (circle) => boxHitsCircle(b, circle, o.pad))) continue;
      placed.set(node.id, { x: c.x, y: c.y, anchor: c.anchor, text, box: b });
      placedGrid.add(b, b.x, b.y, b.x + b.w, b.y + b.h);
      break;
    }
    if (node.force && !placed.has(node.id)) {
      // A label that must show (the selected person): the first spot clear of other labels,
      // even if it covers a node (its white halo keeps it readable).
      const spot = candidates(node, width, o).find(
        (c) =>
          ![...placedGrid.near(c.box.x, c.box.y, c.box.x + c.box.w, c.box.y + c.box.h)].some((other) =>
            boxesOverlap(c.box, other, o.pad)
          )
      );
      if (spot) {
        placed.set(node.id, { x: spot.x, y: spot.y, anchor: spot.anchor, text, box: spot.box });
        placedGrid.add(spot.box, spot.box.x, spot.box.y, spot.box.x + spot.box.w, spot.box.y + spot.box.h);
      }
    }
  }
  return placed;
}
