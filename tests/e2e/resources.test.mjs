// Ressurser og arbeidsdeling (Oppgaver), Lokalisering (Organisasjon), grouping the map by
// place, and the report's tables, on the example municipality. The expected FTE are worked
// out here from data/demo/eksempel-kommune.json by the documented rule (the assignment's own
// FTE, else what is left of the person's FTE split equally over their assignments without
// one; only the municipality's own units count), not read from the core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  launch,
  openApp,
  loadDemo,
  runAxe,
  assertClean,
  importFile,
  waitSaved,
  readStoredRecords,
  ROOT,
  describe
} from './helpers.mjs';

let b;
let demo;
before(async () => {
  demo = JSON.parse(await readFile(join(ROOT, 'data', 'demo', 'eksempel-kommune.json'), 'utf8'));
  b = await launch({ viewport: { width: 1366, height: 900 } });
  await openApp(b.page);
  await loadDemo(b.page);
});
after(async () => {
  if (b) await b.close();
});

const nb = (v) => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 }).format(v);
const csvNum = (v) => String(Number(v.toFixed(3))).replace('.', ',');

/** FTE per assignment by the rule above (null when unknown): only a performing assignment without FTE is estimated. */
function assignmentFtes(doc) {
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const stated = new Map();
  const missing = new Map();
  for (const a of doc.assignments) {
    if (!a.actorId) continue;
    if (typeof a.fte === 'number') stated.set(a.actorId, (stated.get(a.actorId) || 0) + a.fte);
    else if (a.role === 'performs') missing.set(a.actorId, (missing.get(a.actorId) || 0) + 1);
  }
  return doc.assignments.map((a) => {
    if (typeof a.fte === 'number') return { fte: a.fte, estimated: false };
    if (a.role !== 'performs') return { fte: null, estimated: false };
    const actor = a.actorId ? actors.get(a.actorId) : null;
    if (!actor || typeof actor.fte !== 'number') return { fte: null, estimated: false };
    return { fte: Math.max(0, actor.fte - (stated.get(a.actorId) || 0)) / missing.get(a.actorId), estimated: true };
  });
}

/** { byFunction: Map id -> { fte, estimated }, byUnit: Map id -> fte, total, unknown } over internal units. */
function expected(doc) {
  const internal = new Set(doc.units.filter((u) => u.external !== true).map((u) => u.id));
  const ftes = assignmentFtes(doc);
  const byFunction = new Map(doc.functions.map((f) => [f.id, { fte: 0, estimated: 0 }]));
  const byUnit = new Map([...internal].map((id) => [id, 0]));
  let total = 0;
  let unknown = 0;
  doc.assignments.forEach((a, i) => {
    if (!internal.has(a.unitId)) return;
    const { fte, estimated } = ftes[i];
    if (fte === null) {
      unknown += 1;
      return;
    }
    const f = byFunction.get(a.functionId);
    f.fte += fte;
    if (estimated) f.estimated += fte;
    byUnit.set(a.unitId, byUnit.get(a.unitId) + fte);
    total += fte;
  });
  return { byFunction, byUnit, total, unknown };
}

/** The rows of a resource table: name (row header, without the "Vesentlig" mark) and the FTE cell's number. */
async function tableRows(page, testid) {
  return page.$$eval(`[data-testid="${testid}-row"]`, (rows) => {
    // The figure as seen: an estimate is also read out in words ("omtrent 0,35"), in a visually hidden span.
    const visibleText = (el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll('.visually-hidden').forEach((x) => x.remove());
      return copy.textContent;
    };
    return rows.map((r) => ({
      name: r.querySelector('th span').textContent.trim(),
      fte: visibleText(r.querySelector('td .res-fte'))
        .replace(/[^\d,\s−-]/g, '')
        .trim(),
      approx: !!r.querySelector('td .res-approx'),
      text: r.textContent
    }));
  });
}

async function openResources(page) {
  await page.click('[data-testid="nav-tasks"]');
  await page.waitForSelector('[data-testid="resources-functions-row"]', { timeout: 30000 });
}

