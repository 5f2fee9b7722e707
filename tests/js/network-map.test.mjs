// Pure logic behind the network map: edges like the core builds them, ego views, colours
// and shapes, sizes, label placement without overlaps, pan/zoom arithmetic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildEdges,
  visibleGraph,
  egoMembers,
  compareEdges,
  latestWaveId,
  previousWaveId,
  tieTypesIn,
  clusterLabels,
  labelsClearOf
} from '../../www/src/lib/network-model.js';
import {
  unitStyles,
  actorStyles,
  styleAt,
  radiusScale,
  edgeWidth,
  PALETTE,
  RADIUS
} from '../../www/src/lib/map-style.js';
import { placeLabels, truncateLabel, boxesOverlap } from '../../www/src/lib/labels.js';
import {
  boundsOf,
  fitTransform,
  zoomAt,
  toScreen,
  toLayout,
  nearestInDirection,
  medianNearest,
  nodeScale
} from '../../www/src/lib/viewport.js';
import { fallbackLayout, chooseLayout } from '../../www/src/lib/fallback-layout.js';
import { fakeDoc } from './fixtures/fake-core.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORE_JS = join(ROOT, 'build/wasm/bosam-core.js');
const haveCore = existsSync(CORE_JS);
const require = createRequire(import.meta.url);
let corePromise = null;
const core = () => (corePromise ||= require(CORE_JS)());

async function demo() {
  const c = await core();
  const doc = JSON.parse(c.demo('{}')).result;
  const analyze = (options) => {
    const env = JSON.parse(c.analyze(JSON.stringify(doc), JSON.stringify(options)));
    assert.ok(env.ok, JSON.stringify(env.errors));
    return env.result;
  };
  return { doc, analyze, c };
}

test('buildEdges: strongest report per pair, minimum frequency, reciprocated only, tie type', () => {
  const doc = fakeDoc({
    actors: [
      { id: 'a', unitId: 'u-1' },
      { id: 'b', unitId: 'u-1' },
      { id: 'c', unitId: 'u-2' }
    ],
    ties: [
      { from: 'a', to: 'b', waveId: 'w-1', frequency: 3, types: ['information'] },
      { from: 'b', to: 'a', waveId: 'w-1', frequency: 1, types: ['advice'] },
      { from: 'a', to: 'c', waveId: 'w-1', frequency: 2, types: ['advice'] },
      { from: 'a', to: 'c', waveId: 'w-1', frequency: 4, types: ['referral'] },
      { from: 'c', to: 'c', waveId: 'w-1', frequency: 4 },
      { from: 'b', to: 'c', waveId: 'w-2', frequency: 4 }
    ]
  });
  const all = buildEdges(doc, 'w-1');
  assert.deepEqual(
    all.map((e) => [e.a, e.b, e.frequency, e.ab, e.ba]),
    [
      ['a', 'b', 3, 3, 1],
      ['a', 'c', 4, 4, 0]
    ]
  );
  assert.deepEqual(all[1].types, ['advice', 'referral']);
  assert.deepEqual(
    buildEdges(doc, 'w-1', { minFrequency: 2 }).map((e) => [e.a, e.b, e.ab, e.ba]),
    [
      ['a', 'b', 3, 0],
      ['a', 'c', 4, 0]
    ]
  );
  assert.deepEqual(
    buildEdges(doc, 'w-1', { reciprocated: true }).map((e) => e.key),
    ['a\u0000b']
  );
  assert.deepEqual(buildEdges(doc, 'w-1', { reciprocated: true, minFrequency: 2 }), []);
  assert.deepEqual(
    buildEdges(doc, 'w-1', { tieType: 'referral' }).map((e) => e.key),
    ['a\u0000c']
  );
  assert.deepEqual(
    buildEdges(doc, 'w-2').map((e) => e.key),
    ['b\u0000c']
  );
  assert.deepEqual(tieTypesIn(doc), ['information', 'advice', 'referral']);
});

/** The core's edges of G for the options, from its CSV export of D (source, target, frequency per arc): pairs of
 *  ids "a\u0000b" (a < b) with the frequency each side reported. */
