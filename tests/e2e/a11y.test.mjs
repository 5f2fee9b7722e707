// axe-core (WCAG 2.0/2.1 A and AA rules) on every view, in bokmål and English, with
// and without an open project, and with a dialog open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, loadDemo, runAxe, assertClean } from './helpers.mjs';

let b;
before(async () => {
  b = await launch();
  await openApp(b.page);
});
after(async () => { if (b) await b.close(); });

const serious = (violations) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
const describe = (violations) => violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target).join('\n  ')}`).join('\n');

async function checkViews(label) {
  for (const view of ['projects', 'overview', 'data']) {
    await b.page.click(`[data-testid="nav-${view}"]`);
    await b.page.waitForSelector(`[data-testid="nav-${view}"][aria-current="page"]`);
    const found = serious(await runAxe(b.page));
    assert.deepEqual(found, [], `${label} / ${view}:\n${describe(found)}`);
  }
}

async function setLang(lang) {
  await b.page.click(`[data-testid="lang-${lang}"]`);
  await b.page.waitForSelector(`html[lang="${lang}"]`);
}

test('no project open: bokmål and English', async () => {
  await checkViews('nb, empty');
  await setLang('en');
  await checkViews('en, empty');
  await setLang('nb');
});

test('with the example municipality open: bokmål and English', async () => {
  await loadDemo(b.page);
  await checkViews('nb, demo');
  await setLang('en');
  await checkViews('en, demo');
  await setLang('nb');
});

test('a narrow window (tablet, zoomed projector): overview still passes', async () => {
  await b.page.setViewportSize({ width: 420, height: 800 });
  try {
    await checkViews('nb, narrow');
  } finally {
    await b.page.setViewportSize({ width: 1280, height: 900 });
  }
});

test('dialogs: labelled, focus inside, Esc closes and focus returns', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-projects"]');
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
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'dialog-cancel', 'a destructive dialog starts on Cancel');
  const confirmFound = serious(await runAxe(page));
  assert.deepEqual(confirmFound, [], `confirm dialog:\n${describe(confirmFound)}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="dialog"]:not([open])', { state: 'attached' });
  assert.equal(await page.locator('[data-testid="project-item"]').count(), 1, 'Enter on Cancel deleted nothing');
  assertClean(assert, b);
});
