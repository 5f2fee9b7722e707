// The app in nynorsk: the header offers bokmål, nynorsk and English, each named in its own language; nynorsk sets
// the page's language and stays after a reload; every view reads in nynorsk and nothing overflows the window at
// 1366×768; numbers and dates are written the Norwegian way; the texts the core writes (findings, phases) come in
// nynorsk too. (axe runs in nynorsk in a11y.test.mjs; the report in the project's målform in malform.test.mjs.)
// Screenshots go to $BOSAM_SHOTS or the temp folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appSession, ensureDemo, reloadApp, assertClean } from './helpers.mjs';

const b = appSession({ demo: false, viewport: { width: 1366, height: 768 } });
const SHOTS = process.env.BOSAM_SHOTS || join(tmpdir(), 'bosam-nn-shots');

// Each view's menu entry and its heading in nynorsk.
const VIEWS = [
  ['projects', 'Prosjekt', 'Prosjekt'],
  ['overview', 'Oversikt', 'Oversikt'],
  ['process', 'Prosess', 'Prosess'],
  ['organisation', 'Organisasjon', 'Organisasjon'],
  ['tasks', 'Oppgåver', 'Oppgåver og ansvar'],
  ['relations', 'Kontaktar', 'Kontaktar'],
  ['network', 'Nettverkskart', 'Nettverkskart'],
  ['analysis', 'Analyse', 'Analyse'],
  ['findings', 'Funn', 'Funn'],
  ['report', 'Rapport', 'Kunnskapsgrunnlag'],
  ['data', 'Data og personvern', 'Data og personvern']
];

async function setLang(page, lang) {
  await page.click(`[data-testid="lang-${lang}"]`);
  await page.waitForSelector(`html[lang="${lang}"]`);
}

async function ensureNynorsk(page) {
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'nn') await setLang(page, 'nn');
}

async function showView(page, view) {
  await page.click(`[data-testid="nav-${view}"]`);
  await page.waitForSelector(`[data-testid="nav-${view}"][aria-current="page"]`);
  await page.waitForSelector('[data-ready="false"]', { state: 'detached', timeout: 30000 });
}

test('the header offers bokmål, nynorsk and English; nynorsk sets the page language and stays after a reload', async () => {
  const { page } = b;
  const group = page.locator('.lang-switch');
  assert.equal(await group.getAttribute('role'), 'group');
  const buttons = group.locator('button');
  assert.deepEqual(await buttons.allTextContents(), ['Bokmål', 'Nynorsk', 'English']);
  assert.deepEqual(await buttons.evaluateAll((els) => els.map((e) => e.lang)), ['nb', 'nn', 'en']);

  await setLang(page, 'nn');
  assert.deepEqual(await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('aria-pressed'))), [
    'false',
    'true',
    'false'
  ]);
  assert.equal(await group.getAttribute('aria-label'), 'Språk');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.locale), 'nn-NO');
  assert.deepEqual(
    await page.locator('.nav-link').allTextContents(),
    VIEWS.map(([, label]) => label)
  );
  await showView(page, 'projects');
  assert.equal(await page.title(), 'Prosjekt – Bosam');

  await reloadApp(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nn', 'the choice is kept');
  assert.equal(await page.textContent('[data-testid="nav-tasks"]'), 'Oppgåver');
  await setLang(page, 'nb');
  assert.equal(await page.textContent('[data-testid="nav-tasks"]'), 'Oppgaver');
  assertClean(assert, b);
});

test('every view in nynorsk with the example municipality: its heading, and nothing wider than the window', async () => {
  const { page } = b;
  await ensureDemo(page);
  await ensureNynorsk(page);
  await mkdir(SHOTS, { recursive: true });
  for (const [view, , heading] of VIEWS) {
    await showView(page, view);
    const h1 = (await page.textContent('main h1')).trim();
    assert.ok(h1.startsWith(heading), `${view}: the heading is "${h1}", not "${heading}…"`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${view}: the page is ${overflow} px wider than the window`);
    await page.screenshot({ path: join(SHOTS, `nn-${view}.png`) });
  }
  assertClean(assert, b);
});

test('nynorsk in the views: the overview, the task map, a person form with a decimal comma, dates', async () => {
  const { page } = b;
  await ensureDemo(page);
  await ensureNynorsk(page);
  await showView(page, 'overview');
  const overview = await page.textContent('main');
  for (const words of ['Einingar', 'Personar', 'Funksjonar', 'Kartleggingsrundar', 'Svarprosent']) {
    assert.ok(overview.includes(words), `Oversikt: ${words}`);
  }

  await showView(page, 'tasks');
  const tasks = await page.textContent('main');
  for (const words of ['Slik les du kartet', 'Har avgjerdsmynde', 'Ansvarleg']) {
    assert.ok(tasks.includes(words), `Oppgåver: ${words}`);
  }

  // Kari Nilsen works 0.2 FTE: the field says "0,2" in nynorsk as in bokmål.
  await showView(page, 'organisation');
  await page.click('[data-testid="org-tab-actors"]');
  await page.click('[data-testid="actor-row"][data-id="a-01"] [data-testid="actor-edit"]');
  await page.waitForSelector('[data-testid="actor-dialog"][open]');
  assert.equal(await page.inputValue('[data-testid="actor-fte"]'), '0,2');
  assert.match(await page.textContent('[data-testid="actor-dialog"]'), /Stilling i årsverk \(heile stillinga\)/);
  await page.screenshot({ path: join(SHOTS, 'nn-person-dialog.png') });
  await page.keyboard.press('Escape');

  // A date in the report, in nynorsk month names ("5. desember 2026").
  await showView(page, 'report');
  assert.match(
    await page.textContent('main'),
    /Dato: \d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}/
  );
  assertClean(assert, b);
});

test('the core speaks nynorsk too: findings and the phases carry no bokmål-only word', async () => {
  const { page } = b;
  await ensureDemo(page);
  await ensureNynorsk(page);
  await showView(page, 'findings');
  const findings = await page.locator('[data-testid="finding"]').allTextContents();
  assert.ok(findings.length > 5);
  for (const text of findings)
    assert.doesNotMatch(text, /\b(ikke|hvem|hva|hvordan|enhet|enheter|bare|mye|noen)\b/i, text);
  await showView(page, 'process');
  assert.doesNotMatch(await page.textContent('main'), /\b(ikke|hvem|hvordan|enheter)\b/i);
  assertClean(assert, b);
});
