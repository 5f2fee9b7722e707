// `bosam export`: GraphML, GEXF and Pajek read back with NetworkX (the reference of docs/measures.md), CSV
// parsed back, and the CLI's exit codes. tools/test installs Debian's python3-networkx, so these never skip in CI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseCsv } from './csv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bosam = process.env.BOSAM_CLI || join(root, 'build', 'bin', 'bosam'); // BOSAM_CLI: the sanitized build (tools/test)
const run = (...args) => spawnSync(bosam, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const dir = mkdtempSync(join(tmpdir(), 'bosam-export-'));

const demoPath = join(dir, 'demo.json');
writeFileSync(demoPath, run('demo').stdout);
const demo = JSON.parse(readFileSync(demoPath, 'utf8'));
const analysis = JSON.parse(run('analyze', demoPath).stdout);
const wave = analysis.waveId;

// The arcs of the wave as docs/measures.md defines D: strongest report per ordered pair, no self-ties.
const arcs = new Map();
for (const t of demo.ties) {
  if (t.waveId !== wave || t.from === t.to) continue;
  const key = `${t.from}\u0000${t.to}`;
  arcs.set(key, Math.max(arcs.get(key) ?? 0, t.frequency));
}
const actor = (id) => demo.actors.find((a) => a.id === id);
const unit = (id) => demo.units.find((u) => u.id === id);
const externalActor = demo.actors.find((a) => unit(a.unitId).external);

// The first python3 that has NetworkX (the default one, then Debian's).
const python = ['python3', '/usr/bin/python3'].find((py) => spawnSync(py, ['-c', 'import networkx']).status === 0);
const skip = python ? false : 'no python3 with networkx: install python3-networkx (tools/test does)';

const READER = `
import json, sys
import networkx as nx
kind, path = sys.argv[1], sys.argv[2]
if kind == "graphml":
    G = nx.read_graphml(path)
elif kind == "gexf":
    from networkx.readwrite import gexf
    # NetworkX before 3.x (Debian 12 has 2.8) knows GEXF up to 1.2draft; 1.3 is read the same way under its
    # own namespace, so register that namespace for the reader.
    if "1.3" not in gexf.GEXF.versions:
        gexf.GEXF.versions["1.3"] = dict(gexf.GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3",
                                         NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
    G = nx.read_gexf(path, version="1.3")
else:
    G = nx.read_pajek(path)
print(json.dumps({"version": nx.__version__, "directed": G.is_directed(), "graph": G.graph,
                  "nodes": {str(n): d for n, d in G.nodes(data=True)},
                  "edges": [[str(u), str(v), d] for u, v, d in G.edges(data=True)]}, default=str))
`;

// Exports `project` (a path) in `format` and reads the file back with NetworkX.
function roundTrip(format, project, ...flags) {
  const r = run('export', '--format', format, project, ...flags);
  assert.equal(r.status, 0, r.stderr);
  const file = join(dir, `out.${format}`);
  writeFileSync(file, r.stdout);
  const py = spawnSync(python, ['-c', READER, format, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(py.status, 0, py.stderr);
  return JSON.parse(py.stdout);
}

function checkXmlGraph(g, labelOf) {
  assert.equal(g.directed, true);
  assert.equal(Object.keys(g.nodes).length, demo.actors.length);
  assert.equal(g.edges.length, arcs.size);
  assert.equal(g.edges.length, analysis.network.ties);
  for (const a of demo.actors.slice(0, 5).concat([externalActor])) {
    const n = g.nodes[a.id];
    assert.ok(n, `node ${a.id}`);
    assert.equal(labelOf(n), a.name);
    assert.equal(n.unit, a.unitId);
    assert.equal(n.unitName, unit(a.unitId).name);
    assert.equal(n.external, unit(a.unitId).external ?? false);
    if (a.role) assert.equal(n.role, a.role);
  }
  assert.equal(g.nodes[externalActor.id].external, true);
  for (const [u, v, d] of g.edges) assert.equal(d.weight, arcs.get(`${u}\u0000${v}`), `${u} -> ${v}`);
}

test('GraphML reads back in NetworkX with every actor, every arc, labels, units and weights', { skip }, () => {
  const g = roundTrip('graphml', demoPath);
  checkXmlGraph(g, (n) => n.label);
  assert.equal(g.graph.waveId, wave);
  assert.equal(g.graph.municipality, demo.municipality.name);
  for (const [, , d] of g.edges) assert.equal(d.frequency, d.weight);
  assert.ok(g.edges.some(([, , d]) => typeof d.types === 'string' && d.types.length > 0));
});

test('GraphML with --measures carries the analysis measures', { skip }, () => {
  const g = roundTrip('graphml', demoPath, '--measures');
  for (const n of analysis.nodes) {
    assert.equal(g.nodes[n.id].degree, n.degree, n.id);
    assert.equal(g.nodes[n.id].community, n.community, n.id);
    assert.ok(Math.abs(g.nodes[n.id].betweenness - n.betweenness) < 1e-12, n.id);
  }
});

test(
  'GraphML, GEXF and CSV with --measures carry the places in the network (roles): ids joined by a space',
  { skip },
  () => {
    const want = (n) => n.roles.join(' ');
    assert.ok(
      analysis.nodes.some((n) => n.roles.length > 1),
      'someone in the example has two places or more'
    );
    for (const format of ['graphml', 'gexf']) {
      const g = roundTrip(format, demoPath, '--measures');
      for (const n of analysis.nodes) assert.equal(g.nodes[n.id].roles ?? '', want(n), `${format} ${n.id}`);
    }
    const r = run('export', '--format', 'csv', '--measures', demoPath);
    assert.equal(r.status, 0, r.stderr);
    const nodes = parseCsv(r.stdout.split(/^==> (?:nodes\.csv|edges\.csv) <==\n/m)[1], ',');
    assert.deepEqual(
      nodes.map((n) => n.roles),
      analysis.nodes.map(want)
    );
  }
);

test('GEXF 1.3 reads back in NetworkX with the same nodes, arcs and attributes', { skip }, () => {
  const g = roundTrip('gexf', demoPath, '--measures');
  checkXmlGraph(g, (n) => n.label);
  for (const n of analysis.nodes) assert.equal(g.nodes[n.id].coreNumber, n.coreNumber, n.id);
});

test('Pajek reads back in NetworkX: vertices by name, arcs with frequency weights', { skip }, () => {
  const g = roundTrip('pajek', demoPath);
  assert.equal(g.directed, true);
  assert.equal(Object.keys(g.nodes).length, demo.actors.length); // the demo's names are unique
  assert.equal(g.edges.length, arcs.size);
  const idByName = Object.fromEntries(demo.actors.map((a) => [a.name, a.id]));
  for (const [u, v, d] of g.edges) assert.equal(d.weight, arcs.get(`${idByName[u]}\u0000${idByName[v]}`));
  assert.equal(g.nodes[demo.actors[0].name].id, '1');
});

test('hostile names survive GraphML and GEXF, and Pajek labels stay whole', { skip }, () => {
  const p = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'valid', 'minimal.json'), 'utf8'));
  p.actors[0].name = '<b>&"Kari"\'s</b>\u0001\u000b\t ny \uffff linje \\slutt\\';
  p.units[0].name = 'NAV & <co> "kommunal"';
  const file = join(dir, 'hostile.json');
  writeFileSync(file, JSON.stringify(p));
  const clean = '<b>&"Kari"\'s</b>\t ny  linje \\slutt\\'; // control characters and U+FFFF removed
  for (const format of ['graphml', 'gexf']) {
    const g = roundTrip(format, file);
    assert.equal(g.nodes['a-1'].label, clean, format);
    assert.equal(g.nodes['a-1'].unitName, p.units[0].name, format);
    assert.equal(g.edges.length, 3, format);
  }
  const g = roundTrip('pajek', file);
  assert.deepEqual(
    Object.keys(g.nodes).sort(),
    ["<b>&'Kari''s</b>    ny \uffff linje /slutt/", 'Ola Hansen', 'Siri Berg'].sort()
  );
  assert.equal(g.edges.length, 3);
});

