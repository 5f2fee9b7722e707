// `bosam compare-projects`: key figures of several projects side by side. The figures of
// tests/fixtures/valid/figures-small.json are worked by hand from docs/measures.md's definitions:
//   5 people (a, b in u1; c, d in u2; e in the external x); a, b, c answered, d did not (4 asked);
//   arcs a→b 4, b→a 3, a→c 2, c→d 1, so G has the edges a–b, a–c, c–d and e alone.
//   density 4/(5·4) = 0.2; reciprocity 2 of 4 arcs = 0.5; response rate 3/4;
//   path lengths in {a,b,c,d}: ab 1, ac 1, ad 2, bc 2, bd 3, cd 1 → 10/6; components 2; isolates 1 (e);
//   degrees 2,1,2,1,0: Σ(2 − d) = 4 over (n−1)(n−2) = 12 → 1/3;
//   betweenness (raw) a 2 (b–c, b–d), c 2 (a–d, b–d), others 0; normalised by (n−1)(n−2)/2 = 6:
//   Σ(1/3 − b) = 1, over n − 1 = 4 → 0.25;
//   E-I: one edge across (a–c), two inside (a–b, c–d) → (1 − 2)/3;
//   functions: f1 held by u1 (performs, 0.5 FTE) and u2 (responsible, 1.0) → duplicated; f2 only contributed to
//   → not held; f3 held by x (no FTE) → held 2/3, duplicated 1/3, FTE per held function (0.5 + 1.0)/2 = 0.75.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseCsv } from './csv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bosam = process.env.BOSAM_CLI || join(root, 'build', 'bin', 'bosam');
const run = (...args) => spawnSync(bosam, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const dir = mkdtempSync(join(tmpdir(), 'bosam-compare-projects-'));
const small = join(root, 'tests', 'fixtures', 'valid', 'figures-small.json');
const demoPath = join(dir, 'demo.json');
writeFileSync(demoPath, run('demo').stdout);

const HAND = {
  people: 5,
  units: 2,
  externalUnits: 1,
  asked: 4,
  responseRate: 0.75,
  ties: 4,
  density: 0.2,
  reciprocity: 0.5,
  averagePathLength: 10 / 6,
  components: 2,
  isolates: 1,
  degreeCentralization: 1 / 3,
  betweennessCentralization: 0.25,
  eiIndex: -1 / 3,
  functions: 3,
  functionsHeld: 2 / 3,
  functionsDuplicated: 1 / 3,
  ftePerFunction: 0.75
};

test('the figures of a small project are the hand-worked ones, in JSON and in the CSV', () => {
  const j = run('compare-projects', '--json', '--lang', 'en', small, demoPath);
  assert.equal(j.status, 0, j.stderr);
  const [figures, demo] = JSON.parse(j.stdout);
  assert.equal(figures.name, 'figures-small.json');
  assert.equal(figures.municipality, 'Tallvik kommune');
  assert.equal(figures.waveId, 'w1');
  const value = Object.fromEntries(figures.figures.map((f) => [f.key, f.value]));
  for (const [key, want] of Object.entries(HAND))
    assert.ok(Math.abs(value[key] - want) < 1e-12, `${key}: ${value[key]}`);
  for (const key of ['findingsCritical', 'findingsWarning', 'findingsInfo'])
    assert.ok(Number.isInteger(value[key]) && value[key] >= 0, key);
  assert.deepEqual(
    demo.figures.map((f) => f.key),
    figures.figures.map((f) => f.key),
    'every project has the same figures in the same order'
  );
  assert.equal(figures.figures.find((f) => f.key === 'density').label, 'Share of possible contacts');

  const c = run('compare-projects', '--lang', 'en', small, demoPath);
  assert.equal(c.status, 0, c.stderr);
  const rows = parseCsv(c.stdout, ',');
  assert.deepEqual(Object.keys(rows[0]), ['key', 'figure', 'figures-small.json', 'demo.json']);
  const density = rows.find((r) => r.key === 'density');
  assert.equal(density.figure, 'Share of possible contacts');
  assert.equal(Number(density['figures-small.json']), 0.2);
});

test('Norwegian Excel: semicolons, decimal comma; the names of the figures in the project’s language', () => {
  const r = run('compare-projects', '--excel', small);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.startsWith('\ufeff'));
  const rows = parseCsv(r.stdout.slice(1).replace(/\r\n/g, '\n'), ';');
  const rate = rows.find((row) => row['nøkkel'] === 'responseRate');
  assert.equal(rate.tall, 'Svarprosent');
  assert.equal(rate['figures-small.json'], '0,75');
});

test('a project without a survey has no network figures (empty cells), but its functions count', () => {
  const p = JSON.parse(readFileSync(small, 'utf8'));
  delete p.waves;
  delete p.respondents;
  delete p.ties;
  const file = join(dir, 'no-survey.json');
  writeFileSync(file, JSON.stringify(p));
  const r = run('compare-projects', '--json', file);
  assert.equal(r.status, 0, r.stderr);
  const value = Object.fromEntries(JSON.parse(r.stdout)[0].figures.map((f) => [f.key, f.value]));
  assert.equal(value.density, null);
  assert.equal(value.responseRate, null);
  assert.equal(value.isolates, null);
  assert.equal(value.functionsHeld, 2 / 3);
});

test('a pseudonymised copy is compared like any project, and says it is one', () => {
  const copy = join(dir, 'copy.json');
  const original = join(dir, 'original.json');
  writeFileSync(original, readFileSync(small));
  const e = run('export', '--format', 'json', '--pseudonymize', original, '--out', copy);
  assert.equal(e.status, 0, e.stderr);
  const r = run('compare-projects', '--json', copy);
  assert.equal(r.status, 0, r.stderr);
  const [c] = JSON.parse(r.stdout);
  assert.equal(c.pseudonymized, true);
  assert.equal(c.figures.find((f) => f.key === 'people').value, 5);
});

test('a refused file is named and no table is written; --wave other than latest is a usage error', () => {
  const bad = join(dir, 'broken.json');
  writeFileSync(bad, '{"format": "bosam-project", "schemaVersion": 1');
  const r = run('compare-projects', '--lang', 'en', small, bad, '--out', join(dir, 'never.csv'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /broken\.json: /);
  assert.match(r.stderr, /no table was written/);
  assert.throws(() => readFileSync(join(dir, 'never.csv')));
  const w = run('compare-projects', '--wave', 'w1', small);
  assert.equal(w.status, 2);
  assert.match(w.stderr, /--wave can only be latest/);
});
