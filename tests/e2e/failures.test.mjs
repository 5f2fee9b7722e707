// Failure injection in the browser: IndexedDB that cannot be opened, a full disk on the Nth
// write, a reload while a save is in flight, two tabs that cannot hear each other, and
// garbage written straight into the store. In each case the user is told, nothing saved
// before is lost, and the app keeps working. (Two tabs that do talk: tabs.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  withApp,
  openApp,
  reloadApp,
  readStoredRecords,
  waitSaved,
  assertClean,
  demoDoc,
  nodeCore,
  importFile,
  runAxe,
  renameUnit,
  downloadFile
} from './helpers.mjs';

const unitName = (doc, id) => doc.units.find((u) => u.id === id).name;

for (const [label, initScript] of [
  [
    'indexedDB.open throws',
    () => {
      IDBFactory.prototype.open = function open() {
        throw new DOMException('Access denied', 'SecurityError');
      };
    }
  ],
  [
    'the open request fails',
    () => {
      IDBFactory.prototype.open = function open() {
        const req = {};
        setTimeout(() => {
          req.error = new DOMException('Internal error opening backing store', 'UnknownError');
          if (req.onerror) req.onerror({ target: req });
        }, 10);
        return req;
      };
    }
  ]
]) {
  test(`storage unavailable (${label}): told nothing is kept, work goes on in memory, export offered`, () =>
    withApp({ initScript }, async (b) => {
      const { page } = b;
      const banner = page.locator('[data-testid="storage-banner"]');
      await banner.waitFor();
      assert.equal(await banner.getAttribute('data-status'), 'unavailable');
      assert.match(await banner.textContent(), /bare i dette vinduet til du lukker det/);
      // Work continues: a new project, an edit, both kept in the tab.
      await page.click('[data-testid="new-project"]');
      await page.fill('[data-testid="dialog-input"]', 'Minnevik');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid="save-status"][data-state="unsaved"]');
      await page.click('[data-testid="nav-projects"]');
      await page.click('[data-testid="project-rename"]');
      await page.fill('[data-testid="dialog-input"]', 'Minnevik 2');
      await page.click('[data-testid="dialog-confirm"]');
      await page.waitForSelector('[data-testid="project-name"]:text-is("Minnevik 2")');
      assert.match(await page.textContent('[data-testid="project-item"]'), /Ikke lagret/);
      // Leaving the page now would lose the work: the browser is asked to confirm first.
      assert.equal(
        await page.evaluate(() => {
          const e = new Event('beforeunload', { cancelable: true });
          window.dispatchEvent(e);
          return e.defaultPrevented;
        }),
        true
      );
      // Export straight from the banner.
      const { filename, text } = await downloadFile(page, '[data-testid="storage-export"]');
      assert.match(filename, /^minnevik-2-.*\.bosam\.json$/);
      assert.equal(JSON.parse(text).municipality.name, 'Minnevik 2');
      assert.deepEqual(await runAxe(page), []);
      assertClean(assert, b);
    }));
}

