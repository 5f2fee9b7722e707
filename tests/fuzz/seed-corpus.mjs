// Builds the libFuzzer seed corpora from the test fixtures, so no generated inputs are committed:
//   node tests/fuzz/seed-corpus.mjs OUT_DIR     ->  OUT_DIR/<target>/<sha1 of the content>
// Safe to run again: files are named by content, and what the fuzzer added to OUT_DIR stays.
// fuzz_analyze reads four option bytes before the project (see fuzz_analyze.cpp), so its seeds get a prefix.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = process.argv[2] || join(root, 'build', 'fuzz', 'corpus');
const fixtures = join(root, 'tests', 'fixtures');
const files = (dir, ext) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .map((f) => readFileSync(join(dir, f)))
    : [];

function seed(target, content) {
  const dir = join(out, target);
  mkdirSync(dir, { recursive: true });
  const buf = Buffer.isBuffer(content) ? content : Buffer.from(content);
  writeFileSync(join(dir, createHash('sha1').update(buf).digest('hex')), buf);
}

const demoText = readFileSync(join(root, 'data', 'demo', 'eksempel-kommune.json'));
// Each tests/fixtures/sna file holds a complete project (plus the reference values, which we leave out).
const snaProjects = files(join(fixtures, 'sna'), '.json').map((f) =>
  Buffer.from(JSON.stringify(JSON.parse(f).project))
);
const valid = [...files(join(fixtures, 'valid'), '.json'), ...snaProjects, demoText];
const bad = files(join(fixtures, 'bad'), '.json');

for (const f of [...valid, ...bad]) seed('fuzz_project', f);

// Option bytes: default, weighted, reciprocated + minFrequency 3, and sampled path measures.
for (const prefix of [
  [0, 0, 0, 0],
  [1, 1, 7, 0],
  [2 | (2 << 3), 2, 1, 0],
  [5, 0, 3, 0x13]
])
  for (const f of valid) seed('fuzz_analyze', Buffer.concat([Buffer.from(prefix), f]));

// Answers for the demo project (the one fuzz_answer_merge merges into): a few respondents in each wave.
const demo = JSON.parse(demoText.toString('utf8'));
const actorIds = demo.actors.map((a) => a.id);
const fn = demo.functions[0]?.id;
const tg = demo.targetGroups[0]?.id;
for (const [i, r] of demo.respondents.slice(0, 6).entries()) {
  const others = actorIds.filter((id) => id !== r.actorId).slice(i, i + 3);
  const answer = {
    format: 'bosam-answer',
    schemaVersion: 1,
    projectId: demo.id,
    waveId: r.waveId,
    respondent: r.actorId,
    ties: others.map((to, k) => ({ to, frequency: 1 + ((i + k) % 4), types: ['information'] })),
    assignments: fn ? [{ functionId: fn, targetGroupIds: tg ? [tg] : [], role: 'performs' }] : [],
    submittedAt: '2026-03-02T10:00:00Z'
  };
  seed('fuzz_answer_merge', JSON.stringify(answer, null, i % 2 ? 2 : 0));
}
seed('fuzz_answer_merge', '{"format":"bosam-answer","schemaVersion":1}');
seed('fuzz_answer_merge', bad[0] ?? '{}');

// The importers: the first byte is an option byte (see fuzz_import_*.cpp). Seeds are our own CSV and
// GraphML exports of the fixtures (made with the native CLI when it is built), a few files in the shapes Gephi
// and NetworkX write, and tests/fixtures/import when it exists.
const csvSeeds = [
  'Source,Target,Type,Id,Weight\na-01,a-02,Directed,0,1.0\na-02,a-03,Directed,1,3.0\n',
  'from;to;frequency;types\r\na-01;a-05;4;information|advice\r\n"a-0""2";a-01;2,0;referral\r\n',
  'sep=;\nfra;til;hyppighet\nKari Nilsen;Ahmed Hassan;3\n'
];
const graphmlSeeds = [
  '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="edge" attr.name="weight" attr.type="double"/>' +
    '<graph edgedefault="undirected"><node id="a-01"/><node id="x"/><edge source="a-01" target="x"><data key="d0">2</data></edge></graph></graphml>'
];
const cli = [join(root, 'build', 'bin', 'bosam'), join(root, 'build', 'san', 'bin', 'bosam')].find((f) =>
  existsSync(f)
);
if (cli) {
  const tmp = mkdtempSync(join(tmpdir(), 'bosam-seeds-'));
  const projects = valid.map((text, i) => {
    const path = join(tmp, `project-${i}.json`);
    writeFileSync(path, text);
    return path;
  });
  for (const [i, project] of projects.entries()) {
    for (const extra of [[], ['--excel']]) {
      const dir = join(tmp, `${i}${extra.length}`);
      if (spawnSync(cli, ['export', '--format', 'csv', ...extra, '--out', dir, project]).status !== 0) continue;
      for (const f of readdirSync(dir)) csvSeeds.push(readFileSync(join(dir, f)));
    }
    const g = spawnSync(cli, ['export', '--format', 'graphml', project], { maxBuffer: 64 << 20 });
    if (g.status === 0) graphmlSeeds.push(g.stdout);
  }
  rmSync(tmp, { recursive: true, force: true });
}
csvSeeds.push(...files(join(fixtures, 'import'), '.csv'));
graphmlSeeds.push(...files(join(fixtures, 'import'), '.graphml'));
for (const f of csvSeeds)
  for (const option of [0, 1, 0x80]) seed('fuzz_import_csv', Buffer.concat([Buffer.from([option]), Buffer.from(f)]));
for (const f of graphmlSeeds)
  for (const option of [0, 1]) seed('fuzz_import_graphml', Buffer.concat([Buffer.from([option]), Buffer.from(f)]));
// Staff lists as Excel writes them (the demo's units, one unit it does not have, the FTE spellings), and the CSV seeds.
const staff = [
  '\ufeffNavn;Enhet;Stilling;Stillingsprosent;Arbeidssted\r\nKari Nordmann;NAV-kontoret (kommunal del);Veileder;50 %;Rådhuset\r\n' +
    'Ola Hansen;Boligkontoret;Rådgiver;100;\r\nPer Pål;Boligtjenesten;;0,5;\r\n',
  'Fornavn,Etternavn,Avdeling,FTE\nKari,Nordmann,Boligkontoret,0.8\nOla,,Eiendom KF,1\n'
];
for (const f of [...staff, ...csvSeeds.slice(0, 4)])
  for (const option of [0, 0x40, 0x80])
    seed('fuzz_import_people', Buffer.concat([Buffer.from([option]), Buffer.from(f)]));
