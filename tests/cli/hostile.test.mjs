// Hostile files through the CLI: a clear "FILE: PATH: message" line and exit 1, or the data handled as
// plain text; never a crash (a signal), a sanitizer report, or a hang. Inputs are generated into a temporary
// folder, not committed. tools/test runs this file twice: with build/bin/bosam and with the sanitized
// build/san/bin/bosam (BOSAM_CLI), which is several times slower: the time bounds are hang guards only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bosam = process.env.BOSAM_CLI || join(root, 'build', 'bin', 'bosam');
const guardMs = (process.env.BOSAM_CLI ? 3 : 1) * 20000;
const dir = mkdtempSync(join(tmpdir(), 'bosam-hostile-'));
const minimal = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'valid', 'minimal.json'), 'utf8'));

function file(name, content) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
function run(...args) {
  const start = Date.now();
  const r = spawnSync(bosam, args, { encoding: 'utf8', maxBuffer: 256 << 20, timeout: guardMs });
  r.ms = Date.now() - start;
  assert.equal(
    r.signal,
    null,
    `bosam ${args[0]} was killed by ${r.signal} after ${r.ms} ms: ${r.stderr.slice(0, 2000)}`
  );
  assert.doesNotMatch(r.stderr, /Sanitizer|runtime error/, r.stderr.slice(0, 2000));
  return r;
}
// The one error line for `file`, at `path`, in English.
function refused(path, jsonPath, pattern) {
  const r = run('validate', '--lang', 'en', path);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.ok(
    lines.some((l) => l.startsWith(`${path}: ${jsonPath}: `) && pattern.test(l)),
    r.stdout.slice(0, 2000)
  );
  return r;
}

test('hostile CLI: markup and script in names and notes stay text, byte for byte', () => {
  const p = structuredClone(minimal);
  p.actors[0].name = '<script>alert(1)</script>';
  p.actors[1].note = '<img src=x onerror="alert(1)">';
  p.municipality.name = '</title><svg onload=alert(1)>';
  const path = file('markup.json', JSON.stringify(p));
  assert.equal(run('validate', path).status, 0);
  const out = JSON.parse(run('migrate', path).stdout);
  assert.equal(out.actors[0].name, p.actors[0].name);
  assert.equal(out.actors[1].note, p.actors[1].note);
  assert.equal(out.municipality.name, p.municipality.name);
  const g = run('export', '--format', 'graphml', path);
  assert.equal(g.status, 0, g.stderr);
  assert.ok(!g.stdout.includes('<script>'), 'a raw <script> tag in the GraphML');
  assert.ok(g.stdout.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
});

test('hostile CLI: __proto__ and constructor are kept as plain keys and work as ids', () => {
  const text = JSON.stringify(minimal).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":1},');
  const p = JSON.parse(text); // JSON.parse keeps "__proto__" as an own key
  p.units.push({ id: '__proto__', name: 'constructor' });
  p.actors.push({ id: 'constructor', name: 'toString', unitId: '__proto__' });
  p.ties.push({ from: 'constructor', to: 'a-1', waveId: 'w-1', frequency: 2 });
  const path = file('proto.json', JSON.stringify(p));
  assert.equal(run('validate', path).status, 0);
  const out = JSON.parse(run('migrate', path).stdout);
  assert.deepEqual(Object.getOwnPropertyDescriptor(out, '__proto__').value, { polluted: true });
  assert.equal({}.polluted, undefined);
  const a = run('analyze', path);
  assert.equal(a.status, 0, a.stderr);
  assert.ok(JSON.parse(a.stdout).nodes.some((n) => n.id === 'constructor'));
});

test('hostile CLI: a 10 MB string is refused, naming its path and the limit', () => {
  const p = structuredClone(minimal);
  p.actors[2].note = 'x'.repeat(10 * 1024 * 1024);
  refused(
    file('long-string.json', JSON.stringify(p)),
    '$.actors[2].note',
    /10485760 characters long; the limit is 100000/
  );
});

test('hostile CLI: 100,000 actors are refused by the actor cap within the hang guard', () => {
  const p = {
    format: 'bosam-project',
    schemaVersion: 1,
    id: 'p-big',
    municipality: { name: 'Stor' },
    units: [{ id: 'u', name: 'Enhet' }],
    waves: [{ id: 'w', label: 'Runde' }],
    actors: [],
    ties: []
  };
  for (let i = 0; i < 100000; i++) {
    p.actors.push({ id: `a${i}`, name: `Person ${i}`, unitId: 'u' });
    p.ties.push({ from: `a${i}`, to: `a${(i + 1) % 100000}`, waveId: 'w', frequency: 2 });
  }
  const r = refused(file('big.json', JSON.stringify(p)), '$.actors', /100000 people; Bosam takes up to 20000/);
  assert.ok(r.ms < guardMs, `took ${r.ms} ms`);
});

test('hostile CLI: nesting 10,000 deep is refused with line and column', () => {
  const path = file('deep.json', `{"format":"bosam-project",\n"x":${'['.repeat(10000)}${']'.repeat(10000)}}`);
  refused(path, '$', /nested too deeply \(more than 64 levels, line 2, column 68\)/);
});

test('hostile CLI: invalid UTF-8 is refused with line and column', () => {
  const bytes = Buffer.concat([
    Buffer.from('{"format":"bosam-project",\n"municipality": {"name": "Bad '),
    Buffer.from([0xff, 0xfe]),
    Buffer.from('"}}')
  ]);
  refused(file('utf8.json', bytes), '$', /not valid UTF-8 \(line 2, column 31\)/);
});

test('hostile CLI: 1e400 is refused with line and column', () => {
  const path = file('huge-number.json', '{"format":"bosam-project","schemaVersion":1,\n  "x": 1e400}');
  refused(path, '$', /too large .*\(line 2, column 8\)/);
});

test('hostile CLI: a deeply nested answer file is refused by merge, naming the file', () => {
  const project = file('project.json', JSON.stringify(minimal));
  const answer = file('svar.json', '['.repeat(50000) + ']'.repeat(50000));
  const r = run('merge', '--lang', 'en', project, answer);
  assert.equal(r.status, 1);
  assert.match(r.stdout + r.stderr, /svar\.json: \$: .*nested too deeply/);
});