function coreEdges(core, doc, options) {
  const env = JSON.parse(core.exportNetwork(JSON.stringify(doc), JSON.stringify({ format: 'csv', ...options })));
  assert.equal(env.ok, true, JSON.stringify(env.errors));
  const text = env.result.files.find((f) => f.name === 'edges.csv').text;
  const rows = text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(','));
  const out = new Map();
  for (const [from, to, , frequency] of rows) {
    const forward = from < to;
    const key = forward ? `${from}\u0000${to}` : `${to}\u0000${from}`;
    const e = out.get(key) || { ab: 0, ba: 0 };
    e[forward ? 'ab' : 'ba'] = Number(frequency);
    out.set(key, e);
  }
  return [...out.entries()].map(([key, e]) => [key, e.ab, e.ba]).sort();
}

test(
  "buildEdges draws exactly the core's D and G, edge by edge, on the demo and the SNA fixtures, for every option",
  { skip: !haveCore && 'no WASM core' },
  async () => {
    const { doc: demoDocument } = await demo();
    const c = await core();
    const fixtures = readdirSync(join(ROOT, 'tests/fixtures/sna'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/sna', f), 'utf8')).project);
    let compared = 0;
    for (const doc of [demoDocument, ...fixtures]) {
      for (const waveId of (doc.waves || []).map((w) => w.id)) {
        for (const minFrequency of [1, 2, 3, 4]) {
          for (const reciprocated of [false, true]) {
            const js = buildEdges(doc, waveId, { minFrequency, reciprocated })
              .map((e) => [e.key, e.ab, e.ba])
              .sort();
            assert.deepEqual(
              js,
              coreEdges(c, doc, { waveId, minFrequency, reciprocated }),
              `${doc.id} ${waveId} min ${minFrequency} recip ${reciprocated}`
            );
            compared += 1;
          }
        }
      }
    }
    assert.ok(compared > 40, `${compared} option sets compared`);
  }
);

test('ego view: one actor and their contacts; one unit, its members and their contacts', () => {
  const doc = fakeDoc({
    actors: [
      { id: 'a', unitId: 'u-1' },
      { id: 'b', unitId: 'u-1' },
      { id: 'c', unitId: 'u-2' },
      { id: 'd', unitId: 'u-2' }
    ],
    ties: [
      { from: 'a', to: 'c', waveId: 'w-1', frequency: 2 },
      { from: 'c', to: 'd', waveId: 'w-1', frequency: 2 }
    ]
  });
  const edges = buildEdges(doc, 'w-1');
  assert.deepEqual([...egoMembers(doc, edges, { kind: 'actor', id: 'a' })].sort(), ['a', 'c']);
  assert.deepEqual([...egoMembers(doc, edges, { kind: 'unit', id: 'u-1' })].sort(), ['a', 'b', 'c']);
  assert.equal(egoMembers(doc, edges, null), null);
  const v = visibleGraph(doc, edges, { ego: { kind: 'actor', id: 'c' } });
  assert.deepEqual(
    v.actors.map((a) => a.id),
    ['a', 'c', 'd']
  );
  assert.equal(v.edges.length, 2);
  const hidden = visibleGraph(doc, edges, { hiddenUnits: ['u-2'] });
  assert.deepEqual(
    hidden.actors.map((a) => a.id),
    ['a', 'b']
  );
  assert.equal(hidden.edges.length, 0, 'edges to hidden people are not drawn');
});

test('compareEdges joins the core comparison with the unchanged ties of the later wave', () => {
  const after = [
    { a: 'a', b: 'b', frequency: 2 },
    { a: 'a', b: 'c', frequency: 4 }
  ];
  const out = compareEdges(
    {
      ties: {
        added: [{ a: 'a', b: 'c', frequency: 4 }],
        removed: [{ a: 'd', b: 'b', frequency: 1 }],
        strengthened: [],
        weakened: []
      }
    },
    after
  );
  assert.deepEqual(
    out.map((e) => [e.a, e.b, e.change, e.before, e.after]),
    [
      ['a', 'b', 'same', 2, 2],
      ['a', 'c', 'added', 0, 4],
      ['b', 'd', 'removed', 1, 0]
    ]
  );
});

test('waves: the latest by date, and the one before it', () => {
  const doc = {
    waves: [
      { id: 'w-b', date: '2026-04-01' },
      { id: 'w-a', date: '2025-10-01' }
    ]
  };
  assert.equal(latestWaveId(doc), 'w-b');
  assert.equal(previousWaveId(doc, 'w-b'), 'w-a');
  assert.equal(previousWaveId(doc, 'w-a'), null);
  assert.equal(latestWaveId({ waves: [] }), null);
});

test('colours and shapes: every unit has a distinct (colour, fill, shape); external partners are squares', () => {
  const units = Array.from({ length: 20 }, (_, i) => ({ id: `u-${i}`, external: i >= 14 }));
  const styles = unitStyles(units);
  const keys = new Set([...styles.values()].map((s) => `${s.color}|${s.fill}|${s.shape}`));
  assert.equal(keys.size, 20, 'no two units look the same');
  for (const [id, s] of styles) assert.equal(s.shape, Number(id.slice(2)) >= 14 ? 'square' : 'circle');
  assert.deepEqual(styleAt(0), { color: PALETTE[0], fill: 'solid' });
  assert.equal(styleAt(PALETTE.length).fill, 'hollow', 'after the palette, groups are told apart by pattern');
  assert.equal(styleAt(-1).fill, 'solid');
  const doc = {
    units: [{ id: 'u-1' }, { id: 'u-x', external: true }],
    actors: [
      { id: 'a', unitId: 'u-1' },
      { id: 'b', unitId: 'u-x' },
      { id: 'c', unitId: 'gone' }
    ]
  };
  const byUnit = actorStyles(doc, null, 'unit');
  assert.equal(byUnit.get('b').shape, 'square');
  assert.equal(byUnit.get('c').group, 'none');
  const byCommunity = actorStyles(
    doc,
    {
      nodes: [
        { id: 'a', community: 2 },
        { id: 'b', community: null }
      ]
    },
    'community'
  );
  assert.equal(byCommunity.get('a').group, 'community:2');
  assert.equal(byCommunity.get('b').group, 'none');
  assert.equal(byCommunity.get('b').shape, 'square', 'shape still tells external from internal');
  const byKind = actorStyles(doc, null, 'external');
  assert.notEqual(byKind.get('a').color, byKind.get('b').color);
});

test('the first seven colours are Okabe–Ito (made for the common colour-vision deficiencies); map-palette.test.mjs checks all twelve', () => {
  const okabeIto = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];
  for (const c of PALETTE.slice(0, 7)) assert.ok(okabeIto.includes(c), c);
});

test('size and line width grow with the measure and the frequency', () => {
  const nodes = [
    { id: 'a', degree: 0 },
    { id: 'b', degree: 4 },
    { id: 'c', degree: 16 },
    { id: 'd', brokerage: { total: 3 } }
  ];
  const r = radiusScale(nodes, 'degree');
  assert.equal(r(nodes[0]), RADIUS.min);
  assert.ok(r(nodes[1]) > r(nodes[0]) && r(nodes[2]) > r(nodes[1]));
  assert.equal(r(nodes[2]), RADIUS.max);
  assert.equal(radiusScale(nodes, 'none')(nodes[2]), RADIUS.plain);
  assert.equal(radiusScale(nodes, 'brokerage')(nodes[3]), RADIUS.max);
  for (let f = 1; f < 4; f += 1) assert.ok(edgeWidth(f + 1) > edgeWidth(f));
});

test('labels: truncated with an ellipsis', () => {
  assert.equal(truncateLabel('Kari Nilsen'), 'Kari Nilsen');
  assert.equal(truncateLabel('Saksbehandler Anne-Marie Johannessen', 12), 'Saksbehandl…');
  assert.equal(truncateLabel('  a \n b  '), 'a b');
});

function checkPlacement(nodes, placed, bounds) {
  const boxes = [...placed.values()].map((l) => l.box);
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1)
      assert.ok(!boxesOverlap(boxes[i], boxes[j]), `labels ${i} and ${j} overlap`);
  }
  for (const box of boxes) {
    for (const n of nodes) {
      const nx = Math.max(box.x, Math.min(n.x, box.x + box.w));
      const ny = Math.max(box.y, Math.min(n.y, box.y + box.h));
      assert.ok(Math.hypot(n.x - nx, n.y - ny) >= n.r - 1e-9, `a label covers node ${n.id}`);
    }
    if (bounds)
      assert.ok(
        box.x >= bounds.x &&
          box.y >= bounds.y &&
          box.x + box.w <= bounds.x + bounds.w &&
          box.y + box.h <= bounds.y + bounds.h
      );
  }
}