test('quota exceeded on the Nth write: told, the stored version is unchanged, export offered, later saves work', () =>
  withApp(
    {
      demo: true,
      initScript: () => {
        // window.__bosamFailWrites = n: the next n writes fail as a full disk would.
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function failingPut(...args) {
          if (window.__bosamFailWrites > 0) {
            window.__bosamFailWrites -= 1;
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return put.apply(this, args);
        };
      }
    },
    async (b) => {
      const { page } = b;
      await renameUnit(page, 'u-nav', 'NAV lagret');
      await waitSaved(page);
      const [before] = await readStoredRecords(page);
      assert.equal(unitName(before.doc, 'u-nav'), 'NAV lagret');

      await page.evaluate(() => {
        window.__bosamFailWrites = 1;
      });
      await renameUnit(page, 'u-nav', 'NAV ikke lagret');
      const banner = page.locator('[data-testid="storage-banner"]');
      await banner.waitFor();
      assert.equal(await banner.getAttribute('data-status'), 'quota');
      assert.match(await banner.textContent(), /full/);
      assert.equal(await page.getAttribute('[data-testid="save-status"]', 'data-state'), 'unsaved');
      assert.deepEqual(await readStoredRecords(page), [before], 'the saved version is untouched');

      // The unsaved work can be exported from the banner.
      const { text } = await downloadFile(page, '[data-testid="storage-export"]');
      assert.equal(unitName(JSON.parse(text), 'u-nav'), 'NAV ikke lagret');
      assert.deepEqual(await runAxe(page), []);

      // Space again: the next edit stores everything and the banner goes away.
      await renameUnit(page, 'u-bolig', 'Bolig etterpå');
      await waitSaved(page);
      await banner.waitFor({ state: 'detached' });
      const [after] = await readStoredRecords(page);
      assert.equal(unitName(after.doc, 'u-nav'), 'NAV ikke lagret');
      assert.equal(unitName(after.doc, 'u-bolig'), 'Bolig etterpå');
      assertClean(assert, b);
    }
  ));

test('page reloaded in the middle of a save: the project opens as the old or the new version, never broken', () =>
  withApp(
    {
      initScript: () => {
        // window.__bosamReloadOnPut: reload the page the moment a write is issued (the transaction is in flight).
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function reloadingPut(...args) {
          const req = put.apply(this, args);
          if (window.__bosamReloadOnPut) {
            window.__bosamReloadOnPut = false;
            window.location.reload();
          }
          return req;
        };
      }
    },
    async (b) => {
      const { page } = b;
      const core = await nodeCore();
      const { generateProject } = await import('../../tools/benchmark/generate.mjs');
      // A project large enough that writing it takes a while.
      const big = generateProject(1500, { seed: 11 });
      big.id = 'reload-test';
      await importFile(page, 'stor.json', JSON.stringify(big));
      await page.waitForSelector('[data-testid="import-ok"]', { timeout: 60000 });
      await waitSaved(page);
      const versions = [(await readStoredRecords(page))[0].doc];

      const rounds = [{ inPage: true }, { delay: 0 }, { delay: 30 }, { delay: 120 }];
      for (const [i, round] of rounds.entries()) {
        const name = `Enhet omdøpt ${i}`;
        if (round.inPage)
          await page.evaluate(() => {
            window.__bosamReloadOnPut = true;
          });
        await page.click('[data-testid="nav-organisation"]');
        await page.click('[data-testid="unit-row"][data-id="u-0"] [data-testid="unit-edit"]');
        await page.fill('[data-testid="unit-name"]', name);
        const loaded = page.waitForEvent('load', { timeout: 30000 });
        await page.click('[data-testid="form-save"]');
        if (!round.inPage) {
          await page.waitForTimeout(round.delay);
          await page.reload().catch(() => {});
        }
        await loaded.catch(() => {});
        await page.waitForSelector('body[data-app-ready="true"]', { timeout: 30000 });

        const records = await readStoredRecords(page);
        assert.equal(records.length, 1, `round ${i}`);
        const doc = records[0].doc;
        const env = JSON.parse(core.validate(JSON.stringify(doc), '{}'));
        assert.ok(env.ok, `round ${i}: the stored record validates`);
        const old = versions[versions.length - 1];
        const isOld = JSON.stringify(doc) === JSON.stringify(old);
        const isNew =
          unitName(doc, 'u-0') === name &&
          JSON.stringify({ ...doc, units: doc.units.filter((u) => u.id !== 'u-0') }) ===
            JSON.stringify({ ...old, units: old.units.filter((u) => u.id !== 'u-0') });
        assert.ok(isOld || isNew, `round ${i}: the old or the new version, nothing in between`);
        versions.push(doc);
        // The app opened that version and lists nothing as damaged.
        assert.equal(await page.textContent('[data-testid="header-project-name"]'), big.municipality.name);
        assert.equal(await page.locator('[data-testid="damaged-item"]').count(), 0);
        await page.click('[data-testid="nav-organisation"]');
        await page.waitForSelector(`[data-testid="unit-row"][data-id="u-0"] >> text=${unitName(doc, 'u-0')}`);
      }
      assert.deepEqual(b.pageErrors, []);
    }
  ));

test('two tabs that cannot hear each other: the revision check alone stops a silent overwrite', () =>
  withApp(
    {
      demo: true,
      initScript: () => {
        delete window.BroadcastChannel;
        const add = window.addEventListener;
        window.addEventListener = function addEventListener(type, ...rest) {
          if (type === 'storage') return undefined; // no localStorage events either
          return add.call(this, type, ...rest);
        };
      }
    },
    async (b) => {
      const one = b.page;
      const two = await b.context.newPage();
      await openApp(two);
      assert.equal(await one.locator('[data-testid="other-tabs"]').count(), 0, 'the tabs really cannot talk');

      await renameUnit(one, 'u-nav', 'NAV fra fane 1');
      await waitSaved(one);
      const first = (await readStoredRecords(one))[0];
      assert.equal(await two.locator('[data-testid="sync-conflict"]').count(), 0, 'tab two was not told');

      await renameUnit(two, 'u-bolig', 'Bolig fra fane 2');
      await two.waitForSelector('[data-testid="sync-conflict"][data-pending="true"]');
      await two.waitForSelector('[data-testid="save-status"][data-state="unsaved"]');
      assert.deepEqual((await readStoredRecords(two))[0], first, 'tab one’s save was not overwritten');

      // The user chooses to see the other version: tab one's rename is there.
      await two.click('[data-testid="sync-reload"]');
      await two.waitForSelector('[data-testid="sync-conflict"]', { state: 'detached' });
      await two.waitForSelector('[data-testid="unit-row"][data-id="u-nav"] >> text=NAV fra fane 1');
      assertClean(assert, b);
    }
  ));

/** Write records straight into the store, bypassing the app (what a bug or a bad extension could do). */
function writeGarbage(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('bosam');
        req.onsuccess = () => {
          const tx = req.result.transaction('projects', 'readwrite');
          const store = tx.objectStore('projects');
          store.put({ id: 'text-doc', doc: '{"format": "bosam-project", "sch' });
          store.put({ id: 'no-doc', name: 'Mangler dokument' });
          store.put({ id: 42, doc: { format: 'bosam-project', schemaVersion: 1, id: 42 } });
          const cyclic = { format: 'bosam-project', schemaVersion: 1, id: 'cyclic' };
          cyclic.self = cyclic;
          store.put({ id: 'cyclic', doc: cyclic });
          store.put({ id: 'bigint', doc: { format: 'bosam-project', schemaVersion: 1, id: 'bigint', n: 10n } });
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      })
  );
}

