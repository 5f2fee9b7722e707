// Oppgaver through the UI, on the example municipality: duplicates and gaps marked in
// place (the same ones lib/tasks.js finds), assigning a function in a cell, the
// target-group filter, and moving around the matrix with the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, loadDemo, readStoredRecords, waitSaved, assertClean, demoDoc, nodeCore } from './helpers.mjs';
import { taskMatrix } from '../../www/src/lib/tasks.js';

/** The marks the page should show: the core's (analysis.tasks) laid out by lib/tasks.js, as the view does. */
async function marks(doc, targetGroupId = '') {
  const env = JSON.parse((await nodeCore()).analyze(JSON.stringify(doc), '{}'));
  return taskMatrix(doc, { targetGroupId, tasks: env.result.tasks });
}

let b;
let demo;
before(async () => {
  demo = await demoDoc();
  b = await launch();
  await openApp(b.page);
  await loadDemo(b.page);
  await b.page.click('[data-testid="nav-tasks"]');
  await b.page.waitForSelector('[data-testid="task-matrix"]');
});
after(async () => {
  if (b) await b.close();
});

const stored = async (page) => (await readStoredRecords(page))[0].doc;
const count = async (page, testid) => Number((await page.textContent(`[data-testid="${testid}"] strong`)).trim());

// In the open cell dialog: Hilde Johansen (a-08) responsible, for one target group, 0,2 FTE, with authority.
async function assignHilde(page) {
  await page.selectOption('[data-testid="assignment-actor"]', 'a-08');
  await page.check('[data-testid="assignment-group"][value="tg-utkastelse"]');
  await page.fill('[data-testid="assignment-fte"]', '0,2');
  await page.check('[data-testid="assignment-authority"]');
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="cell-dialog"]', { state: 'detached' });
  await waitSaved(page);
}

// The assignment the second test makes (in the first gap, in Boligkontoret), made by the same steps when a later
// test runs alone (tools/test browser FILE --each).
async function ensureAssigned(page, fn) {
  if ((await stored(page)).assignments.some((a) => a.functionId === fn && a.unitId === 'u-bolig')) return;
  await page.click(`[data-testid="matrix-cell"][data-fn="${fn}"][data-unit="u-bolig"]`);
  await page.waitForSelector('[data-testid="cell-dialog"][open]');
  await assignHilde(page);
}

test('duplicates and gaps are marked in place, with text, and counted', async () => {
  const { page } = b;
  const m = await marks(demo);
  assert.ok(m.gaps.length > 0 && m.duplicates.length > 0, 'the example has both');
  await page.waitForSelector('[data-testid="task-matrix"][data-marked="true"]'); // the core's marks are in
  assert.equal(await count(page, 'tasks-gaps'), m.gaps.length);
  assert.equal(await count(page, 'tasks-duplicates'), m.duplicates.length);
  const gapRows = await page.$$eval('[data-testid="matrix-row"]:has([data-testid="flag-gap"])', (rows) =>
    rows.map((r) => r.dataset.fn)
  );
  assert.deepEqual(gapRows, m.gaps);
  const dupRows = await page.$$eval('[data-testid="matrix-row"]:has([data-testid="flag-duplicate"])', (rows) =>
    rows.map((r) => r.dataset.fn)
  );
  assert.deepEqual(dupRows, m.duplicates);
  assert.match(await page.textContent('[data-testid="flag-gap"]'), /Mangler ansvarlig/);
  assert.match(await page.textContent('[data-testid="tasks-legend"]'), /Ansvarlig.*Utfører.*Bidrar/s);
});

test('assign a function in a cell: person, role, target group, FTE, decision authority', async () => {
  const { page } = b;
  const [fn] = (await marks(demo)).gaps;
  const cell = `[data-testid="matrix-cell"][data-fn="${fn}"][data-unit="u-bolig"]`;
  await page.click(cell);
  await page.waitForSelector('[data-testid="cell-dialog"][open]');
  assert.equal(
    await page.locator('[data-testid="assignment-row"]').count(),
    1,
    'an empty cell starts with one assignment'
  );
  assert.equal(
    await page.isChecked('[data-testid="assignment-role-responsible"]'),
    true,
    'nobody holds it, so it starts as responsible'
  );
  // Regression (every unit's people in one list): the cell's own unit first, then one group per other unit.
  const groups = await page.$$eval('[data-testid="assignment-actor"] optgroup', (els) => els.map((e) => e.label));
  const units = new Map(demo.units.map((u) => [u.id, u.name]));
  assert.equal(groups[0], `I ${units.get('u-bolig')} (denne enheten)`);
  assert.deepEqual(
    new Set(groups.slice(1)),
    new Set([...new Set(demo.actors.map((a) => a.unitId))].filter((id) => id !== 'u-bolig').map((id) => units.get(id)))
  );
  const own = await page.$$eval('[data-testid="assignment-actor"] optgroup:first-of-type option', (els) =>
    els.map((e) => e.value)
  );
  assert.deepEqual(
    own,
    demo.actors.filter((a) => a.unitId === 'u-bolig').map((a) => a.id)
  );
  await assignHilde(page);
  const doc = await stored(page);
  const added = doc.assignments.filter((a) => a.functionId === fn && a.unitId === 'u-bolig');
  assert.deepEqual(added, [
    {
      unitId: 'u-bolig',
      functionId: fn,
      role: 'responsible',
      actorId: 'a-08',
      targetGroupIds: ['tg-utkastelse'],
      decisionAuthority: true,
      fte: 0.2
    }
  ]);
  await page.waitForSelector(`[data-testid="matrix-row"][data-fn="${fn}"] [data-testid="flag-gap"]`, {
    state: 'detached'
  }); // no longer a gap
  // The marks are the core's: they follow once its analysis of the new document is in.
  const gaps = (await marks(doc)).gaps.length;
  await page.waitForFunction(
    ([n]) => Number(document.querySelector('[data-testid="tasks-gaps"] strong').textContent.trim()) === n,
    [gaps]
  );
  const text = await page.textContent(cell);
  assert.match(text, /Ansvar/);
  assert.match(text, /Hilde Johansen/);
  assert.match(text, /0,2 årsverk/);
  assert.match(text, /Personer i fare for utkastelse/);
  assert.match(text, /beslutningsmyndighet/i);
});

