// The staff-list import in the app's state layer (state/people-import-actions.js) against the real WASM core, the
// .xlsx writer (lib/xlsx.js), the network import's panel and choices (state/netimport-actions.js), and the person
// form's FTE field (lib/org.js parseFte). Expected values are worked out by hand from the files written here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { makeApp } from './fixtures/harness.mjs';
import { parseFte } from '../../www/src/lib/org.js';
import { writeXlsx, columnIndex, columnName, isZip } from '../../www/src/lib/xlsx.js';
import { peopleOptions, mappingFrom } from '../../www/src/state/people-import-actions.js';
import { missingChoices, emptyNetImport } from '../../www/src/state/netimport-actions.js';

const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);
const skip = existsSync(CORE_JS) ? false : 'build/wasm/bosam-core.js is missing';

/** A chosen file as the browser gives it (Node 18 has no File). */
const file = (name, content) => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

/** An app with a new, empty project (units added by `units`), on the real core. */
async function emptyProjectApp(answers = [], units = []) {
  const h = await makeApp({ instance: await require(CORE_JS)(), answers: ['Testkommune', ...answers] });
  await h.actions.createProject();
  if (units.length) {
    await h.actions.updateCurrent(
      (doc) => {
        doc.units = units.map((name, i) => ({ id: `u-${i + 1}`, name }));
      },
      { label: { key: 'history.someChange' } }
    );
  }
  return h;
}

describe('the person form', () => {
  it('regression: the FTE field refused "50 %" (now 0.5); above one is the core\'s to warn about, not the form\'s to refuse', () => {
    assert.deepEqual(parseFte('50 %'), { ok: true, value: 0.5 });
    assert.deepEqual(parseFte('50%'), { ok: true, value: 0.5 });
    assert.deepEqual(parseFte('50\u00a0%'), { ok: true, value: 0.5 });
    assert.deepEqual(parseFte('12,5 %'), { ok: true, value: 0.125 });
    assert.deepEqual(parseFte('100 %'), { ok: true, value: 1 });
    assert.deepEqual(parseFte('150 %'), { ok: true, value: 1.5 });
    assert.deepEqual(
      parseFte('50'),
      { ok: true, value: 50 },
      'not guessed as per cent; the core warns (fte-above-one)'
    );
    assert.deepEqual(parseFte('0,5'), { ok: true, value: 0.5 });
    assert.deepEqual(parseFte('%'), { ok: false, reason: 'number' });
    assert.deepEqual(parseFte('50 %%'), { ok: false, reason: 'number' });
  });
});