test('Oppgaver: FTE per function as the rule gives, largest first, sortable; the summary adds up', async () => {
  const { page } = b;
  await openResources(page);
  const exp = expected(demo);
  const rows = await tableRows(page, 'resources-functions');
  assert.equal(rows.length, demo.functions.length);
  for (const f of demo.functions) {
    const row = rows.find((r) => r.name === f.name);
    assert.ok(row, `row for ${f.name}`);
    assert.equal(row.fte, nb(exp.byFunction.get(f.id).fte), f.name);
  }
  const fteValues = rows.map((r) => Number(r.fte.replace(/\s/g, '').replace(',', '.')));
  assert.deepEqual(
    fteValues,
    [...fteValues].sort((x, y) => y - x),
    'largest FTE first'
  );
  assert.match(
    await page.textContent('[data-testid="resources-total"]'),
    new RegExp(nb(exp.total).replace(/\s/g, '\\s'))
  );
  // The threshold flag: essential functions below the core's default threshold are marked in text.
  const thin = rows.filter((r) => /Under terskel/.test(r.text)).map((r) => r.name);
  const essentialNames = new Set(demo.functions.filter((f) => f.essential).map((f) => f.name));
  assert.ok(
    thin.every((n) => essentialNames.has(n)),
    'only essential functions are flagged'
  );
  assert.match(await page.textContent('[data-testid="resources-below-count"]'), new RegExp(`^${thin.length}\\b`));
  // Sort by name: ascending in Norwegian order.
  await page.click('[data-testid="resources-functions"] [data-testid="sort-name"]');
  const names = (await tableRows(page, 'resources-functions')).map((r) => r.name);
  assert.deepEqual(
    names,
    [...names].sort((x, y) => x.localeCompare(y, 'nb'))
  );
  assert.equal(
    await page.getAttribute('[data-testid="resources-functions"] th:has([data-testid="sort-name"])', 'aria-sort'),
    'ascending'
  );
  if (exp.unknown > 0)
    assert.match(
      await page.textContent('[data-testid="resources-unknown"]'),
      new RegExp(`^${exp.unknown} oppgaver? mangler`)
    );
});

test("per unit (shares of each unit's FTE) and per target group; CSV for Excel", async () => {
  const { page } = b;
  await openResources(page);
  const exp = expected(demo);
  await page.click('[data-testid="res-tab-units"]');
  await page.waitForSelector('[data-testid="resources-units-row"]');
  const units = await tableRows(page, 'resources-units');
  const internal = demo.units.filter((u) => u.external !== true);
  assert.equal(units.length, internal.length, 'internal units only');
  for (const u of internal) assert.equal(units.find((r) => r.name === u.name).fte, nb(exp.byUnit.get(u.id)), u.name);
  // A unit's shares are percentages that add up to about 100 %.
  const shares = await page.$$eval('[data-testid="resources-units-row"]:first-child .res-share-value', (els) =>
    els.map((e) => Number(e.firstChild.textContent.replace(/[^\d]/g, '')))
  );
  assert.ok(shares.length > 0);
  const sum = shares.reduce((s, x) => s + x, 0);
  assert.ok(sum >= 98 && sum <= 102, `shares sum to ${sum}`);

  await page.click('[data-testid="res-tab-groups"]');
  await page.waitForSelector('[data-testid="resources-groups-row"]');
  assert.ok((await page.locator('[data-testid="resources-groups-row"]').count()) >= demo.targetGroups.length);

  await page.click('[data-testid="res-tab-functions"]');
  await page.waitForSelector('[data-testid="resources-functions-row"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="resources-csv"]')]);
  assert.equal(download.suggestedFilename(), 'eksempel-kommune-ressurser-per-funksjon.csv');
  const buf = await readFile(await download.path());
  assert.deepEqual([...buf.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const text = buf.toString('utf8').slice(1);
  assert.ok(text.endsWith('\r\n'));
  const lines = text.split('\r\n').slice(0, -1);
  assert.equal(lines.length, demo.functions.length + 1);
  assert.match(
    lines[0],
    /^Funksjon;Vesentlig;Årsverk i alt;Herav anslått;Mangler årsverk;Personer;Enheter;Målgrupper;Største andel;Terskel$/
  );
  for (const f of demo.functions) {
    const line = lines.find((l) => l.startsWith(`${f.name};`) || l.startsWith(`"${f.name}";`));
    assert.ok(line, f.name);
    const cells = line.split(';');
    assert.equal(cells[1], f.essential ? 'Ja' : 'Nei');
    assert.equal(cells[2], csvNum(exp.byFunction.get(f.id).fte), `${f.name}: ${line}`);
  }
  assert.ok(!/\d\.\d/.test(text), 'no decimal points');
  assertClean(assert, b);
});

