// bosam export --format json --pseudonymize: a copy without names that validates, with codes that stay the same
// from one export to the next because the key stays in the original file.
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
