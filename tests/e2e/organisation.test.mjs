// Organisasjon through the UI: add a unit (and an external partner with its relation),
// add a person with a decimal-comma FTE, the form's own and the core's messages, search
// and sort, deleting a unit that has people, and that it all survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, reloadApp, readStoredRecords, waitSaved, assertClean } from './helpers.mjs';

let b;
before(async () => {
  b = await launch();
  await openApp(b.page);
  const { page } = b;
  await page.click('[data-testid="new-project"]');
  await page.fill('[data-testid="dialog-input"]', 'Testkommune');
  await page.keyboard.press('Enter');
  await waitSaved(page);
});
after(async () => {
  if (b) await b.close();
});

const stored = async (page) => (await readStoredRecords(page))[0].doc;

async function addUnit(page, name, { external = false, relation = null } = {}) {
  await page.click('[data-testid="add-unit"]');
  await page.waitForSelector('[data-testid="unit-dialog"][open]');
  await page.fill('[data-testid="unit-name"]', name);
  if (external) {
    await page.check('[data-testid="unit-external"]');
    for (const [k, v] of Object.entries(relation || {})) await page.fill(`[data-testid="unit-rel-${k}"]`, v);
  }
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="unit-dialog"]', { state: 'detached' });
  await waitSaved(page);
}

const HUSBANKEN = { agreement: 'Ja, fra 2024', contact: 'Boligkoordinator', frequency: 'Månedlig', about: 'Startlån' };

// Each test can run alone (tools/test browser FILE --each): these put in what the tests before it would have
// added, the same way and only when it is not there yet, and open Organisasjon › Enheter.
async function ensureUnits(page) {
  await page.click('[data-testid="nav-organisation"]');
  await page.click('[data-testid="org-tab-units"]');
  if (((await stored(page)).units || []).length > 0) return;
  await addUnit(page, 'NAV Testkommune');
  await addUnit(page, 'Husbanken', { external: true, relation: HUSBANKEN });
}

async function ensurePeople(page) {
  await ensureUnits(page);
  const doc = await stored(page);
  if ((doc.actors || []).length > 0) return;
  const unitId = doc.units.find((u) => u.name === 'NAV Testkommune').id;
  await page.click('[data-testid="org-tab-actors"]');
  for (const [name, role, fte] of [
    ['Kari Nordmann', 'Boligkoordinator', '0,5'],
    ['Anders Berg', '', '0.2']
  ]) {
    await page.click('[data-testid="add-actor"]');
    await page.fill('[data-testid="actor-name"]', name);
    await page.selectOption('[data-testid="actor-unit"]', unitId);
    if (role) await page.fill('[data-testid="actor-role"]', role);
    await page.fill('[data-testid="actor-fte"]', fte);
    await page.click('[data-testid="form-save"]');
    await page.waitForSelector('[data-testid="actor-dialog"]', { state: 'detached' });
    await waitSaved(page);
  }
  await page.click('[data-testid="org-tab-units"]');
}

test('add units: a municipal one and an external partner with the relation', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-organisation"]');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  await page.waitForSelector('[data-testid="units-empty"]');
  await addUnit(page, 'NAV Testkommune');
  await addUnit(page, 'Husbanken', { external: true, relation: HUSBANKEN });
  assert.deepEqual(await page.$$eval('[data-testid="unit-row-name"]', (els) => els.map((e) => e.textContent)), [
    'Husbanken',
    'NAV Testkommune'
  ]);
  const doc = await stored(page);
  assert.equal(doc.units.length, 2);
  const nav = doc.units.find((u) => u.name === 'NAV Testkommune');
  assert.match(nav.id, /^u-[0-9a-z]{4,}$/, 'a generated id');
  assert.equal(nav.external, false);
  const hb = doc.units.find((u) => u.name === 'Husbanken');
  assert.deepEqual(hb.relation, {
    agreement: 'Ja, fra 2024',
    contact: 'Boligkoordinator',
    frequency: 'Månedlig',
    about: 'Startlån'
  });
  assert.equal(hb.external, true);
  // The id is never shown as the label.
  assert.equal(await page.locator(`text=${nav.id}`).count(), 0);
});

test('the form checks before saving: an empty name is refused next to the field', async () => {
  const { page } = b;
  await ensureUnits(page);
  await page.click('[data-testid="add-unit"]');
  await page.click('[data-testid="form-save"]');
  assert.equal(await page.getAttribute('[data-testid="unit-name"]', 'aria-invalid'), 'true');
  assert.match(await page.textContent('[data-testid="unit-dialog"] [data-testid="field-error"]'), /Skriv inn et navn/);
  const describedBy = await page.getAttribute('[data-testid="unit-name"]', 'aria-describedby');
  assert.ok(describedBy && describedBy.includes('unit-name-msg'), 'the message describes the field');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="unit-dialog"]', { state: 'detached' });
  assert.equal((await stored(page)).units.length, 2, 'nothing saved');
});

