// Kontakter › Tilbakemelding on the example municipality, read as a respondent would: a person's sheet lists the
// contacts they reported and not what someone else reported about them; a unit of fewer than 5 people shows no
// figures; the page is axe clean; the printout is one A4 page per person; the downloaded file is HTML without a
// script. Expectations come from the example's own ties, read here in the test, not from the core's answer.
// Screenshots and the printed pages (PNG, pdftoppm -r 60) go to BOSAM_SHOTS or a temporary folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appSession, runAxe, serious, describe, assertClean, demoDoc, downloadFile } from './helpers.mjs';

const b = appSession({ viewport: { width: 1366, height: 768 } });
const SHOTS = process.env.BOSAM_SHOTS || join(tmpdir(), 'bosam-feedback-shots');
const WAVE = 'w-2026';

/** What the example says about one person in the round: the people they named, and those who named them only. */
async function demoFacts(actorId) {
  const doc = await demoDoc();
  const ties = doc.ties.filter((t) => t.waveId === WAVE);
  const own = new Set(ties.filter((t) => t.from === actorId).map((t) => t.to));
  const aboutOnly = new Set(ties.filter((t) => t.to === actorId && !own.has(t.from)).map((t) => t.from));
  const answered = doc.respondents.filter((r) => r.waveId === WAVE && r.responded).map((r) => r.actorId);
  const members = (unitId) => doc.actors.filter((a) => a.unitId === unitId).length;
  const actor = doc.actors.find((a) => a.id === actorId);
  return { doc, own, aboutOnly, answered, unitSize: members(actor.unitId), name: actor.name };
}

async function openFeedback(page) {
  await page.click('[data-testid="nav-relations"]');
  await page.selectOption('[data-testid="wave-pick"]', WAVE);
  await page.click('[data-testid="ties-tab-feedback"]');
  await page.waitForSelector('[data-testid="feedback-row"]', { timeout: 30000 });
}

async function show(page, actorId) {
  await page.click(`[data-testid="feedback-row"][data-id="${actorId}"] [data-testid="feedback-show"]`);
  await page.waitForSelector(`[data-testid="feedback-preview"][data-id="${actorId}"] [data-testid="fb-sheet"]`);
}

const previewContacts = (page) =>
  page.$$eval('[data-testid="feedback-preview"] [data-testid="fb-contact"]', (rows) => rows.map((r) => r.dataset.id));

/** The open tab printed to A4: the number of pages, each page's text, and PNGs of the pages at 60 dpi. */
async function printed(page, name) {
  await mkdir(SHOTS, { recursive: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const file = join(SHOTS, `${name}.pdf`);
  await writeFile(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
  // pdftotext ends every page with a form feed, so the last piece is empty; a blank page is a page too.
  const pages = text.split('\f').slice(0, -1);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '2', file, join(SHOTS, name)]);
  return pages;
}

test('a sheet per person who answered; Sara Ali’s lists the contacts she reported and not the one reported about her', async () => {
  const { page } = b;
  const sara = await demoFacts('a-07'); // NAV-kontoret (7 people); someone named her whom she did not name
  assert.ok(sara.aboutOnly.size > 0 && sara.own.size > 0, 'the example still has what this test reads');
  await openFeedback(page);
  const rows = await page.$$eval('[data-testid="feedback-row"]', (r) => r.map((x) => x.dataset.id));
  assert.deepEqual(rows.slice().sort(), sara.answered.slice().sort(), 'exactly the people who answered');

  await show(page, 'a-07');
  const contacts = await previewContacts(page);
  assert.deepEqual(contacts.slice().sort(), [...sara.own].sort());
  for (const other of sara.aboutOnly)
    assert.ok(!contacts.includes(other), `${other} reported Sara; that is their answer`);
  const preview = await page.textContent('[data-testid="feedback-preview"]');
  assert.match(preview, /Tilbakemelding til Sara Ali/);
  assert.match(preview, /Her står bare det du selv svarte/);
  assert.equal(
    await page.getAttribute('[data-testid="feedback-preview"] [data-testid="fb-unit"]', 'data-shown'),
    'true'
  );
  assert.match(preview, /I enheten svarte \d+ av \d+ som ble spurt/);

  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, 'feedback-nb.png') });
  await page.locator('[data-testid="feedback-preview"]').screenshot({ path: join(SHOTS, 'feedback-sheet-nb.png') });

  const violations = serious(await runAxe(page));
  assert.deepEqual(violations, [], describe(violations));
  assertClean(assert, b, 'feedback');
});

