// `bosam export --format dl|matrix`: UCINET DL read back with python-igraph (Debian's python3-igraph, installed
// by tools/test), and the CSV adjacency matrices compared cell by cell with the ties of the project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseCsv } from './csv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bosam = process.env.BOSAM_CLI || join(root, 'build', 'bin', 'bosam');
const run = (...args) => spawnSync(bosam, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const dir = mkdtempSync(join(tmpdir(), 'bosam-research-'));

const demoPath = join(dir, 'demo.json');
writeFileSync(demoPath, run('demo').stdout);
const demo = JSON.parse(readFileSync(demoPath, 'utf8'));
const wave = JSON.parse(run('analyze', demoPath).stdout).waveId;

// The arcs of the wave (strongest report per ordered pair, no self-ties) and the kinds reported for each.
const arcs = new Map();
const kinds = new Map();
for (const t of demo.ties) {
  if (t.waveId !== wave || t.from === t.to) continue;
  const key = `${t.from}\u0000${t.to}`;
  arcs.set(key, Math.max(arcs.get(key) ?? 0, t.frequency));
  if (!kinds.has(key)) kinds.set(key, new Set());
  for (const k of t.types || []) kinds.get(key).add(k);
}

const python = ['/usr/bin/python3', 'python3'].find((py) => spawnSync(py, ['-c', 'import igraph']).status === 0);
const skip = python ? false : 'no python3 with igraph: install python3-igraph (tools/test does)';

const READ_DL = `
import json, sys, igraph
g = igraph.Graph.Read_DL(sys.argv[1], directed=True)
print(json.dumps({"n": g.vcount(), "directed": g.is_directed(), "names": g.vs["name"],
                  "edges": [[e.source, e.target, e["weight"]] for e in g.es]}))
`;

function readDl(projectPath) {
  const r = run('export', '--format', 'dl', projectPath);
  assert.equal(r.status, 0, r.stderr);
  const file = join(dir, 'out.dl');
  writeFileSync(file, r.stdout);
  const py = spawnSync(python, ['-c', READ_DL, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(py.status, 0, py.stderr);
  return JSON.parse(py.stdout);
}

test('DL reads back in python-igraph: every person in project order, every arc with its frequency', { skip }, () => {
  const g = readDl(demoPath);
  assert.equal(g.directed, true);
  assert.equal(g.n, demo.actors.length);
  assert.equal(g.edges.length, arcs.size);
  for (const [s, t, w] of g.edges) {
    const key = `${demo.actors[s].id}\u0000${demo.actors[t].id}`;
    assert.equal(w, arcs.get(key), key);
  }
  assert.equal(g.names[0], demo.actors[0].name.replace(/ /g, '_'));
});

test('DL labels are one word each and unique, so igraph keeps every person apart', { skip }, () => {
  const p = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'valid', 'minimal.json'), 'utf8'));
  p.actors[0].name = 'Kari "K" Berg, NAV';
  p.actors[1].name = 'Kari "K" Berg, NAV';
  p.actors[2].name = '\u0001\u0002';
  const file = join(dir, 'labels.json');
  writeFileSync(file, JSON.stringify(p));
  const g = readDl(file);
  assert.equal(g.n, p.actors.length);
  assert.equal(new Set(g.names).size, g.n);
  assert.deepEqual(g.names.slice(0, 3), ['Kari__K__Berg__NAV', 'Kari__K__Berg__NAV_2', p.actors[2].id]);
});

test('matrices: one for every contact and one per kind, each cell the frequency of the arc (0 for none)', () => {
  const out = join(dir, 'matrix');
  const r = run('export', '--format', 'matrix', demoPath, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  const allKinds = [...new Set([...kinds.values()].flatMap((s) => [...s]))].sort();
  assert.deepEqual(readdirSync(out).sort(), ['matrix.csv', ...allKinds.map((k) => `matrix-${k}.csv`)].sort());
  const check = (file, want) => {
    const rows = parseCsv(readFileSync(join(out, file), 'utf8'), ',');
    assert.equal(rows.length, demo.actors.length, file);
    let nonZero = 0;
    rows.forEach((row, i) => {
      assert.equal(row[''], demo.actors[i].name, file);
      demo.actors.forEach((to) => {
        const value = Number(row[to.name]);
        assert.equal(value, want(`${demo.actors[i].id}\u0000${to.id}`), `${file}: ${demo.actors[i].id} -> ${to.id}`);
        if (value) nonZero += 1;
      });
    });
    return nonZero;
  };
  assert.equal(
    check('matrix.csv', (key) => arcs.get(key) ?? 0),
    arcs.size
  );
  for (const kind of allKinds) {
    const n = check(`matrix-${kind}.csv`, (key) => (kinds.get(key)?.has(kind) ? arcs.get(key) : 0));
    assert.ok(n > 0, kind);
  }
});

test('matrices for Norwegian Excel use semicolons and a byte-order mark', () => {
  const r = run('export', '--format', 'matrix', '--excel', demoPath);
  assert.equal(r.status, 0, r.stderr);
  const first = r.stdout.split(/^==> [^<]+ <==\n/m)[1];
  assert.ok(first.startsWith('\ufeff;'), first.slice(0, 20));
  assert.ok(first.includes('\r\n'));
});

test('a matrix of more than 2,000 people is refused in words that say why and what to choose instead', () => {
  const p = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'valid', 'minimal.json'), 'utf8'));
  const unitId = p.units[0].id;
  for (let i = p.actors.length; i < 2001; i += 1) p.actors.push({ id: `x-${i}`, name: `Person ${i}`, unitId });
  const file = join(dir, 'big.json');
  writeFileSync(file, JSON.stringify(p));
  const r = run('export', '--format', 'matrix', '--lang', 'en', file);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /2001 people.*too large above 2000 people.*edge list/s);
  assert.equal(r.stdout, '');
});
