// bosam import-people: a staff list (CSV) as the project's people, all or nothing. The project goes to stdout or
// --out and the report to stderr; refused input exits 1 with one line per problem naming the file, the row and the
// column, and writes nothing; usage errors exit 2. Expected values are worked out by hand from the files below.
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
const dir = mkdtempSync(join(tmpdir(), 'bosam-people-'));

// A small project: two units, one person already there.
const project = {
  format: 'bosam-project',
  schemaVersion: 1,
  id: 'p-cli-people',
  municipality: { name: 'Testkommune' },
  units: [
    { id: 'u-nav', name: 'NAV-kontoret' },
    { id: 'u-bolig', name: 'Boligkontoret' }
  ],
  actors: [{ id: 'a-kari', name: 'Kari Nordmann', unitId: 'u-nav', role: 'Veileder' }],
  targetGroups: [],
  functions: [],
  assignments: [],
  waves: [],
  respondents: [],
  ties: []
};
const projectFile = join(dir, 'prosjekt.json');
writeFileSync(projectFile, JSON.stringify(project));

/** A file in the temp folder: text (UTF-8) or bytes. */
function file(name, content) {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  return path;
}

/** Norwegian Excel's "CSV UTF-8 (kommadelt)": BOM, ';', CRLF. */
const excelCsv = (rows) => '\ufeff' + rows.map((r) => r.join(';')).join('\r\n') + '\r\n';

function refused(r) {
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stdout, '');
  // The CLI's own line, in the language of the messages (--lang, else the project's målform).
  assert.match(r.stderr, /bosam: (ingenting ble importert|ingenting vart importert|nothing was imported)\n/);
}

test('a Norwegian Excel staff list: new people added, the one already there updated, "50 %" read as 0.5', () => {
  const csv = file(
    'ansatte.csv',
    excelCsv([
      ['Navn', 'Enhet', 'Stilling', 'Stillingsprosent', 'E-post'],
      ['Ola Hansen', 'Boligkontoret', 'Konsulent', '50 %', 'ola@x.no'],
      ['kari nordmann', 'NAV-kontoret', 'Rådgiver', '80', ''],
      ['Per Pål', 'nav-kontoret', '', '0,5', '']
    ])
  );
  const r = run('import-people', projectFile, csv);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(doc.actors, [
    { id: 'a-kari', name: 'Kari Nordmann', unitId: 'u-nav', role: 'Rådgiver', fte: 0.8 },
    { id: 'a-import-1', name: 'Ola Hansen', unitId: 'u-bolig', role: 'Konsulent', fte: 0.5 },
    { id: 'a-import-2', name: 'Per Pål', unitId: 'u-nav', fte: 0.5 }
  ]);
  assert.match(
    r.stderr,
    /kolonner: name=Navn \(gjettet\), unit=Enhet \(gjettet\), role=Stilling \(gjettet\), fte=Stillingsprosent \(gjettet\)/
  );
  assert.match(r.stderr, /ikke brukt: E-post/);
  assert.match(r.stderr, /2 personer lagt til, 1 oppdatert, 0 uendret, 0 enheter opprettet/);
});

test('--out writes the file and nothing goes to stdout', () => {
  const out = join(dir, 'ut.json');
  const r = run('import-people', projectFile, file('en.csv', 'Navn;Enhet\nLise;Boligkontoret\n'), '--out', out);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).actors.at(-1).name, 'Lise');
});

test('an unknown unit is refused, naming it and its rows; --create-units creates it', () => {
  const csv = file('ny-enhet.csv', 'Navn;Enhet\nOla;Boligtjenesten\nLise;NAV-kontoret\nPer;boligtjenesten\n');
  const r = run('import-people', projectFile, csv);
  refused(r);
  assert.match(
    r.stderr,
    /^ny-enhet\.csv: Enheten «Boligtjenesten» finnes ikke i prosjektet \(radene 2 og 4, kolonnen «Enhet»\)\. .* \[people-unknown-unit\]$/m
  );
  assert.match(r.stderr, /--create-units oppretter enhetene som mangler/);
  const c = run('import-people', projectFile, csv, '--create-units');
  assert.equal(c.status, 0, c.stderr);
  const doc = JSON.parse(c.stdout);
  assert.deepEqual(doc.units.at(-1), { id: 'u-import-1', name: 'Boligtjenesten', external: false });
  assert.deepEqual(
    doc.actors.filter((a) => a.unitId === 'u-import-1').map((a) => a.name),
    ['Ola', 'Per']
  );
  assert.match(c.stderr, /3 personer lagt til, 0 oppdatert, 0 uendret, 1 enhet opprettet: Boligtjenesten/);
});

