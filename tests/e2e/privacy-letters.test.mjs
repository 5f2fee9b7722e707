// Kontakter › Personvern in the example municipality: the facts typed in reach the information letter in the
// project's målform and in nynorsk, printed alone on one A4 page (and one page per person with their name), with no
// gap left; the text copies, or the read-only field offers it when the browser refuses; the tab passes axe. Then the
// retention date set in the past: Oversikt says so quietly, the answers are deleted after a plain confirmation,
// Analyse shows the figures kept from them, and one undo brings every answer back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appSession, openView, runAxe, serious, describe, assertClean, storedWhen, waitSaved } from './helpers.mjs';

const b = appSession({ viewport: { width: 1366, height: 768 } });

const CONTACT = 'Kari Nilsen, kari.nilsen@eksempel.kommune.no';
const CONTROLLER = 'Eksempel kommune v/ kommunedirektøren';
const KEPT = '2027-06-30';
const PAST = '2026-11-30'; // before "today" when these tests were written; the test below checks it is past

const norm = (s) =>
  String(s)
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

/** The open page printed to A4, as the text of each page (pdftotext). */
async function pdfPages(page) {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = await mkdtemp(join(tmpdir(), 'bosam-letter-'));
  try {
    const file = join(dir, 'letter.pdf');
    await writeFile(file, pdf);
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').split('\f').map(norm);
    if (pages[pages.length - 1] === '') pages.pop();
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function openPrivacy(page) {
  await page.click('[data-testid="nav-relations"]');
  await page.click('[data-testid="ties-tab-privacy"]');
  await page.waitForSelector('[data-testid="privacy-panel"]');
}

/** Type into an autosaving fact field and leave it, then wait until the project holds the value. */
async function fillFact(page, field, value) {
  await page.fill(`[data-testid="privacy-${field}"]`, value);
  await page.press(`[data-testid="privacy-${field}"]`, 'Tab');
  await storedWhen(page, (d) => d.settings && d.settings.privacy && d.settings.privacy[field] === value);
}

const previewText = (page) => page.textContent('.doc-preview [data-testid="doc-letter"]');

test('the letter names the contact and the date in bokmål and nynorsk, prints alone on one page, and copies', async () => {
  const { page } = b;
  await openPrivacy(page);
  // Before the facts: the gaps are marked and named.
  assert.equal(await page.getAttribute('[data-testid="doc-gaps"]', 'data-gaps'), '3');
  assert.match(await previewText(page), /\[dato mangler\]/);
  await fillFact(page, 'controller', CONTROLLER);
  await fillFact(page, 'contact', CONTACT);
  await fillFact(page, 'answersKeptUntil', KEPT);
  await page.waitForSelector('[data-testid="doc-gaps"][data-gaps="0"]');
  assert.equal(await page.$$eval('.doc-preview [data-testid="doc-gap"]', (els) => els.length), 0);

  // The demo's målform is bokmål.
  let text = norm(await previewText(page));
  assert.match(text, /Kontaktperson for kartleggingen: Kari Nilsen, kari\.nilsen@eksempel\.kommune\.no/);
  assert.match(text, /Behandlingsansvarlig: Eksempel kommune v\/ kommunedirektøren/);
  assert.match(text, /Svarene lagres til og med 30\. juni 2027\./);
  assert.match(text, /Kartleggingsrunde: «Ny kartlegging våren 2026»/);
  assert.match(text, /navnene og enhetene til de 52 personene/);
  assert.doesNotMatch(text, /[{}[\]]|undefined/);
  assert.equal(await page.getAttribute('.doc-preview [data-testid="doc-letter"]', 'lang'), 'nb');

  // Printed: only the letter, on one page.
  let pages = await pdfPages(page);
  assert.equal(pages.length, 1, `the letter prints on ${pages.length} pages`);
  assert.match(pages[0], /^Informasjon om kartleggingen av boligsosialt samarbeid/);
  assert.match(pages[0], /Kari Nilsen, kari\.nilsen@eksempel\.kommune\.no/);
  assert.match(pages[0], /30\. juni 2027/);
  assert.doesNotMatch(pages[0], /Hovedmeny|Kopier teksten|Opplysninger til brevet/);

  // In nynorsk.
  await page.selectOption('[data-testid="doc-lang"]', 'nn');
  await page.waitForSelector('.doc-preview [data-testid="doc-letter"][lang="nn"]');
  text = norm(await previewText(page));
  assert.match(text, /^Informasjon om kartlegginga av bustadsosialt samarbeid/);
  assert.match(text, /Svara blir lagra til og med 30\. juni 2027\./);
  assert.match(text, /Kontaktperson for kartlegginga: Kari Nilsen, kari\.nilsen@eksempel\.kommune\.no/);
  assert.doesNotMatch(text, /\b(ikke|hvem|hvordan|boligsosiale)\b|[{}[\]]/);
  pages = await pdfPages(page);
  assert.equal(pages.length, 1);
  assert.match(pages[0], /Svara blir lagra til og med 30\. juni 2027/);

  // One letter per person: a page each, the name at the top.
  await page.check('[data-testid="doc-per-person"]');
  pages = await pdfPages(page);
  assert.equal(pages.length, 52);
  assert.ok(
    pages.every((p) => /^Informasjon om kartlegginga .* Til \S/.test(p)),
    'every page starts the letter to a person'
  );
  await page.uncheck('[data-testid="doc-per-person"]');
  await page.selectOption('[data-testid="doc-lang"]', 'nb');

  // Copy: the Clipboard API takes the text; when it and the selection both refuse, the field offers it.
  const field = await page.inputValue('[data-testid="doc-text"]');
  assert.match(field, /^Informasjon om kartleggingen av boligsosialt samarbeid\nEksempel kommune\n/);
  await page.evaluate(() => {
    window.__copied = null;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (s) => void (window.__copied = s) }
    });
  });
  await page.click('[data-testid="doc-copy"]');
  await page.waitForSelector('[data-testid="doc-copy-status"]:has-text("Teksten er kopiert")');
  assert.equal(await page.evaluate(() => window.__copied), field);
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new Error('not allowed')) }
    });
    document.execCommand = () => false;
  });
  await page.click('[data-testid="doc-copy"]');
  await page.waitForSelector('[data-testid="doc-copy-status"]:has-text("lot ikke Bosam kopiere")');
  await page.focus('[data-testid="doc-text"]');
  const selected = await page.$eval('[data-testid="doc-text"]', (el) => [
    el.selectionStart,
    el.selectionEnd,
    el.value.length
  ]);
  assert.deepEqual(selected, [0, field.length, field.length]);

  // The DPIA's starting point: facts filled in, nine sections to assess and a place to sign.
  await page.check('[data-testid="doc-kind-dpia"]');
  await page.waitForSelector('.doc-preview [data-testid="doc-dpia"]');
  assert.equal(await page.$$eval('.doc-preview .doc-assess', (els) => els.length), 10);

  const violations = serious(await runAxe(page));
  assert.deepEqual(violations, [], describe(violations));
  assertClean(assert, b, 'privacy letters');
});