test('the resource section passes axe', async () => {
  const { page } = b;
  await openResources(page);
  await page.locator('[data-testid="resources-section"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shot-resources.png', fullPage: false });
  await page.locator('[data-testid="resources-section"]').screenshot({ path: '/tmp/shot-resources-section.png' });
  const v = await runAxe(page);
  assert.deepEqual(v, [], describe(v));
});

/** Unit pairs that share a function or a named target group (internal units only). */
function sharingPairs(doc) {
  const internal = doc.units.filter((u) => u.external !== true);
  const work = new Map(internal.map((u) => [u.id, { f: new Set(), g: new Set() }]));
  for (const a of doc.assignments) {
    const w = work.get(a.unitId);
    if (!w) continue;
    w.f.add(a.functionId);
    for (const g of a.targetGroupIds || []) w.g.add(g);
  }
  const pairs = [];
  for (let i = 0; i < internal.length; i += 1) {
    for (let j = i + 1; j < internal.length; j += 1) {
      const x = work.get(internal[i].id);
      const y = work.get(internal[j].id);
      if ([...x.f].some((id) => y.f.has(id)) || [...x.g].some((id) => y.g.has(id)))
        pairs.push([internal[i], internal[j]]);
    }
  }
  return pairs;
}

test('Organisasjon: who sits where, and unit pairs that share work with place and contact', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-organisation"]');
  await page.waitForSelector('[data-testid="location-place"]', { timeout: 30000 });
  const key = (s) => (typeof s === 'string' && s.trim() ? s.trim().toLowerCase() : null);
  const unitPlace = new Map(demo.units.map((u) => [u.id, key(u.location)]));
  const places = new Set([
    ...demo.units.map((u) => key(u.location)),
    ...demo.actors.map((a) => key(a.location) || unitPlace.get(a.unitId))
  ]);
  assert.equal(await page.locator('[data-testid="location-place"]').count(), places.size);
  const rådhuset = page.locator('[data-testid="location-place"]', { hasText: 'Rådhuset' }).first();
  const atRådhus = demo.units.filter((u) => key(u.location) === 'rådhuset');
  for (const u of atRådhus) assert.match(await rådhuset.textContent(), new RegExp(u.name.replace(/[()]/g, '.')));

  const pairs = sharingPairs(demo);
  assert.equal(await page.locator('[data-testid="location-pairs-row"]').count(), pairs.length);
  // One pair checked in full: the same-place column and the highest frequency in words.
  const [ua, ub] = pairs[0];
  const row = page
    .locator('[data-testid="location-pairs-row"]', { hasText: ua.name })
    .filter({ hasText: ub.name })
    .first();
  const same =
    key(ua.location) && key(ub.location) ? (key(ua.location) === key(ub.location) ? 'Ja' : 'Nei') : 'Vet ikke';
  assert.equal((await row.locator('td').nth(1).textContent()).trim(), same);
  assert.match(
    (await row.locator('td').nth(3).textContent()).trim(),
    /^(Daglig|Ukentlig|Månedlig|Sjeldnere enn månedlig|Aldri)$/
  );
  // The filter keeps only pairs that sit apart and talk less than weekly.
  const flagged = await page.locator('[data-testid="location-split"]').count();
  await page.check('[data-testid="locations-only-split"]');
  assert.equal(await page.locator('[data-testid="location-pairs-row"]').count(), flagged);
  await page.uncheck('[data-testid="locations-only-split"]');
  await page.locator('[data-testid="locations-section"]').screenshot({ path: '/tmp/shot-locations.png' });
  const v = await runAxe(page);
  assert.deepEqual(v, [], describe(v));
});

