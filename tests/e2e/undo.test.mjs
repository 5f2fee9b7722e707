// Undo and redo in the browser: every kind of edit (organisation, tasks, ties) is one
// step; Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y and the header buttons restore the stored
// document exactly; the buttons say what they will undo; text fields keep their own undo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, reloadApp, loadDemo, readStoredRecords, waitSaved, assertClean } from './helpers.mjs';

let b;
const v = [];
before(async () => {
  b = await launch();
  await openApp(b.page);
  await loadDemo(b.page);
});
after(async () => {
  if (b) await b.close();
});

const stored = async (page) => (await readStoredRecords(page))[0].doc;
async function settle(page) {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid="save-status"]');
    return s && s.dataset.state === 'saved';
  });
}
/** Wait (up to 10 s) until the stored document is `doc`, then check it exactly. */
async function expectStored(page, doc, label) {
  const want = JSON.stringify(doc);
  for (let i = 0; i < 100; i += 1) {
    await settle(page);
    if (JSON.stringify(await stored(page)) === want) break;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(await stored(page), doc, label);
  await settle(page);
}

// The four edits of the first test, one per kind.
async function renameNav(page) {
  await page.click('[data-testid="nav-organisation"]');
  await page.click('[data-testid="unit-row"][data-id="u-nav"] [data-testid="unit-edit"]');
  await page.fill('[data-testid="unit-name"]', 'NAV (endret)');
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="unit-dialog"]', { state: 'detached' });
  await waitSaved(page);
}

async function addPerson(page) {
  await page.click('[data-testid="org-tab-actors"]');
  await page.click('[data-testid="add-actor"]');
  await page.fill('[data-testid="actor-name"]', 'Ny Person');
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="actor-dialog"]', { state: 'detached' });
  await waitSaved(page);
}

async function editCell(page) {
  await page.click('[data-testid="nav-tasks"]');
  await page.click('[data-testid="matrix-cell"][data-fn="f-kartlegging"][data-unit="u-nav"]');
  await page.locator('[data-testid="assignment-role-performs"]').first().check();
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="cell-dialog"]', { state: 'detached' });
  await waitSaved(page);
}

async function setTie(page) {
  await page.click('[data-testid="nav-relations"]');
  await page.click('[data-testid="ties-tab-grid"]');
  await page.selectOption('[data-testid="grid-cell"][data-from="a-01"][data-to="a-07"]', '4');
  await waitSaved(page);
}

// Each test can run alone (tools/test browser FILE --each): the history the tests before it leave, made by the
// same steps when it is not there yet: the four edits and their five versions in v (test 1), all undone (test 2).
async function ensureEdits(page) {
  if (v.length) return;
  v.push(await stored(page));
  for (const edit of [renameNav, addPerson, editCell, setTie]) {
    await edit(page);
    v.push(await stored(page));
  }
}

async function ensureUndone(page) {
  await ensureEdits(page);
  if (JSON.stringify(await stored(page)) === JSON.stringify(v[0])) return;
  await page.click('h1');
  for (let i = 3; i >= 0; i -= 1) {
    await page.keyboard.press('Control+z');
    await expectStored(page, v[i]);
  }
}

test('four edits of different kinds, each one step with a label', async () => {
  const { page } = b;
  v.push(await stored(page));
  assert.equal(await page.getAttribute('[data-testid="undo"]', 'aria-disabled'), 'true');

  await renameNav(page);
  v.push(await stored(page));
  assert.match(await page.getAttribute('[data-testid="undo"]', 'title'), /Angre: Endret enheten «NAV \(endret\)»/);

  await addPerson(page);
  v.push(await stored(page));

  await editCell(page);
  v.push(await stored(page));

  await setTie(page);
  v.push(await stored(page));
  assert.equal(new Set(v.map((d) => JSON.stringify(d))).size, 5, 'five different versions');
  assert.match(await page.getAttribute('[data-testid="undo"]', 'aria-label'), /^Angre: Kari Nilsen → .*: Daglig$/);
});

test('Ctrl+Z twice, then the Undo button twice, restore each version exactly', async () => {
  const { page } = b;
  await ensureEdits(page);
  await page.click('h1');
  await page.keyboard.press('Control+z');
  await expectStored(page, v[3], 'after one Ctrl+Z');
  await page.keyboard.press('Control+z');
  await expectStored(page, v[2], 'after two Ctrl+Z');
  assert.match(await page.textContent('[data-testid="notice"]'), /Angret: Endret oppgaver/);
  await page.click('[data-testid="undo"]');
  await expectStored(page, v[1], 'after the Undo button');
  await page.click('[data-testid="undo"]');
  await expectStored(page, v[0], 'back to the start');
  assert.equal(await page.getAttribute('[data-testid="undo"]', 'aria-disabled'), 'true');
  // Still focusable and clickable (aria-disabled, so its label stays readable); it does nothing.
  await page.click('[data-testid="undo"]', { force: true });
  await page.waitForTimeout(200);
  await expectStored(page, v[0], 'nothing more to undo');
  // The views show the restored document too.
  await page.click('[data-testid="nav-organisation"]');
  assert.equal(
    await page.locator('[data-testid="unit-row"][data-id="u-nav"] [data-testid="unit-row-name"]').textContent(),
    v[0].units.find((u) => u.id === 'u-nav').name
  );
});

test('Ctrl+Shift+Z, Ctrl+Y and the Redo button redo exactly', async () => {
  const { page } = b;
  await ensureUndone(page);
  assert.match(await page.getAttribute('[data-testid="redo"]', 'title'), /Gjør om: Endret enheten/);
  await page.click('h1');
  await page.keyboard.press('Control+Shift+z');
  await expectStored(page, v[1], 'Ctrl+Shift+Z');
  await page.keyboard.press('Control+y');
  await expectStored(page, v[2], 'Ctrl+Y');
  await page.click('[data-testid="redo"]');
  await expectStored(page, v[3], 'Redo button');
  await page.click('[data-testid="redo"]');
  await expectStored(page, v[4], 'Redo button again');
  assert.equal(await page.getAttribute('[data-testid="redo"]', 'aria-disabled'), 'true');
});

test('in a text field Ctrl+Z is the text’s own undo, not the project’s', async () => {
  const { page } = b;
  await ensureEdits(page);
  await page.click('[data-testid="nav-organisation"]');
  await page.fill('[data-testid="unit-search"]', 'nav');
  await page.focus('[data-testid="unit-search"]');
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(300);
  await settle(page);
  assert.deepEqual(await stored(page), v[4]);
  assert.equal(await page.getAttribute('[data-testid="redo"]', 'aria-disabled'), 'true', 'no project step was undone');
});

test('a new edit after undo drops the redo steps; a reload starts a fresh history', async () => {
  const { page } = b;
  await ensureEdits(page);
  await page.click('[data-testid="nav-organisation"]');
  await page.click('h1');
  await page.keyboard.press('Control+z');
  await expectStored(page, v[3]);
  await page.click('[data-testid="org-tab-groups"]');
  await page.click('[data-testid="add-group"]');
  await page.fill('[data-testid="group-name"]', 'Unge voksne');
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="group-dialog"]', { state: 'detached' });
  await waitSaved(page);
  assert.equal(await page.getAttribute('[data-testid="redo"]', 'aria-disabled'), 'true');
  const last = await stored(page);
  await reloadApp(page);
  assert.equal(await page.getAttribute('[data-testid="undo"]', 'aria-disabled'), 'true');
  assert.deepEqual(await stored(page), last);
  assertClean(assert, b);
});
