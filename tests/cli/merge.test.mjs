// bosam merge: the merged project on stdout or --out; when any answer is refused, exit 1 and no project at all.
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
const dir = mkdtempSync(join(tmpdir(), 'bosam-merge-'));
const demoFile = join(dir, 'demo.json');
writeFileSync(demoFile, run('demo').stdout);
const demo = JSON.parse(readFileSync(demoFile, 'utf8'));

function answerFile(name, respondent, ties, extra = {}) {
  const file = join(dir, name);
  writeFileSync(
    file,
    JSON.stringify({
      format: 'bosam-answer',
      schemaVersion: 1,
      projectId: demo.id,
      waveId: 'w-2026',
      respondent,
      ties: ties.map(([to, frequency]) => ({ to, frequency, types: ['information'] })),
      submittedAt: '2026-04-21T09:00:00Z',
      ...extra
    })
  );
  return file;
}

test('merge writes the merged project: the respondent now reports exactly the answered ties', () => {
  const who = demo.actors[0].id;
  const file = answerFile('a.json', who, [
    [demo.actors[1].id, 4],
    [demo.actors[2].id, 2]
  ]);
  const out = join(dir, 'merged.json');
  const r = run('merge', demoFile, file, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  const merged = JSON.parse(readFileSync(out, 'utf8'));
  const mine = merged.ties.filter((t) => t.from === who && t.waveId === 'w-2026');
  assert.deepEqual(
    mine.map((t) => [t.to, t.frequency]),
    [
      [demo.actors[1].id, 4],
      [demo.actors[2].id, 2]
    ]
  );
  const others = (p) => p.ties.filter((t) => !(t.from === who && t.waveId === 'w-2026'));
  assert.deepEqual(others(merged), others(demo));
  assert.equal(run('validate', out).status, 0);
});

test('one refused answer: exit 1, nothing written, the file and place named', () => {
  const good = answerFile('good.json', demo.actors[0].id, [[demo.actors[1].id, 3]]);
  const bad = answerFile('bad.json', demo.actors[1].id, [['nobody', 3]]);
  const out = join(dir, 'never.json');
  const r = run('merge', demoFile, good, bad, '--out', out);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(existsSync(out), false);
  assert.match(r.stderr, /bad\.json: \$\.ties\[0\]\.to: .*nobody/);
  assert.match(r.stderr, /ingenting ble lest inn/);
});

test('an answer for another project is refused', () => {
  const file = answerFile('other.json', demo.actors[0].id, [], { projectId: 'someone-else' });
  const r = run('merge', demoFile, file);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\$\.projectId/);
});

test('merge without answers is a usage error', () => {
  assert.equal(run('merge', demoFile).status, 2);
});
