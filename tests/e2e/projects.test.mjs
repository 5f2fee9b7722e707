// The project list through the UI: new (asks the name), rename, duplicate, delete with
// confirmation, the example municipality twice, and the saved indicator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appSession,
  reloadApp,
  readStoredRecords,
  waitSaved,
  assertClean,
  runAxe,
  serious,
  describe
} from './helpers.mjs';

const b = appSession({ demo: false, viewport: { width: 1366, height: 768 } });

const names = (page) => page.$$eval('[data-testid="project-name"]', (els) => els.map((e) => e.textContent));

async function newProject(page, name) {
  await page.click('[data-testid="new-project"]');
  await page.fill('[data-testid="dialog-input"]', name);
  await page.keyboard.press('Enter');
  await waitSaved(page);
}

async function renameProject(page, name) {
  await page.click('[data-testid="project-rename"]');
  await page.fill('[data-testid="dialog-input"]', name);
  await page.click('[data-testid="dialog-confirm"]');
  await page.waitForSelector(`[data-testid="project-name"]:text-is("${name}")`);
  await waitSaved(page);
}

// Each test can run alone (tools/test browser FILE --each): on Prosjekter, the one project the tests before it
// leave (made by the first, renamed by the second), made and renamed by the same steps when it is not there yet.
async function ensureProject(page, name = null) {
  await page.click('[data-testid="nav-projects"]');
  if ((await readStoredRecords(page)).length === 0) {
    await newProject(page, 'Bø i Telemark');
    await page.click('[data-testid="nav-projects"]');
  }
  if (name && !(await names(page)).includes(name)) await renameProject(page, name);
}

test('new project asks for the municipality name and opens its overview', async () => {
  const { page } = b;
  assert.equal(await page.locator('[data-testid="projects-empty"]').count(), 1);
  await newProject(page, 'Bø i Telemark');
  assert.equal(await page.getAttribute('[data-testid="nav-overview"]', 'aria-current'), 'page');
  assert.equal(await page.textContent('[data-testid="overview-project-name"]'), 'Bø i Telemark');
  assert.equal(await page.textContent('[data-testid="stat-units-value"]'), '0');
  assert.ok(Number(await page.textContent('[data-testid="stat-functions-value"]')) > 0, 'default functions');
  // Regression (a new project's Oversikt said nothing about what to do first): the start, its first step current,
  // every step's button above the fold at 1366×768, and no "Hva nå?" or Prosess step beside it.
  await page.waitForSelector('[data-testid="overview-start"]', { timeout: 30000 });
  const steps = await page.$$eval('[data-testid="start-step"]', (els) =>
    els.map((e) => `${e.dataset.step}:${e.dataset.done}:${e.getAttribute('aria-current') || '-'}`)
  );
  assert.deepEqual(steps, ['who:false:step', 'tasks:false:-', 'survey:false:-', 'results:false:-']);
  for (const id of ['start-go-who-0', 'start-go-tasks-0', 'start-go-survey-0', 'start-go-results-0']) {
    const box = await page.locator(`[data-testid="${id}"]`).boundingBox();
    assert.ok(box && box.y + box.height <= 768, `${id} above the fold: ${JSON.stringify(box)}`);
  }
  assert.equal(await page.locator('[data-testid="next-steps"]').count(), 0);
  assert.equal(await page.locator('[data-testid="overview-next-action"]').count(), 0);
  await page.screenshot({ path: '/tmp/start-overview-new.png' });
  const found = serious(await runAxe(page));
  assert.deepEqual(found, [], describe(found));
  // «Importer ansattliste» opens Organisasjon at the staff-list import.
  await page.click('[data-testid="start-go-who-0"]');
  await page.waitForSelector('[data-testid="nav-organisation"][aria-current="page"]');
  const section = await page.locator('[data-testid="people-import-section"]').boundingBox();
  assert.ok(section && section.y < 400, `the import section is scrolled into view: ${JSON.stringify(section)}`);
  await page.click('[data-testid="nav-overview"]');
  const stored = await readStoredRecords(page);
  assert.equal(stored.length, 1);
  assert.equal(stored[0].name, 'Bø i Telemark');
  assert.equal(stored[0].doc.municipality.name, 'Bø i Telemark');
});

test('rename autosaves at once and survives a reload', async () => {
  const { page } = b;
  await ensureProject(page);
  await page.click('[data-testid="nav-projects"]');
  await renameProject(page, 'Midt-Telemark');
  assert.equal((await readStoredRecords(page))[0].doc.municipality.name, 'Midt-Telemark');
  await reloadApp(page);
  assert.equal(await page.textContent('[data-testid="header-project-name"]'), 'Midt-Telemark');
});

test('duplicate makes a separate project; delete asks first', async () => {
  const { page } = b;
  await ensureProject(page, 'Midt-Telemark');
  await page.click('[data-testid="nav-projects"]');
  await page.click('[data-testid="project-duplicate"]');
  await page.waitForSelector('[data-testid="project-item"] >> nth=1');
  assert.deepEqual(await names(page), ['Midt-Telemark', 'Midt-Telemark (kopi)']);
  const stored = await readStoredRecords(page);
  assert.equal(new Set(stored.map((r) => r.id)).size, 2);

  const copy = page.locator('[data-testid="project-item"]', { hasText: '(kopi)' });
  await copy.locator('[data-testid="project-delete"]').click();
  assert.match(await page.textContent('#dialog-title'), /Slette «Midt-Telemark \(kopi\)»\?/);
  await page.click('[data-testid="dialog-cancel"]');
  assert.equal(await page.locator('[data-testid="project-item"]').count(), 2);
  await copy.locator('[data-testid="project-delete"]').click();
  await page.click('[data-testid="dialog-delete"]');
  await page.waitForSelector('[data-testid="project-item"] >> nth=1', { state: 'detached' });
  assert.deepEqual(await names(page), ['Midt-Telemark']);
  assert.equal((await readStoredRecords(page)).length, 1);
  assert.match(await page.textContent('[data-testid="notice"]'), /er slettet/);
});

// The header may still say "saved" for the project shown before: wait for the store itself.
async function waitForRecords(page, n) {
  for (let i = 0; i < 100; ++i) {
    const records = await readStoredRecords(page);
    if (records.length === n) return records;
    await page.waitForTimeout(100);
  }
  return readStoredRecords(page);
}

test('the example municipality a second time: open the existing one, or add a copy', async () => {
  const { page } = b;
  await ensureProject(page, 'Midt-Telemark');
  await page.click('[data-testid="load-demo"]');
  await waitSaved(page);
  await page.click('[data-testid="nav-projects"]');
  await page.click('[data-testid="load-demo"]');
  await page.click('[data-testid="dialog-open"]');
  await page.waitForSelector('[data-testid="nav-overview"][aria-current="page"]');
  assert.equal((await readStoredRecords(page)).length, 2);
  await page.click('[data-testid="nav-projects"]');
  await page.click('[data-testid="load-demo"]');
  await page.click('[data-testid="dialog-copy"]');
  await waitSaved(page);
  const stored = await waitForRecords(page, 3);
  assert.equal(stored.length, 3);
  assert.ok(stored.some((r) => r.doc.municipality.name === 'Eksempel kommune (kopi)'));
  assertClean(assert, b);
});
