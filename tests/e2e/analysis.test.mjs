// Analyse: key figures, sortable tables (click and keyboard, aria-sort), the tests against
// chance in words (and in the report), what missing answers may change (and in the report), the unit matrix with numbers in its cells, communities
// against units, options shared with the map.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch,
  openApp,
  openView,
  loadDemo,
  demoDoc,
  nodeCore,
  importFile,
  assertClean,
  runAxe,
  serious,
  describe
} from './helpers.mjs';

let b;
let doc;
let expected;
const workers = [];

before(async () => {
  doc = await demoDoc();
  const core = await nodeCore();
  expected = JSON.parse(core.analyze(JSON.stringify(doc), '{}')).result;
  b = await launch();
  b.page.on('worker', (w) => workers.push(w.url()));
  await openApp(b.page);
  await loadDemo(b.page);
});
after(async () => {
  if (b) await b.close();
});

const columnTexts = (page, index) =>
  page.$$eval('[data-testid="actor-table-row"]', (rows, i) => rows.map((r) => r.children[i].textContent.trim()), index);
const num = (s) => Number(s.replace(/\s/g, '').replace('−', '-').replace(',', '.').replace('%', ''));

test('key figures, one row per person and per unit, caveats', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-analysis"]');
  await page.waitForSelector('[data-testid="analysis-view"][data-ready="true"]', { timeout: 30000 });
  assert.equal(await page.getAttribute('[data-testid="analysis-view"]', 'data-analysis-engine'), 'worker');
  assert.equal(await page.locator('[data-testid="actor-table-row"]').count(), doc.actors.length);
  assert.equal(await page.locator('[data-testid="unit-table-row"]').count(), doc.units.length);
  assert.equal(num(await page.textContent('[data-testid="figure-nodes"] .stat-value')), expected.network.nodes);
  assert.equal(num(await page.textContent('[data-testid="figure-edges"] .stat-value')), expected.network.edges);
  // Every figure explains itself in a line.
  for (const key of ['density', 'reciprocity', 'eiIndex', 'responseRate']) {
    assert.ok((await page.textContent(`[data-testid="figure-${key}"] .stat-detail`)).length > 30, key);
  }
  if (expected.network.components > 1)
    assert.match(await page.textContent('[data-testid="caveats"]'), /adskilte deler/);
});

test('the person table sorts by click and by keyboard, with aria-sort', async () => {
  const { page } = b;
  await openView(page, 'analysis');
  const degreeHeader = page.locator('th:has([data-testid="sort-degree"])').first();
  assert.equal(await degreeHeader.getAttribute('aria-sort'), 'descending', 'sorted by contacts at first');
  let degrees = (await columnTexts(page, 2)).map(num);
  assert.deepEqual(
    degrees,
    [...degrees].sort((x, y) => y - x)
  );
  await page.click('[data-testid="sort-degree"]');
  assert.equal(await degreeHeader.getAttribute('aria-sort'), 'ascending');
  degrees = (await columnTexts(page, 2)).map(num);
  assert.deepEqual(
    degrees,
    [...degrees].sort((x, y) => x - y)
  );

  await page.focus('[data-testid="sort-name"]');
  await page.keyboard.press('Enter');
  const nameHeader = page.locator('th:has([data-testid="sort-name"])').first();
  assert.equal(await nameHeader.getAttribute('aria-sort'), 'ascending');
  assert.equal(await degreeHeader.getAttribute('aria-sort'), 'none');
  const names = await columnTexts(page, 0);
  assert.deepEqual(names, [...names].sort(new Intl.Collator('nb-NO').compare));

  await page.focus('[data-testid="sort-betweenness"]');
  await page.keyboard.press('Space');
  const top = expected.nodes.reduce((best, n) => (n.betweenness > best.betweenness ? n : best));
  assert.equal((await columnTexts(page, 0))[0], doc.actors.find((a) => a.id === top.id).name);
  assert.match(await page.textContent('#actors-table-caption'), /sortert synkende etter Bro mellom andre/);
});