test('a second assignment in the same cell, then removing one', async () => {
  const { page } = b;
  const [fn] = (await marks(demo)).gaps;
  await ensureAssigned(page, fn);
  const cell = `[data-testid="matrix-cell"][data-fn="${fn}"][data-unit="u-bolig"]`;
  await page.click(cell);
  await page.click('[data-testid="assignment-add"]');
  assert.equal(await page.locator('[data-testid="assignment-row"]').count(), 2);
  await page
    .locator('[data-testid="assignment-row"]')
    .nth(1)
    .locator('[data-testid="assignment-role-performs"]')
    .check();
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="cell-dialog"]', { state: 'detached' });
  await waitSaved(page);
  let held = (await stored(page)).assignments.filter((a) => a.functionId === fn && a.unitId === 'u-bolig');
  assert.deepEqual(
    held.map((a) => [a.role, a.actorId || null]),
    [
      ['responsible', 'a-08'],
      ['performs', null]
    ]
  );
  await page.click(cell);
  await page.locator('[data-testid="assignment-remove"]').nth(1).click();
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="cell-dialog"]', { state: 'detached' });
  await waitSaved(page);
  held = (await stored(page)).assignments.filter((a) => a.functionId === fn && a.unitId === 'u-bolig');
  assert.equal(held.length, 1);
});

test('the target-group filter recomputes duplicates and gaps for that group', async () => {
  const { page } = b;
  const doc = await stored(page);
  for (const g of ['tg-rop', 'tg-eldre']) {
    await page.selectOption('[data-testid="tasks-group-filter"]', g);
    const m = await marks(doc, g);
    assert.equal(await count(page, 'tasks-duplicates'), m.duplicates.length, g);
    assert.equal(await count(page, 'tasks-gaps'), m.gaps.length, g);
  }
  await page.selectOption('[data-testid="tasks-group-filter"]', '');
});

test('regression (partners cut off at the right edge): the matrix says how many units lie beyond it', async () => {
  const { page } = b;
  await page.setViewportSize({ width: 1366, height: 768 });
  try {
    const cue = page.locator('[data-testid="matrix-scroll-cue"]');
    await cue.waitFor();
    const hidden = Number((await cue.textContent()).match(/(\d+) enhete?r? til/)[1]);
    const beyond = await page.$$eval('th.unit-col', (ths) => {
      const edge = document.querySelector('.matrix-wrap').getBoundingClientRect().right;
      return ths.filter((th) => th.getBoundingClientRect().right > edge + 1).length;
    });
    assert.ok(hidden > 0);
    assert.equal(hidden, beyond);
    await page.evaluate(() => {
      const wrap = document.querySelector('.matrix-wrap');
      wrap.scrollLeft = wrap.scrollWidth;
    });
    await cue.waitFor({ state: 'detached' });
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => {
      document.querySelector('.matrix-wrap').scrollLeft = 0;
    });
  }
});

test('keyboard: one tab stop, arrows move, Enter opens, Esc returns to the cell', async () => {
  const { page } = b;
  const first = page.locator('[data-testid="task-matrix"] [tabindex="0"]');
  assert.equal(await first.count(), 1, 'exactly one cell is in the tab order');
  // The tab stop is the cell used last (the one clicked in the test before).
  await first.focus();
  await page.keyboard.press('Control+Home');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.cell), '0:0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.cell), '1:1');
  assert.equal(
    await page.locator('[data-testid="task-matrix"] [tabindex="0"]').getAttribute('data-cell'),
    '1:1',
    'the tab stop follows'
  );
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'function-open');
  await page.keyboard.press('End');
  const last = await page.evaluate(() => document.activeElement.dataset.cell);
  assert.equal(last, `1:${await page.locator('[data-testid="matrix-unit"]').count()}`);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const fn = await page.evaluate(() => document.activeElement.dataset.fn);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="cell-dialog"][open]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="cell-dialog"]', { state: 'detached' });
  await page.waitForFunction(() => document.activeElement && document.activeElement.dataset.testid === 'matrix-cell');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.fn), fn);
  assertClean(assert, b);
});
