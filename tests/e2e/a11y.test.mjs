// axe-core (WCAG 2.0/2.1 A and AA rules) on every view, in bokmål, nynorsk and English, with
// and without an open project, and with a dialog open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSession, openApp, loadDemo, ensureDemo, runAxe, assertClean, serious, describe } from './helpers.mjs';

const b = appSession({ demo: false });

async function checkViews(label) {
  for (const view of [
    'projects',
    'overview',
    'process',
    'organisation',
    'tasks',
    'relations',
    'network',
    'analysis',
    'findings',
    'report',
    'data'
  ]) {
    await b.page.click(`[data-testid="nav-${view}"]`);
    await b.page.waitForSelector(`[data-testid="nav-${view}"][aria-current="page"]`);
    // The map and Analyse: wait for the analysis when a project is open.
    await b.page.waitForSelector('[data-ready="false"]', { state: 'detached', timeout: 30000 });
    const found = serious(await runAxe(b.page));
    assert.deepEqual(found, [], `${label} / ${view}:\n${describe(found)}`);
  }
}

async function setLang(lang) {
  await b.page.click(`[data-testid="lang-${lang}"]`);
  await b.page.waitForSelector(`html[lang="${lang}"]`);
}

test('no project open: bokmål, nynorsk and English', async () => {
  await checkViews('nb, empty');
  await setLang('nn');
  await checkViews('nn, empty');
  await setLang('en');
  await checkViews('en, empty');
  await setLang('nb');
});

test('with the example municipality open: bokmål, nynorsk and English', async () => {
  await loadDemo(b.page);
  await checkViews('nb, demo');
  await setLang('nn');
  await checkViews('nn, demo');
  await setLang('en');
  await checkViews('en, demo');
  await setLang('nb');
});

test('a narrow window (tablet, zoomed projector): overview still passes', async () => {
  await ensureDemo(b.page);
  await b.page.setViewportSize({ width: 420, height: 800 });
  try {
    await checkViews('nb, narrow');
  } finally {
    await b.page.setViewportSize({ width: 1280, height: 900 });
  }
});

test('dialogs: labelled, focus inside, Esc closes and focus returns', async () => {
  const { page } = b;
  await ensureDemo(page);
  await page.click('[data-testid="nav-projects"]');
  // A change of view moves focus to its heading (after the view has painted); wait for that, or it can take
  // the focus back from the button below between the focus and the key press.
  await page
    .waitForFunction(() => document.activeElement && document.activeElement.matches('main h1'), null, {
      timeout: 5000
    })
    .catch(() => {}); // already on the list: no move of focus to wait for
  await page.focus('[data-testid="new-project"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="dialog"][open]');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'dialog-input');
  const found = serious(await runAxe(page));
  assert.deepEqual(found, [], `prompt dialog:\n${describe(found)}`);
  // Submitting empty shows an error tied to the field, and keeps the dialog open.
  await page.click('[data-testid="dialog-confirm"]');
  assert.equal(await page.getAttribute('[data-testid="dialog-input"]', 'aria-invalid'), 'true');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="dialog"]:not([open])', { state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'new-project');

  await page.click('[data-testid="project-delete"]');
  await page.waitForSelector('[data-testid="dialog"][open]');
  assert.equal(
    await page.evaluate(() => document.activeElement.dataset.testid),
    'dialog-cancel',
    'a destructive dialog starts on Cancel'
  );
  const confirmFound = serious(await runAxe(page));
  assert.deepEqual(confirmFound, [], `confirm dialog:\n${describe(confirmFound)}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="dialog"]:not([open])', { state: 'attached' });
  assert.equal(await page.locator('[data-testid="project-item"]').count(), 1, 'Enter on Cancel deleted nothing');
  assertClean(assert, b);
});

test('editing views: every tab, the edit dialogs and the two-tab message', async () => {
  const { page } = b;
  const check = async (label) => {
    const found = serious(await runAxe(page));
    assert.deepEqual(found, [], `${label}:\n${describe(found)}`);
  };
  await ensureDemo(page);
  await page.click('[data-testid="nav-organisation"]');
  for (const tab of ['units', 'actors', 'groups']) {
    await page.click(`[data-testid="org-tab-${tab}"]`);
    await check(`organisation / ${tab}`);
  }
  await page.click('[data-testid="org-tab-units"]');
  await page.click('[data-testid="unit-row"][data-id="u-husbanken"] [data-testid="unit-edit"]');
  await page.waitForSelector('[data-testid="unit-dialog"][open]');
  await page.fill('[data-testid="unit-name"]', '');
  await page.click('[data-testid="form-save"]');
  await check('unit dialog with an error');
  await page.keyboard.press('Escape');
  await page.click('[data-testid="unit-row"][data-id="u-nav"] [data-testid="unit-delete"]');
  await check('delete unit dialog');
  await page.keyboard.press('Escape');
  await page.click('[data-testid="nav-tasks"]');
  await page.click('[data-testid="matrix-cell"][data-fn="f-anskaffelse"][data-unit="u-eiendom"]');
  await page.waitForSelector('[data-testid="cell-dialog"][open]');
  await check('cell dialog');
  await page.keyboard.press('Escape');
  await page.click('[data-testid="nav-relations"]');
  for (const tab of ['respondents', 'person', 'grid', 'onesided']) {
    await page.click(`[data-testid="ties-tab-${tab}"]`);
    if (tab === 'person') await page.selectOption('[data-testid="tie-person"]', 'a-02');
    await check(`relations / ${tab}`);
  }
  // The message shown when another tab saved the project.
  const other = await b.context.newPage();
  await openApp(other);
  await other.click('[data-testid="nav-organisation"]');
  await other.click('[data-testid="unit-row"][data-id="u-nav"] [data-testid="unit-edit"]');
  await other.fill('[data-testid="unit-name"]', 'NAV (annen fane)');
  await other.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="sync-conflict"]');
  await check('two-tab message');
  await page.click('[data-testid="sync-reload"]');
  await other.close();
  assertClean(assert, b);
});