test('after the retention date the answers go in one undoable step, and Analyse keeps their figures', async () => {
  const { page } = b;
  assert.ok(PAST < new Date().toISOString().slice(0, 10), 'the "past" date is still in the future on this machine');
  await openView(page, 'analysis');
  const before = {
    density: norm(await page.textContent('[data-testid="figure-density"] .stat-value')),
    edges: norm(await page.textContent('[data-testid="figure-edges"] .stat-value'))
  };
  await openPrivacy(page);
  assert.match(await page.textContent('[data-testid="retention-line"]'), /til og med 30\. juni 2027/);
  await fillFact(page, 'answersKeptUntil', PAST);

  // Oversikt: a quiet note, not a dialog, that leads to the deletion.
  await openView(page, 'overview');
  await page.waitForSelector('[data-testid="retention-notice"]');
  assert.equal(await page.$('[role="dialog"]'), null);
  await page.click('[data-testid="retention-notice-go"]');
  await page.waitForSelector('[data-testid="retention"][data-due="true"]');

  await page.click('[data-testid="retire-open"]');
  await page.waitForSelector('[data-testid="retire-dialog"]');
  const dialog = norm(await page.textContent('[data-testid="retire-dialog"]'));
  assert.match(dialog, /Kontaktene hver enkelt har oppgitt/);
  assert.match(dialog, /Dette blir igjen/);
  assert.deepEqual(await page.$$eval('[data-testid="retire-wave"]', (rows) => rows.map((r) => r.dataset.id)), [
    'w-2025',
    'w-2026'
  ]);
  const violations = serious(await runAxe(page));
  assert.deepEqual(violations, [], describe(violations));
  await page.click('[data-testid="confirm-ok"]');
  const retired = await storedWhen(page, (d) => (d.waves || []).every((w) => w.retired));
  assert.deepEqual(retired.ties, []);
  assert.deepEqual(retired.respondents, []);
  assert.equal(retired.waves[1].retired.figures.ties, 182);
  await page.waitForSelector('[data-testid="retired-waves"]');
  // Kontakter › Svar: the kept counts, and no list of who was asked left to mark again.
  await page.click('[data-testid="ties-tab-respondents"]');
  await page.waitForSelector('[data-testid="retired-note"]');
  assert.equal(norm(await page.textContent('[data-testid="wave-ties-count"]')), '182');
  assert.equal(await page.$('[data-testid="not-answered"]'), null);
  // Nor can contacts be typed into it again, per person or in the matrix.
  for (const tab of ['person', 'grid']) {
    await page.click(`[data-testid="ties-tab-${tab}"]`);
    assert.match(await page.textContent('[data-testid="retired-note"]'), /tar ikke imot nye kontakter/);
    assert.equal(await page.$('#ties-panel select, #ties-panel input'), null);
  }

  // Analyse: the kept figures, the same as before, and why the rest is gone.
  await openView(page, 'analysis');
  await page.waitForSelector('[data-testid="retired-note"]');
  assert.match(await page.textContent('[data-testid="retired-note"]'), /ble slettet/);
  assert.equal(norm(await page.textContent('[data-testid="figure-density"] .stat-value')), before.density);
  assert.equal(norm(await page.textContent('[data-testid="figure-edges"] .stat-value')), before.edges);
  assert.equal(await page.$('[data-testid="actor-table"]'), null);
  await openView(page, 'overview');
  assert.equal(await page.$$eval('[data-testid="wave-retired"]', (els) => els.length), 2);
  assert.equal(await page.$('[data-testid="retention-notice"]'), null);

  // One undo brings every answer back.
  await page.click('[data-testid="undo"]');
  const back = await storedWhen(page, (d) => (d.ties || []).length === 358);
  assert.ok(back.waves.every((w) => !w.retired));
  await waitSaved(page);
  assertClean(assert, b, 'retention');
});