test('labels: no two overlap, none covers a node, on a dense grid', () => {
  const nodes = [];
  for (let i = 0; i < 12; i += 1)
    for (let j = 0; j < 8; j += 1)
      nodes.push({ id: `n${i}-${j}`, x: i * 40, y: j * 30, r: 6, label: `Person ${i}-${j}`, priority: i + j });
  const placed = placeLabels(nodes, { bounds: { x: -50, y: -30, w: 600, h: 300 } });
  assert.ok(placed.size > 10);
  checkPlacement(nodes, placed, { x: -50, y: -30, w: 600, h: 300 });
  const top = [...nodes].sort((a, b) => b.priority - a.priority)[0];
  assert.ok(placed.has(top.id), 'the most important node gets its label');
});

test(
  'labels on the example municipality at 1366×768: no overlaps and most names shown',
  { skip: !haveCore && 'no WASM core' },
  async () => {
    const { doc, analyze } = await demo();
    const result = analyze({});
    const layout = chooseLayout(doc, result);
    const points = doc.actors.map((a) => ({ id: a.id, ...layout.positions[a.id] }));
    const tf = fitTransform(boundsOf(points), 880, 560, { x: 80, y: 36 });
    const scale = nodeScale(medianNearest(points), tf.k);
    const deg = new Map(result.nodes.map((n) => [n.id, n.degree]));
    const nodes = doc.actors.map((a) => ({
      id: a.id,
      ...toScreen(tf, layout.positions[a.id]),
      r: 8 * scale,
      label: a.name,
      priority: deg.get(a.id)
    }));
    const bounds = { x: 0, y: 0, w: 880, h: 560 };
    const placed = placeLabels(nodes, { bounds });
    checkPlacement(nodes, placed, bounds);
    assert.ok(placed.size >= doc.actors.length * 0.6, `${placed.size} of ${doc.actors.length} labels placed`);
    // Zoomed in twice, more names fit.
    const zoomed = nodes.map((n) => ({ ...n, x: n.x * 2, y: n.y * 2 }));
    assert.ok(placeLabels(zoomed).size >= placed.size);
  }
);

