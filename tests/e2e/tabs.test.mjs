// Two tabs with the same project (two pages of one browser profile): each sees the other,
// a save in one is never overwritten silently by the other, and the user's choices
// (export mine, keep mine, show theirs) do what they say. Also without BroadcastChannel,
// where the tabs talk through localStorage events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch,
  openApp,
  loadDemo,
  readStoredRecords,
  waitSaved,
  assertClean,
  renameUnit,
  downloadFile
} from './helpers.mjs';

const stored = async (page) => (await readStoredRecords(page))[0];

async function twoTabs(b) {
  const one = b.page;
  await openApp(one);
  await loadDemo(one);
  const two = await b.context.newPage();
  await openApp(two); // reopens the last project, the same one
  await one.waitForSelector('[data-testid="other-tabs"]');
  await two.waitForSelector('[data-testid="other-tabs"]');
  return { one, two };
}

test('a save in one tab: the other says so and refuses to overwrite it silently', async () => {
  const b = await launch();
  try {
    const { one, two } = await twoTabs(b);
    assert.match(await one.textContent('[data-testid="other-tabs"]'), /Også åpent i en annen fane/);
    assert.equal(await two.textContent('[data-testid="header-project-name"]'), 'Eksempel kommune');
    const start = await stored(one);

    await renameUnit(one, 'u-nav', 'NAV fra fane 1');
    await waitSaved(one);
    const afterOne = await stored(one);
    assert.equal(afterOne.revision, start.revision + 1);

    // Tab two is told at once, before it tries to save.
    await two.waitForSelector('[data-testid="sync-conflict"][data-pending="false"]');
    assert.match(await two.textContent('[data-testid="sync-conflict"]'), /endret i en annen fane/);

    // Tab two edits anyway: kept in the tab, not written over tab one's save.
    await renameUnit(two, 'u-bolig', 'Bolig fra fane 2');
    await two.waitForSelector('[data-testid="sync-conflict"][data-pending="true"]');
    await two.waitForSelector('[data-testid="save-status"][data-state="unsaved"]');
    assert.equal(await two.getAttribute('[data-testid="sync-conflict"]', 'role'), 'alert');
    const still = await stored(two);
    assert.equal(still.revision, afterOne.revision, 'nothing was written');
    assert.equal(still.doc.units.find((u) => u.id === 'u-nav').name, 'NAV fra fane 1');
    assert.notEqual(still.doc.units.find((u) => u.id === 'u-bolig').name, 'Bolig fra fane 2');

    // Export mine: a file with tab two's version, and the choice stays open.
    const exported = JSON.parse((await downloadFile(two, '[data-testid="sync-export"]')).text);
    assert.equal(exported.units.find((u) => u.id === 'u-bolig').name, 'Bolig fra fane 2');
    assert.equal(await two.locator('[data-testid="sync-conflict"]').count(), 1);

    // Keep mine: tab two's version is stored on purpose; tab one is now told.
    await two.click('[data-testid="sync-keep"]');
    await two.waitForSelector('[data-testid="sync-conflict"]', { state: 'detached' });
    await waitSaved(two);
    const kept = await stored(two);
    assert.equal(kept.doc.units.find((u) => u.id === 'u-bolig').name, 'Bolig fra fane 2');
    assert.equal(
      kept.doc.units.find((u) => u.id === 'u-nav').name,
      start.doc.units.find((u) => u.id === 'u-nav').name,
      'tab two did not have tab one’s rename'
    );
    await one.waitForSelector('[data-testid="sync-conflict"]');

    // Show theirs: tab one now shows what tab two stored; its own version is one undo away.
    await one.click('[data-testid="sync-reload"]');
    await one.waitForSelector('[data-testid="sync-conflict"]', { state: 'detached' });
    await one.waitForSelector('[data-testid="unit-row"][data-id="u-bolig"] >> text=Bolig fra fane 2');
    assert.match(await one.getAttribute('[data-testid="undo"]', 'title'), /versjonen fra den andre fanen/);
    assert.deepEqual((await stored(one)).doc, kept.doc, 'showing theirs wrote nothing');
    assertClean(assert, b);
  } finally {
    await b.close();
  }
});

test('without BroadcastChannel the tabs still find each other (localStorage events)', async () => {
  const b = await launch({ initScript: 'delete window.BroadcastChannel;' });
  try {
    const { one, two } = await twoTabs(b);
    assert.equal(await one.evaluate(() => typeof window.BroadcastChannel), 'undefined');
    await renameUnit(one, 'u-nav', 'NAV endret');
    await waitSaved(one);
    await two.waitForSelector('[data-testid="sync-conflict"]');
    await renameUnit(two, 'u-nav', 'NAV fra fane 2');
    await two.waitForSelector('[data-testid="sync-conflict"][data-pending="true"]');
    assert.equal((await stored(two)).doc.units.find((u) => u.id === 'u-nav').name, 'NAV endret');
    assertClean(assert, b);
  } finally {
    await b.close();
  }
});
