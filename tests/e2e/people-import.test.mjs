// Organisasjon › Importer ansattliste, from an EMPTY project (not the demo): a staff list of 12 people in 7 units,
// one of which does not exist yet, is previewed with its guessed columns, the new unit is named and confirmed, the
// report counts what happened and one undo takes it all back; an .xlsx list (built here with fflate, the way Excel
// writes it: shared strings, rich text, numbers; a title above the headers, a repeated row, a partner unit ticked
// external in the confirmation) imports too; a bad file names the row and column in plain words and
// changes nothing; the panels start afresh in another project. Axe runs on the section. Screenshots: /tmp/people-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zipSync, strToU8 } from 'fflate';
import {
  appSession,
  storedProjectDoc,
  readStoredRecords,
  waitSaved,
  runAxe,
  assertClean,
  downloadFile,
  storedWhen
} from './helpers.mjs';

const b = appSession({ demo: false, viewport: { width: 1366, height: 768 } });
const UNITS = [
  'NAV-kontoret',
  'Boligkontoret',
  'Helse og omsorg',
  'Psykisk helse og rus',
  'Flyktningtjenesten',
  'Eiendom KF'
];

async function chooseFile(page, name, content, mimeType = 'text/csv') {
  await page.setInputFiles('[data-testid="people-file"]', {
    name,
    mimeType,
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
  });
}

async function newProject(page, name) {
  await page.click('[data-testid="nav-projects"]');
  await page.click('[data-testid="new-project"]');
  await page.fill('[data-testid="dialog-input"]', name);
  await page.keyboard.press('Enter');
  await waitSaved(page);
}

async function addUnit(page, name) {
  await page.click('[data-testid="add-unit"]');
  await page.waitForSelector('[data-testid="unit-dialog"][open]');
  await page.fill('[data-testid="unit-name"]', name);
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="unit-dialog"]', { state: 'detached' });
  await waitSaved(page);
}

// The empty project with six units that the first test makes; a later test run alone (tools/test browser FILE
// --each) makes it the same way first.
async function ensureProject(page) {
  if ((await readStoredRecords(page)).length > 0) return;
  await newProject(page, 'Tomkommune');
  await page.click('[data-testid="nav-organisation"]');
  for (const u of UNITS) await addUnit(page, u);
}

// 12 people in 7 units; "Boligtjenesten" is not in the project. Stillingsprosent as people type it.
const STAFF = [
  ['Kari Nordmann', 'NAV-kontoret', 'Veileder', '50 %'],
  ['Ola Hansen', 'NAV-kontoret', 'Rådgiver', '100'],
  ['Ingrid Berg', 'Boligkontoret', 'Saksbehandler', '0,8'],
  ['Per Olsen', 'boligkontoret', 'Leder', '1'],
  ['Aisha Khan', 'Helse og omsorg', 'Tildeler', '60%'],
  ['Lars Moe', 'Helse og omsorg', 'Sykepleier', ''],
  ['Marit Dahl', 'Psykisk helse og rus', 'Miljøterapeut', '40 %'],
  ['Jonas Lie', 'Flyktningtjenesten', 'Programrådgiver', '0.5'],
  ['Sara Nilsen', 'Eiendom KF', 'Forvalter', '20'],
  ['Tor Bakke', 'Boligtjenesten', 'Boveileder', '100 %'],
  ['Hanne Vik', 'Boligtjenesten', 'Boveileder', '80 %'],
  ['Emil Strand', 'Eiendom KF', 'Tekniker', '30 %']
];
const staffCsv =
  '\ufeff' +
  [['Navn', 'Enhet', 'Stilling', 'Stillingsprosent'], ...STAFF].map((r) => r.join(';')).join('\r\n') +
  '\r\n';

