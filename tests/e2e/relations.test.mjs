// Relasjoner through the UI, on the example municipality: a new survey wave, who was
// asked and answered, ties entered per person and in the matrix grid (with the keyboard),
// one-sided ties, and deleting a wave (undoable).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, loadDemo, readStoredRecords, waitSaved, assertClean, nodeCore } from './helpers.mjs';

let b;
let waveId;
before(async () => {
  b = await launch();
  await openApp(b.page);
  await loadDemo(b.page);
  await b.page.click('[data-testid="nav-relations"]');
});
after(async () => {
  if (b) await b.close();
});

const stored = async (page) => (await readStoredRecords(page))[0].doc;
const tiesOf = (doc) => doc.ties.filter((t) => t.waveId === waveId);

async function addWave(page) {
  await page.click('[data-testid="add-wave"]');
  await page.fill('[data-testid="wave-label"]', 'Testrunde høsten 2026');
  await page.fill('[data-testid="wave-date"]', '2026-09-15');
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="wave-dialog"]', { state: 'detached' });
  await waitSaved(page);
}

// Each test can run alone (tools/test browser FILE --each). These bring the project to where the tests before it
// would have left it, by the same steps, and do only what is not done yet: the new wave (test 1), everyone asked
// and a-03 answered (test 2), Kari's tie to a-02 (test 3).
async function ensureWave(page) {
  await page.click('[data-testid="nav-relations"]');
  if (waveId) return;
  await addWave(page);
  waveId = (await stored(page)).waves.find((w) => w.label === 'Testrunde høsten 2026').id;
}

async function ensureAsked(page) {
  await ensureWave(page);
  const doc = await stored(page);
  if (doc.respondents.some((r) => r.waveId === waveId)) return;
  await page.click('[data-testid="ties-tab-respondents"]');
  await page.click('[data-testid="ask-all"]');
  await page.waitForSelector(`[data-testid="wave-asked"]:text-is("${doc.actors.length}")`);
  await page.check('[data-testid="respondent-row"][data-id="a-03"] [data-testid="resp-answered"]');
  await page.waitForSelector('[data-testid="wave-answered"]:text-is("1")');
  await waitSaved(page);
}

async function ensureTie(page) {
  await ensureAsked(page);
  if (tiesOf(await stored(page)).length > 0) return;
  await page.click('[data-testid="ties-tab-person"]');
  await page.selectOption('[data-testid="tie-person"]', 'a-01');
  const row = '[data-testid="tie-row"][data-id="a-02"]';
  await page.selectOption(`${row} [data-testid="tie-frequency"]`, '3');
  await page.waitForSelector(`${row} [data-testid="tie-type-advice"]`);
  await page.check(`${row} [data-testid="tie-type-advice"]`);
  await waitSaved(page);
}

test('add a survey wave with a label and a date', async () => {
  const { page } = b;
  await addWave(page);
  const doc = await stored(page);
  const wave = doc.waves.find((w) => w.label === 'Testrunde høsten 2026');
  assert.ok(wave);
  waveId = wave.id;
  assert.equal(wave.date, '2026-09-15');
  assert.equal(await page.inputValue('[data-testid="wave-pick"]'), waveId, 'the new wave is shown');
  // The figures are the core's (analysis.overview): they appear when its analysis of this document is in.
  await page.waitForSelector('[data-testid="wave-asked"]:text-is("0")');
  assert.equal(await page.textContent('[data-testid="wave-rate-value"]'), '–');
});

test('respondents: mark everyone as asked, then one as answered; the rate follows', async () => {
  const { page } = b;
  await ensureWave(page);
  const people = (await stored(page)).actors.length;
  await page.click('[data-testid="ask-all"]');
  await page.waitForSelector(`[data-testid="wave-asked"]:text-is("${people}")`);
  // Everyone is asked: no button left to "mark all 0 as asked" (regression).
  assert.equal(await page.locator('[data-testid="ask-all"]').count(), 0);
  await page.check('[data-testid="respondent-row"][data-id="a-03"] [data-testid="resp-answered"]');
  await page.waitForSelector('[data-testid="wave-answered"]:text-is("1")');
  await waitSaved(page);
  const doc = await stored(page);
  const mine = doc.respondents.filter((r) => r.waveId === waveId);
  assert.equal(mine.length, people);
  assert.deepEqual(
    mine.filter((r) => r.responded).map((r) => r.actorId),
    ['a-03']
  );
  assert.match(await page.textContent('[data-testid="wave-rate-value"]'), /^2\s%$/);
  assert.equal(await page.locator('[data-testid="not-answered"] li').count(), people - 1);
});

test('per person: frequency and kinds of contact; the person is marked as answered', async () => {
  const { page } = b;
  await ensureAsked(page);
  await page.click('[data-testid="ties-tab-person"]');
  await page.selectOption('[data-testid="tie-person"]', 'a-01');
  assert.match(
    await page.textContent('#tie-question'),
    /Hvem utveksler Kari Nilsen informasjon med om boligsosialt arbeid, og hvor ofte\?/
  );
  const row = '[data-testid="tie-row"][data-id="a-02"]';
  await page.selectOption(`${row} [data-testid="tie-frequency"]`, '3');
  await page.waitForSelector(`${row} [data-testid="tie-type-advice"]`);
  await page.check(`${row} [data-testid="tie-type-advice"]`);
  await waitSaved(page);
  const doc = await stored(page);
  assert.deepEqual(tiesOf(doc), [{ from: 'a-01', to: 'a-02', waveId, frequency: 3, types: ['information', 'advice'] }]);
  assert.equal(doc.respondents.find((r) => r.waveId === waveId && r.actorId === 'a-01').responded, true);
  assert.equal(await page.isChecked('[data-testid="person-answered"]'), true);
  assert.match(await page.textContent(`${row} [data-testid="tie-theirs"]`), /har ikke svart/);
  assert.equal(
    await page.locator(`${row} [data-testid="tie-one-sided"]`).count(),
    1,
    'one side only, and said so in text'
  );
  await page.click('[data-testid="tie-next"]');
  assert.notEqual(await page.inputValue('[data-testid="tie-person"]'), 'a-01');
});

