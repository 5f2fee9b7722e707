// Funn: the demo's findings grouped by severity with filters and links to their subjects;
// a draft strength or weakness accepted into the project; a tiltak added; undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appSession,
  openView,
  waitSaved,
  assertClean,
  importFile,
  demoDoc,
  storedProjectDoc,
  runAxe,
  serious,
  describe
} from './helpers.mjs';

const b = appSession({ viewport: { width: 1366, height: 768 } });

const openFindings = (page) => openView(page, 'findings');

test('findings are listed by severity, with an uncovered function and a silo', async () => {
  const { page } = b;
  await openFindings(page);
  const uncovered = page.locator('[data-testid="finding"][data-rule="uncovered-function"]');
  assert.ok((await uncovered.count()) >= 1);
  assert.equal(await uncovered.first().getAttribute('data-severity'), 'critical');
  assert.match(await uncovered.first().textContent(), /Forebygging av utkastelser/);
  assert.match(await uncovered.first().textContent(), /Kritisk/, 'severity in words, not colour alone');
  assert.ok((await page.locator('[data-testid="finding"][data-rule="silo"]').count()) >= 1);
  // Critical first.
  const severities = await page.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.dataset.severity));
  const rank = { critical: 0, warning: 1, info: 2 };
  assert.deepEqual(
    severities,
    [...severities].sort((x, y) => rank[x] - rank[y])
  );
  await page.screenshot({ path: '/tmp/shot-findings.png' });
});

test('filters narrow the list; links lead to the subject in another view', async () => {
  const { page } = b;
  await openFindings(page);
  await page.selectOption('[data-testid="filter-rule"]', 'silo');
  const rules = await page.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.dataset.rule));
  assert.ok(rules.length >= 1 && rules.every((r) => r === 'silo'));
  await page.selectOption('[data-testid="filter-rule"]', '');
  await page.selectOption('[data-testid="filter-severity"]', 'critical');
  assert.ok(
    (await page.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.dataset.severity))).every(
      (s) => s === 'critical'
    )
  );
  await page.selectOption('[data-testid="filter-severity"]', '');

  await page.click(
    '[data-testid="finding"][data-rule="uncovered-function"] [data-testid="subject-link"][data-kind="function"]'
  );
  await page.waitForSelector('[data-testid="nav-tasks"][aria-current="page"]');
  await page.waitForSelector('[data-testid="matrix-row"][data-fn="f-forebygging-utkastelse"][data-focused="true"]');

  await openFindings(page);
  await page.click('[data-testid="finding"][data-rule="bottleneck"] [data-testid="subject-link"][data-kind="actor"]');
  await page.waitForSelector('[data-testid="nav-network"][aria-current="page"]');
  await page.waitForSelector('[data-testid="selection-panel"]');
  assert.equal(await page.textContent('[data-testid="selection-name"]'), 'Marte Solberg');

  await openFindings(page);
  await page.click('[data-testid="finding"][data-rule="silo"] [data-testid="subject-link"][data-kind="unit"]');
  await page.waitForSelector('[data-testid="nav-organisation"][aria-current="page"]');
  await page.waitForSelector('[data-testid="unit-row"][data-focused="true"]');
});

test('accept a draft: it is stored as an assessment with its evidence; reject hides one', async () => {
  const { page } = b;
  await openFindings(page);
  const draft = page.locator('[data-testid="draft"][data-kind="weakness"]').first();
  const draftId = await draft.getAttribute('data-id');
  await draft.locator('[data-testid="draft-accept"]').click();
  await page.waitForSelector(`[data-testid="draft"][data-id="${draftId}"]`, { state: 'detached' });
  await waitSaved(page);
  let doc = await storedProjectDoc(page);
  const stored = doc.assessments.find((a) => a.draftId === draftId);
  assert.ok(stored, 'stored with draftId');
  assert.equal(stored.kind, 'weakness');
  assert.ok(stored.evidence.length >= 1 && stored.evidence[0].startsWith('finding:'));
  assert.ok((await page.locator(`[data-testid="assessment"][data-id="${stored.id}"]`).count()) === 1);

  // Edit then accept.
  const second = page.locator('[data-testid="draft"]').first();
  const secondId = await second.getAttribute('data-id');
  await second.locator('[data-testid="draft-edit"]').click();
  await page.fill(`[data-testid="draft"][data-id="${secondId}"] [data-testid="draft-text"]`, 'Vår egen formulering.');
  await page.click(`[data-testid="draft"][data-id="${secondId}"] [data-testid="draft-accept-edited"]`);
  await page.waitForSelector(`[data-testid="draft"][data-id="${secondId}"]`, { state: 'detached' });

  // Reject.
  const third = page.locator('[data-testid="draft"]').first();
  const thirdId = await third.getAttribute('data-id');
  await third.locator('[data-testid="draft-reject"]').click();
  await page.waitForSelector(`[data-testid="draft"][data-id="${thirdId}"]`, { state: 'detached' });
  await waitSaved(page);
  doc = await storedProjectDoc(page);
  assert.equal(doc.assessments.find((a) => a.draftId === secondId).text, 'Vår egen formulering.');
  assert.deepEqual(doc.rejectedDrafts, [thirdId]);

  // Undo brings the rejected draft back.
  await page.click('[data-testid="undo"]');
  await page.waitForSelector(`[data-testid="draft"][data-id="${thirdId}"]`);
});

