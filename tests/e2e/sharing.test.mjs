// Sharing: a pseudonymised copy (no names in it, the key kept in the stored project, names restored on
// import), another municipality as a reference in Analyse, and the network for other tools.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  appSession,
  downloadFile,
  importFile,
  readStoredRecords,
  storedProjectDoc,
  openView,
  reloadApp,
  runAxe,
  assertClean,
  demoDoc,
  storedWhen,
  waitSaved
} from './helpers.mjs';

const b = appSession();
let shared = null; // { filename, text } of the pseudonymised copy
let keyedDoc = null; // the stored demo once it holds its key

async function waitFor(check, what, timeout = 15000) {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// The copy and the keyed project the first test makes; a later test run alone (tools/test browser FILE --each)
// makes them by the same step first.
async function ensureCopy(page) {
  if (shared) return;
  await page.click('[data-testid="nav-data"]');
  const { filename, text } = await downloadFile(page, '[data-testid="export-pseudonymized"]');
  shared = { filename, text };
  keyedDoc = await waitFor(async () => {
    const doc = await storedProjectDoc(page);
    return doc && doc.pseudonymKey ? doc : null;
  }, 'the key in the stored project');
}

function assertNoAxeViolations(violations, where) {
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    [],
    where
  );
}

test('pseudonymised copy: no real name in it, a valid project file, and the key is stored in the project', async () => {
  const { page } = b;
  const demo = await demoDoc();
  await page.click('[data-testid="nav-data"]');
  assert.equal(await page.getAttribute('[data-testid="pseudo-key-state"]', 'data-has-key'), 'false');
  const { filename, buffer } = await downloadFile(page, '[data-testid="export-pseudonymized"]');
  const text = buffer.toString('utf8');
  assert.equal(filename, 'eksempel-kommune-pseudonymisert.json');
  const copy = JSON.parse(text);
  assert.equal(copy.format, 'bosam-project');
  assert.equal(copy.id, demo.id);
  assert.equal(typeof copy.pseudonymized, 'object');
  assert.ok(!('pseudonymKey' in copy), 'the key is not in the copy');
  assert.equal(copy.actors.length, demo.actors.length);
  for (const a of demo.actors) assert.ok(!text.includes(a.name), `the name «${a.name}» is in the copy`);
  for (const a of copy.actors) assert.match(a.name, /^P-[0-9a-f]{10}$/);
  shared = { filename, text };

  await page.waitForSelector('[data-testid="pseudo-key-added"]');
  keyedDoc = await waitFor(async () => {
    const doc = await storedProjectDoc(page);
    return doc && doc.pseudonymKey ? doc : null;
  }, 'the key in the stored project');
  assert.match(keyedDoc.pseudonymKey, /^[0-9a-f]{64}$/);
  assert.deepEqual(keyedDoc.actors, demo.actors, 'the original keeps its names');
  assert.equal(await page.getAttribute('[data-testid="pseudo-key-state"]', 'data-has-key'), 'true');

  // A second copy uses the same key: the same codes, and no new key.
  const again = await downloadFile(page, '[data-testid="export-pseudonymized"]');
  assert.deepEqual(JSON.parse(again.buffer.toString('utf8')).actors, copy.actors);
  assert.equal((await storedProjectDoc(page)).pseudonymKey, keyedDoc.pseudonymKey);
  assertNoAxeViolations(await runAxe(page), 'Data view with the sharing sections');
});

test('importing the copy back offers to restore the names; the project comes back exactly', async () => {
  const { page } = b;
  await ensureCopy(page);
  assert.ok(shared, 'needs the copy from the test before');
  await importFile(page, shared.filename, shared.text);
  await page.waitForSelector('[data-testid="dialog"][open]');
  assert.match(await page.textContent('[data-testid="dialog"]'), /Hente tilbake navnene/);
  await page.click('[data-testid="dialog-replace"]');
  await page.waitForSelector('[data-testid="import-ok"]');
  assert.equal(await page.getAttribute('[data-testid="import-pseudo"]', 'data-pseudo'), 'reidentified');
  await waitSaved(page);
  const records = await readStoredRecords(page);
  assert.equal(records.length, 1, 'updated, not added');
  assert.deepEqual(records[0].doc, keyedDoc, 'names, notes and the key are back; nothing else changed');
  assertClean(assert, b);
});