test('from an empty project: 12 people in 7 units, the new unit confirmed by name, one undo takes it all back', async () => {
  const { page } = b;
  await newProject(page, 'Tomkommune');
  await page.click('[data-testid="nav-organisation"]');
  for (const u of UNITS) await addUnit(page, u);
  const before = await storedWhen(page, (doc) => doc.units.length === 6);
  assert.equal(before.actors.length, 0);

  const section = page.locator('[data-testid="people-import-section"]');
  assert.match(await section.textContent(), /Stillingsprosent.*50 %, 50 eller 0,5/);
  await chooseFile(page, 'ansatte.csv', staffCsv);
  await page.waitForSelector('[data-testid="people-preview"]');
  assert.match(await page.textContent('[data-testid="people-preview"]'), /ansatte\.csv: de første 8 av 12 rader/);
  for (const [field, column] of [
    ['name', 'Navn'],
    ['unit', 'Enhet'],
    ['role', 'Stilling'],
    ['fte', 'Stillingsprosent'],
    ['location', '']
  ]) {
    assert.equal(await page.inputValue(`[data-testid="people-map-${field}"]`), column, field);
  }
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/people-preview.png' });
  await page.locator('[data-testid="people-run"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/people-mapping.png' });
  assert.deepEqual(await runAxe(page), [], 'axe with the preview');

  await page.click('[data-testid="people-run"]');
  await page.waitForSelector('dialog[open] [data-testid="dialog-create"]');
  const dialogText = await page.textContent('dialog[open]');
  assert.match(dialogText, /Opprette 1 ny enhet\?/);
  assert.match(dialogText, /Denne enheten finnes ikke og blir opprettet: «Boligtjenesten»\./);
  await page.screenshot({ path: '/tmp/people-confirm.png' });
  await page.click('[data-testid="dialog-create"]');

  await page.waitForSelector('[data-testid="people-import-report"]');
  const reportText = await page.textContent('[data-testid="people-import-report"]');
  assert.match(reportText, /12 personer lagt til, 0 oppdatert og 1 enhet opprettet/);
  assert.match(reportText, /Lagt til: Kari Nordmann, .*, Tor Bakke og 2 til\./);
  const after = await storedWhen(page, (doc) => doc.actors.length === 12);
  assert.equal(after.units.length, 7);
  const boligtjenesten = after.units.find((u) => u.name === 'Boligtjenesten');
  assert.equal(boligtjenesten.external, false);
  const byName = Object.fromEntries(after.actors.map((a) => [a.name, a]));
  assert.equal(byName['Tor Bakke'].unitId, boligtjenesten.id);
  assert.equal(byName['Per Olsen'].unitId, after.units.find((u) => u.name === 'Boligkontoret').id);
  // 50 % -> 0.5, "100" -> 1, 0,8, "1" -> 1, 60% -> 0.6, empty -> none, "20" -> 0.2
  assert.deepEqual(
    ['Kari Nordmann', 'Ola Hansen', 'Ingrid Berg', 'Per Olsen', 'Aisha Khan', 'Lars Moe', 'Sara Nilsen'].map(
      (n) => byName[n].fte
    ),
    [0.5, 1, 0.8, 1, 0.6, undefined, 0.2]
  );
  await section.scrollIntoViewIfNeeded();
  await page.locator('[data-testid="people-import-report"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/people-report.png' });
  assert.deepEqual(await runAxe(page), [], 'axe with the report');

  await waitSaved(page);
  await page.click('[data-testid="undo"]');
  const undone = await storedWhen(page, (doc) => doc.actors.length === 0);
  assert.deepEqual(
    undone.units.map((u) => u.name),
    UNITS
  );
  assertClean(assert, b);
});

// An .xlsx the way HR's extract comes from Excel: a title in row 1, row 2 empty, the headers in row 3 (the unit's
// header "Avdeling/enhet"), shared strings (one in two rich-text runs), numbers as numbers (0.6 in the 17 digits
// older Excel writes), an empty row 5 (so the rows are 4, 6, 7, 8), a cell reference skipping a column, one person
// listed twice with the same values (rows 7 and 8), and a unit the project does not have (a partner).
function excelWorkbook() {
  const shared = [
    'Navn',
    'Avdeling/enhet',
    'Stilling',
    'Stillingsprosent',
    'NAV-kontoret',
    'Rådgiver',
    'Eiendom KF',
    'Testvik boligstiftelse',
    'Ansattliste boligsosialt arbeid \u2013 Testvik kommune (uttrekk fra HR 01.10.2025)'
  ];
  const s = (text) => shared.indexOf(text);
  const str = (ref, text) => `<c r="${ref}" t="s"><v>${s(text)}</v></c>`;
  const num = (ref, v) => `<c r="${ref}"><v>${v}</v></c>`;
  const vera = (r) =>
    `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Vera Lund</t></is></c>${str(`B${r}`, 'Testvik boligstiftelse')}${str(`C${r}`, 'Rådgiver')}${num(`D${r}`, '50')}</row>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1">${str('A1', shared[8])}</row>
<row r="3">${str('A3', 'Navn')}${str('B3', 'Avdeling/enhet')}${str('C3', 'Stilling')}${str('D3', 'Stillingsprosent')}</row>
<row r="4"><c r="A4" t="s"><v>${shared.length}</v></c>${str('B4', 'NAV-kontoret')}${str('C4', 'Rådgiver')}${num('D4', '0.59999999999999998')}</row>
<row r="6"><c r="A6" t="inlineStr"><is><t>Nils Ås</t></is></c>${str('B6', 'Eiendom KF')}${num('D6', '1')}</row>
${vera(7)}
${vera(8)}
</sheetData></worksheet>`;
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${shared.map((t) => `<si><t>${t}</t></si>`).join('')}<si><r><t xml:space="preserve">Mona </t></r><r><rPr><b/></rPr><t>Berg</t></r><rPh><t>x</t></rPh></si></sst>`;
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
      ),
      'xl/workbook.xml': strToU8(
        `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="Ansatte" sheetId="1" r:id="rId7"/></sheets></workbook>`
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${rel}/worksheet" Target="worksheets/ark1.xml"/></Relationships>`
      ),
      'xl/worksheets/ark1.xml': strToU8(sheet),
      'xl/sharedStrings.xml': strToU8(sst)
    })
  );
}

