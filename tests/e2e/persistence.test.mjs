// IndexedDB keeps projects across reloads; when storage is missing or full the app
// says so plainly and export still works from memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, reloadApp, readStoredRecords, assertClean, exportOpenProject, demoDoc } from './helpers.mjs';

test('load the demo, reload: it is still there, reopened, with the same counts', async () => {
  await withApp({ demo: true }, async (b) => {
    const { page } = b;
    const demo = await demoDoc();
    assert.equal(await page.textContent('[data-testid="header-project-name"]'), demo.municipality.name);
    // Seen: "Lagret"; read out: the one message "Lagringsstatus: Lagret".
    assert.equal(await page.textContent('[data-testid="save-status"] [aria-hidden="true"]:not(.save-dot)'), 'Lagret');
    assert.equal(await page.textContent('[data-testid="save-status"] .visually-hidden'), 'Lagringsstatus: Lagret');
    assert.equal(await page.textContent('[data-testid="stat-actors-value"]'), String(demo.actors.length));
    const stored = await readStoredRecords(page);
    assert.equal(stored.length, 1);
    assert.equal(stored[0].id, demo.id);
    assert.deepEqual(stored[0].doc, demo);

    await reloadApp(page);
    assert.equal(await page.textContent('[data-testid="header-project-name"]'), demo.municipality.name);
    await page.click('[data-testid="nav-overview"]');
    assert.equal(await page.textContent('[data-testid="stat-units-value"]'), String(demo.units.length));
    assert.equal(await page.textContent('[data-testid="stat-actors-value"]'), String(demo.actors.length));
    assert.equal(await page.locator('[data-testid="wave-row"]').count(), demo.waves.length);
    await page.click('[data-testid="nav-projects"]');
    assert.equal(await page.locator('[data-testid="project-item"]').count(), 1);
    assertClean(assert, b);
  });
});

test('a record damaged in storage is listed apart, with a raw download, and the app keeps working', async () => {
  await withApp({ demo: true }, async (b) => {
    const { page } = b;
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open('bosam');
          req.onsuccess = () => {
            const tx = req.result.transaction('projects', 'readwrite');
            tx.objectStore('projects').put({
              id: 'broken-1',
              name: 'x',
              updatedAt: 'x',
              doc: { format: 'bosam-project', schemaVersion: 1, id: 'broken-1', ties: 'nope' }
            });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        })
    );
    await reloadApp(page);
    await page.click('[data-testid="nav-projects"]');
    assert.equal(await page.locator('[data-testid="project-item"]').count(), 1);
    assert.equal(await page.locator('[data-testid="damaged-item"]').count(), 1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="damaged-export"]')]);
    assert.equal(download.suggestedFilename(), 'broken-1-raw.json');
    assertClean(assert, b);
  });
});

test('no IndexedDB: a plain banner, the demo still opens, export still works', async () => {
  await withApp(
    {
      initScript: () => {
        Object.defineProperty(window, 'indexedDB', {
          configurable: true,
          get() {
            return undefined;
          }
        });
      }
    },
    async (b) => {
      const { page } = b;
      const banner = page.locator('[data-testid="storage-banner"]');
      await banner.waitFor();
      assert.equal(await banner.getAttribute('data-status'), 'unavailable');
      assert.equal(await banner.getAttribute('role'), 'alert');
      assert.match(await banner.textContent(), /Eksporter prosjektet/);
      await page.click('[data-testid="load-demo"]');
      await page.waitForSelector('[data-testid="save-status"][data-state="unsaved"]');
      const { filename, text } = await exportOpenProject(page);
      assert.match(filename, /^eksempel-kommune-.*\.bosam\.json$/);
      // The export is the example project, stamped as the version written (the stamp is all it adds).
      const { revision, ...exported } = JSON.parse(text);
      assert.match(revision.stamp, /^r-[0-9a-f]{16}$/);
      assert.deepEqual(exported, await demoDoc());
      assertClean(assert, b);
    }
  );
});

test('storage full: the banner says so, the project stays open as unsaved, export works', async () => {
  await withApp(
    {
      initScript: () => {
        IDBObjectStore.prototype.put = function put() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      }
    },
    async (b) => {
      const { page } = b;
      await page.click('[data-testid="load-demo"]');
      const banner = page.locator('[data-testid="storage-banner"]');
      await banner.waitFor();
      assert.equal(await banner.getAttribute('data-status'), 'quota');
      assert.match(await banner.textContent(), /Lagringsplassen i nettleseren er full/);
      assert.equal(await page.getAttribute('[data-testid="save-status"]', 'data-state'), 'unsaved');
      await page.click('[data-testid="storage-banner"] a');
      await page.waitForSelector('[data-testid="nav-data"][aria-current="page"]');
      const { text } = await exportOpenProject(page);
      assert.equal(JSON.parse(text).id, 'demo-eksempel-kommune');
      assertClean(assert, b);
    }
  );
});