test("reference: the demo's own copy as another municipality gives the same figures but for units, side by side, kept over a reload, as CSV", async () => {
  const { page } = b;
  await ensureCopy(page);
  await openView(page, 'analysis');
  await page.waitForSelector('[data-testid="reference-none"]');
  const copy = (name) => ({ name, mimeType: 'application/json', buffer: Buffer.from(shared.text, 'utf8') });
  await page.setInputFiles('[data-testid="reference-file"]', [copy(shared.filename), copy('kopi-to.json')]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="reference-col"]').length === 2, null, {
    timeout: 60000
  });
  const rows = async () =>
    page.$$eval('[data-testid^="reference-row-"]', (trs) =>
      trs.map((tr) => ({
        key: tr.dataset.testid.slice('reference-row-'.length),
        own: tr.querySelector('[data-testid="reference-own"]').dataset.value,
        refs: [...tr.querySelectorAll('[data-testid="reference-ref"]')].map((td) => td.dataset.value)
      }))
    );
  const first = await rows();
  assert.ok(first.length >= 20, `${first.length} figures`);
  // The copy pools units under 5 people, so what rests on units is the pools'; the rest is the original's.
  const unitBased = ['units', 'externalUnits', 'eiIndex', 'agreementWithUnits', 'functionsDuplicated'];
  for (const r of first) {
    assert.notEqual(r.own, '', `${r.key} has a value`);
    assert.equal(r.refs[0], r.refs[1], `${r.key}: the two copies agree`);
    if (!unitBased.includes(r.key) && !r.key.startsWith('findings'))
      assert.deepEqual(r.refs, [r.own, r.own], `${r.key}: each copy has the same figure as the original`);
  }
  const by = Object.fromEntries(first.map((r) => [r.key, r]));
  const demo = await demoDoc();
  assert.equal(Number(by.people.refs[0]), demo.actors.length);
  assert.equal(Number(by.units.refs[0]), 4, 'three units of 5 people or more and the pool of small units');
  assert.equal(Number(by.externalUnits.refs[0]), 1, 'the partners are one pool');
  assert.match(await page.textContent('[data-testid="reference-list"]'), /pseudonymisert/);
  await page.locator('[data-testid="reference-section"]').screenshot({ path: '/tmp/bosam-reference.png' });
  assertNoAxeViolations(await runAxe(page), 'Analyse with two other municipalities');

  const { filename, buffer } = await downloadFile(page, '[data-testid="reference-download-excel"]');
  assert.match(filename, /nokkeltall-excel-.*\.csv$/);
  const csv = buffer.toString('utf8');
  assert.ok(csv.startsWith('\ufeffnøkkel;tall;'), csv.slice(0, 40));
  const density = csv
    .split('\r\n')
    .find((line) => line.startsWith('density;'))
    .split(';');
  assert.deepEqual(density.slice(0, 2), ['density', 'Tetthet']);
  assert.equal(density.length, 5, 'the open project and the two others');
  for (const cell of density.slice(2))
    assert.ok(Math.abs(Number(cell.replace(',', '.')) - Number(by.density.own)) < 1e-9, cell);

  await reloadApp(page);
  await openView(page, 'analysis');
  await page.waitForSelector('[data-testid="reference-table"]');
  assert.deepEqual(await rows(), first, 'the figures survive a reload');

  await page.click('[data-testid="reference-remove"] >> nth=1');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="reference-col"]').length === 1);
  await page.click('[data-testid="reference-remove"]');
  await page.waitForSelector('[data-testid="reference-none"]');
  await reloadApp(page);
  await openView(page, 'analysis');
  await page.waitForSelector('[data-testid="reference-none"]');
});

test('reference: a broken file is refused with its error, and nothing is remembered', async () => {
  const { page } = b;
  await openView(page, 'analysis');
  await page.setInputFiles('[data-testid="reference-file"]', {
    name: 'odelagt.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "bosam-project",', 'utf8')
  });
  await page.waitForSelector('[data-testid="reference-errors"]');
  assert.match(await page.textContent('[data-testid="reference-errors"]'), /«odelagt\.json»/);
  assert.equal(await page.locator('[data-testid="reference-table"]').count(), 0);
});

test('network export: GraphML is well-formed XML with one node per person', async () => {
  const { page } = b;
  const demo = await demoDoc();
  await page.click('[data-testid="nav-data"]');
  await page.selectOption('[data-testid="netexport-format"]', 'graphml');
  const { filename, buffer } = await downloadFile(page, '[data-testid="netexport-button"]');
  assert.match(filename, /^eksempel-kommune-w-2026-.*\.graphml$/);
  const parsed = await page.evaluate((xml) => {
    const d = new DOMParser().parseFromString(xml, 'application/xml');
    return {
      error: d.getElementsByTagName('parsererror').length,
      nodes: d.getElementsByTagName('node').length,
      root: d.documentElement.localName
    };
  }, buffer.toString('utf8'));
  assert.deepEqual(parsed, { error: 0, nodes: demo.actors.length, root: 'graphml' });
  await page.waitForSelector('[data-testid="netexport-ok"]');
});