test('Nettverkskart: group by place colours and gathers people by where they sit', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-network"]');
  await page.waitForSelector('[data-testid="network-map"][data-ready="true"]', { timeout: 30000 });
  assert.equal(await page.getAttribute('[data-testid="network-map"]', 'data-layout'), 'core');
  await page.check('[data-testid="map-group-location"]');
  await page.waitForSelector('[data-testid="network-map"][data-layout="location"]');
  assert.equal(await page.inputValue('[data-testid="map-color-by"]'), 'location');
  const legend = await page.textContent('[data-testid="map-legend"]');
  for (const place of ['Rådhuset', 'NAV-huset', 'Helsehuset']) assert.match(legend, new RegExp(place));
  assert.equal(await page.locator('[data-testid="map-node"]').count(), demo.actors.length);
  // One name per place cluster, drawn on the map: the distinct places of the demo's people
  // (their own location, else their unit's; places equal when they match trimmed, ignoring case).
  const unitPlace = new Map(demo.units.map((u) => [u.id, u.location]));
  const spelled = new Map();
  let unplaced = false;
  for (const a of demo.actors) {
    const place = [a.location, unitPlace.get(a.unitId)]
      .map((p) => (typeof p === 'string' ? p.trim() : ''))
      .find((p) => p);
    if (!place) unplaced = true;
    else if (!spelled.has(place.toLowerCase())) spelled.set(place.toLowerCase(), place);
  }
  const expected = [...spelled.values(), ...(unplaced ? ['Sted ikke oppgitt'] : [])].sort();
  const names = await page.$$eval('[data-testid="network-svg"] [data-testid="map-cluster-label"]', (ts) =>
    ts.map((t) => t.getAttribute('data-label'))
  );
  assert.deepEqual([...names].sort(), expected);
  assert.ok(expected.includes('Rådhuset'));
  // The names sit above their clusters: no name covers a person, and each name's box is on screen.
  const clash = await page.evaluate(() => {
    const svg = document.querySelector('[data-testid="network-svg"]');
    const frame = svg.getBoundingClientRect();
    const nodes = [...svg.querySelectorAll('[data-testid="map-node"]')].map((n) => n.getBoundingClientRect());
    const out = [];
    for (const t of svg.querySelectorAll('[data-testid="map-cluster-label"]')) {
      const r = t.getBoundingClientRect();
      if (r.left < frame.left || r.right > frame.right || r.top < frame.top || r.bottom > frame.bottom)
        out.push(`${t.textContent} off screen`);
      if (nodes.some((n) => r.left < n.right && n.left < r.right && r.top < n.bottom && n.top < r.bottom))
        out.push(`${t.textContent} covers a node`);
    }
    return out;
  });
  assert.deepEqual(clash, []);
  await page.screenshot({ path: '/tmp/shot-network-location.png' });
  const v = await runAxe(page);
  assert.deepEqual(
    v.filter((x) => x.impact === 'serious' || x.impact === 'critical'),
    [],
    describe(v)
  );
  await page.uncheck('[data-testid="map-group-location"]');
  await page.waitForSelector('[data-testid="network-map"][data-layout="core"]');
  assert.equal(await page.inputValue('[data-testid="map-color-by"]'), 'unit');
  assert.equal(
    await page.locator('[data-testid="map-cluster-label"]').count(),
    0,
    'no place names without the grouping'
  );
});

test('Rapport: the resource table and the location summary', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-report"]');
  await page.waitForSelector('[data-testid="report-view"][data-ready="true"]', { timeout: 30000 });
  // One row per function, then the total as the body's last row (printed once, not on every page).
  assert.equal(
    await page.locator('[data-testid="report-resources"] tbody tr:not(.report-total-row)').count(),
    demo.functions.length
  );
  assert.equal(
    await page
      .locator('[data-testid="report-resources"] tbody tr:last-child[data-testid="report-resources-total"]')
      .count(),
    1
  );
  assert.ok((await page.locator('[data-testid="report-places"] tbody tr').count()) > 3);
  assert.ok((await page.locator('[data-testid="report-split"], [data-testid="report-no-split"]').count()) === 1);
  assertClean(assert, b);
});

test('Funn: the new findings show their texts, and their links lead to the unit or function', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-findings"]');
  await page.waitForSelector('[data-testid="finding"]', { timeout: 30000 });
  for (const rule of ['split-location', 'fragmented-function']) {
    const card = page.locator(`[data-testid="finding"][data-rule="${rule}"]`).first();
    assert.ok((await card.count()) === 1, `${rule} is in the example`);
    const text = (await card.textContent()).trim();
    assert.ok(text.length > 60 && !text.includes(rule), `${rule} has a written text: ${text.slice(0, 80)}`);
  }
  await page
    .locator('[data-testid="finding"][data-rule="split-location"] [data-testid="subject-link"][data-kind="unit"]')
    .first()
    .click();
  await page.waitForSelector('[data-testid="nav-organisation"][aria-current="page"]');
  await page.waitForSelector('[data-testid="unit-row"][data-focused="true"]');
  await page.click('[data-testid="nav-findings"]');
  await page.waitForSelector('[data-testid="finding"]', { timeout: 30000 });
  await page
    .locator(
      '[data-testid="finding"][data-rule="fragmented-function"] [data-testid="subject-link"][data-kind="function"]'
    )
    .first()
    .click();
  await page.waitForSelector('[data-testid="nav-tasks"][aria-current="page"]');
  await page.waitForSelector('[data-testid="matrix-row"][data-focused="true"]');
  assertClean(assert, b);
});