describe('the staff-list import: pure pieces', () => {
  it('peopleOptions sends every field ("" = not used) and the workbook rows as a table', () => {
    const mapping = mappingFrom({ name: 'Navn', firstName: null, unit: 'Enhet', fte: undefined });
    assert.deepEqual(mapping, {
      name: 'Navn',
      firstName: '',
      lastName: '',
      unit: 'Enhet',
      role: '',
      fte: '',
      location: ''
    });
    const table = { header: ['Navn'], rows: [['Kari']], lines: [2] };
    assert.deepEqual(peopleOptions({ name: 'a.xlsx', kind: 'xlsx', table }, mapping, 'nb', { createUnits: true }), {
      name: 'a.xlsx',
      lang: 'nb',
      createUnits: true,
      table,
      map: mapping
    });
    assert.deepEqual(peopleOptions({ name: 'a.csv', kind: 'csv', bytes: new Uint8Array() }, null, 'en'), {
      name: 'a.csv',
      lang: 'en'
    });
  });

  it('writeXlsx: a zip with the parts Excel needs and the cells as inline text, escaped', () => {
    const bytes = writeXlsx(
      [
        ['Navn', 'Enhet'],
        ['Kari & <Ola>', 'NAV']
      ],
      'Ansatte'
    );
    assert.ok(isZip(bytes));
    const files = unzipSync(bytes);
    assert.deepEqual(Object.keys(files).sort(), [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml'
    ]);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    assert.match(sheet, /<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">Navn<\/t><\/is><\/c>/);
    assert.match(sheet, /<c r="A2" t="inlineStr"><is><t xml:space="preserve">Kari &amp; &lt;Ola&gt;<\/t><\/is><\/c>/);
    assert.match(strFromU8(files['xl/workbook.xml']), /<sheet name="Ansatte" sheetId="1" r:id="rId1"\/>/);
  });

  it('cell references: letters to columns and back', () => {
    assert.deepEqual(['A1', 'C7', 'Z9', 'AA1', 'ab12', '12'].map(columnIndex), [0, 2, 25, 26, 27, -1]);
    assert.deepEqual([0, 2, 25, 26, 27, 701, 702].map(columnName), ['A', 'C', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('the staff-list import (WASM core)', { skip }, () => {
  const csv =
    '\ufeffNavn;Enhet;Stilling;Stillingsprosent\r\nKari Nordmann;NAV-kontoret;Rådgiver;50 %\r\n' +
    'Ola Hansen;Boligtjenesten;Konsulent;80\r\nPer Pål;nav-kontoret;;0,5\r\n';

  it('preview, then an import that creates a unit after the coordinator agrees; one undo takes it all back', async () => {
    const h = await emptyProjectApp(['create'], ['NAV-kontoret']);
    const before = h.state().current.doc;
    assert.equal(await h.actions.peopleImportFile(file('ansatte.csv', csv)), true);
    const pi = h.state().peopleImport;
    assert.equal(pi.file.preview.rowCount, 3);
    assert.deepEqual(pi.file.preview.lines, [2, 3, 4]);
    assert.deepEqual(pi.mapping, {
      name: 'Navn',
      firstName: '',
      lastName: '',
      unit: 'Enhet',
      role: 'Stilling',
      fte: 'Stillingsprosent',
      location: ''
    });

    const report = await h.actions.peopleImportRun();
    assert.equal(h.dialogs.asked.length, 2); // the project's name, then the new unit
    assert.deepEqual(h.dialogs.asked[1].bodyParams, { count: 1, units: '«Boligtjenesten»' });
    assert.equal(report.added, 3);
    const doc = h.state().current.doc;
    assert.deepEqual(
      doc.units.map((u) => u.name),
      ['NAV-kontoret', 'Boligtjenesten']
    );
    assert.deepEqual(
      doc.actors.map((a) => [a.name, a.unitId, a.fte]),
      [
        ['Kari Nordmann', 'u-1', 0.5],
        ['Ola Hansen', 'u-import-1', 0.8],
        ['Per Pål', 'u-1', 0.5]
      ]
    );
    assert.equal(h.state().peopleImport.status, 'ok');
    assert.equal(h.state().peopleImport.file, null, 'the file is cleared: a second click cannot import it twice');

    await h.actions.undo();
    await h.actions.editsSettled();
    assert.deepEqual(h.state().current.doc, before);
  });

  it('a new unit ticked as an external partner in the confirmation is created as one', async () => {
    const h = await emptyProjectApp([{ value: 'create', checked: ['Boligtjenesten'] }], ['NAV-kontoret']);
    await h.actions.peopleImportFile(file('ansatte.csv', csv));
    const report = await h.actions.peopleImportRun();
    assert.deepEqual(h.dialogs.asked[1].checks.items, [{ value: 'Boligtjenesten', label: 'Boligtjenesten' }]);
    assert.deepEqual(report.unitsCreated, [{ id: 'u-import-1', name: 'Boligtjenesten', external: true }]);
    assert.deepEqual(
      h.state().current.doc.units.map((u) => [u.name, u.external === true]),
      [
        ['NAV-kontoret', false],
        ['Boligtjenesten', true]
      ]
    );
  });

  it('declining the new units changes nothing', async () => {
    const h = await emptyProjectApp([null], ['NAV-kontoret']);
    const before = h.state().current.doc;
    await h.actions.peopleImportFile(file('ansatte.csv', csv));
    assert.equal(await h.actions.peopleImportRun(), null);
    assert.equal(h.state().peopleImport.status, 'declined');
    assert.equal(h.state().current.doc, before);
  });

  it('errors come from the core with the row and column as data, and nothing changes', async () => {
    const h = await emptyProjectApp([], ['NAV-kontoret']);
    const before = h.state().current.doc;
    await h.actions.peopleImportFile(file('feil.csv', 'Navn;Enhet;Stillingsprosent\nKari;NAV-kontoret;halv\n'));
    await h.actions.peopleImportRun();
    const pi = h.state().peopleImport;
    assert.equal(pi.status, 'failed');
    assert.deepEqual(
      { ...pi.errors[0], message: undefined },
      { path: 'feil.csv', code: 'people-bad-fte', message: undefined, line: 2, column: 3 }
    );
    assert.match(pi.errors[0].message, /^Rad 2, kolonnen «Stillingsprosent»: «halv» er ikke et tall\./);
    assert.equal(h.state().current.doc, before);
  });

  it('a Windows-1252 file is refused when chosen, with the advice to save it as CSV UTF-8', async () => {
    const h = await emptyProjectApp();
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('Navn;Enhet\nBj'),
      0xf8,
      ...new TextEncoder().encode('rn;NAV\n')
    ]);
    assert.equal(await h.actions.peopleImportFile(file('ansi.csv', bytes)), false);
    assert.equal(h.state().peopleImport.errors[0].code, 'people-not-utf8');
    assert.match(h.state().peopleImport.errors[0].message, /«CSV UTF-8 \(kommadelt\)»/);
  });

  it('the templates: CSV for Norwegian Excel and a workbook, with headers the core recognises', async () => {
    const h = await emptyProjectApp();
    h.actions.peopleImportTemplate('csv');
    h.actions.peopleImportTemplate('xlsx');
    const [c, x] = h.downloads;
    assert.equal(c.filename, 'ansattliste-mal.csv');
    assert.equal(c.text, '\ufeffNavn;Enhet;Stilling;Stillingsprosent;Arbeidssted\r\n');
    assert.equal(x.filename, 'ansattliste-mal.xlsx');
    assert.ok(isZip(x.text));
    const env = JSON.parse(
      h.coreInstance.peoplePreview('Navn;Enhet;Stilling;Stillingsprosent;Arbeidssted\nKari;A;B;1;C\n', '{}')
    );
    assert.deepEqual(env.result.suggestedMapping, {
      name: 'Navn',
      firstName: null,
      lastName: null,
      unit: 'Enhet',
      role: 'Stilling',
      fte: 'Stillingsprosent',
      location: 'Arbeidssted'
    });
  });

  it('the template in nynorsk: the headers in nynorsk', async () => {
    const h = await makeApp({ instance: await require(CORE_JS)(), answers: ['Testkommune'], lang: 'nn' });
    await h.actions.createProject();
    h.actions.peopleImportTemplate('csv');
    assert.equal(h.downloads[0].filename, 'tilsette-mal.csv');
    assert.equal(h.downloads[0].text, '\ufeffNamn;Eining;Stilling;Stillingsprosent;Arbeidsstad\r\n');
  });

  it('the template in nynorsk: the core recognises its headers', async () => {
    const core = await require(CORE_JS)();
    const env = JSON.parse(
      core.peoplePreview('Namn;Eining;Stilling;Stillingsprosent;Arbeidsstad\nKari;A;B;1;C\n', '{"lang":"nn"}')
    );
    assert.deepEqual(env.result.suggestedMapping, {
      name: 'Namn',
      firstName: null,
      lastName: null,
      unit: 'Eining',
      role: 'Stilling',
      fte: 'Stillingsprosent',
      location: 'Arbeidsstad'
    });
  });

  it("regression: the panels kept the previous project's file and mapping when another project was opened", async () => {
    const h = await emptyProjectApp(['Kommune 2'], ['NAV-kontoret']);
    const first = h.state().current.id;
    await h.actions.peopleImportFile(file('ansatte.csv', csv));
    await h.actions.netImportFile('edges', file('kontakter.csv', 'Fra;Til;Hyppighet\na;b;Ukentlig\n'));
    assert.ok(h.state().peopleImport.file);
    assert.equal(h.state().netImport.files.edges.name, 'kontakter.csv');
    assert.equal(h.state().netImport.mapping.from, 'Fra');
    await h.actions.createProject(); // another project opens
    assert.notEqual(h.state().current.id, first);
    assert.equal(h.state().peopleImport, null);
    assert.equal(h.state().netImport, null);
  });
});

describe('the network import: what must be chosen before it can run', () => {
  it('regression: an import without From/To reached the coordinator as "mapping.from" / import-missing-mapping', () => {
    const ni = emptyNetImport();
    ni.files.edges = { name: 'a.csv' };
    assert.deepEqual(missingChoices(ni), ['from', 'to', 'frequency']);
    ni.mapping = { ...ni.mapping, from: 'A', to: 'B' };
    ni.defaultFrequency = '3';
    assert.deepEqual(missingChoices(ni), []);
    ni.files.nodes = { name: 'n.csv' };
    assert.deepEqual(missingChoices(ni), ['nodeId']);
    assert.deepEqual(
      missingChoices({ ...emptyNetImport(), format: 'graphml', mapping: { ...ni.mapping, frequency: 'w' } }),
      []
    );
  });
});