test('the unit matrix has a number in every cell; communities are compared with units', async () => {
  const { page } = b;
  await openView(page, 'analysis');
  const cells = await page.$$eval('[data-testid="unit-matrix"] td.heatmap-cell', (tds) =>
    tds.map((td) => td.textContent.trim())
  );
  assert.equal(cells.length, expected.unitMatrix.unitIds.length ** 2);
  assert.ok(
    cells.every((c) => /^\d+$/.test(c)),
    'numbers, not colour alone'
  );
  const total = cells.reduce((s, c) => s + Number(c), 0);
  const want = expected.unitMatrix.ties.flat().reduce((s, n) => s + n, 0);
  assert.equal(total, want);
  const communities = await page.textContent('[data-testid="communities"]');
  if (expected.communities.count > 0) assert.match(communities, /NMI/);
  else assert.match(communities, /ikke tilgjengelig/);
});

test('tests against chance: shared work and the units in words, as the core found them, in Analyse and the report', async () => {
  const { page } = b;
  await openView(page, 'analysis');
  const section = page.locator('[data-testid="chance-tests"]');
  const w = expected.network.qap.sharedWork;
  const shared = await section.locator('[data-testid="chance-shared-work"]').textContent();
  const verdict = await section.locator('[data-testid="chance-shared-work"] .stat-verdict').textContent();
  assert.match(shared, /Felles oppgaver og kontakt \(QAP-korrelasjon\)/);
  assert.match(shared, w.moreThanChance ? /har oftere kontakt enn tilfeldig/ : /har ikke tydelig oftere kontakt/);
  const verdicts = expected.units.filter((u) => typeof u.moreClosedThanChance === 'boolean');
  const closed = verdicts.filter((u) => u.moreClosedThanChance).length;
  const units = section.locator('[data-testid="chance-units"]');
  assert.equal((await units.locator('.stat-value').textContent()).trim(), `${closed} av ${verdicts.length}`);
  assert.match(await units.textContent(), /har mer intern kontakt enn tilfeldig/);
  // The unit table says it per unit, in words (Ja / Nei), not colour.
  assert.ok(await page.locator('[data-testid="sort-moreClosedThanChance"]').count());
  const found = serious(await runAxe(page));
  assert.deepEqual(found, [], describe(found));

  await openView(page, 'report');
  await page.waitForSelector('[data-testid="report-view"][data-ready="true"]', { timeout: 30000 });
  const inReport = page.locator('[data-testid="report-s-measures"] [data-testid="chance-tests"]');
  // The same sentence in the report, where the steering group reads it.
  assert.equal(await inReport.locator('[data-testid="chance-shared-work"] .stat-verdict').textContent(), verdict);
});

test('missing answers: what was filled in and which figures change, as the core found them, in Analyse and the report', async () => {
  const { page } = b;
  const r = expected.robustness;
  assert.ok(r && r.nonRespondents > 0, 'the example has people who have not answered');
  await openView(page, 'analysis');
  const section = page.locator('[data-testid="analysis-view"] [data-testid="robustness"]');
  const intro = await section.locator('.section-intro').textContent();
  assert.match(intro, new RegExp(`${r.nonRespondents} personer som ble spurt, har ikke svart`));
  assert.match(intro, new RegExp(`ble ${r.reconstructedTies} kontakter fylt inn`));
  // The people's figures that changed, most changed first as the core ordered them, with how many changed: the
  // measures of the person table's plain view only (PageRank and the others under «Vis alle mål» are left out).
  const plain = [
    'degree',
    'inDegree',
    'outDegree',
    'strength',
    'betweenness',
    'closeness',
    'eigenvector',
    'constraint',
    'brokerage',
    'articulationPoint'
  ];
  const changed = r.people.filter((p) => p.changed > 0 && plain.includes(p.measure));
  const rows = section.locator('[data-testid="robust-people"] tbody tr');
  assert.equal(await rows.count(), changed.length);
  assert.equal((await rows.nth(0).locator('td').nth(0).textContent()).trim(), String(changed[0].changed));
  assert.ok((await section.locator('[data-testid="robust-network"] tbody tr').count()) >= 1);
  assert.ok(await section.locator('[data-testid="robust-findings"]').count());
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/robust-analysis.png' });
  const found = serious(await runAxe(page));
  assert.deepEqual(found, [], describe(found));

  await openView(page, 'report');
  await page.waitForSelector('[data-testid="report-view"][data-ready="true"]', { timeout: 30000 });
  const inReport = page.locator('[data-testid="report-s-measures"] [data-testid="robustness"]');
  assert.equal(await inReport.locator('.section-intro').textContent(), intro);
  assert.match(
    await inReport.locator('[data-testid="robust-people-short"]').textContent(),
    /Mest endret for enkeltpersoner: /
  );
  await inReport.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/robust-report.png' });
});