test("add a person with a decimal comma FTE; an FTE above one is saved with the core's remark, as in a file", async () => {
  const { page } = b;
  await ensureUnits(page);
  await page.click('[data-testid="org-tab-actors"]');
  await page.click('[data-testid="add-actor"]');
  await page.fill('[data-testid="actor-name"]', 'Kari Nordmann');
  const unitId = (await stored(page)).units.find((u) => u.name === 'NAV Testkommune').id;
  await page.selectOption('[data-testid="actor-unit"]', unitId);
  await page.fill('[data-testid="actor-role"]', 'Boligkoordinator');
  await page.fill('[data-testid="actor-fte"]', 'halv');
  await page.click('[data-testid="form-save"]');
  assert.match(await page.textContent('[data-testid="actor-dialog"] [data-testid="field-error"]'), /Skriv et tall/);
  assert.equal(await page.getAttribute('[data-testid="actor-fte"]', 'aria-invalid'), 'true');
  // Regression: the form refused 1,5, which the core accepts with a warning; now it says what the core says.
  await page.fill('[data-testid="actor-fte"]', '1,5');
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="actor-dialog"]', { state: 'detached' });
  assert.match(await page.textContent('[data-testid="notice"]'), /Lagret\. Merk: .*/);
  await waitSaved(page);
  assert.equal((await stored(page)).actors.find((a) => a.name === 'Kari Nordmann').fte, 1.5);
  await page.click('[data-testid="actor-edit"]');
  await page.fill('[data-testid="actor-fte"]', '0,5');
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="actor-dialog"]', { state: 'detached' });
  await waitSaved(page);
  const doc = await stored(page);
  assert.deepEqual(
    doc.actors.map(({ id, ...rest }) => rest),
    [{ name: 'Kari Nordmann', unitId, role: 'Boligkoordinator', fte: 0.5 }]
  );
  assert.equal(await page.textContent('[data-testid="actor-row-fte"]'), '0,5');
  // A second person, so search and sort have something to do.
  await page.click('[data-testid="add-actor"]');
  await page.fill('[data-testid="actor-name"]', 'Anders Berg');
  await page.fill('[data-testid="actor-fte"]', '0.2');
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="actor-dialog"]', { state: 'detached' });
  await waitSaved(page);
  const names = () => page.$$eval('[data-testid="actor-row-name"]', (els) => els.map((e) => e.textContent));
  assert.deepEqual(await names(), ['Anders Berg', 'Kari Nordmann']);
  await page.click('[data-testid="sort-name"]');
  assert.deepEqual(await names(), ['Kari Nordmann', 'Anders Berg']);
  assert.equal(await page.getAttribute('th:has([data-testid="sort-name"])', 'aria-sort'), 'descending');
  await page.fill('[data-testid="actor-search"]', 'kari');
  assert.deepEqual(await names(), ['Kari Nordmann']);
  assert.match(await page.textContent('[data-testid="actor-count"]'), /1 av 2/);
  await page.fill('[data-testid="actor-search"]', '');
  assert.equal(await page.textContent('[data-testid="actor-fte-total"]'), '0,7');
});

test('deleting a unit with people: blocked with their names, or move them and delete', async () => {
  const { page } = b;
  await ensurePeople(page);
  await page.click('[data-testid="org-tab-units"]');
  const before = await stored(page);
  const nav = before.units.find((u) => u.name === 'NAV Testkommune');
  const hb = before.units.find((u) => u.name === 'Husbanken');
  await page.click(`[data-testid="unit-row"][data-id="${nav.id}"] [data-testid="unit-delete"]`);
  await page.waitForSelector('[data-testid="delete-unit-dialog"][open]');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'confirm-cancel', 'starts on Cancel');
  assert.match(await page.textContent('[data-testid="delete-unit-blocked"]'), /2 personer/);
  assert.deepEqual(
    await page.$$eval('[data-testid="delete-unit-people"] li', (els) => els.map((e) => e.textContent.split(' –')[0])),
    ['Kari Nordmann', 'Anders Berg']
  );
  await page.selectOption('[data-testid="move-to"]', hb.id);
  await page.click('[data-testid="confirm-ok"]');
  await page.waitForSelector('[data-testid="delete-unit-dialog"]', { state: 'detached' });
  await waitSaved(page);
  const after = await stored(page);
  assert.deepEqual(
    after.units.map((u) => u.name),
    ['Husbanken']
  );
  assert.deepEqual(
    after.actors.map((a) => a.unitId),
    [hb.id, hb.id]
  );
  assert.match(await page.textContent('[data-testid="notice"]'), /er slettet/);
  // Undo brings it back exactly.
  await page.click('[data-testid="undo"]');
  await page.waitForSelector(`[data-testid="unit-row"][data-id="${nav.id}"]`);
  await waitSaved(page);
  assert.deepEqual(await stored(page), before);
});

test('keyboard only: tabs with arrow keys, a form opened and saved with Enter, focus comes back', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-overview"]');
  await page.focus('[data-testid="nav-organisation"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.tagName === 'H1');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'tab');
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'org-tab-groups');
  assert.equal(await page.getAttribute('[data-testid="org-tab-groups"]', 'aria-selected'), 'true');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'group-search');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'add-group');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="group-dialog"][open]');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'group-name');
  await page.keyboard.type('Unge i etablering');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="group-dialog"]', { state: 'detached' });
  await waitSaved(page);
  await page.waitForFunction(() => document.activeElement.dataset.testid === 'add-group');
  assert.ok((await stored(page)).targetGroups.some((g) => g.name === 'Unge i etablering'));
});

test('everything survives a reload, and the view comes back', async () => {
  const { page } = b;
  await ensureUnits(page);
  const before = await stored(page);
  await reloadApp(page);
  assert.equal(await page.getAttribute('[data-testid="nav-organisation"]', 'aria-current'), 'page');
  assert.equal(await page.locator('[data-testid="unit-row"]').count(), 2);
  assert.deepEqual(await stored(page), before);
  assertClean(assert, b);
});
