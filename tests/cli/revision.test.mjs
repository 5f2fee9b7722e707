// Every command that writes a project stamps it (docs/project-file.md, "revision"): a new random stamp each
// time, basedOn the stamp of the version it was made from, savedAt now in UTC.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bosam = process.env.BOSAM_CLI || join(root, 'build', 'bin', 'bosam');
const run = (...args) => spawnSync(bosam, args, { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'bosam-revision-'));
const demoFile = join(dir, 'demo.json');
writeFileSync(demoFile, run('demo').stdout);
const STAMP = /^r-[0-9a-f]{16}$/;

test('export --format json stamps the project; exporting the export is based on it', () => {
  const before = Date.now();
  const first = run('export', '--format', 'json', demoFile);
  assert.equal(first.status, 0, first.stderr);
  const a = JSON.parse(first.stdout);
  assert.match(a.revision.stamp, STAMP);
  assert.equal(a.revision.basedOn, undefined); // the demo had no stamp
  assert.deepEqual(a.revision.lineage, []);
  const saved = Date.parse(a.revision.savedAt);
  assert.match(a.revision.savedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.ok(saved >= before - 1000 && saved <= Date.now() + 1000, a.revision.savedAt);

  const again = JSON.parse(run('export', '--format', 'json', demoFile).stdout);
  assert.notEqual(again.revision.stamp, a.revision.stamp, 'a new stamp every time');

  const aFile = join(dir, 'a.json');
  writeFileSync(aFile, first.stdout);
  const out = run('export', '--format', 'json', aFile, '--out', join(dir, 'b.json'));
  assert.equal(out.status, 0, out.stderr);
  assert.equal(out.stdout, '', '--out writes the file, not stdout');
  const b = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'));
  assert.equal(b.revision.basedOn, a.revision.stamp);
  assert.deepEqual(b.revision.lineage, [a.revision.stamp]);
  // Nothing else changed.
  const { revision: _ra, ...restA } = a;
  const { revision: _rb, ...restB } = b;
  assert.deepEqual(restB, restA);
});

test('import-people writes a stamped project', () => {
  const csv = join(dir, 'staff.csv');
  writeFileSync(csv, 'Navn;Enhet\nOla Hansen;Boligkontoret\n');
  const r = run('import-people', demoFile, csv, '--create-units');
  assert.equal(r.status, 0, r.stderr);
  assert.match(JSON.parse(r.stdout).revision.stamp, STAMP);
});

test('a bad stamp in a file is refused with a plain message naming it', () => {
  const doc = JSON.parse(readFileSync(demoFile, 'utf8'));
  doc.revision = { stamp: 'r-123', savedAt: '2026-12-05T07:15:00Z' };
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify(doc));
  const r = run('validate', file, '--lang', 'nb');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /\$\.revision\.stamp: Versjonsmerket «r-123» er ikke gyldig.*\[bad-revision-stamp\]/);
});
