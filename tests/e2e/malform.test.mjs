// The project's målform (settings.language): chosen under Oversikt as one undoable step, it sets the language of
// the report and of the survey forms, while the reader's own app language stays theirs (the menu stays bokmål
// here). The report in nynorsk carries the core's texts in nynorsk too (its own analysis run), and the reader
// may choose another language for one printout. axe runs on the report in its own language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appSession, openView, storedWhen, runAxe, assertClean } from './helpers.mjs';

const b = appSession({ demo: true, viewport: { width: 1366, height: 768 } });

async function reportReady(page, lang) {
  await page.waitForSelector(
    `[data-testid="report-body"][data-lang="${lang}"] [data-testid="report-view"][data-ready="true"]`,
    {
      timeout: 30000
    }
  );
}

test('målform nynorsk under Oversikt: one undoable step, stored in settings.language', async () => {
  const { page } = b;
  await openView(page, 'overview');
  assert.equal(await page.inputValue('[data-testid="project-language"]'), 'nb'); // the demo, loaded in bokmål
  await page.selectOption('[data-testid="project-language"]', 'nn');
  const doc = await storedWhen(page, (d) => d.settings && d.settings.language === 'nn');
  assert.equal(doc.settings.language, 'nn');
  assert.match(await page.getAttribute('[data-testid="undo"]', 'aria-label'), /Målform: nynorsk/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb'); // the app stays bokmål
});

test("the report is written in the målform, with the core's texts in nynorsk, while the menu stays bokmål", async () => {
  const { page } = b;
  await page.click('[data-testid="nav-report"]');
  await reportReady(page, 'nn');
  const body = page.locator('[data-testid="report-body"]');
  assert.equal(await body.getAttribute('lang'), 'nn');
  const text = await body.textContent();
  assert.match(text, /Einingar og eksterne partnarar/);
  assert.doesNotMatch(text, /Enheter og eksterne partnere/);
  // The findings come from the core's nynorsk catalogue: no bokmål-only word in their titles.
  const titles = (await page.locator('[data-testid="report-body"] [data-testid="finding"] h3').allTextContents()).join(
    ' '
  );
  assert.ok(titles.length > 0);
  assert.doesNotMatch(titles, /\b(ikke|enhet|enheter|hvem|mye|bare)\b/i);
  assert.equal(await page.textContent('[data-testid="nav-overview"]'), 'Oversikt');
  assert.match(await page.textContent('[data-testid="report-language"]'), /Prosjektets målform er nynorsk/);
  assert.deepEqual(await runAxe(page), [], 'axe on the report in nynorsk');
  assertClean(assert, b, 'report in nynorsk');
});

test('the reader may print one report in bokmål; the målform is unchanged', async () => {
  const { page } = b;
  await page.selectOption('[data-testid="report-lang"]', 'nb');
  await reportReady(page, 'nb');
  assert.match(await page.textContent('[data-testid="report-body"]'), /Enheter og eksterne partnere/);
  await page.selectOption('[data-testid="report-lang"]', 'en');
  await reportReady(page, 'en');
  assert.match(await page.textContent('[data-testid="report-body"]'), /Knowledge base/);
  const doc = await storedWhen(page, (d) => d.settings && d.settings.language === 'nn');
  assert.equal(doc.settings.language, 'nn');
});

test('a survey form opens in the målform (the respondent can still switch)', async () => {
  const { page, context } = b;
  await page.click('[data-testid="nav-relations"]');
  await page.click('[data-testid="ties-tab-survey"]');
  await page.waitForSelector('[data-testid="forms-table"]');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid="form-one"]').first().click()
  ]);
  const html = await readFile(await download.path(), 'utf8');
  const payload = JSON.parse(
    /<script type="application\/json" id="bosam-survey-data">([\s\S]*?)<\/script>/.exec(html)[1]
  );
  assert.equal(payload.lang, 'nn');
  const form = await context.newPage();
  const path = join(await mkdtemp(join(tmpdir(), 'bosam-malform-')), download.suggestedFilename());
  await copyFile(await download.path(), path);
  await form.goto(pathToFileURL(path).href);
  await form.waitForSelector('body[data-survey-ready="true"]');
  await form.waitForSelector('html[lang="nn"]', { state: 'attached', timeout: 5000 });
  assert.equal(await form.getAttribute('[data-testid="lang-nn"]', 'aria-pressed'), 'true');
  await form.click('[data-testid="lang-nb"]');
  // The form sets the page's language in an effect after it renders: wait for it rather than read at once.
  await form.waitForSelector('html[lang="nb"]', { state: 'attached' });
  assert.equal(await form.getAttribute('[data-testid="lang-nb"]', 'aria-pressed'), 'true');
  await form.close();
});
