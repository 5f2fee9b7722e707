// bosam retire: the answers of rounds past the retention date go, each round's figures stay, and the project is
// written stamped; before the date, without a date, or in a preview nothing is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bosam = process.env.BOSAM_CLI || join(root, 'build', 'bin', 'bosam'); // BOSAM_CLI: the sanitized build (tools/test)
const run = (...args) => spawnSync(bosam, args, { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'bosam-retire-'));
const demo = JSON.parse(run('demo').stdout);
const kept = { ...demo, settings: { ...(demo.settings || {}), privacy: { answersKeptUntil: '2026-06-30' } } };
const file = join(dir, 'kommune.json');
writeFileSync(file, JSON.stringify(kept));
const inWave = (doc, list, waveId) => (doc[list] || []).filter((x) => x.waveId === waveId).length;

test('retire after the date: the round named goes, its figures are kept, the other round is untouched', () => {
  const out = join(dir, 'etter.json');
  const r = run('retire', file, '--wave', 'w-2025', '--today', '2026-07-01', '--out', out, '--lang', 'en');
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(inWave(doc, 'ties', 'w-2025'), 0);
  assert.equal(inWave(doc, 'respondents', 'w-2025'), 0);
  assert.equal(inWave(doc, 'ties', 'w-2026'), inWave(kept, 'ties', 'w-2026'));
  const wave = doc.waves.find((w) => w.id === 'w-2025');
  // The kept figures are counts of the deleted answers, here counted again from the file before.
  assert.equal(wave.retired.figures.ties, inWave(kept, 'ties', 'w-2025'));
  assert.ok(!doc.waves.find((w) => w.id === 'w-2026').retired);
  assert.match(doc.revision.stamp, /^r-[0-9a-f]{16}$/, 'written stamped, like every project the CLI writes');
  assert.match(
    r.stderr,
    new RegExp(`deleted the answers in “Kartlegging høsten 2025” \\(${inWave(kept, 'ties', 'w-2025')} contacts`)
  );
});

test('retire before the date or without one refuses in words and writes nothing', () => {
  const out = join(dir, 'for-tidlig.json');
  const early = run('retire', file, '--today', '2026-06-30', '--out', out);
  assert.equal(early.status, 1);
  assert.match(early.stderr, /Svarene skal tas vare på til og med 2026-06-30/);
  assert.match(early.stderr, /\[retention-not-passed\]/);
  assert.equal(existsSync(out), false);
  const none = join(dir, 'uten-dato.json');
  writeFileSync(none, JSON.stringify(demo));
  const missing = run('retire', none, '--today', '2027-01-01', '--out', out);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /\[retention-date-missing\]/);
  assert.equal(existsSync(out), false);
});

test('retire --preview lists each round with answers and changes nothing', () => {
  const r = run('retire', file, '--preview', '--today', '2026-07-01');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '', 'no project is written');
  const ties2025 = inWave(kept, 'ties', 'w-2025');
  assert.match(r.stderr, new RegExp(`«Kartlegging høsten 2025» har ${ties2025} kontakter`));
  assert.match(r.stderr, /så de kan slettes nå; ingenting er endret/);
});

test('retire: usage errors exit 2', () => {
  assert.equal(run('retire').status, 2);
  assert.equal(run('retire', file, '--bogus').status, 2);
  assert.equal(run('retire', file, file).status, 2);
  assert.equal(run('retire', file, '--lang', 'sv').status, 2);
});