test('regression: an .xlsx with a title above the headers took the title as the header; a partner unit is ticked external', async () => {
  const { page } = b;
  await ensureProject(page);
  await page.click('[data-testid="nav-organisation"]');
  await chooseFile(
    page,
    'ansatte.xlsx',
    excelWorkbook(),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  );
  await page.waitForSelector('[data-testid="people-preview"]');
  assert.equal(
    await page.textContent('[data-testid="people-preview-notes"]'),
    'Overskriftene står på rad 3; radene over er hoppet over.'
  );
  const preview = await page.textContent('[data-testid="people-preview"]');
  assert.match(preview, /Mona Berg/);
  assert.doesNotMatch(preview, /Ansattliste boligsosialt/);
  const rowNumbers = await page.$$eval('[data-testid="people-preview"] tbody th', (els) =>
    els.map((e) => e.textContent)
  );
  assert.deepEqual(rowNumbers, ['4', '6', '7', '8']);
  assert.equal(await page.inputValue('[data-testid="people-map-unit"]'), 'Avdeling/enhet');
  assert.equal(await page.inputValue('[data-testid="people-map-fte"]'), 'Stillingsprosent');
  assert.match(
    await page.textContent('[data-testid="people-fte-note"]'),
    /^Kolonnen «Stillingsprosent» leses som hver persons hele stilling\./
  );
  await page.locator('[data-testid="people-preview-notes"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/import-xlsx-title-preview.png' });

  await page.click('[data-testid="people-run"]');
  await page.waitForSelector('dialog[open] [data-testid="dialog-create"]');
  assert.match(await page.textContent('dialog[open] legend'), /Eksterne samarbeidspartnere/);
  // By keyboard: from Cancel (where the dialog starts) back to the box, Space ticks it.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'dialog-check-0');
  await page.keyboard.press('Space');
  assert.equal(await page.isChecked('[data-testid="dialog-check-0"]'), true);
  await page.screenshot({ path: '/tmp/import-external-confirm.png' });
  assert.deepEqual(await runAxe(page), [], 'axe with the confirmation and its boxes');
  await page.click('[data-testid="dialog-create"]');

  await page.waitForSelector('[data-testid="people-import-report"]');
  const report = await page.textContent('[data-testid="people-import-report"]');
  assert.match(report, /3 personer lagt til, 0 oppdatert og 1 enhet opprettet/);
  assert.match(report, /Nye enheter: Testvik boligstiftelse \(ekstern samarbeidspartner\)\./);
  assert.match(report, /Rad 8 er lik rad 7 \(«Vera Lund»\), så personen er lest inn én gang\./);
  const doc = await storedWhen(page, (d) => d.actors.length === 3);
  assert.deepEqual(
    doc.actors.map((a) => [a.name, a.role, a.fte]),
    [
      ['Mona Berg', 'Rådgiver', 0.6],
      ['Nils Ås', undefined, 1],
      ['Vera Lund', 'Rådgiver', 0.5]
    ]
  );
  assert.equal(doc.units.find((u) => u.name === 'Testvik boligstiftelse').external, true);
  await page.locator('[data-testid="people-import-report"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/import-xlsx-report.png' });
  await waitSaved(page);
  await page.click('[data-testid="undo"]');
  await storedWhen(page, (d) => d.actors.length === 0 && d.units.length === 6);
  assertClean(assert, b);
});

