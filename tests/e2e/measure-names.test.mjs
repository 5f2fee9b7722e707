// The measures' plain names in the browser, on the example municipality in nynorsk at 1366×768: Analyse's key
// figures, tables, explanations and informal groups, the map's size menu with the chosen measure explained, and
// the person panel name every measure plain name first and technical name second; NMI, ARI, E-I, PageRank and
// Leiden never stand alone in what the page shows; axe finds nothing. The expected names are written here by
// hand (the table in docs/measures.md), not read from the app. Screenshots go to $BOSAM_SHOTS or the temp folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appSession, openView, runAxe, assertClean } from './helpers.mjs';

const b = appSession({ viewport: { width: 1366, height: 768 } });
const SHOTS = process.env.BOSAM_SHOTS || join(tmpdir(), 'bosam-measure-shots');

// Each abbreviation and the nynorsk plain wording that must stand beside it (the short column name counts too).
const PLAIN_NN = {
  NMI: ['Samsvar med einingane'],
  ARI: ['Samsvar med einingane, justert for tilfeldigheiter'],
  'E-I': ['Kontakt på tvers av einingar', 'På tvers'],
  PageRank: ['Nemnd av dei mykje nemnde', 'Nemnd av dei nemnde'],
  Leiden: ['Uformelle grupper']
};

async function nynorsk(page) {
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'nn') {
    await page.click('[data-testid="lang-nn"]');
    await page.waitForSelector('html[lang="nn"]');
  }
}

/** The map has no data-ready of its own: wait for its drawing. */
async function showMap(page) {
  await page.click('[data-testid="nav-network"]');
  await page.waitForSelector('[data-testid="map-node"]', { timeout: 30000 });
}

