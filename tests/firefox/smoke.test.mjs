// The same single file in a second engine: Firefox ESR (as on many municipal PCs) opens dist/bosam.html from
// file://, stores the example municipality in IndexedDB (kept over a reload and a browser restart), runs the
// analysis (in the Blob Worker, or on the main thread if Firefox refuses it), draws the network map, lists the
// findings, says in the Data view that it cannot keep the project in a file (no File System Access API), and makes
// no request and no connection that would leave the machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readStoredRecords, storedProjectDoc, demoDoc } from '../e2e/helpers.mjs';
import { launchFirefox, openApp, waitFor } from './helpers.mjs';

let b;
let demo;
before(async () => {
  demo = await demoDoc();
  b = await launchFirefox();
});
after(async () => {
  if (b) await b.close();
});

/** The stored example project, once it is in IndexedDB. */
const storedDemo = () => waitFor(() => storedProjectDoc(b.page), 'the example project in IndexedDB');

test('the connection trap records a connection when the browser makes one', async () => {
  // A page outside the app (no CSP) asking for a remote address: its connection must reach the trap,
  // so the trap's silence at the end of this file means something.
  const probe = await b.browser.newPage();
  probe.goto('http://bosam-trap.invalid/').catch(() => {}); // fails once the trap hangs up; not awaited
  await waitFor(() => b.trapHits.some((h) => h.includes('bosam-trap.invalid')), 'the trap to see the probe', 10000);
  await probe.close().catch(() => {});
  b.trapHits.splice(0);
});

test('opens from file:// under its CSP and becomes ready, in Firefox', async () => {
  const { page, browser } = b;
  assert.match(await browser.version(), /firefox/i);
  await openApp(page);
  assert.ok(page.url().startsWith('file://'), page.url());
  const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
  assert.match(csp, /default-src 'none'/);
  assert.equal(await page.$eval('h1', (h) => h.textContent), 'Prosjekter');
  assert.deepEqual(await readStoredRecords(page), [], 'a fresh profile has no projects');
});

test('the example municipality is stored in IndexedDB and survives a reload and a restart', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-projects"]');
  await page.click('[data-testid="load-demo"]');
  const doc = await storedDemo();
  assert.equal(doc.municipality.name, demo.municipality.name);
  assert.equal(doc.actors.length, demo.actors.length);

  await page.reload();
  await page.waitForSelector('body[data-app-ready="true"]', { timeout: 30000 });
  const afterReload = await storedDemo();
  assert.equal(afterReload.actors.length, demo.actors.length);
  await page.click('[data-testid="nav-projects"]');
  await page.waitForSelector('[data-testid="project-item"]');
  assert.match(await page.$eval('[data-testid="project-name"]', (e) => e.textContent), /Eksempel/);

  await b.restart();
  await openApp(b.page);
  const afterRestart = await storedDemo();
  assert.equal(afterRestart.actors.length, demo.actors.length, 'kept when Firefox is closed and opened again');
  await b.page.click('[data-testid="nav-projects"]');
  await b.page.waitForSelector('[data-testid="project-item"]');
});

test('the network map draws one node per actor from the analysis (Worker or main thread)', async (t) => {
  const { page } = b;
  await page.click('[data-testid="project-open"]');
  await page.click('[data-testid="nav-network"]');
  await page.waitForSelector('[data-testid="network-map"][data-ready="true"]', { timeout: 60000 });
  const nodes = await page.$$eval('[data-testid="map-node"]', (els) => els.length);
  assert.equal(nodes, demo.actors.length);
  const engine = await page.$eval('[data-testid="network-view"]', (e) => e.dataset.analysisEngine);
  assert.ok(engine === 'worker' || engine === 'main', `engine "${engine}"`);
  const fallback = b.consoleWarnings.filter((w) => /main thread/.test(w));
  t.diagnostic(`Firefox ran the analysis in: ${engine}${fallback.length ? ` (${fallback.join('; ')})` : ''}`);
  // Today Firefox does run the Blob Worker (the CSP allows connect-src data:); a fallback would be a regression.
  assert.equal(engine, 'worker', `Firefox fell back to the main thread: ${fallback.join('; ')}`);
});

test('the findings view lists the example findings, critical first', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-findings"]');
  await page.waitForSelector('[data-testid="findings-view"][data-ready="true"]', { timeout: 30000 });
  const findings = await page.$$eval('[data-testid="finding"]', (els) =>
    els.map((e) => ({ rule: e.dataset.rule, severity: e.dataset.severity, text: e.textContent }))
  );
  assert.ok(findings.length >= 2, `${findings.length} findings`);
  const uncovered = findings.find((f) => f.rule === 'uncovered-function');
  assert.ok(uncovered, 'an uncovered function is found');
  assert.equal(uncovered.severity, 'critical');
  assert.match(uncovered.text, /Forebygging av utkastelser/);
  assert.ok(
    findings.some((f) => f.rule === 'silo'),
    'a silo is found'
  );
  assert.equal(findings[0].severity, 'critical');
});

test('where Firefox cannot keep the project in a file, the Data view says so once and keeps export', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-data"]');
  await page.waitForSelector('[data-testid="file-unsupported"]');
  assert.match(
    await page.$eval('[data-testid="file-unsupported"]', (e) => e.textContent),
    /kan ikke lagre prosjektet direkte i en fil/
  );
  assert.equal(await page.$('[data-testid="save-as-file"]'), null, 'no save-as-file button');
  assert.equal(await page.$$eval('[data-testid="file-unsupported"]', (els) => els.length), 1);
  assert.ok(await page.$('[data-testid="export-json"]'), 'export is there');
});

test('no page errors, no dialogs, and nothing left the machine', async () => {
  assert.deepEqual(b.pageErrors, [], 'uncaught errors in the page');
  assert.deepEqual(b.consoleErrors, [], 'console errors');
  assert.deepEqual(b.dialogs, [], 'alert/confirm/prompt dialogs');
  assert.ok(
    b.requests.some((u) => u.startsWith('data:')),
    `the request log works (${b.requests.length} requests seen)`
  );
  assert.deepEqual(b.leakedRequests(), [], 'requests other than file:, data: and blob:');
  assert.deepEqual(b.trapHits, [], 'connections Firefox itself opened');
});
