// The example municipality comes in the reader's language: a nynorsk reader who loads it reads the
// units, job titles, functions and wave labels in nynorsk, and its målform is nynorsk; an English reader reads
// them in English. Screenshots of Oversikt and Oppgåver at 1366×768 go to $BOSAM_SHOTS or the temp folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appSession, withApp, loadDemo, openView, storedWhen, runAxe, assertClean } from './helpers.mjs';

const VIEWPORT = { width: 1366, height: 768 };
const b = appSession({ demo: false, viewport: VIEWPORT });
const SHOTS = process.env.BOSAM_SHOTS || join(tmpdir(), 'bosam-demo-shots');

async function setLang(page, lang) {
  await page.click(`[data-testid="lang-${lang}"]`);
  await page.waitForSelector(`html[lang="${lang}"]`);
}

const serious = (violations) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

test('a nynorsk reader loads the example in nynorsk: Oversikt, Oppgåver and Organisasjon read nynorsk', async () => {
  const { page } = b;
  await mkdir(SHOTS, { recursive: true });
  await setLang(page, 'nn');
  await loadDemo(page);
  const doc = await storedWhen(page, (d) => d.id === 'demo-eksempel-kommune');
  assert.equal(doc.settings.language, 'nn');
  assert.equal(doc.units.find((u) => u.id === 'u-bolig').name, 'Bustadkontoret');

  await openView(page, 'overview');
  assert.equal(await page.inputValue('[data-testid="project-language"]'), 'nn');
  const waves = await page.textContent('[data-testid="waves-table"]');
  assert.match(waves, /Kartlegging hausten 2025/);
  assert.deepEqual(serious(await runAxe(page)), [], 'axe on Oversikt');
  await page.screenshot({ path: join(SHOTS, 'demo-nn-overview.png'), fullPage: true });

  await page.click('[data-testid="nav-tasks"]');
  await page.waitForSelector('[data-testid="task-matrix"][data-marked="true"]');
  const tasks = await page.textContent('main');
  for (const words of ['Bustadkontoret', 'Heimetenesta', 'Kartlegging av bustadbehov', 'Førebygging av utkastingar'])
    assert.ok(tasks.includes(words), `Oppgåver: ${words}`);
  // Neither the app's words nor the example's: no bokmål-only word on the page.
  assert.doesNotMatch(tasks, /\b(Boligkontoret|Hjemmetjenesten|bolig|boliger|ikke|enhet|enheter|tjenesten)\b/i);
  assert.deepEqual(serious(await runAxe(page)), [], 'axe on Oppgåver');
  await page.screenshot({ path: join(SHOTS, 'demo-nn-tasks.png') });

  await page.click('[data-testid="nav-organisation"]');
  await page.click('[data-testid="org-tab-actors"]');
  const hilde = await page.textContent('[data-testid="actor-row"][data-id="a-08"]');
  assert.match(hilde, /Hilde Johansen/);
  assert.match(hilde, /Bustadkontoret/);
  assert.match(hilde, /Bustadkoordinator/);
  assertClean(assert, b);
});

test('an English reader loads the example in English', async () => {
  await withApp({ demo: false, viewport: VIEWPORT }, async (a) => {
    const { page } = a;
    await setLang(page, 'en');
    await loadDemo(page);
    const doc = await storedWhen(page, (d) => d.id === 'demo-eksempel-kommune');
    assert.equal(doc.settings.language, 'en');
    await page.click('[data-testid="nav-tasks"]');
    await page.waitForSelector('[data-testid="task-matrix"][data-marked="true"]');
    const tasks = await page.textContent('main');
    for (const words of ['Housing office', 'Home care service', 'Mapping of housing needs', 'Eviction prevention'])
      assert.ok(tasks.includes(words), `Tasks: ${words}`);
    assert.doesNotMatch(tasks, /Boligkontoret|Bustadkontoret/);
    await page.screenshot({ path: join(SHOTS, 'demo-en-tasks.png') });
    assertClean(assert, a);
  });
});
