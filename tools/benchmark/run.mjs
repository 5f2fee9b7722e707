// tools/bench: one run, side by side, of the native CLI, the WASM module under node, graphology (the JS peer)
// and NetworkX (the reference), on generated municipalities. Prints times and ratios; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { generateProject, mulberry32, undirectedEdges } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const Graph = require('graphology');
const betweenness = require('graphology-metrics/centrality/betweenness');
const closeness = require('graphology-metrics/centrality/closeness');
const louvain = require('graphology-communities-louvain');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const sizes = arg('sizes', '100,300,1000,3000,10000').split(',').map(Number);
const networkxMax = Number(arg('networkx-max', '3000'));
// --functions F: give the generated municipalities a responsibility map of F functions (generate.mjs), so the
// tests against chance have shared work to correlate. 0 (the default) keeps the networks the README's table used.
const functions = Number(arg('functions', '0'));
// --missing M: about that share of the people have not answered (generate.mjs), so the analysis also computes the
// network with their ties reconstructed; the table below then says what that costs (stage "robustness").
const missing = Number(arg('missing', '0'));
const outDir = join(root, 'build', 'bench');
mkdirSync(outDir, { recursive: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const repeats = (n) => (n <= 300 ? 7 : n <= 1000 ? 3 : 1);
function timeIt(n, f) {
  const times = [];
  let result;
  for (let r = 0; r < repeats(n); ++r) {
    const t = performance.now();
    result = f();
    times.push(performance.now() - t);
  }
  return { ms: median(times), result };
}

function native(file, n) {
  const bin = join(root, 'build', 'bin', 'bosam');
  let stages = null;
  const { ms } = timeIt(n, () => {
    const r = spawnSync(bin, ['analyze', file, '--timings'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`bosam analyze failed: ${r.stderr}`);
    stages = JSON.parse(r.stdout).timings;
  });
  return { ms, stages };
}

function wasm(core, text, n) {
  let stages = null;
  const { ms } = timeIt(n, () => {
    const env = JSON.parse(core.analyze(text, '{"timings":true}'));
    if (!env.ok) throw new Error(JSON.stringify(env.errors));
    stages = env.result.timings;
  });
  return { ms, stages };
}

function graphology(project, n) {
  const g = new Graph({ type: 'undirected' });
  project.actors.forEach((a, i) => g.addNode(i));
  for (const [u, v] of undirectedEdges(project)) g.addEdge(u, v);
  return {
    betweenness: timeIt(n, () => betweenness(g)).ms,
    closeness: timeIt(n, () => closeness(g)).ms,
    louvain: timeIt(n, () => louvain(g, { rng: mulberry32(42) })).ms
  };
}

function networkx(project, n) {
  if (n > networkxMax) return null;
  const input = [String(n), ...undirectedEdges(project).map(([u, v]) => `${u} ${v}`)].join('\n');
  const r = spawnSync('python3', [join(root, 'tools', 'benchmark', 'networkx_betweenness.py')], {
    input,
    encoding: 'utf8'
  });
  if (r.status !== 0) return { error: (r.stderr || '').trim().split('\n').pop() };
  const out = JSON.parse(r.stdout);
  return { ms: out.seconds * 1000, version: out.networkx };
}

const fmt = (ms) => (ms == null ? '—' : ms < 10 ? ms.toFixed(2) : ms < 1000 ? ms.toFixed(1) : ms.toFixed(0));
const share = (a, b) => (a == null || !b ? '—' : `${((100 * a) / b).toFixed(1)} %`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(1)}x`);

const core = await require(join(root, 'build', 'wasm', 'bosam-core.js'))();
// Warm both engines up first, so the first size does not pay for V8's optimising compiler (for both peers).
{
  const warm = generateProject(200, { seed: 7 });
  for (let i = 0; i < 10; ++i) {
    core.analyze(JSON.stringify(warm), '{}');
    graphology(warm, 1000);
  }
}
const rows = [];
for (const n of sizes) {
  const project = generateProject(n, { seed: n, functions, missing });
  const text = JSON.stringify(project);
  const file = join(outDir, `project-${n}.json`);
  writeFileSync(file, text);
  process.stderr.write(`bench: ${n} actors …\n`);
  const nat = native(file, n);
  const wa = wasm(core, text, n);
  const gr = graphology(project, n);
  const nx = networkx(project, n);
  rows.push({ n, edges: undirectedEdges(project).length, nat, wa, gr, nx });
}

console.log(
  'Bosam benchmark (ms; median of repeated runs up to 1,000 actors). Generated block networks, average degree 8.'
);
console.log('"paths" = betweenness + closeness + harmonic in one pass; "communities" = Leiden-refined Louvain.\n');
console.log(
  '| actors | edges | native total | WASM total | WASM/native | WASM paths | graphology betweenness | graphology closeness | graphology/WASM (btw+clo) | WASM communities | graphology Louvain | graphology/WASM (communities) | WASM layout | NetworkX betweenness | NetworkX / native total |'
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const { n, edges, nat, wa, gr, nx } of rows) {
  console.log(
    `| ${n} | ${edges} | ${fmt(nat.ms)} | ${fmt(wa.ms)} | ${ratio(wa.ms, nat.ms)} | ${fmt(wa.stages.paths)} | ${fmt(gr.betweenness)} | ${fmt(gr.closeness)} | ${ratio(gr.betweenness + gr.closeness, wa.stages.paths)} | ${fmt(wa.stages.communities)} | ${fmt(gr.louvain)} | ${ratio(gr.louvain, wa.stages.communities)} | ${fmt(wa.stages.layout)} | ${nx && nx.ms ? fmt(nx.ms) : nx && nx.error ? 'failed' : 'skipped'} | ${nx && nx.ms ? ratio(nx.ms, nat.ms) : '—'} |`
  );
}
console.log('\nNative stages (ms):');
for (const { n, nat } of rows)
  console.log(
    `  ${n}: ${Object.entries(nat.stages)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ')}`
  );
console.log('WASM stages (ms):');
for (const { n, wa } of rows)
  console.log(
    `  ${n}: ${Object.entries(wa.stages)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ')}`
  );
if (missing > 0) {
  console.log(
    `Robustness to missing answers (about ${Math.round(missing * 100)} % not answering; ms, share of the total):`
  );
  for (const { n, nat, wa } of rows)
    console.log(
      `  ${n}: native ${fmt(nat.stages.robustness)} of ${fmt(nat.ms)} (${share(nat.stages.robustness, nat.ms)}), WASM ${fmt(wa.stages.robustness)} of ${fmt(wa.ms)} (${share(wa.stages.robustness, wa.ms)})`
    );
}
const nxv = rows.find((r) => r.nx && r.nx.version);
if (nxv) console.log(`NetworkX ${nxv.nx.version}; node ${process.version}.`);