test('a figure partly estimated is marked with ≈ and explained, in the tables and in the matrix cell; a contribution without FTE is unknown', async () => {
  const { page } = b;
  // A copy of the example where two of one person's performing assignments (a responsible one or a contribution is
  // never estimated) lose their FTE: those become estimates.
  const doc = structuredClone(demo);
  doc.id = 'demo-estimate-test';
  doc.municipality = { ...doc.municipality, name: 'Anslag kommune' };
  const internal = new Set(doc.units.filter((u) => u.external !== true).map((u) => u.id));
  const held = (x) => internal.has(x.unitId) && x.role === 'performs';
  const person = doc.actors.find((a) => doc.assignments.filter((x) => x.actorId === a.id && held(x)).length >= 2);
  const mine = doc.assignments.filter((x) => x.actorId === person.id && held(x));
  delete mine[0].fte;
  delete mine[1].fte;
  // Another person's contribution loses its FTE too: never estimated, so "unknown" (the walk's NAV adviser).
  const contribution = doc.assignments.find(
    (x) => internal.has(x.unitId) && x.role === 'contributes' && x.actorId && x.actorId !== person.id
  );
  delete contribution.fte;
  const exp = expected(doc);
  const estimate = assignmentFtes(doc)[doc.assignments.indexOf(mine[0])].fte;
  await importFile(page, 'anslag.bosam.json', JSON.stringify(doc));
  const t0 = Date.now();
  while (!(await readStoredRecords(page)).some((r) => r.id === doc.id)) {
    assert.ok(Date.now() - t0 < 15000, 'the imported project is stored');
    await page.waitForTimeout(200);
  }
  await waitSaved(page);
  await page.click('[data-testid="nav-tasks"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="resources-section"] .res-approx'), null, {
    timeout: 30000
  });
  const fn = doc.functions.find((f) => f.id === mine[0].functionId);
  const row = (await tableRows(page, 'resources-functions')).find((r) => r.name === fn.name);
  assert.equal(row.approx, true, 'marked as an estimate');
  assert.equal(row.fte, nb(exp.byFunction.get(fn.id).fte));
  assert.match(await page.textContent('[data-testid="resources-section"]'), /delvis er anslått/);
  const contributed = doc.functions.find((f) => f.id === contribution.functionId);
  const unknownCell = await page.$$eval(
    '[data-testid="resources-functions-row"]',
    (rows, name) => {
      const row = rows.find((r) => r.querySelector('th span').textContent.trim() === name);
      const mark = row && row.querySelector('[data-testid="resources-row-unknown"]');
      return mark ? mark.textContent : null;
    },
    contributed.name
  );
  assert.equal(unknownCell, '1', 'the "Mangler årsverk" column counts its task without FTE');

  // The matrix cell shows the same: "≈ 0,xx årsverk" for the estimate, "årsverk ukjent" for the contribution.
  const cell = (a) => `[data-testid="matrix-cell"][data-fn="${a.functionId}"][data-unit="${a.unitId}"]`;
  const shown = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 3 }).format(estimate);
  const est = page.locator(`${cell(mine[0])} [data-testid="asg-fte-estimate"] [aria-hidden="true"]`);
  assert.equal(await est.first().textContent(), `≈ ${shown} årsverk`);
  assert.match(
    await page.textContent(`${cell(mine[0])} [data-testid="asg-fte-estimate"] .visually-hidden`),
    /^omtrent .* årsverk, anslått ut fra stillingen$/
  );
  assert.equal(await page.textContent(`${cell(contribution)} [data-testid="asg-fte-unknown"]`), 'årsverk ukjent');
  await page.locator(cell(mine[0])).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/import-matrix-estimate.png' });
  assertClean(assert, b);
});