test('viewport: fit shows every point, zoom keeps the point under the cursor, directions', () => {
  const pts = [
    { x: -10, y: 5 },
    { x: 90, y: 40 },
    { x: 30, y: -20 }
  ];
  const tf = fitTransform(boundsOf(pts), 400, 300, 20);
  for (const p of pts) {
    const s = toScreen(tf, p);
    assert.ok(s.x >= 19.99 && s.x <= 380.01 && s.y >= 19.99 && s.y <= 280.01);
  }
  const z = zoomAt(tf, 2, 123, 77);
  const before = toLayout(tf, { x: 123, y: 77 });
  const after = toLayout(z, { x: 123, y: 77 });
  assert.ok(Math.abs(before.x - after.x) < 1e-9 && Math.abs(before.y - after.y) < 1e-9);
  assert.equal(zoomAt(tf, 1000, 0, 0, tf.k).k, tf.k * 12, 'zoom is capped');
  const grid = [
    { id: 'c', x: 0, y: 0 },
    { id: 'r', x: 10, y: 1 },
    { id: 'far', x: 50, y: 0 },
    { id: 'u', x: 0, y: -10 }
  ];
  assert.equal(nearestInDirection(grid[0], grid, 'right'), 'r');
  assert.equal(nearestInDirection(grid[0], grid, 'up'), 'u');
  assert.equal(nearestInDirection(grid[0], grid, 'left'), null);
  assert.equal(nodeScale(5, 1), 0.45);
  assert.equal(nodeScale(100, 1), 1);
});

test('fallback layout: every actor placed, units grouped, deterministic', () => {
  const doc = fakeDoc({
    actors: [
      { id: 'a', unitId: 'u-1' },
      { id: 'b', unitId: 'u-1' },
      { id: 'c', unitId: 'u-2' },
      { id: 'd', unitId: 'nope' }
    ]
  });
  const a = fallbackLayout(doc);
  assert.deepEqual(Object.keys(a.positions).sort(), ['a', 'b', 'c', 'd']);
  assert.deepEqual(fallbackLayout(doc), a);
  const d = (x, y) => Math.hypot(a.positions[x].x - a.positions[y].x, a.positions[x].y - a.positions[y].y);
  assert.ok(d('a', 'b') < d('a', 'c'), 'members of one unit sit together');
  assert.equal(chooseLayout(doc, { layout: { positions: {} } }).fallback, true);
  const full = {
    layout: { positions: { a: { x: 1, y: 1 }, b: { x: 2, y: 2 }, c: { x: 3, y: 3 }, d: { x: 4, y: 4 } } }
  };
  assert.equal(chooseLayout(doc, full).fallback, false);
});

