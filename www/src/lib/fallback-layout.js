// Positions for the map when the core's analysis has none (an older core, or an
// analysis that failed): each unit's members in a compact sunflower pattern, the
// units on a grid, internal units first and external partners last. Deterministic
// and group-aware, but it knows nothing about the ties: the core's layout is better.

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** Points of a sunflower (Vogel) pattern for n items, spacing s. */
export function sunflower(n, s = 26) {
  const out = [];
  for (let i = 0; i < n; i += 1) {
    const r = s * Math.sqrt(i + 0.5) * 0.62;
    out.push({ x: r * Math.cos(i * GOLDEN), y: r * Math.sin(i * GOLDEN) });
  }
  return out;
}

/** { width, height, groupAware: true, positions: { actorId: { x, y } }, fallback: true } */
export function fallbackLayout(doc, spacing = 26) {
  const units = (doc && doc.units) || [];
  const actors = (doc && doc.actors) || [];
  const order = [...units.filter((u) => u.external !== true), ...units.filter((u) => u.external === true)];
  const groups = order.map((u) => ({ id: u.id, members: actors.filter((a) => a.unitId === u.id) }));
  const known = new Set(units.map((u) => u.id));
  const loose = actors.filter((a) => !known.has(a.unitId));
  if (loose.length) groups.push({ id: null, members: loose });
  const filled = groups.filter((g) => g.members.length > 0);
  const biggest = Math.max(1, ...filled.map((g) => g.members.length));
  const cell = spacing * (Math.sqrt(biggest) * 1.35 + 1.6);
  const cols = Math.max(1, Math.ceil(Math.sqrt(filled.length * 1.5)));
  const positions = {};
  filled.forEach((g, gi) => {
    const cx = (gi % cols) * cell + cell / 2;
    const cy = Math.floor(gi / cols) * cell + cell / 2;
    sunflower(g.members.length, spacing).forEach((p, i) => {
      positions[g.members[i].id] = { x: cx + p.x, y: cy + p.y };
    });
  });
  const rows = Math.max(1, Math.ceil(filled.length / cols));
  return { width: cols * cell, height: rows * cell, groupAware: true, positions, fallback: true };
}

/** The layout to draw: the core's when it has a position for every actor, else the fallback. */
export function chooseLayout(doc, analysis) {
  const layout = analysis && analysis.layout;
  const positions = layout && layout.positions;
  const actors = (doc && doc.actors) || [];
  const complete =
    positions &&
    actors.length > 0 &&
    actors.every((a) => positions[a.id] && Number.isFinite(positions[a.id].x) && Number.isFinite(positions[a.id].y));
  return complete ? { ...layout, fallback: false } : fallbackLayout(doc);
}

/**
 * Push points apart until no two are closer than a share of the spread (simple overlap
 * removal that keeps their arrangement): used for the unit map, whose units sit at their
 * members' centre and would otherwise crowd. Returns new points; deterministic.
 */
export function spreadApart(points, iterations = 80) {
  const pts = points.map((p) => ({ ...p }));
  const n = pts.length;
  if (n < 2) return pts;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of pts) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const diag = Math.hypot(maxX - minX, maxY - minY) || 1;
  const dmin = (diag * 0.75) / Math.sqrt(n);
  // Only pairs in neighbouring cells of a dmin grid (rebuilt each pass) can be too close: about O(n) per
  // pass instead of O(n²) (500 units: 0.5 s became a few ms). A pair that comes too close during a pass
  // is caught by the next; a pass that moves nothing has checked every close pair, so, as before, it stops
  // only when no two points are closer than dmin (or after `iterations` passes).
  const cellOf = (p) => [Math.floor(p.x / dmin), Math.floor(p.y / dmin)];
  for (let it = 0; it < iterations; it += 1) {
    let moved = false;
    const grid = new Map();
    const cells = pts.map((p, i) => {
      const c = cellOf(p);
      const key = `${c[0]},${c[1]}`;
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key).push(i);
      return c;
    });
    for (let i = 0; i < n; i += 1) {
      const near = [];
      for (let a = -1; a <= 1; a += 1)
        for (let b = -1; b <= 1; b += 1) {
          for (const j of grid.get(`${cells[i][0] + a},${cells[i][1] + b}`) || []) if (j > i) near.push(j);
        }
      near.sort((x, y) => x - y); // the same order as the full scan
      for (const j of near) {
        let dx = pts[j].x - pts[i].x;
        let dy = pts[j].y - pts[i].y;
        let d = Math.hypot(dx, dy);
        if (d >= dmin) continue;
        if (d < 1e-9) {
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
          d = 1;
        }
        const push = (dmin - d) / 2;
        pts[i].x -= (dx / d) * push;
        pts[i].y -= (dy / d) * push;
        pts[j].x += (dx / d) * push;
        pts[j].y += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return pts;
}
