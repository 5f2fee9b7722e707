// Earlier versions (snapshots): an import over the open project keeps the version before it; restoring that
// version makes it the project as one undo step, after keeping the version it replaces; undo brings the later
// work back; the versions survive a reload. The list is read in bokmål and nynorsk, with the keyboard and axe.
// Screenshots at 1366×768 go to $BOSAM_SHOTS or the temp folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import {
  appSession,
  importFile,
  renameUnit,
  storedWhen,
  storedProjectDoc,
  waitSaved,
  reloadApp,
  runAxe,
  serious,
  describe,
  assertClean,
  ROOT
} from './helpers.mjs';

const VIEWPORT = { width: 1366, height: 768 };
const b = appSession({ viewport: VIEWPORT });
const SHOTS = process.env.BOSAM_SHOTS || join(tmpdir(), 'bosam-snapshot-shots');

const unitName = (doc, id) => doc.units.find((u) => u.id === id).name;
const rows = (page) =>
  page.$$eval('[data-testid="snapshot-row"]', (trs) =>
    trs.map((tr) => ({
      reason: tr.dataset.reason,
      reasonText: tr.querySelector('[data-testid="snapshot-reason"]').textContent,
      summary: tr.querySelector('[data-testid="snapshot-summary"]').textContent
    }))
  );
async function openData(page) {
  await page.click('[data-testid="nav-data"]');
  await page.waitForSelector('[data-testid="snapshots"]');
}
const rowCount = (page, n) =>
  page.waitForFunction((count) => document.querySelectorAll('[data-testid="snapshot-row"]').length === count, n);