test('network export: the Norwegian Excel CSVs start with a BOM and use semicolons', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-data"]');
  await page.selectOption('[data-testid="netexport-format"]', 'csv-excel');
  assert.match(await page.textContent('[data-testid="netexport-format-help"]'), /semikolon/);
  const files = [];
  const got = new Promise((resolve) => {
    page.on('download', async (dl) => {
      files.push({ filename: dl.suggestedFilename(), buffer: await readFile(await dl.path()) });
      if (files.length === 2) resolve();
    });
  });
  await page.click('[data-testid="netexport-button"]');
  await got;
  assert.deepEqual(files.map((f) => f.filename).sort(), [
    'eksempel-kommune-w-2026-excel-edges.csv',
    'eksempel-kommune-w-2026-excel-nodes.csv'
  ]);
  for (const f of files) {
    assert.deepEqual([...f.buffer.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${f.filename} starts with a UTF-8 BOM`);
    const header = f.buffer.subarray(3).toString('utf8').split(/\r?\n/)[0];
    assert.ok(header.split(';').length > 2, `${f.filename}: ${header}`);
    assert.ok(!header.includes(','), `${f.filename}: no commas in the header`);
  }
  await page.locator('[data-testid="netexport-section"]').screenshot({ path: '/tmp/bosam-netexport.png' });
  assertNoAxeViolations(await runAxe(page), 'Data view after the network export');
});

test('the floor: set in Oversikt, it decides what the copy pools, and the copy lists every pooled unit', async () => {
  const { page } = b;
  await openView(page, 'overview');
  const field = page.locator('[data-testid="min-group-size"]');
  assert.equal(await field.inputValue(), '5', 'the default');
  await field.fill('1');
  await field.press('Enter');
  // The core's own words for a value out of range, under the field; nothing stored.
  await page.waitForSelector('[data-testid="overview-floor"] [data-testid="field-error"]');
  assert.match(await page.textContent('[data-testid="overview-floor"]'), /helt tall fra 2 til 50; fant 1/);
  await field.fill('4');
  await field.press('Enter');
  await storedWhen(page, (d) => d.settings && d.settings.minGroupSize === 4);

  await page.click('[data-testid="nav-data"]');
  assert.match(await page.textContent('[data-testid="pseudo-floor"]'), /færre enn 4 personer/);
  await page.check('[data-testid="pseudo-keep-roles"]');
  await page.waitForSelector('[data-testid="pseudo-keep-warning"]');
  const { buffer } = await downloadFile(page, '[data-testid="export-pseudonymized"]');
  const copy = JSON.parse(buffer.toString('utf8'));
  assert.ok(
    copy.actors.every((a) => typeof a.role === 'string'),
    'job titles kept, as ticked'
  );
  await page.waitForSelector('[data-testid="pseudo-pooled"]');
  // By hand at 4: the internal units of 2-3 people (Barnevernet, Plan og bygg, Økonomiavdelingen, Servicetorget,
  // Kommunedirektørens stab: 12 people) and all five partners (7 people).
  const rows = await page.$$eval('[data-testid="pooled-unit"]', (trs) =>
    trs.map((tr) => [tr.querySelector('th').textContent, tr.dataset.pool])
  );
  assert.equal(rows.length, 10);
  assert.deepEqual(rows[0], ['Barnevernet', 'u-pool-internal']);
  assert.deepEqual(rows[5], ['Husbanken', 'u-pool-external']);
  const pools = await page.$$eval('[data-testid="pooled-pool"]', (lis) => lis.map((li) => li.textContent.trim()));
  assert.deepEqual(pools, ['«Små enheter»: 12 personer fra 5 enheter', '«Små eksterne»: 7 personer fra 5 enheter']);
  assert.match(await page.textContent('[data-testid="pseudo-kept-roles"]'), /Stillingstitlene er med i kopien/);
  assert.match(await page.textContent('[data-testid="pseudo-dropped-locations"]'), /Stedene er tatt bort/);
  assertNoAxeViolations(await runAxe(page), 'Data view with the list of pooled units');
});

test('a pseudonymised copy of a project not kept here imports as it is: codes stay codes', async () => {
  const { page } = b;
  await ensureCopy(page);
  const copy = JSON.parse(shared.text);
  copy.id = 'annen-kommune-1';
  copy.municipality.name = 'Annen kommune';
  await importFile(page, 'annen-pseudonymisert.json', JSON.stringify(copy));
  await page.waitForSelector('[data-testid="import-ok"]');
  assert.equal(await page.getAttribute('[data-testid="import-pseudo"]', 'data-pseudo'), 'codes');
  await waitSaved(page);
  const stored = (await readStoredRecords(page)).find((r) => r.id === 'annen-kommune-1');
  assert.deepEqual(
    stored.doc.actors.map((a) => a.name),
    copy.actors.map((a) => a.name)
  );
  assert.ok(!('pseudonymKey' in stored.doc));
  assertClean(assert, b);
});
