// Pan and zoom arithmetic for the map (pure). A transform { k, x, y } maps layout
// coordinates to screen pixels: screen = layout * k + (x, y). Nodes and labels keep
// their pixel size; zooming spreads the layout out, so more labels fit.

export const ZOOM_STEP = 1.4;
export const ZOOM_LIMITS = { min: 0.25, max: 12 }; // relative to the fitted scale

/** Bounding box of positions: { x, y, w, h } (a unit box when empty). */
export function boundsOf(points) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  if (minX === Infinity) return { x: 0, y: 0, w: 1, h: 1 };
  return { x: minX, y: minY, w: Math.max(maxX - minX, 1e-9), h: Math.max(maxY - minY, 1e-9) };
}

/** The transform that shows the whole box inside width × height with a margin (pixels; a number or { x, y }). */
export function fitTransform(bounds, width, height, margin = 40) {
  const mx = typeof margin === 'number' ? margin : margin.x;
  const my = typeof margin === 'number' ? margin : margin.y;
  const availW = Math.max(1, width - 2 * mx);
  const availH = Math.max(1, height - 2 * my);
  let k = Math.min(availW / bounds.w, availH / bounds.h);
  if (!Number.isFinite(k) || k <= 0) k = 1;
  // A single point (or a line) should not be blown up to fill the screen.
  if (bounds.w < 1e-6 && bounds.h < 1e-6) k = 1;
  return {
    k,
    x: width / 2 - (bounds.x + bounds.w / 2) * k,
    y: height / 2 - (bounds.y + bounds.h / 2) * k
  };
}

/** Zoom by factor around the screen point (px, py); k stays within [min, max] × base. */
export function zoomAt(t, factor, px, py, base = t.k, limits = ZOOM_LIMITS) {
  const k = Math.min(base * limits.max, Math.max(base * limits.min, t.k * factor));
  const f = k / t.k;
  return { k, x: px - (px - t.x) * f, y: py - (py - t.y) * f };
}

export function panBy(t, dx, dy) {
  return { k: t.k, x: t.x + dx, y: t.y + dy };
}

export function toScreen(t, p) {
  return { x: p.x * t.k + t.x, y: p.y * t.k + t.y };
}

export function toLayout(t, p) {
  return { x: (p.x - t.x) / t.k, y: (p.y - t.y) / t.k };
}

/**
 * For arrow-key moves between nodes: the nearest node in a direction from `from`
 * ('left' | 'right' | 'up' | 'down'), favouring nodes close to the axis. Returns an id or null.
 */
export function nearestInDirection(from, points, direction) {
  const axis = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction];
  if (!axis || !from) return null;
  let best = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * axis[0] + dy * axis[1];
    if (along <= 0) continue;
    const across = Math.abs(dx * axis[1] - dy * axis[0]);
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = p.id;
    }
  }
  return best;
}

/** Median distance from each point to its nearest neighbour (layout units); samples about 500 points above
 *  1,000 (O(n) per sample: 10,000 people cost 5M distances, not 20M). */
export function medianNearest(points) {
  const pts = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (pts.length < 2) return Infinity;
  const step = Math.max(1, Math.floor(pts.length / 500));
  const dists = [];
  for (let i = 0; i < pts.length; i += step) {
    let best = Infinity;
    for (let j = 0; j < pts.length; j += 1) {
      if (i === j) continue;
      const dx = pts[i].x - pts[j].x;
      const dy = pts[i].y - pts[j].y;
      const d2 = dx * dx + dy * dy; // squared: one square root per sample, not per pair
      if (d2 > 0 && d2 < best) best = d2;
    }
    if (best < Infinity) dists.push(Math.sqrt(best));
  }
  if (!dists.length) return Infinity;
  dists.sort((a, b) => a - b);
  return dists[Math.floor(dists.length / 2)];
}

/** How much to shrink nodes so neighbours do not overlap at scale k: 0.45 … 1. */
export function nodeScale(median, k, comfortable = 30) {
  if (!Number.isFinite(median)) return 1;
  return Math.max(0.45, Math.min(1, (median * k) / comfortable));
}
