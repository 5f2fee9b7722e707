// The native CLI (build/bin/bosam): exit codes, one line per problem, and the same door as the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bosam = process.env.BOSAM_CLI || join(root, 'build', 'bin', 'bosam'); // BOSAM_CLI: the sanitized build (tools/test)
const fixture = (f) => join(root, 'tests', 'fixtures', f);
const run = (...args) => spawnSync(bosam, args, { encoding: 'utf8' });

test('validate: a valid file exits 0 and prints nothing', () => {
  const r = run('validate', fixture('valid/minimal.json'));
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '');
});

test('validate: one line "FILE: PATH: message" per problem and exit 1', () => {
  const file = fixture('bad/many-problems.json');
  const r = run('validate', '--lang', 'en', file);
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 4);
  for (const line of lines) assert.ok(line.startsWith(`${file}: $.`), line);
  assert.ok(lines.some((l) => l.startsWith(`${file}: $.ties[1].to: Unknown person “a-77”`)));
});

test('validate: several files, exit 1 if any is bad', () => {
  const r = run('validate', fixture('valid/minimal.json'), fixture('bad/empty.json'));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /empty\.json: \$: /);
});

test('validate --json prints the envelopes', () => {
  const r = run('validate', '--json', fixture('bad/unknown-wave.json'));
  assert.equal(r.status, 1);
  const out = JSON.parse(r.stdout);
  const env = Object.values(out)[0];
  assert.equal(env.errors[0].path, '$.respondents[1].waveId');
});

test('migrate prints the current document; demo prints a valid project', () => {
  const m = run('migrate', fixture('valid/with-bom.json'));
  assert.equal(m.status, 0);
  assert.equal(JSON.parse(m.stdout).schemaVersion, 1);
  const d = run('demo');
  assert.equal(d.status, 0);
  const dir = mkdtempSync(join(tmpdir(), 'bosam-'));
  writeFileSync(join(dir, 'demo.json'), d.stdout);
  assert.equal(run('validate', join(dir, 'demo.json')).status, 0);
});

test('--version names the product and schema versions', () => {
  const r = run('--version');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^bosam \d+\.\d+\.\d+ \(project schemaVersion 1\)/);
});

test('usage errors exit 2', () => {
  for (const args of [
    [],
    ['frobnicate'],
    ['validate'],
    ['validate', '--lang'],
    ['validate', '--lang', 'de', 'x'],
    ['migrate'],
    ['demo', 'extra'],
    ['validate', '--bogus', 'x']
  ]) {
    const r = run(...args);
    assert.equal(r.status, 2, `bosam ${args.join(' ')}`);
    assert.match(r.stderr, /Usage:/);
  }
});

test('a missing file is reported, not a crash', () => {
  const r = run('validate', '/nonexistent/file.json');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot read/);
});

test('--lang nn: validate and analyze speak nynorsk', () => {
  const v = run('validate', '--lang', 'nn', fixture('bad/many-problems.json'));
  assert.equal(v.status, 1);
  assert.match(v.stdout, /\$\.actors\[0\]\.name: Feltet «name» manglar\. \[missing-field\]/);
  assert.doesNotMatch(v.stdout, /\bmangler\b|\bUkjent\b|\bikke\b/);
  const a = run('analyze', '--lang', 'nn', fixture('valid/minimal.json'));
  assert.equal(a.status, 0, a.stderr);
  const texts = JSON.parse(a.stdout)
    .findings.map((f) => `${f.title} ${f.explanation} ${f.suggestion}`)
    .join(' ');
  assert.ok(texts.length > 0);
  assert.doesNotMatch(texts, /\b(ikke|hvem|hva|hvordan|enhet|enheter|bare|mye|noen)\b/i);
});

test("without --lang a command speaks the project's målform (settings.language)", () => {
  const dir = mkdtempSync(join(tmpdir(), 'bosam-malform-'));
  const project = JSON.parse(readFileSync(fixture('valid/minimal.json'), 'utf8'));
  project.settings = { ...(project.settings || {}), language: 'nn' };
  project.actors[0].fte = 1.5; // a warning, in the målform
  const file = join(dir, 'kommune.json');
  writeFileSync(file, JSON.stringify(project));
  const v = run('validate', file);
  assert.equal(v.status, 0, v.stdout);
  assert.match(v.stdout, /uvanleg/);
  const en = run('validate', '--lang', 'en', file);
  assert.doesNotMatch(en.stdout, /uvanleg/);
});

test('--permutations: the tests against chance draw as many as asked, 0 none; a bad value exits 2 or 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bosam-cli-chance-'));
  const demo = join(dir, 'demo.json');
  writeFileSync(demo, run('demo').stdout);
  const some = JSON.parse(run('analyze', demo, '--permutations', '50').stdout);
  assert.equal(some.options.permutations, 50);
  assert.equal(some.network.qap.permutations, 50);
  assert.equal(some.network.qap.sharedWork.permutations, 50);
  const none = JSON.parse(run('analyze', demo, '--permutations', '0').stdout);
  assert.equal(none.network.qap.sharedWork.p, null);
  assert.ok(none.units.every((u) => u.eiIndexP === null));
  assert.equal(run('analyze', demo, '--permutations', 'many').status, 2);
  const tooMany = run('analyze', demo, '--permutations', '100001');
  assert.equal(tooMany.status, 1);
  assert.match(tooMany.stderr + tooMany.stdout, /permutations/);
  // compare: the stability of the network between the rounds, with its own permutations.
  const cmp = JSON.parse(run('compare', demo, '--from', 'w-2025', '--to', 'w-2026', '--permutations', '20').stdout);
  assert.equal(cmp.stability.qap.permutations, 20);
  assert.equal(cmp.stability.kept + cmp.stability.lost + cmp.stability.new > 0, true);
});