test('clusterLabels: a name centred over its cluster, above the top node, cut with … when long', () => {
  // Hand-worked: nodes at (0,0,r4), (20,10,r2), (10,-20,r5) → box x -4..22, top y = -25.
  // Baseline = -25 - margin 6 - 0.25·fontSize 12 = -34; centre x = 9. Width estimate: 6 px a character.
  const positions = new Map([
    ['a', { x: 0, y: 0, r: 4 }],
    ['b', { x: 20, y: 10, r: 2 }],
    ['c', { x: 10, y: -20, r: 5 }]
  ]);
  const measure = (s) => s.length * 6;
  const [l] = clusterLabels(positions, [{ key: 'p', label: 'Rådhuset', members: ['a', 'b', 'c'] }], {
    measure,
    fontSize: 12,
    margin: 6,
    minWidth: 60
  });
  assert.equal(l.key, 'p');
  assert.equal(l.text, 'Rådhuset');
  assert.equal(l.x, 9);
  assert.equal(l.y, -34);
  assert.deepEqual(l.box, { x: 9 - 24, y: -34 - 12 * 0.95, w: 48, h: 12 * 1.2 });
  assert.ok(l.box.y + l.box.h <= -25, 'the box ends above the top node');
  // Room = max(60, 26 + 12) = 60 px = 10 characters: 9 letters and "…".
  const [long] = clusterLabels(
    positions,
    [{ key: 'q', label: 'Læringssenteret ved fjorden', members: ['a', 'b', 'c'] }],
    { measure, fontSize: 12, margin: 6, minWidth: 60 }
  );
  assert.equal(long.text, 'Læringsse…');
  assert.equal(long.label, 'Læringssenteret ved fjorden');
  assert.ok(measure(long.text) <= 60);
});

test('clusterLabels: names on one line never overlap; unknown members and empty groups are skipped', () => {
  const positions = { a: { x: 0, y: 0, r: 5 }, b: { x: 80, y: 0, r: 5 }, c: { x: 0, y: 200, r: 5 } };
  const measure = (s) => s.length * 7;
  const out = clusterLabels(
    positions,
    [
      { key: 'a', label: 'Eiendomsbygget', members: ['a', 'ghost'] },
      { key: 'b', label: 'Familiens hus', members: ['b'] },
      { key: 'c', label: 'Helsehuset', members: ['c'] },
      { key: 'none', label: 'Tom', members: ['ghost'] }
    ],
    { measure, fontSize: 13, gap: 10, minWidth: 150 }
  );
  assert.deepEqual(
    out.map((l) => l.key),
    ['a', 'b', 'c']
  );
  const [a, b, c] = out;
  // a and b share a line 80 px apart: each gets at most 80 - 10 = 70 px (10 characters here).
  assert.equal(a.text, 'Eiendomsb…');
  assert.equal(b.text, 'Familiens…');
  assert.ok(a.box.x + a.box.w <= b.box.x, 'the two names do not overlap');
  assert.equal(c.text, 'Helsehuset', 'a name alone on its line keeps its min width');
  assert.deepEqual(clusterLabels(positions, []), []);
  assert.deepEqual(clusterLabels(positions, undefined), []);
});

test('labelsClearOf drops the node labels that a cluster name covers', () => {
  const placed = new Map([
    ['x', { text: 'X', box: { x: 0, y: 0, w: 10, h: 10 } }],
    ['y', { text: 'Y', box: { x: 50, y: 0, w: 10, h: 10 } }]
  ]);
  assert.deepEqual([...labelsClearOf(placed, [{ x: 5, y: 5, w: 10, h: 10 }]).keys()], ['y']);
  assert.equal(labelsClearOf(placed, []), placed);
});

test("regression (a person's name missing from the map): the chosen person's label stays even under a cluster name", () => {
  const placed = new Map([
    ['x', { text: 'Linnéa Fjærli', box: { x: 0, y: 0, w: 10, h: 10 } }],
    ['y', { text: 'Y', box: { x: 50, y: 0, w: 10, h: 10 } }]
  ]);
  const cluster = [{ x: 5, y: 5, w: 10, h: 10 }];
  assert.deepEqual([...labelsClearOf(placed, cluster, new Set(['x'])).keys()], ['x', 'y']);
  assert.deepEqual([...labelsClearOf(placed, cluster, new Set(['z'])).keys()], ['y']);
});