test('CSV: --out DIR writes nodes.csv and edges.csv that parse back to the project', () => {
  const out = join(dir, 'csv');
  const r = run('export', '--format', 'csv', demoPath, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  const nodes = parseCsv(readFileSync(join(out, 'nodes.csv'), 'utf8'), ',');
  const edges = parseCsv(readFileSync(join(out, 'edges.csv'), 'utf8'), ',');
  assert.deepEqual(
    nodes.map((n) => n.id),
    demo.actors.map((a) => a.id)
  );
  assert.deepEqual(
    nodes.map((n) => n.label),
    demo.actors.map((a) => a.name)
  );
  assert.equal(nodes.find((n) => n.id === externalActor.id).external, 'true');
  assert.equal(edges.length, arcs.size);
  for (const e of edges) assert.equal(Number(e.weight), arcs.get(`${e.source}\u0000${e.target}`));
});

test('CSV for Norwegian Excel: BOM, semicolons, CRLF, decimal commas; without --out both files on stdout', () => {
  const r = run('export', '--format', 'csv', '--excel', '--measures', demoPath);
  assert.equal(r.status, 0, r.stderr);
  const parts = r.stdout.split(/^==> (nodes\.csv|edges\.csv) <==\n/m);
  assert.deepEqual([parts[1], parts[3]], ['nodes.csv', 'edges.csv']);
  for (const text of [parts[2], parts[4]]) {
    assert.ok(text.startsWith('\ufeff'));
    assert.equal(text.match(/\n/g).length, text.match(/\r\n/g).length);
  }
  const nodes = parseCsv(parts[2].slice(1), ';');
  assert.equal(nodes.length, demo.actors.length);
  const a = analysis.nodes[0];
  assert.equal(nodes[0].id, a.id);
  assert.match(nodes[0].betweenness, /^\d+,\d+$/);
  assert.ok(Math.abs(Number(nodes[0].betweenness.replace(',', '.')) - a.betweenness) < 1e-9);
  assert.equal(parseCsv(parts[4].slice(1), ';').length, arcs.size);
});

test('export: usage errors exit 2, bad input exits 1', () => {
  for (const args of [
    ['export', demoPath],
    ['export', '--format', 'svg', demoPath],
    ['export', '--format', 'gexf'],
    ['export', '--format', 'graphml', '--excel', demoPath],
    ['export', '--format']
  ]) {
    const r = run(...args);
    assert.equal(r.status, 2, `bosam ${args.join(' ')}`);
    assert.match(r.stderr, /Usage:/);
  }
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ ...demo, ties: [{ ...demo.ties[0], to: 'a-nobody' }] }));
  const r = run('export', '--format', 'graphml', '--lang', 'en', bad);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /\$\.ties\[0\]\.to: Unknown person/);
  assert.equal(run('export', '--format', 'pajek', '--wave', 'w-1999', demoPath).status, 1);
  assert.equal(run('export', '--format', 'pajek', join(dir, 'missing.json')).status, 1);
});
