// The project kept in a file the user chose (File System Access API). Headless Chromium cannot show the
// pickers, so an init script answers them with real FileSystemFileHandles from the origin private file system
// (allowed on file:// with --allow-file-access-from-files): the app writes through the real createWritable,
// and the handle survives a reload in IndexedDB. After a page load the mocked permission is 'prompt' until
// requestPermission is called during a click, as a real browser does for a stored handle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appSession,
  reloadApp,
  importFile,
  renameUnit,
  readStoredRecords,
  storedProjectDoc,
  nodeCore,
  runAxe,
  serious,
  assertClean
} from './helpers.mjs';

const FILE = 'eksempel-kommune.bosam.json';
const STAMP = /^r-[0-9a-f]{16}$/;

function pickers() {
  const root = () => navigator.storage.getDirectory();
  let granted = false; // per page load, as the browser does for a handle read back from IndexedDB
  window.showSaveFilePicker = async (options) => {
    granted = true;
    return (await root()).getFileHandle(window.__pick || options.suggestedName, { create: true });
  };
  window.showOpenFilePicker = async () => {
    granted = true;
    return [await (await root()).getFileHandle(window.__pick)];
  };
  FileSystemHandle.prototype.queryPermission = async () => (granted ? 'granted' : 'prompt');
  FileSystemHandle.prototype.requestPermission = async () => {
    if (!navigator.userActivation.isActive) throw new DOMException('requestPermission needs a click', 'SecurityError');
    granted = true;
    return 'granted';
  };
}

const b = appSession({
  initScript: pickers,
  args: ['--allow-file-access-from-files'],
  viewport: { width: 1366, height: 768 }
});

/** The file's text as it is on disk now (null if there is none). */
const readDisk = (page, name = FILE) =>
  page.evaluate(async (n) => {
    try {
      const handle = await (await navigator.storage.getDirectory()).getFileHandle(n);
      return await (await handle.getFile()).text();
    } catch (e) {
      return null;
    }
  }, name);

/** Write a file behind the app's back (a colleague saving it on the share). */
const writeDisk = (page, text, name = FILE) =>
  page.evaluate(
    async ([n, t]) => {
      const handle = await (await navigator.storage.getDirectory()).getFileHandle(n, { create: true });
      const w = await handle.createWritable();
      await w.write(t);
      await w.close();
    },
    [name, text]
  );

async function waitDisk(page, check, label, name = FILE) {
  for (let i = 0; i < 150; i += 1) {
    const text = await readDisk(page, name);
    if (text !== null && check(JSON.parse(text))) return JSON.parse(text);
    await page.waitForTimeout(100);
  }
  throw new Error(`the file never ${label}`);
}

const fileState = (page) => page.$eval('[data-testid="file-status"]', (e) => ({ ...e.dataset, text: e.textContent }));
const waitFileSaved = (page) =>
  page.waitForSelector('[data-testid="file-status"][data-state="ok"][data-dirty="false"]', { timeout: 20000 });

async function keptVersions(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('bosam-versions');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction('versions').objectStore('versions').getAll();
          all.onsuccess = () => resolve(all.result.map((r) => ({ stamp: r.stamp, kind: r.kind })));
          all.onerror = () => reject(all.error);
        };
      })
  );
}

test('save as file writes a valid stamped project; the working copy and the kept versions have its stamp', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-data"]');
  await page.click('[data-testid="save-as-file"]');
  await waitFileSaved(page);
  const text = await readDisk(page);
  const core = await nodeCore();
  const env = JSON.parse(core.validate(text, '{}'));
  assert.equal(env.ok, true, JSON.stringify(env.errors));
  const written = JSON.parse(text);
  assert.match(written.revision.stamp, STAMP);
  assert.equal(written.municipality.name, 'Eksempel kommune');
  const stored = await storedProjectDoc(page);
  assert.deepEqual(stored.revision, written.revision, 'the working copy took the stamp');
  assert.deepEqual(await keptVersions(page), [{ stamp: written.revision.stamp, kind: 'file' }]);
  const status = await fileState(page);
  assert.match(status.text, /^Lagret i «eksempel-kommune\.bosam\.json» kl\. \d\d:\d\d$/);
  await page.screenshot({ path: '/tmp/files-saved-nb.png' });
});

test('a change is written to the file after a pause, based on the version before', async () => {
  const { page } = b;
  const before = JSON.parse(await readDisk(page)).revision.stamp;
  await renameUnit(page, 'u-nav', 'NAV (lagret i fil)');
  const after = await waitDisk(page, (d) => d.units.some((u) => u.name === 'NAV (lagret i fil)'), 'got the change');
  assert.equal(after.revision.basedOn, before);
  await waitFileSaved(page);
  assert.equal((await storedProjectDoc(page)).revision.stamp, after.revision.stamp);
});

test('after a reload the app asks for the file again; one click reconnects and changes are written there', async () => {
  const { page } = b;
  await reloadApp(page);
  await page.waitForSelector('[data-testid="file-banner"][data-state="permission"]');
  assert.equal((await fileState(page)).text, 'Ikke koblet til «eksempel-kommune.bosam.json»');
  assert.deepEqual(serious(await runAxe(page)), [], 'the reconnect banner passes axe');
  await page.screenshot({ path: '/tmp/files-permission-nb.png' });
  await page.focus('[data-testid="file-reconnect"]');
  await page.keyboard.press('Enter');
  await waitFileSaved(page);
  await page.waitForSelector('[data-testid="file-banner"]', { state: 'detached' });
  await renameUnit(page, 'u-nav', 'NAV (etter omstart)');
  await waitDisk(page, (d) => d.units.some((u) => u.name === 'NAV (etter omstart)'), 'got the change after the reload');
});