test('bad input, one line per problem naming the file, the row and the column', () => {
  const cases = [
    [
      'a missing name column',
      'uten-navn.csv',
      'Ansattnr;Enhet\n7;NAV-kontoret\n',
      /uten-navn\.csv: Fant ingen kolonne med navn\. Kolonnene er: «Ansattnr» og «Enhet»\..* \[people-no-name-column\]/
    ],
    [
      'a bad FTE',
      'halv.csv',
      'Navn;Enhet;Stillingsprosent\nOla;NAV-kontoret;50 %\nLise;NAV-kontoret;halv\n',
      /halv\.csv: Rad 3, kolonnen «Stillingsprosent»: «halv» er ikke et tall\. .* \[people-bad-fte\]/
    ],
    [
      'a duplicate name',
      'dobbel.csv',
      'Navn;Enhet\nOla;NAV-kontoret\nLise;NAV-kontoret\nOLA;Boligkontoret\n',
      /dobbel\.csv: Rad 4, kolonnen «Navn»: «OLA» står også på rad 2, men med andre opplysninger\. .* \[people-duplicate-name\]/
    ],
    [
      'a row without a name',
      'tom-rad.csv',
      'Navn;Enhet\nOla;NAV-kontoret\n;Boligkontoret\n',
      /tom-rad\.csv: Rad 3, kolonnen «Navn»: navnet mangler\. .* \[people-no-name\]/
    ],
    ['an empty file', 'tom.csv', '', /tom\.csv: Filen «tom\.csv» er tom\. .* \[people-empty-file\]/],
    [
      'only a header',
      'bare-overskrift.csv',
      '\ufeffNavn;Enhet;Stilling\r\n',
      /Filen «bare-overskrift\.csv» har bare overskriftslinjen\. .* \[people-no-rows\]/
    ],
    [
      'a row with a stray delimiter',
      'skilletegn.csv',
      'Navn;Enhet\nOla;NAV-kontoret\nLise;NAV;kontoret\n',
      /skilletegn\.csv: Rad 3 har 3 felt, men overskriftslinjen har 2\. .* \[people-column-count\]/
    ]
  ];
  for (const [what, name, text, expected] of cases) {
    const r = run('import-people', projectFile, file(name, text));
    refused(r);
    assert.match(r.stderr, expected, what);
  }
});

test('a Windows-1252 file gets the advice to save it as CSV UTF-8', () => {
  // "Bjørn" and "Rådhuset" as Excel's old "CSV (semikolondelt)" writes them: ø = 0xF8, å = 0xE5.
  const bytes = Buffer.concat([
    Buffer.from('Navn;Enhet;Sted\r\nOla;NAV-kontoret;R'),
    Buffer.from([0xe5]),
    Buffer.from('dhuset\r\nBj'),
    Buffer.from([0xf8]),
    Buffer.from('rn;NAV-kontoret;\r\n')
  ]);
  const r = run('import-people', projectFile, file('ansi.csv', bytes));
  refused(r);
  assert.match(
    r.stderr,
    /ansi\.csv: Filen «ansi\.csv» er ikke lagret som UTF-8, .*\(første gang på rad 2\)\. .*«CSV UTF-8 \(kommadelt\)».* \[people-not-utf8\]/
  );
  const en = run('import-people', projectFile, file('ansi.csv', bytes), '--lang', 'en');
  assert.match(en.stderr, /is not saved as UTF-8.*“CSV UTF-8 \(Comma delimited\)”/);
});

