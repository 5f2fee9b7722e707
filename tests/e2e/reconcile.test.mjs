// A colleague's changed copy comes back. The project is exported (stamped, and the version kept in this browser),
// then changed in the app; a copy of the exported file that a colleague changed (a person added, a contact
// deleted, and the same unit renamed otherwise) is imported. The dialog says what comes in from the file and asks
// about the one conflict by name with both values (chosen with the keyboard; axe clean); the result keeps the
// app's own change and takes the colleague's; one undo gives back the project as it was before the import. The
// exported file imported again is an older version: nothing new, said plainly, nothing changes. Screenshots at
// 1366×768 go to $BOSAM_SHOTS or the temp folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appSession,
  exportOpenProject,
  importFile,
  renameUnit,
  storedWhen,
  runAxe,
  serious,
  describe,
  assertClean
} from './helpers.mjs';

const b = appSession({ viewport: { width: 1366, height: 768 } });
const SHOTS = process.env.BOSAM_SHOTS || join(tmpdir(), 'bosam-reconcile-shots');
const unitName = (doc, id) => doc.units.find((u) => u.id === id).name;
const tieKey = (t) => `${t.from}>${t.to}@${t.waveId}`;
let exported = null; // the file handed to the colleague

test('a colleague’s copy is taken in item by item, with a choice per conflict, as one undo step', async () => {
  const { page } = b;
  await mkdir(SHOTS, { recursive: true });

  // The version handed to the colleague: exported, so it is stamped and kept here.
  exported = JSON.parse((await exportOpenProject(page)).text);
  assert.match(exported.revision.stamp, /^r-[0-9a-f]{16}$/, 'the export is stamped');
  await storedWhen(page, (d) => d.revision && d.revision.stamp === exported.revision.stamp);
  const handedOut = exported;

  // Meanwhile, here: the housing office renamed.
  await renameUnit(page, 'u-bolig', 'Boligkontoret (vår)');
  const before = await storedWhen(page, (d) => unitName(d, 'u-bolig') === 'Boligkontoret (vår)');

  // The colleague's copy: a person added (no conflict), a contact deleted, the housing office renamed otherwise.
  const theirs = JSON.parse(JSON.stringify(handedOut));
  theirs.actors.push({ id: 'a-kollega', name: 'Kari Kollega', unitId: 'u-nav', role: 'Veileder' });
  const gone = theirs.ties.shift();
  theirs.units.find((u) => u.id === 'u-bolig').name = 'Boligtjenesten (kollegaens)';
  theirs.revision = {
    stamp: 'r-c011ea9e00000001',
    basedOn: handedOut.revision.stamp,
    lineage: [handedOut.revision.stamp, ...handedOut.revision.lineage],
    savedAt: '2026-12-06T09:00:00.000Z'
  };
  await importFile(page, 'fra-kollega.json', JSON.stringify(theirs));

  const dialog = page.locator('[data-testid="dialog"][open]');
  await dialog.locator('.reconcile-dialog').waitFor();
  const text = await dialog.textContent();
  assert.match(text, /Ta inn endringene fra «fra-kollega\.json»/);
  assert.match(text, /Lagt til: 1 person/);
  assert.match(text, /Slettet: 1 kontakt/);
  // Behind the counts, the items by name: folded, and opened with a click (the summary is a button to the keyboard).
  const items = dialog.locator('[data-testid="reconcile-taken-items"]');
  assert.match(await items.locator('summary').textContent(), /Vis hva det gjelder \(2\)/);
  await items.locator('summary').click();
  const listed = await items.locator('li').allTextContents();
  assert.ok(listed.includes('Lagt til: Kari Kollega'), listed.join(' | '));
  assert.ok(
    listed.some((line) => /^Slettet: .+ → /.test(line)),
    listed.join(' | ')
  );
  assert.match(text, /Én ting er endret både hos deg og i filen/);
  const conflict = dialog.locator('[data-testid="reconcile-conflict"]');
  assert.equal(await conflict.count(), 1);
  assert.equal(await conflict.locator('legend').textContent(), 'Boligkontoret: navn');
  assert.match(await conflict.textContent(), /Behold min: «Boligkontoret \(vår\)»/);
  assert.match(await conflict.textContent(), /Ta fra filen: «Boligtjenesten \(kollegaens\)»/);
  assert.equal(await page.isChecked('[data-testid="reconcile-mine-0"]'), true, 'mine is chosen until changed');
  const violations = serious(await runAxe(page));
  assert.deepEqual(violations, [], describe(violations));
  await page.screenshot({ path: join(SHOTS, 'reconcile-dialog.png') });

  // With the keyboard: on the first choice, the arrow moves to "Ta fra filen"; then the button and Enter.
  await page.focus('[data-testid="reconcile-mine-0"]');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.isChecked('[data-testid="reconcile-theirs-0"]'), true);
  await page.focus('[data-testid="reconcile-apply"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="import-reconciled"]');

  const after = await storedWhen(page, (d) => unitName(d, 'u-bolig') === 'Boligtjenesten (kollegaens)');
  assert.ok(
    after.actors.some((a) => a.id === 'a-kollega'),
    'the added person came in'
  );
  assert.ok(!after.ties.some((t) => tieKey(t) === tieKey(gone)), 'the deleted contact is gone');
  assert.equal(after.actors.length, before.actors.length + 1);
  assert.equal(after.ties.length, before.ties.length - 1);
  assert.equal(after.revision.mergedFrom, 'r-c011ea9e00000001');
  await page.screenshot({ path: join(SHOTS, 'reconcile-done.png') });

  // One undo: the project as it was before the import.
  await page.click('[data-testid="undo"]');
  const undone = await storedWhen(page, (d) => unitName(d, 'u-bolig') === 'Boligkontoret (vår)');
  const content = ({ revision: _r, ...rest }) => rest;
  assert.deepEqual(content(undone), content(before));
  assertClean(assert, b);
});

test('the exported file imported again is an older version: nothing new, said plainly, nothing changes', async () => {
  const { page } = b;
  const before = await storedWhen(page, () => true);
  await importFile(page, 'eksportert.json', JSON.stringify(exported));
  await page.waitForSelector('[data-testid="import-nothing-new"]');
  assert.match(
    await page.textContent('[data-testid="import-nothing-new"]'),
    /Filen «eksportert\.json» er en eldre versjon av «Eksempel kommune», og den har ingenting du ikke allerede har\./
  );
  assert.equal(await page.locator('[data-testid="dialog"][open]').count(), 0);
  assert.deepEqual(await storedWhen(page, () => true), before);
  assertClean(assert, b);
});
