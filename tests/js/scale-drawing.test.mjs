// The drawing helpers' scale shortcuts: the grid overlap removal agrees with the plain
// O(n²) rule, label placement tries only the most important nodes in view, many edges become one
// path, the nearest-neighbour median samples. Reference results come from brute force here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spreadApart } from '../../www/src/lib/fallback-layout.js';
import { placeLabels, boxesOverlap } from '../../www/src/lib/labels.js';
import { medianNearest } from '../../www/src/lib/viewport.js';
import { batchedEdgePath, EDGE_BATCH_LIMIT } from '../../www/src/views/network-map.js';
import { mulberry32 } from '../../tools/benchmark/generate.mjs';

function points(n, seed, spread = 100) {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => ({ id: `p${i}`, x: rand() * spread, y: rand() * spread }));
}

const minDistance = (pts) => {
  let best = Infinity;
  for (let i = 0; i < pts.length; i += 1)
    for (let j = i + 1; j < pts.length; j += 1)
      best = Math.min(best, Math.hypot(pts[i].x - pts[j].x, pts[i].y - pts[j].y));
  return best;
};

test('spreadApart (grid): converges to no pair closer than 0.75·diag/√n, keeps ids and order, deterministic', () => {
  for (const [n, seed] of [
    [2, 1],
    [30, 2],
    [300, 3]
  ]) {
    const input = points(n, seed, 10); // crowded: most pairs start too close
    const out = spreadApart(input, 2000);
    assert.deepEqual(
      out.map((p) => p.id),
      input.map((p) => p.id)
    );
    const xs = input.map((p) => p.x);
    const ys = input.map((p) => p.y);
    const dmin =
      (Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) * 0.75) / Math.sqrt(n);
    assert.ok(minDistance(out) >= dmin * (1 - 1e-9), `n=${n}: ${minDistance(out)} >= ${dmin}`);
    assert.deepEqual(spreadApart(input, 2000), out);
  }
  // Points already apart are left exactly where they are.
  const grid = Array.from({ length: 25 }, (_, i) => ({ id: i, x: (i % 5) * 10, y: Math.floor(i / 5) * 10 }));
  assert.deepEqual(spreadApart(grid), grid);
});

test('spreadApart on 2,000 points takes well under a second (was O(n²) per pass)', () => {
  const start = process.hrtime.bigint();
  spreadApart(points(2000, 9, 1000));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  assert.ok(ms < 3000, `${ms} ms`);
});

test('placeLabels: at most maxTries nodes try, the most important first; nodes far outside the bounds never do', () => {
  const nodes = Array.from({ length: 50 }, (_, i) => ({
    id: `n${i}`,
    x: i * 200,
    y: 0,
    r: 4,
    label: `Navn ${i}`,
    priority: 50 - i
  }));
  const all = placeLabels(nodes);
  assert.equal(all.size, 50, 'far apart: every label fits');
  const few = placeLabels(nodes, { maxTries: 10 });
  assert.deepEqual(
    [...few.keys()],
    nodes.slice(0, 10).map((n) => n.id)
  );
  const inView = placeLabels(nodes, { bounds: { x: -100, y: -50, w: 1100, h: 100 } });
  assert.ok(
    [...inView.keys()].every((id) => Number(id.slice(1)) <= 5),
    [...inView.keys()].join()
  );
  for (const [, l] of inView) assert.ok(l.box.x >= -100 && l.box.x + l.box.w <= 1000);
  // A forced label (the selected person) is placed even past maxTries.
  const forced = placeLabels(
    nodes.map((n) => (n.id === 'n40' ? { ...n, force: true } : n)),
    { maxTries: 3 }
  );
  assert.ok(forced.has('n40'));
  // Dense: placed labels never overlap each other.
  const dense = points(1500, 4, 3000).map((p, i) => ({ ...p, r: 3, label: `Person ${i}`, priority: i % 17 }));
  const placed = [...placeLabels(dense, { bounds: { x: 0, y: 0, w: 3000, h: 3000 } }).values()];
  assert.ok(placed.length > 100 && placed.length <= 600, `${placed.length}`);
  for (let i = 0; i < placed.length; i += 1)
    for (let j = i + 1; j < placed.length; j += 1) assert.ok(!boxesOverlap(placed[i].box, placed[j].box));
});

test('medianNearest: exact below 1,000 points, a close estimate above', () => {
  const line = Array.from({ length: 11 }, (_, i) => ({ x: i * 3, y: 0 }));
  assert.equal(medianNearest(line), 3);
  const many = points(5000, 5, 1000);
  const exact = (() => {
    const d = many.map((p, i) =>
      Math.min(...many.map((q, j) => (i === j ? Infinity : Math.hypot(p.x - q.x, p.y - q.y))))
    );
    d.sort((a, b) => a - b);
    return d[Math.floor(d.length / 2)];
  })();
  const est = medianNearest(many);
  assert.ok(Math.abs(est - exact) / exact < 0.1, `${est} vs ${exact}`);
});

test('batchedEdgePath: one segment per drawable edge, from rim to rim', () => {
  const pos = new Map([
    ['a', { x: 0, y: 0, r: 2 }],
    ['b', { x: 10, y: 0, r: 3 }],
    ['c', { x: 0, y: 20, r: 0 }]
  ]);
  const d = batchedEdgePath(
    [
      { a: 'a', b: 'b' },
      { a: 'a', b: 'c' },
      { a: 'a', b: 'missing' }
    ],
    pos
  );
  assert.equal(d, 'M2.0 0.0L7.0 0.0M0.0 2.0L0.0 20.0');
  assert.ok(EDGE_BATCH_LIMIT >= 1000, 'ordinary maps keep one line per edge (arrows, highlight)');
});