// textContent, not innerText: the panel's labels are upper case by CSS only.
const text = (page, selector) => page.locator(selector).first().textContent();
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** Texts on the page (each block element's own text) where an abbreviation stands without its plain wording. */
function aloneInPage(page) {
  return page.evaluate((plain) => {
    const found = [];
    const blocks = document.querySelectorAll(
      'main dt, main dd, main p, main li, main th, main td, main option, main summary, main h2, main h3, main caption, main label'
    );
    for (const el of blocks) {
      const t = el.textContent.replace(/\s+/g, ' ');
      for (const [abbr, words] of Object.entries(plain)) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${abbr}(?![\\p{L}\\p{N}])`, 'u');
        if (re.test(t) && !words.some((w) => t.toLowerCase().includes(w.toLowerCase()))) found.push(`${abbr}: ${t}`);
      }
    }
    return found;
  }, PLAIN_NN);
}

test('Analyse in nynorsk: plain names first, technical second, explained, and no abbreviation alone', async () => {
  const { page } = b;
  await mkdir(SHOTS, { recursive: true });
  await nynorsk(page);
  await openView(page, 'analysis');
  await page.waitForSelector('[data-testid="analysis-view"][data-ready="true"]', { timeout: 30000 });

  // Key figures: the label, then the explanation of what high and low mean.
  assert.equal(squash(await text(page, '[data-testid="figure-density"] dt')), 'Tettleik (density)');
  assert.equal(
    squash(await text(page, '[data-testid="figure-betweennessCentralization"] dt')),
    'Avhengigheit av få bruer (betweenness centralisation)'
  );
  assert.equal(
    squash(await text(page, '[data-testid="figure-eiIndex"] dt')),
    'Kontakt på tvers av einingar (E-I-indeks)'
  );
  assert.equal(squash(await text(page, '[data-testid="figure-responseRate"] dt')), 'Svarprosent');
  assert.match(await text(page, '[data-testid="figure-density"] .stat-detail'), /Høgt: .*Lågt: /);

  // The person table: the plain short name, the technical one under it; every measure with "Vis alle mål".
  await page.check('[data-testid="actors-all-measures"]');
  assert.equal(squash(await text(page, '[data-testid="sort-betweenness"] span')), 'Bru mellom andre (betweenness)');
  assert.equal(squash(await text(page, '[data-testid="sort-pagerank"] span')), 'Nemnd av dei nemnde (PageRank)');
  await page.click('[data-testid="actors-explanations"] summary');
  const item = async (key) => {
    const at = `[data-testid="actors-explanations"] [data-measure="${key}"]`;
    return [squash(await text(page, `${at} dt`)), squash(await text(page, `${at} dd`))];
  };
  const [name, explained] = await item('betweenness');
  assert.equal(name, 'Bru mellom andre (betweenness)');
  assert.ok(explained.startsWith('Kor ofte personen ligg på den kortaste vegen mellom to andre'), explained);
  assert.match(explained, /Høgt: .*Lågt: .*Merk: Svingar mykje i små nettverk \(under 30 personar\)/);
  const [pagerank, pagerankExplained] = await item('pagerank');
  assert.equal(pagerank, 'Nemnd av dei mykje nemnde (PageRank)');
  assert.ok(pagerankExplained.startsWith('Høgt når personen blir nemnd av andre'), pagerankExplained);

  // Informal groups: NMI, ARI and Leiden only after their plain names.
  assert.equal(squash(await text(page, '[data-testid="group-nmi"] dt')), 'Samsvar med einingane (NMI)');
  assert.equal(
    squash(await text(page, '[data-testid="group-ari"] dt')),
    'Samsvar med einingane, justert for tilfeldigheiter (ARI)'
  );
  assert.equal(
    squash(await text(page, '[data-testid="group-communities"] dt')),
    'Uformelle grupper (communities, Leiden-metoden)'
  );
  assert.equal(
    squash(await text(page, '[data-testid="group-modularity"] dt')),
    'Kor tydelege gruppene er (modularity)'
  );
  // The groups' caveat is shown with them, not only in a list.
  assert.match(await text(page, '[data-testid="group-communities"] .stat-detail'), /Merk: Ustabile i små nettverk/);
  await page.click('[data-testid="figures-explanations"] summary');
  await page.click('[data-testid="units-explanations"] summary');

  assert.deepEqual(await aloneInPage(page), []);
  assert.deepEqual(await runAxe(page), [], 'axe on Analyse in nynorsk');
  await page.locator('[data-testid="communities"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'analysis-groups-nn.png') });
  assertClean(assert, b);
});

test('the map in nynorsk: the size menu names every measure plainly and explains the chosen one; so does the panel', async () => {
  const { page } = b;
  await nynorsk(page);
  await showMap(page);
  const options = await page.$$eval('[data-testid="map-size-by"] option', (os) => os.map((o) => o.textContent.trim()));
  assert.deepEqual(options, [
    'Lik storleik',
    'Kontaktar (degree)',
    'Nemnd av andre (in-degree)',
    'Kontaktstyrke (strength)',
    'Bru mellom andre (betweenness)',
    'Kontakt med sentrale personar (eigenvector)',
    'Nemnd av dei mykje nemnde (PageRank)',
    'Rekkjevidd (harmonic centrality)',
    'Mekling mellom einingar (brokerage)'
  ]);
  await page.selectOption('[data-testid="map-size-by"]', 'pagerank');
  const note = squash(await text(page, '[data-testid="map-size-note"]'));
  assert.ok(note.startsWith('Høgt når personen blir nemnd av andre som sjølve blir mykje nemnde'), note);
  assert.match(note, /Merk: Byggjer berre på svara som kom inn/);
  assert.equal(await page.getAttribute('[data-testid="map-size-by"]', 'aria-describedby'), 'map-size-note');

  if (!(await page.locator('[data-testid="selection-panel"]').count()))
    await page.locator('[data-testid="map-node"]').first().click();
  await page.waitForSelector('[data-testid="selection-panel"]');
  assert.equal(squash(await text(page, '[data-testid="fact-betweenness"] dt')), 'Bru mellom andre (betweenness)');
  assert.equal(squash(await text(page, '[data-testid="fact-contacts"] dt')), 'Kontaktar (degree)');
  assert.equal(squash(await text(page, '[data-testid="fact-closeness"] dt')), 'Når ut til alle (closeness)');

  assert.deepEqual(await aloneInPage(page), []);
  assert.deepEqual(await runAxe(page), [], 'axe on the map in nynorsk');
  await page.locator('.map-toolbar').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'map-size-nn.png') });
  await page.selectOption('[data-testid="map-size-by"]', 'none');
  assertClean(assert, b);
});

test('Funn and the report in nynorsk: no NMI, ARI, E-I, PageRank or Leiden without its plain name', async () => {
  const { page } = b;
  await nynorsk(page);
  await openView(page, 'findings');
  // The silo finding's numbers name the E-I index by its plain name (Funn › Tallene).
  assert.match(await text(page, 'main'), /kontakt på tvers av einingar \(E-I-indeks\)/);
  assert.deepEqual(await aloneInPage(page), []);
  await openView(page, 'report');
  // The example municipality was loaded in bokmål, so its report is written in bokmål (its målform); the
  // reader asks for this printout in nynorsk.
  await page.selectOption('[data-testid="report-lang"]', 'nn');
  await page.waitForSelector(
    '[data-testid="report-body"][data-lang="nn"] [data-testid="report-view"][data-ready="true"]'
  );
  assert.deepEqual(await aloneInPage(page), []);
  assert.match(await text(page, '[data-testid="report-measures-mean"]'), /Bru mellom andre \(betweenness\)/);
  assertClean(assert, b);
});

test('in bokmål the size menu says «Bro mellom andre (betweenness)»', async () => {
  const { page } = b;
  await page.click('[data-testid="lang-nb"]');
  await page.waitForSelector('html[lang="nb"]');
  await showMap(page);
  const options = await page.$$eval('[data-testid="map-size-by"] option', (os) => os.map((o) => o.textContent.trim()));
  assert.ok(options.includes('Bro mellom andre (betweenness)'), options.join(' | '));
  assert.ok(options.includes('Nevnt av de mye nevnte (PageRank)'), options.join(' | '));
  assertClean(assert, b);
});