test('the delimiter is detected: comma, tab and semicolon give the same people', () => {
  const rows = [
    ['Name', 'Unit', 'FTE'],
    ['Ola', 'Boligkontoret', '0.5'],
    ['Lise', 'NAV-kontoret', '100']
  ];
  for (const [name, sep] of [
    ['komma.csv', ','],
    ['tab.tsv', '\t'],
    ['semikolon.csv', ';']
  ]) {
    const r = run('import-people', projectFile, file(name, rows.map((x) => x.join(sep)).join('\n') + '\n'));
    assert.equal(r.status, 0, `${name}: ${r.stderr}`);
    const added = JSON.parse(r.stdout)
      .actors.slice(1)
      .map((a) => [a.name, a.unitId, a.fte]);
    assert.deepEqual(
      added,
      [
        ['Ola', 'u-bolig', 0.5],
        ['Lise', 'u-nav', 1]
      ],
      name
    );
  }
});

test('a workbook is refused with the advice to save it as CSV UTF-8, in the asked language', () => {
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
  const x = run('import-people', projectFile, file('ansatte.xlsx', zip));
  refused(x);
  assert.match(
    x.stderr,
    /ansatte\.xlsx: Filen «ansatte\.xlsx» er en Excel-arbeidsbok, ikke en CSV-fil\. Lagre den som CSV UTF-8 i Excel: Fil › Lagre som › «CSV UTF-8 \(kommadelt\)»\. \[people-spreadsheet\]/
  );
  const nn = run('import-people', projectFile, file('ansatte.xlsx', zip), '--lang', 'nn');
  refused(nn);
  assert.match(nn.stderr, /Fila «ansatte\.xlsx» er ei Excel-arbeidsbok, ikkje ei CSV-fil\./);
  assert.match(nn.stderr, /bosam: ingenting vart importert\n/);
  // The same bytes under a .csv name: the core knows a zip when it sees one, whatever the name.
  const c = run('import-people', projectFile, file('egentlig-xlsx.csv', zip));
  refused(c);
  assert.match(
    c.stderr,
    /egentlig-xlsx\.csv: Filen «egentlig-xlsx\.csv» er en Excel-arbeidsbok, ikke en CSV-fil\. .* \[people-spreadsheet\]/
  );
});

test('--map chooses a column and leaves a guessed one out', () => {
  const csv = file('map.csv', 'Ansattnr;Fullt navn;Avdeling;Sted\n12;Ola Hansen;Boligkontoret;Rådhuset\n');
  const r = run('import-people', projectFile, csv, '--map', 'name=Fullt navn,location=');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).actors.at(-1), { id: 'a-import-1', name: 'Ola Hansen', unitId: 'u-bolig' });
  assert.match(r.stderr, /kolonner: name=Fullt navn, unit=Avdeling \(gjettet\)\n/);
  const bad = run('import-people', projectFile, csv, '--map', 'unit=Enhet', '--lang', 'en');
  refused(bad);
  assert.match(
    bad.stderr,
    /map\.csv: The file has no column “Enhet” \(chosen for unit\)\. The columns are: “Ansattnr”, “Fullt navn”, “Avdeling” and “Sted”\. \[people-unknown-column\]/
  );
});

test('usage errors exit 2; --help prints the usage; bosam --help lists import-people', () => {
  const csv = file('u.csv', 'Navn;Enhet\nOla;NAV-kontoret\n');
  for (const args of [
    ['import-people'],
    ['import-people', projectFile],
    ['import-people', projectFile, csv, '--map', 'email=E-post'],
    ['import-people', projectFile, csv, '--lang', 'se'],
    ['import-people', projectFile, csv, '--frobnicate'],
    ['import-people', projectFile, csv, csv]
  ]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /Usage: bosam import-people PROJECT FILE/);
  }
  const h = run('import-people', '--help');
  assert.equal(h.status, 0);
  assert.match(h.stdout, /--create-units/);
  assert.match(run('--help').stdout, /bosam import-people PROJECT FILE\.csv/);
});

test('a missing project or file exits 1', () => {
  const r = run('import-people', join(dir, 'finnes-ikke.json'), file('v.csv', 'Navn;Enhet\nOla;NAV-kontoret\n'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot read .*finnes-ikke\.json/);
  assert.equal(existsSync(join(dir, 'finnes-ikke.json')), false);
});