test('an import keeps the version before it; restoring it is one undo step, and undo brings the later work back', async () => {
  const { page } = b;
  await mkdir(SHOTS, { recursive: true });
  await openData(page);
  assert.match(await page.textContent('[data-testid="snapshots"]'), /Ingen tidligere versjoner ennå/);

  // Work before the import: a unit renamed.
  await renameUnit(page, 'u-bolig', 'Boligkontoret (før import)');
  const beforeImport = await storedWhen(page, (d) => unitName(d, 'u-bolig') === 'Boligkontoret (før import)');

  // A copy of the same project comes in and replaces it: the version before is kept first.
  const incoming = JSON.parse(JSON.stringify(beforeImport));
  incoming.units.find((u) => u.id === 'u-nav').name = 'NAV fra fila';
  incoming.actors = incoming.actors.slice(0, -2);
  incoming.ties = incoming.ties.filter(
    (t) => incoming.actors.some((a) => a.id === t.from) && incoming.actors.some((a) => a.id === t.to)
  );
  incoming.respondents = (incoming.respondents || []).filter((r) => incoming.actors.some((a) => a.id === r.actorId));
  incoming.assignments = (incoming.assignments || []).filter(
    (x) => !x.actorId || incoming.actors.some((a) => a.id === x.actorId)
  );
  incoming.reportedAssignments = (incoming.reportedAssignments || []).filter((x) =>
    incoming.actors.some((a) => a.id === x.actorId)
  );
  await importFile(page, 'kopi.json', JSON.stringify(incoming));
  await page.click('[data-testid="dialog-replace"]');
  await page.waitForSelector('[data-testid="import-ok"]');
  await storedWhen(page, (d) => unitName(d, 'u-nav') === 'NAV fra fila');

  // More work after the import.
  await renameUnit(page, 'u-eiendom', 'Eiendom KF (etter import)');
  const afterWork = await storedWhen(page, (d) => unitName(d, 'u-eiendom') === 'Eiendom KF (etter import)');

  await openData(page);
  await rowCount(page, 1);
  const [first] = await rows(page);
  assert.equal(first.reason, 'import');
  assert.equal(first.reasonText, 'Før import');
  // The first version says what it holds (the example: 17 units, 52 people; the core counts, the app words).
  assert.match(first.summary, /^Første versjon: 17 enheter, 52 personer, \d+ oppgaver og \d+ kontakter$/);
  assert.match(await page.textContent('[data-testid="snapshot-row"] time'), /akkurat nå/);
  assert.deepEqual(serious(await runAxe(page)), [], describe(serious(await runAxe(page))));
  await page.locator('[data-testid="snapshots"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'snapshots-nb.png') });

  // Restore with the keyboard: the button is reached by Tab and named by the version's time.
  const button = page.locator('[data-testid="snapshot-restore"]').first();
  assert.match(await button.textContent(), /^GjenopprettGjenopprett versjonen fra /);
  await button.focus();
  await page.keyboard.press('Enter');
  const restored = await storedWhen(page, (d) => unitName(d, 'u-nav') !== 'NAV fra fila');
  assert.equal(unitName(restored, 'u-bolig'), 'Boligkontoret (før import)', 'the work before the import is there');
  assert.equal(unitName(restored, 'u-eiendom'), unitName(beforeImport, 'u-eiendom'), 'the later work is not');
  assert.equal(restored.actors.length, beforeImport.actors.length);
  await page.waitForFunction(() =>
    /er gjenopprettet\. Du kan angre\./.test(document.querySelector('[data-testid="notice"]').textContent)
  );

  // The version it replaced was kept first, with what changed since the version before it.
  await rowCount(page, 2);
  const [newest] = await rows(page);
  assert.equal(newest.reason, 'restore');
  assert.equal(newest.reasonText, 'Før gjenoppretting');
  assert.match(newest.summary, /^2 enheter endret, 2 personer fjernet/);

  // One undo: the project is as it was before the restore.
  await page.click('[data-testid="undo"]');
  const undone = await storedWhen(page, (d) => unitName(d, 'u-eiendom') === 'Eiendom KF (etter import)');
  assert.equal(unitName(undone, 'u-nav'), 'NAV fra fila');
  assert.deepEqual(undone.actors, afterWork.actors);
  await waitSaved(page);

  // The versions are stored: after a reload the list is the same.
  await reloadApp(page);
  await openData(page);
  await rowCount(page, 2);
  assertClean(assert, b);
});

test('the list reads nynorsk in nynorsk', async () => {
  const { page } = b;
  await page.click('[data-testid="lang-nn"]');
  await page.waitForSelector('html[lang="nn"]');
  const section = await page.textContent('[data-testid="snapshots"]');
  assert.match(section, /Tidlegare versjonar/);
  const [newest, oldest] = await rows(page);
  assert.equal(newest.reasonText, 'Før gjenoppretting');
  assert.match(newest.summary, /^2 einingar endra, 2 personar fjerna/);
  assert.match(oldest.summary, /^Første versjon: 17 einingar, 52 personar/);
  assert.match(await page.textContent('[data-testid="snapshot-restore"]'), /Gjenopprett versjonen frå /);
  assert.deepEqual(serious(await runAxe(page)), []);
  await page.locator('[data-testid="snapshots"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'snapshots-nn.png') });
  await page.click('[data-testid="lang-nb"]');
  assert.ok((await storedProjectDoc(page)).units.length > 0);
  assertClean(assert, b);
});

test('the store in the browser’s IndexedDB: 31 snapshots of a project leave the newest 30, others untouched', async () => {
  const { page } = b;
  // The module bundled on the fly and run in the app's page (evaluate is not bound by its CSP), on a database
  // of its own so the app's snapshots are not touched.
  const out = await build({
    stdin: {
      contents: "import * as s from './www/src/snapshot-store.js'; globalThis.snapshotStore = s;",
      resolveDir: ROOT
    },
    bundle: true,
    write: false,
    format: 'iife'
  });
  await page.evaluate(out.outputFiles[0].text);
  const result = await page.evaluate(async () => {
    const store = globalThis.snapshotStore.createSnapshotStore({ dbName: 'bosam-snapshots-store-test' });
    const at = (minute) => `2026-12-05T09:${String(minute).padStart(2, '0')}:00.000Z`;
    const add = (projectId, minute) =>
      store.add({ projectId, takenAt: at(minute), reason: 'hourly', summary: null, doc: { id: projectId, minute } });
    await add('b', 0);
    let last;
    for (let m = 0; m < 31; m += 1) last = await add('a', m);
    const a = await store.list('a');
    const newest = await store.get(a[0].id);
    const pruned = await store.get(last.pruned[0]);
    await store.remove('a');
    const afterRemove = await store.list('a');
    const b = await store.list('b');
    await store.remove(null);
    return {
      count: a.length,
      newest: newest.doc.minute,
      oldestKept: a[a.length - 1].takenAt,
      listHasDocs: a.some((x) => 'doc' in x),
      pruned,
      afterRemove: afterRemove.length,
      b: b.length,
      afterClear: (await store.list('b')).length
    };
  });
  assert.deepEqual(result, {
    count: 30,
    newest: 30,
    oldestKept: '2026-12-05T09:01:00.000Z',
    listHasDocs: false,
    pruned: null,
    afterRemove: 0,
    b: 1,
    afterClear: 0
  });
});
