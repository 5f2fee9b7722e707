// Nothing typed is lost: a note typed in Prosess and the page reloaded at once, without leaving the
// field, is still there; while it is on its way the header does not say "Lagret"; a half-filled "Ny person"
// dialog makes the page ask before it is closed. Regression tests for what a coordinator lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSession, openApp, openView, waitSaved, storedProjectDoc } from './helpers.mjs';

const b = appSession({ viewport: { width: 1366, height: 768 } });

test('a Prosess note typed and reloaded at once, never left, comes back (regression: gone unless the field was left)', async () => {
  const { page } = b;
  await openView(page, 'process');
  const sel = '[data-testid="phase-item"][data-phase="1"][data-id="employees-informed"]';
  await page.click(`${sel} summary`);
  await page.focus(`${sel} [data-testid="item-note"]`);
  await page.keyboard.type('Informert på allmøtet i mars');
  // Straight after typing: not "Lagret".
  assert.notEqual(await page.getAttribute('[data-testid="save-status"]', 'data-state'), 'saved');
  // The tab goes away at once (a crash, or "leave anyway" at the browser's question): no blur, no pause, no
  // save. The same profile opens the app again.
  const again = await b.context.newPage();
  await page.close({ runBeforeUnload: false });
  b.page = again;
  await openApp(again);
  await again.waitForSelector('[data-testid="notice"] .notice-text');
  assert.match(
    await again.textContent('[data-testid="notice"]'),
    /Teksten du skrev før siden ble lastet på nytt, er satt inn igjen/
  );
  await openView(again, 'process');
  assert.equal(await again.inputValue(`${sel} [data-testid="item-note"]`), 'Informert på allmøtet i mars');
  await waitSaved(again);
  const doc = await storedProjectDoc(again);
  assert.equal(doc.phases['1'].items['employees-informed'].note, 'Informert på allmøtet i mars');
});

test('a note saves by itself after a pause, as one undo step, and the header then says "Lagret"', async () => {
  const { page } = b;
  await openView(page, 'process');
  const note = '[data-testid="phase"][data-phase="2"] [data-testid="phase-note"]';
  await page.focus(note);
  await page.keyboard.type('Vi møtes');
  await page.waitForTimeout(1200);
  await page.keyboard.type(' hver tirsdag.');
  await page.waitForSelector('[data-testid="save-status"][data-state="saved"]', { timeout: 10000 });
  let doc = await storedProjectDoc(page);
  for (let i = 0; i < 30 && (doc.phases['2'] || {}).note !== 'Vi møtes hver tirsdag.'; i += 1) {
    await page.waitForTimeout(100);
    doc = await storedProjectDoc(page);
  }
  assert.equal(doc.phases['2'].note, 'Vi møtes hver tirsdag.');
  assert.match(
    (await page.getAttribute('[data-testid="undo"]', 'title')) || (await page.textContent('[data-testid="undo"]')),
    /Angre/
  );
  await page.click('[data-testid="process-view"] h1');
  await page.click('[data-testid="undo"]');
  await waitSaved(page);
  assert.equal(await page.inputValue(note), '', 'one undo takes the whole note back');
});

test('closing the page with a half-filled "Ny person" dialog asks first (regression: dropped silently)', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-organisation"]');
  await page.click('[data-testid="org-tab-actors"]');
  await page.click('[data-testid="add-actor"]');
  await page.fill('[data-testid="actor-name"]', 'Kari Nordmann');
  await page.close({ runBeforeUnload: true });
  for (let i = 0; i < 50 && !b.dialogs.length; i += 1) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(
    b.dialogs.map((d) => d.split(':')[0]),
    ['beforeunload'],
    'the browser asked before closing'
  );
});