test('add your own strength, and a tiltak answering a finding', async () => {
  const { page } = b;
  await openFindings(page);
  await page.fill('[data-testid="own-text"]', 'Gode rutiner for tverrfaglige møter.');
  await page.click('[data-testid="own-add"]');
  await page.waitForSelector('[data-testid="assessment"]:has-text("Gode rutiner for tverrfaglige møter.")');

  await page.fill('[data-testid="change-text"]', 'Gi én enhet ansvaret for å forebygge utkastelser');
  await page.fill('[data-testid="change-owner"]', 'Kommunalsjef helse');
  await page.selectOption('[data-testid="change-status"]', 'agreed');
  await page.fill('[data-testid="change-due"]', '2026-12-31');
  // Checkboxes, no Ctrl or Cmd (regression: a multi-select list). Tick two, the second by keyboard, then untick it.
  await page.check('[data-testid="change-finding"][value="uncovered-function:f-forebygging-utkastelse"]');
  const other = page.locator('[data-testid="change-finding"]:not(:checked)').first();
  await other.focus();
  await page.keyboard.press('Space');
  assert.equal(await page.locator('[data-testid="change-finding"]:checked').count(), 2);
  await page.keyboard.press('Space');
  assert.equal(await page.locator('[data-testid="change-finding"]:checked').count(), 1);
  await page.locator('[data-testid="change-findings"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/start-tiltak-checkboxes.png' });
  const found = serious(await runAxe(page));
  assert.deepEqual(found, [], describe(found));
  await page.click('[data-testid="change-save"]');
  await page.waitForSelector('[data-testid="change-row"]');
  assert.match(await page.textContent('[data-testid="change-row"]'), /Vedtatt/);
  assert.match(await page.textContent('[data-testid="change-row"]'), /Ingen har «Forebygging av utkastelser»/);
  await waitSaved(page);
  const doc = await storedProjectDoc(page);
  const change = doc.assessments.find((a) => a.kind === 'change');
  assert.deepEqual(
    { owner: change.owner, status: change.status, due: change.due, evidence: change.evidence },
    {
      owner: 'Kommunalsjef helse',
      status: 'agreed',
      due: '2026-12-31',
      evidence: ['finding:uncovered-function:f-forebygging-utkastelse']
    }
  );
  await page.screenshot({ path: '/tmp/shot-findings-assess.png', fullPage: false });
  assertClean(assert, b);
});

test('a low response rate puts a visible caveat at the top', async () => {
  const { page } = b;
  const doc = await demoDoc();
  doc.id = 'low-response-demo';
  let n = 0;
  for (const r of doc.respondents) if (r.waveId === 'w-2026' && r.responded && (n += 1) > 20) r.responded = false;
  await importFile(page, 'low.json', JSON.stringify(doc));
  await page
    .waitForSelector('[data-testid="nav-overview"][aria-current="page"], [data-testid="import-status"]', {
      timeout: 15000
    })
    .catch(() => {});
  await waitSaved(page);
  await openFindings(page);
  await page.waitForSelector('[data-testid="response-caveat"]', { timeout: 30000 });
  assert.match(await page.textContent('[data-testid="response-caveat"]'), /Bare \d+\s%\s?har svart/);
  assert.ok((await page.locator('[data-testid="finding"][data-rule="low-response-rate"]').count()) === 1);
});