test('matrix grid: keyboard navigation, 0–4 set the frequency, Delete clears', async () => {
  const { page } = b;
  await ensureTie(page);
  await page.click('[data-testid="ties-tab-grid"]');
  const people = (await stored(page)).actors.length;
  assert.equal(await page.locator('[data-testid="grid-row"]').count(), people, 'all people fit on one page');
  assert.equal(await page.locator('[data-testid="tie-grid"] [tabindex="0"]').count(), 1, 'one tab stop');
  const cell = (from, to) => `[data-testid="grid-cell"][data-from="${from}"][data-to="${to}"]`;
  assert.equal(await page.inputValue(cell('a-01', 'a-02')), '3', 'the tie entered per person is here');
  assert.equal(await page.locator(`td.is-onesided:has(${cell('a-01', 'a-02')})`).count(), 1);
  await page.focus(cell('a-02', 'a-01'));
  await page.keyboard.press('2');
  await page.waitForFunction((sel) => document.querySelector(sel).value === '2', cell('a-02', 'a-01'));
  await waitSaved(page);
  let ties = tiesOf(await stored(page));
  assert.deepEqual(
    ties.find((t) => t.from === 'a-02'),
    { from: 'a-02', to: 'a-01', waveId, frequency: 2, types: ['information'] }
  );
  assert.equal(
    await page.locator(`td.is-onesided:has(${cell('a-01', 'a-02')})`).count(),
    0,
    'now both sides reported it'
  );
  // Arrows move between cells (in the order shown: by unit, then name) and skip the person's own cell.
  const cols = await page.$$eval('[data-testid="grid-row"][data-id="a-02"] [data-testid="grid-cell"]', (els) =>
    els.map((e) => e.dataset.to)
  );
  const rows = await page.$$eval('[data-testid="grid-row"]', (els) => els.map((e) => e.dataset.id));
  const active = () => page.evaluate(() => [document.activeElement.dataset.from, document.activeElement.dataset.to]);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await active(), ['a-02', cols[cols.indexOf('a-01') + 1]]);
  await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await active(), ['a-02', 'a-01']);
  const below = rows[rows.indexOf('a-02') + 1];
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await active(), [below, 'a-01']);
  await page.keyboard.press('4');
  await page.waitForFunction((sel) => document.querySelector(sel).value === '4', cell(below, 'a-01'));
  await page.keyboard.press('Delete');
  await page.waitForFunction((sel) => document.querySelector(sel).value === '0', cell(below, 'a-01'));
  await waitSaved(page);
  ties = tiesOf(await stored(page));
  assert.equal(
    ties.some((t) => t.from === below),
    false,
    'Delete removed the tie'
  );
  // A person's own cell is skipped: moving right along Kari's row jumps over Kari.
  const k = rows.indexOf('a-01');
  await page.focus(cell('a-01', rows[k - 1]));
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await active(), ['a-01', rows[k + 1]]);
  // Choosing with the select itself works too.
  await page.selectOption(cell('a-04', 'a-05'), '1');
  await waitSaved(page);
  assert.equal(tiesOf(await stored(page)).find((t) => t.from === 'a-04').frequency, 1);
});

test('one side only: the list matches the data', async () => {
  const { page } = b;
  await ensureTie(page);
  await page.click('[data-testid="ties-tab-onesided"]');
  const env = JSON.parse((await nodeCore()).analyze(JSON.stringify(await stored(page)), '{}'));
  const expected = env.result.overview.waves.find((w) => w.id === waveId).oneSided;
  await page.waitForSelector('[data-testid="one-sided-summary"]');
  assert.equal(await page.locator('[data-testid="one-sided-row"]').count(), expected.length);
  assert.match(await page.textContent('[data-testid="ties-tab-onesided"]'), new RegExp(String(expected.length)));
});

test('edit and delete the wave; undo brings it back with its ties', async () => {
  const { page } = b;
  await ensureTie(page);
  await page.click('[data-testid="edit-wave"]');
  await page.fill('[data-testid="wave-label"]', 'Testrunde (endret)');
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="wave-dialog"]', { state: 'detached' });
  await waitSaved(page);
  const before = await stored(page);
  assert.equal(before.waves.find((w) => w.id === waveId).label, 'Testrunde (endret)');
  await page.click('[data-testid="delete-wave"]');
  assert.match(await page.textContent('[data-testid="delete-wave-dialog"]'), /kontakter/);
  await page.click('[data-testid="confirm-ok"]');
  await page.waitForSelector('[data-testid="delete-wave-dialog"]', { state: 'detached' });
  await waitSaved(page);
  const after = await stored(page);
  assert.equal(
    after.waves.some((w) => w.id === waveId),
    false
  );
  assert.equal(tiesOf(after).length, 0);
  assert.equal(
    after.respondents.some((r) => r.waveId === waveId),
    false
  );
  await page.keyboard.press('Control+z');
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="save-status"]').dataset.state === 'saved' &&
      document.querySelector('[data-testid="notice"]').textContent.includes('Angret')
  );
  assert.deepEqual(await stored(page), before);
  assertClean(assert, b);
});