test('a bad file names the row and column in plain words and changes nothing', async () => {
  const { page } = b;
  await ensureProject(page);
  const records = await readStoredRecords(page);
  await page.click('[data-testid="nav-organisation"]');
  await chooseFile(
    page,
    'feil.csv',
    'Navn;Enhet;Stillingsprosent\nKari Nordmann;NAV-kontoret;50 %\nOla Hansen;NAV-kontoret;halv\n'
  );
  await page.waitForSelector('[data-testid="people-preview"]');
  await page.click('[data-testid="people-run"]');
  const box = page.locator('[data-testid="people-import-errors"]');
  await box.waitFor();
  const main = await box.locator('.error-message').allTextContents();
  assert.equal(main.length, 1);
  assert.match(main[0], /^Rad 3, kolonnen «Stillingsprosent»: «halv» er ikke et tall\./);
  // The code stays as data, folded away under the technical details.
  assert.equal(await box.locator('details .error-path').count(), 1);
  assert.match(await box.locator('details').textContent(), /people-bad-fte/);
  await box.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/people-error.png' });
  assert.deepEqual(await runAxe(page), [], 'axe with the errors');

  // A Windows-1252 file: refused when chosen, with the advice.
  await chooseFile(
    page,
    'ansi.csv',
    Buffer.concat([Buffer.from('Navn;Enhet\nBj'), Buffer.from([0xf8]), Buffer.from('rn;NAV-kontoret\n')])
  );
  await page.waitForFunction(() =>
    /UTF-8/.test(document.querySelector('[data-testid="people-import-errors"]')?.textContent || '')
  );
  assert.match(
    await box.locator('.error-message').first().textContent(),
    /ikke lagret som UTF-8.*«CSV UTF-8 \(kommadelt\)»/
  );
  assert.deepEqual(await readStoredRecords(page), records, 'nothing stored changed');
  assertClean(assert, b);
});

test('the templates download as CSV for Norwegian Excel and as .xlsx', async () => {
  const { page } = b;
  await ensureProject(page);
  await page.click('[data-testid="nav-organisation"]');
  const csv = await downloadFile(page, '[data-testid="people-template-csv"]');
  assert.equal(csv.filename, 'ansattliste-mal.csv');
  assert.equal(csv.text, '\ufeffNavn;Enhet;Stilling;Stillingsprosent;Arbeidssted\r\n');
  const xlsx = await downloadFile(page, '[data-testid="people-template-xlsx"]');
  assert.equal(xlsx.filename, 'ansattliste-mal.xlsx');
  assert.deepEqual([...xlsx.buffer.subarray(0, 4)], [0x50, 0x4b, 3, 4]);
  // The workbook reads back through the app: its one row is the header, so it has no people yet.
  await chooseFile(
    page,
    'ansattliste-mal.xlsx',
    xlsx.buffer,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  );
  await page.waitForFunction(() =>
    /bare overskriftslinjen/.test(document.querySelector('[data-testid="people-import-errors"]')?.textContent || '')
  );
});

test("regression: the import panels kept the previous project's file and mapping when another project was opened", async () => {
  const { page } = b;
  await ensureProject(page);
  await page.click('[data-testid="nav-organisation"]');
  await chooseFile(page, 'ansatte.csv', staffCsv);
  await page.waitForSelector('[data-testid="people-preview"]');
  await page.click('[data-testid="nav-data"]');
  await page.setInputFiles('[data-testid="netimport-edges-file"]', {
    name: 'kontakter.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('A;B;C\nx;y;Ukentlig\n')
  });
  await page.waitForSelector('[data-testid="netimport-edges-preview"]');
  // Columns the import cannot guess: the button waits, and says in words what to choose (no mapping.from).
  assert.equal(await page.isDisabled('[data-testid="netimport-run"]'), true);
  assert.match(
    await page.textContent('[data-testid="netimport-missing"]'),
    /Før du kan importere, må du velge kolonnen for Fra, kolonnen for Til og en kolonne for hyppighet eller én hyppighet for alle kontaktene\./
  );
  const sectionText = await page.textContent('[data-testid="netimport-section"]');
  assert.doesNotMatch(sectionText, /mapping\.|import-missing-mapping/);
  await page.locator('[data-testid="netimport-section"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/people-netimport-missing.png' });

  await newProject(page, 'Annen kommune');
  await page.click('[data-testid="nav-data"]');
  await page.waitForSelector('[data-testid="netimport-section"]');
  assert.equal(await page.$('[data-testid="netimport-edges-preview"]'), null);
  assert.equal(await page.$('[data-testid="netimport-edges-name"]'), null);
  await page.click('[data-testid="nav-organisation"]');
  await page.waitForSelector('[data-testid="people-import-section"]');
  assert.equal(await page.$('[data-testid="people-preview"]'), null);
  assertClean(assert, b);
});
