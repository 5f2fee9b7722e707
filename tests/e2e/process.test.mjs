// Prosess: the five phases with purpose, checklist, evidence and expected results; ticking an
// item and writing a note survive a reload; phase 5 compares the two survey rounds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSession, openView, reloadApp, waitSaved, assertClean, storedProjectDoc } from './helpers.mjs';

const b = appSession({ viewport: { width: 1366, height: 768 } });

const openProcess = (page) => openView(page, 'process');

test('five phases with checklist, evidence, results and progress', async () => {
  const { page } = b;
  await openProcess(page);
  assert.equal(await page.locator('[data-testid="phase"]').count(), 5);
  const p2 = page.locator('[data-testid="phase"][data-phase="2"]');
  assert.ok((await p2.locator('[data-testid="phase-item"]').count()) >= 10);
  assert.match(await p2.locator('[data-testid="phase-progress"]').textContent(), /av \d+ påkrevde punkter/);
  const evidence = p2.locator('[data-testid="phase-item"][data-id="functions-mapped"] [data-testid="item-evidence"]');
  assert.equal(await evidence.getAttribute('data-met'), 'false');
  assert.match(await evidence.textContent(), /ikke oppfylt/);
  assert.ok((await page.locator('[data-testid="phase"][data-phase="1"] .results-list li').count()) >= 1);
  // The demo's stored ticks are shown.
  assert.equal(
    await page.isChecked('[data-testid="phase-item"][data-phase="1"][data-id="mandate"] [data-testid="item-done"]'),
    true
  );
  await page.screenshot({ path: '/tmp/shot-process.png' });
});

test('tick an item, note and date it; reload: still there; a phase note', async () => {
  const { page } = b;
  await openProcess(page);
  const sel = '[data-testid="phase-item"][data-phase="1"][data-id="employees-informed"]';
  assert.equal(await page.isChecked(`${sel} [data-testid="item-done"]`), false);
  await page.check(`${sel} [data-testid="item-done"]`);
  await waitSaved(page);
  await page.click(`${sel} summary`);
  await page.fill(`${sel} [data-testid="item-note"]`, 'Informert på allmøte.');
  await page.fill(`${sel} [data-testid="item-date"]`, '2025-10-15');
  await page.click('[data-testid="process-view"] h1');
  await waitSaved(page);
  let doc = await storedProjectDoc(page);
  for (let i = 0; i < 20 && !(doc.phases['1'].items['employees-informed'] || {}).note; i += 1) {
    await page.waitForTimeout(100);
    doc = await storedProjectDoc(page);
  }
  assert.deepEqual(doc.phases['1'].items['employees-informed'], {
    done: true,
    note: 'Informert på allmøte.',
    date: '2025-10-15'
  });

  await reloadApp(page);
  await openProcess(page);
  assert.equal(await page.isChecked(`${sel} [data-testid="item-done"]`), true);
  assert.equal(await page.inputValue(`${sel} [data-testid="item-note"]`), 'Informert på allmøte.');

  await page.fill('[data-testid="phase"][data-phase="1"] [data-testid="phase-note"]', 'Fasen er nesten ferdig.');
  await page.click('[data-testid="process-view"] h1');
  await page.waitForSelector('[data-testid="undo"]:not([disabled])');
  await waitSaved(page);
  doc = await storedProjectDoc(page);
  assert.equal(doc.phases['1'].note, 'Fasen er nesten ferdig.');
});

test('phase 5: the comparison of the two survey rounds in words', async () => {
  const { page } = b;
  await openProcess(page);
  await page.click('[data-testid="phase5-compare"]');
  await page.waitForSelector('[data-testid="phase5-summary"] li', { timeout: 30000 });
  assert.ok((await page.locator('[data-testid="phase5-summary"] li').count()) >= 1);
  // Handing the map back to a single round leaves compare mode (the button is offered again).
  await page.click('[data-testid="phase5-compare-end"]');
  await page.waitForSelector('[data-testid="phase5-compare"]:not([disabled])');
  assert.equal(await page.locator('[data-testid="phase5-summary"]').count(), 0);
  assertClean(assert, b);
});