test('a file a colleague saved meanwhile is never written over; the user is told and offered the ways on', async () => {
  const { page } = b;
  await waitFileSaved(page);
  const mine = JSON.parse(await readDisk(page));
  const theirs = {
    ...mine,
    municipality: { ...mine.municipality, name: 'Eksempel kommune (kollega)' },
    revision: {
      ...mine.revision,
      stamp: 'r-00000000c0ffee00',
      basedOn: mine.revision.stamp,
      savedAt: new Date().toISOString()
    }
  };
  const colleague = `${JSON.stringify(theirs, null, 2)}\n`;
  await writeDisk(page, colleague);
  await renameUnit(page, 'u-nav', 'NAV (min endring)');
  await page.waitForSelector('[data-testid="file-banner"][data-state="changed"]', { timeout: 20000 });
  assert.equal(await readDisk(page), colleague, 'the file is untouched');
  assert.equal((await fileState(page)).state, 'changed');
  assert.match(await page.textContent('[data-testid="file-banner"]'), /Bosam skriver ikke over filen/);
  assert.ok(await page.$('[data-testid="file-reconcile"]'), 'reconcile is offered');
  assert.ok(await page.$('[data-testid="file-save-as-other"]'), 'saving under another name is offered');
  const stored = await storedProjectDoc(page);
  assert.ok(
    stored.units.some((u) => u.name === 'NAV (min endring)'),
    'the change is kept in the browser'
  );
  await renameUnit(page, 'u-nav', 'NAV (enda en endring)');
  await page.waitForTimeout(2500);
  assert.equal(await readDisk(page), colleague, 'still untouched after the next change');
  assert.deepEqual(serious(await runAxe(page)), [], 'the banner passes axe');
  await page.click('[data-testid="lang-nn"]');
  await page.screenshot({ path: '/tmp/files-changed-nn.png' });
  await page.click('[data-testid="lang-nb"]');
  await page.screenshot({ path: '/tmp/files-changed-nb.png' });
});

test('open file brings in a project and keeps writing to that file', async () => {
  const { page } = b;
  const other = JSON.parse(await readDisk(page));
  other.id = 'p-fra-fil';
  other.municipality = { ...other.municipality, name: 'Fjellby' };
  other.revision = { stamp: 'r-0000000000f11e00', savedAt: new Date(Date.now() - 10 * 86400000).toISOString() };
  await writeDisk(page, JSON.stringify(other), 'fjellby.bosam.json');
  await page.evaluate(() => {
    window.__pick = 'fjellby.bosam.json';
  });
  await page.click('[data-testid="nav-projects"]');
  // Regression («Åpne fil …» and «Importer en prosjektfil» side by side, nothing to tell them apart): one line says
  // which works in the file and which takes a copy, and both buttons point to it.
  assert.match(await page.textContent('[data-testid="projects-file-hint"]'), /arbeider i selve filen.*tar inn en kopi/);
  for (const id of ['projects-open-file', 'projects-import-link'])
    assert.equal(await page.getAttribute(`[data-testid="${id}"]`, 'aria-describedby'), 'projects-file-hint');
  await page.click('[data-testid="projects-open-file"]');
  await page.waitForSelector('[data-testid="header-project-name"]:has-text("Fjellby")');
  const status = await fileState(page);
  assert.equal(status.state, 'ok');
  assert.match(status.text, /^Lagret i «fjellby\.bosam\.json» \d+\. \w+\.? (\d{4} )?kl\. \d\d:\d\d$/);
  assert.equal(await page.$('[data-testid="backup-notice"]'), null, 'a project kept in a file gets no reminder');
  await renameUnit(page, 'u-nav', 'NAV i Fjellby');
  const written = await waitDisk(
    page,
    (d) => d.units.some((u) => u.name === 'NAV i Fjellby'),
    'got the change',
    'fjellby.bosam.json'
  );
  assert.equal(written.revision.basedOn, 'r-0000000000f11e00');
});

test('a project with no copy in a file for a week says so, calmly, with a button to save it', async () => {
  const { page } = b;
  const old = JSON.parse(await readDisk(page));
  old.id = 'p-gammel';
  old.municipality = { ...old.municipality, name: 'Dalby' };
  old.revision = { stamp: 'r-00000000000d0100', savedAt: new Date(Date.now() - 10 * 86400000).toISOString() };
  await importFile(page, 'dalby.bosam.json', JSON.stringify(old));
  await page.waitForSelector('[data-testid="backup-notice"]');
  assert.match(
    await page.textContent('[data-testid="backup-notice"]'),
    /Det er 10 dager siden prosjektet sist ble lagret i en fil/
  );
  assert.ok(await page.$('[data-testid="backup-save"]'));
  assert.deepEqual(serious(await runAxe(page)), [], 'the notice passes axe');
  await page.screenshot({ path: '/tmp/files-backup-nb.png' });
  await page.click('[data-testid="lang-nn"]');
  await page.screenshot({ path: '/tmp/files-backup-nn.png' });
  await page.click('[data-testid="lang-nb"]');
  await page.click('[data-testid="backup-later"]');
  await page.waitForSelector('[data-testid="backup-notice"]', { state: 'detached' });
  assert.equal((await readStoredRecords(page)).length, 3);
  assertClean(assert, b);
});