test('a unit below the floor of 5 shows no figures, only why', async () => {
  const { page } = b;
  const nina = await demoFacts('a-10'); // Boligkontoret
  assert.ok(nina.unitSize < 5);
  await show(page, 'a-10');
  assert.equal(
    await page.getAttribute('[data-testid="feedback-preview"] [data-testid="fb-unit"]', 'data-shown'),
    'false'
  );
  assert.equal(await page.$('[data-testid="feedback-preview"] [data-testid="fb-unit-split"]'), null);
  assert.match(
    await page.textContent('[data-testid="feedback-preview"] [data-testid="fb-unit-hidden"]'),
    /færre enn 5 personer/
  );
});

test('printed: one A4 page per person, and one sheet alone when printing one', async () => {
  const { page } = b;
  const { answered } = await demoFacts('a-07');
  const all = await printed(page, 'feedback-all');
  assert.equal(all.length, answered.length, 'one page per sheet, none spilling onto a second page');
  await page.evaluate(() => {
    window.print = () => {
      window.printCalls = (window.printCalls || 0) + 1;
    };
  });
  await page.click('[data-testid="feedback-row"][data-id="a-07"] [data-testid="feedback-print-one"]');
  await page.waitForFunction(() => window.printCalls === 1);
  assert.equal(await page.$$eval('[data-testid="feedback-print"] [data-testid="fb-sheet"]', (s) => s.length), 1);
  const one = await printed(page, 'feedback-one-nb');
  assert.equal(one.length, 1);
  assert.match(one[0], /Tilbakemelding til Sara Ali/);
  assert.ok(!/Kontakter\s+Spørreskjema/.test(one[0]), 'nothing of the app around the sheet');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="feedback-print"] [data-testid="fb-sheet"]').length > 1
  );
});

test('nynorsk sheets, and the downloaded file is HTML without a script', async () => {
  const { page } = b;
  await page.selectOption('[data-testid="feedback-lang"]', 'nn');
  await page.waitForFunction(() =>
    /Det du oppgav/.test(document.querySelector('[data-testid="feedback-preview"]').textContent)
  );
  await page.locator('[data-testid="feedback-preview"]').screenshot({ path: join(SHOTS, 'feedback-sheet-nn.png') });
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.click('[data-testid="feedback-row"][data-id="a-07"] [data-testid="feedback-print-one"]');
  const nn = await printed(page, 'feedback-one-nn');
  assert.equal(nn.length, 1);
  assert.match(nn[0], /Tilbakemelding til Sara Ali/);
  assert.match(nn[0], /Det du oppgav/);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  const file = await downloadFile(
    page,
    '[data-testid="feedback-row"][data-id="a-07"] [data-testid="feedback-download-one"]'
  );
  assert.equal(file.filename, 'tilbakemelding-sara-ali.html');
  assert.ok(file.text.startsWith('<!doctype html>'));
  assert.ok(!/<script/i.test(file.text), 'no script in the file');
  const dir = await mkdtemp(join(tmpdir(), 'bosam-feedback-'));
  await writeFile(join(dir, file.filename), file.buffer);
  // The file opened on its own: a valid page in nynorsk, with Sara's contacts and nothing that runs.
  const other = await b.page.context().newPage();
  try {
    await other.goto(`file://${join(dir, file.filename)}`);
    const seen = await other.evaluate(() => ({
      lang: document.documentElement.lang,
      scripts: document.scripts.length,
      title: document.querySelector('h1').textContent,
      contacts: [...document.querySelectorAll('[data-testid="fb-contact"]')].map((r) => r.dataset.id),
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]').content
    }));
    const sara = await demoFacts('a-07');
    assert.equal(seen.lang, 'nn');
    assert.equal(seen.scripts, 0);
    assert.equal(seen.title, 'Tilbakemelding til Sara Ali');
    assert.deepEqual(seen.contacts.slice().sort(), [...sara.own].sort());
    assert.match(seen.csp, /default-src 'none'/);
    await other.screenshot({ path: join(SHOTS, 'feedback-file-nn.png'), fullPage: true });
  } finally {
    await other.close();
  }
  assertClean(assert, b, 'feedback files');
});
