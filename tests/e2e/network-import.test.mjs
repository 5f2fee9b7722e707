// Data view, "Importer nettverk fra CSV eller GraphML": an edge list made from the demo's actor ids is previewed,
// mapped and imported as a new wave (stored, undoable); a bad row is shown with its file and line and nothing
// changes; the section passes axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSession, readStoredRecords, storedProjectDoc, assertClean, waitSaved, storedWhen } from './helpers.mjs';

const b = appSession();

async function chooseFile(page, role, name, text) {
  await page.setInputFiles(`[data-testid="netimport-${role}-file"]`, {
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8')
  });
}

test('an Excel-style edge list: preview, mapping, import as a new wave, undo', async () => {
  const { page } = b;
  const before = await storedProjectDoc(page);
  const ids = before.actors.map((a) => a.id);
  // Columns in an order our suggestion cannot guess completely: "Avsender" and "Mottaker" are known, "Hvor ofte" is not.
  const rows = [['Avsender', 'Mottaker', 'Hvor ofte', 'Merknad']];
  for (let i = 0; i < 12; i += 1)
    rows.push([ids[i], ids[i + 1], String((i % 4) + 1), i === 0 ? '"<b>ikke fet</b>"' : '']);
  const csv = '\ufeff' + rows.map((r) => r.join(';')).join('\r\n') + '\r\n';

  await page.click('[data-testid="nav-data"]');
  await page.waitForSelector('[data-testid="netimport-section"]');
  await chooseFile(page, 'edges', 'kontakter.csv', csv);
  await page.waitForSelector('[data-testid="netimport-edges-preview"]');
  const previewText = await page.textContent('[data-testid="netimport-edges-preview"]');
  assert.match(previewText, /kontakter\.csv: de første 8 av 12 rader/);
  assert.match(previewText, /<b>ikke fet<\/b>/); // text, not markup
  assert.equal(await page.$$eval('[data-testid="netimport-edges-preview"] b', (els) => els.length), 0);
  assert.equal(await page.inputValue('[data-testid="netimport-map-from"]'), 'Avsender');
  assert.equal(await page.inputValue('[data-testid="netimport-map-to"]'), 'Mottaker');
  assert.equal(await page.inputValue('[data-testid="netimport-map-frequency"]'), '');
  await page.selectOption('[data-testid="netimport-map-frequency"]', 'Hvor ofte');
  await page.fill('[data-testid="netimport-wave-label"]', 'Regneark høsten 2026');

  await page.screenshot({ path: '/tmp/shot-netimport.png', fullPage: false });
  const section = await page.$('[data-testid="netimport-section"]');
  await section.screenshot({ path: '/tmp/shot-netimport-section.png' });

  await page.click('[data-testid="netimport-run"]');
  await page.waitForSelector('[data-testid="netimport-report"]');
  assert.match(
    await page.textContent('[data-testid="netimport-report"]'),
    /Runden «Regneark høsten 2026» er lagt til med 12 kontakter/
  );
  const after = await storedWhen(page, (doc) => doc.waves.length === before.waves.length + 1);
  const wave = after.waves.at(-1);
  assert.equal(wave.label, 'Regneark høsten 2026');
  const ties = after.ties.filter((t) => t.waveId === wave.id);
  assert.equal(ties.length, 12);
  assert.deepEqual(ties[3], { from: ids[3], to: ids[4], waveId: wave.id, frequency: 4 });
  await section.screenshot({ path: '/tmp/shot-netimport-report.png' });
  assert.equal(await page.$('[data-testid="netimport-run"]'), null); // the files are cleared: no second import by accident

  // One undo step takes the whole import back.
  await waitSaved(page);
  await page.click('[data-testid="undo"]');
  await storedWhen(page, (doc) => doc.waves.length === before.waves.length);
  assertClean(assert, b);
});

test('a bad row: the error names the file and line, nothing stored changes', async () => {
  const { page } = b;
  const beforeRecords = await readStoredRecords(page);
  const ids = (await storedProjectDoc(page)).actors.map((a) => a.id);
  await page.click('[data-testid="nav-data"]');
  await chooseFile(
    page,
    'edges',
    'feil.csv',
    `fra,til,hyppighet\n${ids[0]},${ids[1]},3\n${ids[1]},ukjent-person,2\n${ids[2]},${ids[0]},7\n`
  );
  await page.waitForSelector('[data-testid="netimport-edges-preview"]');
  assert.equal(await page.inputValue('[data-testid="netimport-map-frequency"]'), 'hyppighet');
  await page.click('[data-testid="netimport-run"]');
  const box = page.locator('[data-testid="netimport-errors"]');
  await box.waitFor();
  assert.equal(await box.getAttribute('role'), 'alert');
  const items = await page.$$eval('[data-testid="netimport-error"]', (els) => els.map((el) => el.textContent));
  assert.equal(items.length, 2);
  assert.match(items[0], /feil\.csv, linje 3, kolonne «til»: ingen person i prosjektet har id «ukjent-person»/);
  assert.match(items[1], /feil\.csv, linje 4, kolonne «hyppighet»: .*fant «7»/);
  // The place is said once, in the message (no separate path badge or "linje …" suffix repeating it).
  assert.equal((items[0].match(/feil\.csv/g) || []).length, 1, items[0]);
  assert.equal((items[0].match(/linje 3/g) || []).length, 1, items[0]);
  assert.deepEqual(await readStoredRecords(page), beforeRecords);

  // A broken file is refused already at the preview, with its line.
  await chooseFile(page, 'edges', 'skjev.csv', 'a,b,c\n1,2,3\n4,5\n');
  await box.waitFor();
  assert.match(await box.textContent(), /skjev\.csv, linje 3 har 2 felt, men overskriftslinjen har 3/);
  await (await page.$('[data-testid="netimport-section"]')).screenshot({ path: '/tmp/shot-netimport-error.png' });
  assertClean(assert, b);
});

test('GraphML: choose the format and a file; the section passes axe', async () => {
  const { page } = b;
  const ids = (await storedProjectDoc(page)).actors.map((a) => a.id);
  await page.click('[data-testid="nav-data"]');
  await page.check('[data-testid="netimport-format-graphml"]');
  const xml =
    `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<key id="w" for="edge" attr.name="weight"/>\n` +
    `<graph edgedefault="directed">\n<node id="${ids[0]}"/><node id="${ids[1]}"/>\n<edge source="${ids[0]}" target="${ids[1]}"><data key="w">2.0</data></edge>\n</graph>\n</graphml>\n`;
  await page.setInputFiles('[data-testid="netimport-graphml-file"]', {
    name: 'g.graphml',
    mimeType: 'application/xml',
    buffer: Buffer.from(xml)
  });
  await page.waitForSelector('[data-testid="netimport-graphml-preview"]');
  assert.equal(await page.inputValue('[data-testid="netimport-map-frequency"]'), 'weight');

  await page.evaluate(await (await import('./helpers.mjs')).axeSource());
  const violations = await page.evaluate(() =>
    window.axe
      .run('[data-testid="netimport-section"]', {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations']
      })
      .then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })))
  );
  assert.deepEqual(violations, []);

  const before = await storedProjectDoc(page);
  await page.click('[data-testid="netimport-run"]');
  await page.waitForSelector('[data-testid="netimport-report"]');
  const after = await storedWhen(page, (doc) => doc.waves.length === before.waves.length + 1);
  assert.deepEqual(
    after.ties.filter((t) => t.waveId === after.waves.at(-1).id).map((t) => [t.from, t.to, t.frequency]),
    [[ids[0], ids[1], 2]]
  );
  assertClean(assert, b);
});