test('options are shared with the map, and a name leads to the person on the map', async () => {
  const { page } = b;
  await openView(page, 'analysis');
  await page.selectOption('[data-testid="analysis-min-frequency"]', '2');
  await page.waitForSelector('[data-testid="caveats"]:has-text("månedlig")');
  await page.click('[data-testid="actor-table-row"] >> nth=0 >> button');
  await page.waitForSelector('[data-testid="nav-network"][aria-current="page"]');
  assert.equal(await page.inputValue('[data-testid="analysis-min-frequency"]'), '2');
  await page.waitForSelector('[data-testid="selection-panel"]');
  await page.selectOption('[data-testid="analysis-min-frequency"]', '1');
  assertClean(assert, b);
});

test('a long analysis shows progress after half a second and can be cancelled (the Worker is replaced)', async () => {
  const { page } = b;
  const { generateProject } = await import('../../tools/benchmark/generate.mjs');
  // Big enough that the weighted analysis (Dijkstra from every source) takes well over 0.5 s even on a fast
  // machine: about 2 s here for 3,000 actors.
  const big = generateProject(3000, { seed: 7 });
  await importFile(page, 'stor-kommune.json', JSON.stringify(big));
  await page.waitForSelector('[data-testid="save-status"][data-state="saved"]', { timeout: 60000 });
  await page.click('[data-testid="nav-analysis"]');
  await page.waitForSelector('[data-testid="analysis-view"][data-ready="true"]', { timeout: 120000 });
  // Let any run still under way (the comparison, a re-run after saving) finish first, so the progress line
  // below belongs to the new run only.
  await page.waitForSelector('[data-testid="analysis-progress"]', { state: 'detached', timeout: 120000 });
  await page.waitForTimeout(300);
  // A new option starts a new (long) analysis.
  const workersBefore = workers.length;
  // Wall-clock time of the click, from node: the page's own clock can start late if its main thread is busy.
  const clickedAt = Date.now();
  await page.click('[data-testid="analysis-weighted"]');
  // Cancel as soon as the progress line shows (inside the page, so the run cannot finish first).
  const seen = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const started = performance.now();
        const poll = () => {
          const progress = document.querySelector('[data-testid="analysis-progress"]');
          if (progress) {
            const text = progress.textContent;
            progress.querySelector('[data-testid="analysis-cancel"]').click();
            resolve({ text, at: Date.now() });
          } else if (performance.now() - started > 15000) resolve(null);
          else requestAnimationFrame(poll);
        };
        poll();
      })
  );
  assert.ok(seen, 'the progress line appeared');
  assert.match(seen.text, /Analyserer/);
  assert.ok(seen.at - clickedAt >= 500, `shown only for work longer than 0.5 s (after ${seen.at - clickedAt} ms)`);
  await page.waitForSelector('[data-testid="analysis-cancelled"]');
  assert.ok(workers.length > workersBefore, 'a fresh Worker was started after the cancel');
  await page.click('[data-testid="analysis-cancelled"] button');
  await page.waitForSelector('[data-testid="analysis-view"][data-ready="true"]', { timeout: 120000 });
  assert.match(
    await page.textContent('#actors-table-caption'),
    new RegExp(`${big.actors.length.toLocaleString('nb-NO')} personer`)
  ); // rows: the first 1,000 (scale.test.mjs)
  assertClean(assert, b);
});

test('without Worker support the analysis runs on the main thread, and the views still work', async () => {
  const nb = await launch({
    initScript: () => {
      delete window.Worker;
    }
  });
  try {
    const { page } = nb;
    await openApp(page);
    await loadDemo(page);
    await page.click('[data-testid="nav-analysis"]');
    await page.waitForSelector('[data-testid="analysis-view"][data-ready="true"]', { timeout: 30000 });
    assert.equal(await page.getAttribute('[data-testid="analysis-view"]', 'data-analysis-engine'), 'main');
    assert.equal(await page.locator('[data-testid="actor-table-row"]').count(), doc.actors.length);
    await page.click('[data-testid="nav-network"]');
    await page.waitForSelector('[data-testid="network-map"][data-ready="true"]');
    assert.equal(await page.locator('[data-testid="map-node"]').count(), doc.actors.length);
    // The fallback is announced in the console as a warning, not an error.
    assertClean(assert, nb);
  } finally {
    await nb.close();
  }
});
