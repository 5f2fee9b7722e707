// `bosam demo --lang`: the example municipality in nynorsk or English. Its texts that are language come
// in the language asked for, names of people stay, its målform is that language, and a command on it without
// --lang speaks that målform.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bosam = process.env.BOSAM_CLI || join(root, 'build', 'bin', 'bosam'); // BOSAM_CLI: the sanitized build (tools/test)
const run = (...args) => spawnSync(bosam, args, { encoding: 'utf8' });

function demo(...args) {
  const r = run('demo', ...args);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const byId = (list, id) => list.find((x) => x.id === id);

test('bosam demo --lang nn and --lang en: the texts in that language, names of people unchanged', () => {
  const nb = demo();
  const nn = demo('--lang', 'nn');
  const en = demo('--lang', 'en');
  assert.deepEqual(
    [nb, nn, en].map((d) => d.settings.language),
    ['nb', 'nn', 'en']
  );
  assert.deepEqual(
    [nb, nn, en].map((d) => byId(d.units, 'u-bolig').name),
    ['Boligkontoret', 'Bustadkontoret', 'Housing office']
  );
  assert.deepEqual(
    [nb, nn, en].map((d) => byId(d.actors, 'a-08').role),
    ['Boligkoordinator', 'Bustadkoordinator', 'Housing coordinator']
  );
  assert.deepEqual(
    [nb, nn, en].map((d) => byId(d.functions, 'f-bostotte').name),
    ['Bostøtte', 'Bustønad', 'Housing allowance']
  );
  assert.deepEqual(
    [nb, nn, en].map((d) => byId(d.waves, 'w-2025').label),
    ['Kartlegging høsten 2025', 'Kartlegging hausten 2025', 'Survey, autumn 2025']
  );
  for (const d of [nn, en]) {
    assert.deepEqual(
      d.actors.map((a) => a.name),
      nb.actors.map((a) => a.name)
    );
    assert.equal(d.municipality.name, 'Eksempel kommune');
    assert.equal(d.ties.length, nb.ties.length);
  }
});

test('the nynorsk demo validates, and analyze without --lang speaks its målform', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bosam-demo-'));
  const file = join(dir, 'demo-nn.json');
  writeFileSync(file, JSON.stringify(demo('--lang', 'nn')));
  assert.equal(run('validate', file).status, 0);
  const r = run('analyze', file);
  assert.equal(r.status, 0, r.stderr);
  const bottleneck = JSON.parse(r.stdout).findings.find((f) => f.id === 'bottleneck:a-08');
  assert.match(bottleneck.explanation, /^Hilde Johansen \(Bustadkontoret\) /);
});

test('bosam demo --lang de is a usage error', () => {
  const r = run('demo', '--lang', 'de');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Usage:/);
});
