// bosam export --format json --pseudonymize: a copy without names that validates, with codes that stay the same
// from one export to the next because the key stays in the original file; small units pooled, and what was
// pooled and dropped listed on stderr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bosam = process.env.BOSAM_CLI || join(root, 'build', 'bin', 'bosam'); // BOSAM_CLI: the sanitized build (tools/test)
const run = (...args) => spawnSync(bosam, args, { encoding: 'utf8' });

test('pseudonymised export: no names, valid, stable; the key is added to the original once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bosam-pseudo-'));
  const file = join(dir, 'demo.json');
  writeFileSync(file, run('demo').stdout);
  const demo = JSON.parse(readFileSync(file, 'utf8'));
  const first = run('export', '--format', 'json', '--pseudonymize', file);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stderr, /la til en pseudonymiseringsnøkkel/);
  const key = JSON.parse(readFileSync(file, 'utf8')).pseudonymKey;
  assert.match(key, /^[0-9a-f]{64}$/);
  const copy = JSON.parse(first.stdout);
  for (const a of demo.actors) assert.ok(!first.stdout.includes(a.name), a.name);
  assert.ok(!first.stdout.includes(key));
  assert.equal(copy.actors.length, demo.actors.length);
  const out = join(dir, 'copy.json');
  writeFileSync(out, first.stdout);
  assert.equal(run('validate', out).status, 0);
  const second = run('export', '--format', 'json', '--pseudonymize', file);
  assert.equal(second.stdout, first.stdout);
  assert.doesNotMatch(second.stderr, /added/);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).pseudonymKey, key);
});

test('--pseudonymize with another format is a usage error', () => {
  const r = run('export', '--format', 'graphml', '--pseudonymize', 'x.json');
  assert.equal(r.status, 2);
});

/** The demo with a key, in a temporary file. */
function keyedDemo(lang = 'nb') {
  const dir = mkdtempSync(join(tmpdir(), 'bosam-floor-'));
  const file = join(dir, 'demo.json');
  const demo = JSON.parse(run('demo', '--lang', lang).stdout);
  writeFileSync(file, JSON.stringify({ ...demo, pseudonymKey: 'ab'.repeat(32) }));
  return { file, demo };
}

test("the demo's copy has no unit under 5 people, validates, and stderr lists every pooled unit", () => {
  const { file, demo } = keyedDemo();
  const r = run('export', '--format', 'json', '--pseudonymize', file);
  assert.equal(r.status, 0, r.stderr);
  const copy = JSON.parse(r.stdout);
  const size = new Map();
  for (const a of copy.actors) size.set(a.unitId, (size.get(a.unitId) || 0) + 1);
  assert.deepEqual(
    [...size.values()].filter((n) => n < 5),
    []
  );
  assert.deepEqual(
    copy.units.map((u) => u.id),
    ['u-nav', 'u-pool-internal', 'u-rus', 'u-flyktning', 'u-pool-external']
  );
  const out = join(dirname(file), 'copy.json');
  writeFileSync(out, r.stdout);
  assert.equal(run('validate', out).status, 0);
  // By hand from the demo: Boligkontoret has 4 people, Statsforvalteren 1; titles were on all 52 people.
  assert.match(r.stderr, /enheter med færre enn 5 personer er slått sammen i kopien:/);
  assert.match(r.stderr, /Små enheter: 28 personer fra 9 enheter/);
  assert.match(r.stderr, /Boligkontoret \(4 personer\) → Små enheter/);
  assert.match(r.stderr, /Statsforvalteren \(1 person\) → Små eksterne/);
  assert.match(r.stderr, /stillingstitler er fjernet \(52 personer\)/);
  const pooled = demo.units.filter((u) => !copy.units.some((c) => c.id === u.id));
  for (const u of pooled) assert.ok(r.stderr.includes(`${u.name} (`), u.name);
});

test('--keep-roles and --keep-locations keep them and say so; without --pseudonymize they are usage errors', () => {
  const { file } = keyedDemo('nn');
  const r = run('export', '--format', 'json', '--pseudonymize', '--keep-roles', '--keep-locations', file);
  assert.equal(r.status, 0, r.stderr);
  const copy = JSON.parse(r.stdout);
  assert.ok(copy.actors.every((a) => typeof a.role === 'string'));
  assert.equal(copy.units[0].location, 'NAV-huset');
  assert.equal(copy.units[1].name, 'Små einingar');
  assert.match(r.stderr, /stillingstitlane er behaldne/);
  assert.match(r.stderr, /stadene er behaldne/);
  assert.equal(run('export', '--format', 'json', '--keep-roles', file).status, 2);
  assert.equal(run('export', '--format', 'graphml', '--keep-locations', file).status, 2);
});
