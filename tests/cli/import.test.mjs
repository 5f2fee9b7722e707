// bosam import: a network from CSV or GraphML as a new wave. The project goes to stdout or --out; a refused
// file exits 1 and writes nothing; usage errors exit 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bosam = process.env.BOSAM_CLI || join(root, 'build', 'bin', 'bosam');
const run = (...args) => spawnSync(bosam, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const dir = mkdtempSync(join(tmpdir(), 'bosam-import-'));
const fixture = (name) => join(root, 'tests', 'fixtures', 'import', name);

const demo = JSON.parse(run('demo').stdout);
// The demo without the wave w-2025, to import it back.
const rest = {
  ...demo,
  waves: demo.waves.filter((w) => w.id !== 'w-2025'),
  ties: demo.ties.filter((t) => t.waveId !== 'w-2025'),
  respondents: demo.respondents.filter((r) => r.waveId !== 'w-2025')
};
const demoFile = join(dir, 'demo.json');
const restFile = join(dir, 'rest.json');
writeFileSync(demoFile, JSON.stringify(demo));
writeFileSync(restFile, JSON.stringify(rest));

const tieSet = (ties, wave) =>
  ties
    .filter((t) => t.waveId === wave)
    .map((t) => `${t.from}>${t.to}:${t.frequency}:${(t.types || []).join('|')}`)
    .sort();

test('CSV export of a wave (plain and Excel) imports back to the same ties', () => {
  for (const excel of [false, true]) {
    const out = join(dir, excel ? 'csv-excel' : 'csv');
    const e = run(
      'export',
      '--format',
      'csv',
      '--wave',
      'w-2025',
      ...(excel ? ['--excel'] : []),
      demoFile,
      '--out',
      out
    );
    assert.equal(e.status, 0, e.stderr);
    const result = join(dir, `back-${excel}.json`);
    const r = run(
      'import',
      restFile,
      '--edges',
      join(out, 'edges.csv'),
      '--nodes',
      join(out, 'nodes.csv'),
      '--wave-label',
      'Tilbake',
      '--out',
      result
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /kolonner: from=source, to=target, frequency=frequency, types=types/);
    const back = JSON.parse(readFileSync(result, 'utf8'));
    const wave = back.waves.at(-1);
    assert.equal(wave.label, 'Tilbake');
    assert.deepEqual(tieSet(back.ties, wave.id), tieSet(demo.ties, 'w-2025'));
    assert.equal(run('validate', result).status, 0);
  }
});

test('GraphML: our export and a NetworkX file, with an explicit --map', () => {
  const g = join(dir, 'wave.graphml');
  writeFileSync(g, run('export', '--format', 'graphml', '--wave', 'w-2025', demoFile).stdout);
  const r = run('import', restFile, '--graphml', g);
  assert.equal(r.status, 0, r.stderr);
  const back = JSON.parse(r.stdout);
  assert.deepEqual(tieSet(back.ties, 'w-import'), tieSet(demo.ties, 'w-2025'));

  const n = run(
    'import',
    demoFile,
    '--graphml',
    fixture('networkx.graphml'),
    '--map',
    'weight=weight,types=types',
    '--wave-id',
    'w-nx',
    '--wave-date',
    '2026-06-01',
    '--lang',
    'en'
  );
  assert.equal(n.status, 0, n.stderr);
  const nx = JSON.parse(n.stdout);
  assert.deepEqual(nx.waves.at(-1), { id: 'w-nx', label: 'Imported round', date: '2026-06-01' });
  assert.deepEqual(tieSet(nx.ties, 'w-nx'), [
    'a-01>a-02:3:information|advice',
    'a-01>a-03:4:',
    'a-02>a-01:2:coordination',
    'a-04>a-02:1:referral|information'
  ]);
});

test('the Excel fixture matched by name', () => {
  const r = run(
    'import',
    demoFile,
    '--edges',
    fixture('excel-edges.csv'),
    '--match',
    'name',
    '--map',
    'from=Fra,to=Til,weight=Vekt,types=Kontakttype'
  );
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).ties.filter((t) => t.waveId === 'w-import').length, 3);
});

test('refused input: exit 1, nothing written, the file and line named', () => {
  const bad = join(dir, 'bad-edges.csv');
  const ids = demo.actors.map((a) => a.id);
  writeFileSync(bad, `from,to,frequency\n${ids[0]},${ids[1]},3\n${ids[1]},${ids[2]},7\n`);
  const out = join(dir, 'never.json');
  const r = run('import', demoFile, '--edges', bad, '--out', out, '--lang', 'en');
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(existsSync(out), false);
  assert.match(
    r.stderr,
    /bad-edges\.csv: bad-edges\.csv, line 3, column “frequency”: found “7”, which is not a frequency/
  );
  assert.match(r.stderr, /bosam: columns: from=from, to=to, frequency=frequency\n[\s\S]*bosam: nothing was imported\n/);

  const unknown = join(dir, 'unknown.csv');
  writeFileSync(unknown, `from;to;frequency\r\n${ids[0]};nobody;3\r\n`);
  const u = run('import', demoFile, '--edges', unknown, '--lang', 'en');
  assert.equal(u.status, 1);
  assert.match(u.stderr, /unknown\.csv, line 2, column “to”: no person in the project has id “nobody”/);

  const xml = join(dir, 'broken.graphml');
  writeFileSync(xml, '<graphml>\n<graph>\n<node id="a-01">\n</graph>');
  const x = run('import', demoFile, '--graphml', xml, '--lang', 'en');
  assert.equal(x.status, 1);
  assert.match(x.stderr, /broken\.graphml, line 4: the end tag <\/graph> does not match <node>/);
});

test('usage errors exit 2; --help prints the usage', () => {
  const help = run('import', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: bosam import PROJECT/);
  for (const args of [
    ['import'],
    ['import', demoFile],
    ['import', demoFile, '--edges', 'a.csv', '--graphml', 'g.graphml'],
    ['import', demoFile, '--graphml', 'g.graphml', '--nodes', 'n.csv'],
    ['import', demoFile, '--edges', 'a.csv', '--map', 'from'],
    ['import', demoFile, '--edges', 'a.csv', '--map', 'colour=x'],
    ['import', demoFile, '--edges', 'a.csv', '--match', 'email'],
    ['import', demoFile, '--edges', 'a.csv', '--frequency', '7'],
    ['import', demoFile, '--edges'],
    ['import', demoFile, '--edges', 'a.csv', '--bogus']
  ]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /Usage: bosam import/);
  }
});