test('garbage records in IndexedDB: the app starts, sets them aside with raw export and delete, the rest works', () =>
  withApp({ demo: true }, async (b) => {
    const { page } = b;
    // The open project itself gets damaged too: the app must start anyway.
    const demo = await demoDoc();
    await page.click('[data-testid="nav-projects"]');
    await page.click('[data-testid="project-duplicate"]');
    await page.waitForSelector('[data-testid="project-item"] >> nth=1');
    await writeGarbage(page);
    await page.evaluate(
      (id) =>
        new Promise((resolve) => {
          const req = indexedDB.open('bosam');
          req.onsuccess = () => {
            const tx = req.result.transaction('projects', 'readwrite');
            tx.objectStore('projects').put({
              id,
              doc: { format: 'bosam-project', schemaVersion: 1, id, actors: 'garbage' }
            });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
          };
        }),
      demo.id
    );

    await reloadApp(page);
    await page.waitForSelector('[data-testid="damaged-notice"]');
    assert.match(await page.textContent('[data-testid="damaged-notice"]'), /6/);
    await page.click('[data-testid="nav-projects"]');
    assert.equal(await page.locator('[data-testid="damaged-item"]').count(), 6);
    assert.equal(await page.locator('[data-testid="project-item"]').count(), 1);
    assert.deepEqual(await runAxe(page), []);

    // Raw export of each kind of garbage gives a file (JSON, with what could not be written as JSON named).
    const item = (id) => page.locator(`[data-testid="damaged-item"][data-id="${id}"]`);
    let raw = await downloadFile(
      page,
      '[data-testid="damaged-item"][data-id="text-doc"] [data-testid="damaged-export"]'
    );
    assert.equal(JSON.parse(raw.text).doc, '{"format": "bosam-project", "sch');
    raw = await downloadFile(page, '[data-testid="damaged-item"][data-id="cyclic"] [data-testid="damaged-export"]');
    assert.equal(JSON.parse(raw.text).doc.id, 'cyclic');
    raw = await downloadFile(page, '[data-testid="damaged-item"][data-id="bigint"] [data-testid="damaged-export"]');
    assert.equal(JSON.parse(raw.text).doc.n, '10');
    raw = await downloadFile(page, '[data-testid="damaged-item"][data-id="42"] [data-testid="damaged-export"]');
    assert.equal(JSON.parse(raw.text).id, 42);

    // Delete works for every record, including the one whose key is a number.
    for (const id of ['42', 'no-doc', 'cyclic']) {
      await item(id).locator('[data-testid="damaged-delete"]').click();
      await page.click('[data-testid="dialog-delete"]');
      await item(id).waitFor({ state: 'detached' });
    }
    const left = (await readStoredRecords(page)).map((r) => String(r.id));
    assert.ok(!left.includes('42') && !left.includes('no-doc') && !left.includes('cyclic'), left.join());

    // The healthy project opens and saves.
    await page.click('[data-testid="project-open"]');
    await renameUnit(page, 'u-nav', 'NAV i kopien');
    await waitSaved(page);
    const copy = (await readStoredRecords(page)).find(
      (r) => r.doc && r.doc.municipality && /kopi/.test(r.doc.municipality.name)
    );
    assert.equal(unitName(copy.doc, 'u-nav'), 'NAV i kopien');
    assertClean(assert, b);
  }));
