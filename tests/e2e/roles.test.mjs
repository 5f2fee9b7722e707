// Plass i nettverket: the places the core found (nodes[].roles) in Analyse with who has each, names rendered as
// text (a person named with HTML is shown literally and nothing runs), collaborative overload as a figure, the
// person panel on the map listing the person's places in plain words, the report's section, and axe on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appSession,
  openView,
  importFile,
  demoDoc,
  nodeCore,
  runAxe,
  serious,
  describe,
  assertClean
} from './helpers.mjs';

const PAYLOAD = '<img src=x onerror="window.__bosamXss=(window.__bosamXss||0)+1">';
const b = appSession({ demo: false });

let doc;
let expected;
let hub; // the person with the most places: named with HTML

test('Analyse › Plass i nettverket: who has each place, names as text, and the overload figure', async () => {
  const { page } = b;
  doc = await demoDoc();
  const core = await nodeCore();
  const first = JSON.parse(core.analyze(JSON.stringify(doc), '{"permutations": 0}')).result;
  hub = first.nodes.reduce((best, n) => (n.roles.length > best.roles.length ? n : best));
  assert.ok(hub.roles.length >= 2, `the example has someone with two places or more: ${JSON.stringify(hub)}`);
  doc.id = 'roles-test';
  doc.actors.find((a) => a.id === hub.id).name = PAYLOAD;
  expected = JSON.parse(core.analyze(JSON.stringify(doc), '{"permutations": 0}')).result;
  await importFile(page, 'plasser.json', JSON.stringify(doc));
  await page.waitForSelector('[data-testid="import-ok"]');

  await openView(page, 'analysis');
  await page.waitForSelector('[data-testid="analysis-view"][data-ready="true"]', { timeout: 60000 });
  const section = page.locator('[data-testid="network-roles"]');
  assert.equal(await section.locator('h2').textContent(), 'Plass i nettverket');
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  for (const id of ['central-connector', 'boundary-spanner', 'information-broker', 'peripheral']) {
    const who = await page.textContent(`[data-testid="role-who-${id}"]`);
    const people = expected.nodes.filter((n) => n.roles.includes(id));
    assert.equal(expected.network.roles[id], people.length, id);
    if (people.length === 0) assert.equal(who, 'Ingen.', id);
    else assert.match(who, new RegExp(`^${people.length} personer?: `), id);
    for (const n of people.slice(0, 12))
      assert.ok(who.includes(names.get(n.id)), `${id}: ${names.get(n.id)} in «${who}»`);
  }
  // The name with HTML in it is text: no element made from it, nothing ran.
  assert.ok((await section.textContent()).includes(PAYLOAD));
  assert.equal(await section.locator('img').count(), 0);
  assert.equal(await page.evaluate(() => window.__bosamXss), undefined);
  // The rule in words with the thresholds the core used (10 %, at least 3 contacts).
  assert.match(
    await page.textContent('[data-testid="role-central-connector"]'),
    /Blant de 10\s%\s?med flest kontakter, og har minst 3 kontakter/
  );
  // Overload: the core's share as a percentage, and what it means.
  const overload = await page.textContent('[data-testid="roles-overload"] .stat-value');
  assert.equal(overload.replace(/\s/g, ''), `${Math.round(expected.network.overload * 100)}%`);
  assert.match(await page.textContent('[data-testid="roles-overload"]'), /collaborative overload/);
  await page.setViewportSize({ width: 1366, height: 768 });
  await section.screenshot({ path: '/tmp/roles-analysis.png' });

  const violations = serious(await runAxe(page));
  assert.deepEqual(violations, [], describe(violations));
  assertClean(assert, b);
});

test('the map’s person panel lists the person’s places in plain words', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-network"]');
  await page.waitForSelector('[data-testid="network-map"][data-ready="true"]', { timeout: 60000 });
  await page.click(`[data-testid="map-node"][data-node-id="${hub.id}"]`);
  await page.waitForSelector('[data-testid="fact-roles"]');
  assert.equal(await page.textContent('[data-testid="selection-name"]'), PAYLOAD);
  const fact = await page.textContent('[data-testid="fact-roles"]');
  assert.match(fact, /^Plass i nettverket/);
  const plain = {
    'central-connector': 'knutepunkt',
    'boundary-spanner': 'grensekrysser',
    'information-broker': 'informasjonsformidler',
    peripheral: 'i utkanten'
  };
  for (const id of hub.roles) assert.ok(fact.toLowerCase().includes(plain[id]), `${id} in «${fact}»`);
  // Regression: the places' definitions ran together in one paragraph; now one line per place, its name first.
  const lines = await page.$$eval('[data-testid="fact-roles"] li', (els) => els.map((e) => e.textContent.trim()));
  assert.equal(lines.length, hub.roles.length, lines.join(' | '));
  hub.roles.forEach((id, i) => assert.ok(lines[i].toLowerCase().startsWith(`${plain[id]}: `), lines[i]));
  if (hub.roles.includes('central-connector')) {
    const line = lines[hub.roles.indexOf('central-connector')];
    assert.match(line, new RegExp(`^Knutepunkt: har ${hub.degree} kontakter, blant de 10\\s%\\s?med flest\\.$`));
  }
  await page.screenshot({ path: '/tmp/roles-panel.png' });

  // The report has the same section, one heading level down.
  await openView(page, 'report');
  await page.waitForSelector('[data-testid="report-view"][data-ready="true"]', { timeout: 60000 });
  const inReport = page.locator('[data-testid="report-s-measures"] [data-testid="network-roles"]');
  assert.equal(await inReport.locator('h3').textContent(), 'Plass i nettverket');
  assert.ok((await inReport.textContent()).includes(PAYLOAD));
  assertClean(assert, b);
});
