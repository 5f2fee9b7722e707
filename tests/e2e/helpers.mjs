// Shared helpers for the browser tests: launch Debian's Chromium headless with a fresh
// profile (so a reload keeps IndexedDB), open dist/bosam.html from file://, and record
// console errors, page errors and every request the page makes.
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.BOSAM_HTML ? resolve(process.env.BOSAM_HTML) : join(ROOT, 'dist', 'bosam.html');
export const APP_URL = pathToFileURL(DIST).href;
export const CORE_JS = join(ROOT, 'build', 'wasm', 'bosam-core.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
];

export function assertBuilt() {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run tools/build (or node tools/bundle.mjs) first`);
}

/** Protocols the page may use. Anything else is a request leaving the machine. */
export const ALLOWED_PROTOCOLS = ['file:', 'data:', 'blob:'];

/**
 * Launch a browser with a fresh profile. Returns helpers and the records of what happened.
 * opts.initScript: code (string or function) run before the page's own scripts; opts.args: more Chromium switches.
 */
export async function launch(opts = {}) {
  assertBuilt();
  const userDataDir = await mkdtemp(join(tmpdir(), 'bosam-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(opts.args || [])],
    acceptDownloads: true,
    locale: opts.locale || 'nb-NO',
    viewport: opts.viewport || { width: 1280, height: 900 }
  });
  const requests = [];
  const consoleErrors = [];
  const pageErrors = [];
  const dialogs = [];
  context.on('request', (req) => requests.push(req.url()));
  if (opts.initScript) await context.addInitScript(opts.initScript);

  const watch = (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => pageErrors.push(String(err && err.message ? err.message : err)));
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] || (await context.newPage());

  return {
    context,
    page,
    requests,
    consoleErrors,
    pageErrors,
    dialogs,
    userDataDir,
    /** URLs whose protocol is not file:, data: or blob:. */
    leakedRequests: () => requests.filter((u) => !ALLOWED_PROTOCOLS.some((p) => u.startsWith(p))),
    async close() {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    }
  };
}

/**
 * For a test file whose tests share one browser: registers node:test before/after hooks that launch it,
 * open the app and (unless demo: false) load the example municipality. Returns the launch handle, filled
 * in by the time the first test runs (so `const { page } = b` works inside tests).
 */
export function appSession({ demo = true, ...launchOpts } = {}) {
  const session = {};
  before(async () => {
    Object.assign(session, await launch(launchOpts));
    await openApp(session.page);
    if (demo) await loadDemo(session.page);
  });
  after(async () => {
    if (session.close) await session.close();
  });
  return session;
}

/**
 * For a test that needs a browser of its own (e.g. with an initScript): launch it (options as for launch()),
 * open the app and, with demo: true, load the example municipality; then `fn(b)`. Closed however `fn` ends.
 */
export async function withApp({ demo = false, ...launchOpts }, fn) {
  const b = await launch(launchOpts);
  try {
    await openApp(b.page);
    if (demo) await loadDemo(b.page);
    return await fn(b);
  } finally {
    await b.close();
  }
}

/** The open project's document as stored in IndexedDB (the demo or any project with a municipality). */
/** Waits (on node's clock) until the stored project satisfies `check`, and returns it. */
export async function storedWhen(page, check, timeout = 20000) {
  const start = Date.now();
  for (;;) {
    const doc = await storedProjectDoc(page);
    if (doc && check(doc)) return doc;
    if (Date.now() - start > timeout) throw new Error('the stored project never changed as expected');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function storedProjectDoc(page) {
  const row = (await readStoredRecords(page)).find((r) => r.doc && r.doc.municipality);
  return row ? row.doc : null;
}

/** Click a view's menu entry and wait until the view says it is ready (data-ready="true"). */
export async function openView(page, view, timeout = 30000) {
  await page.click(`[data-testid="nav-${view}"]`);
  await page.waitForSelector(`[data-testid="${view}-view"][data-ready="true"]`, { timeout });
}

/** Open (or reload) the app and wait until it has loaded its projects. */
export async function openApp(page, hash = '') {
  await page.goto(APP_URL + hash);
  await page.waitForSelector('body[data-app-ready="true"]', { timeout: 30000 });
}

export async function reloadApp(page) {
  await page.reload();
  await page.waitForSelector('body[data-app-ready="true"]', { timeout: 30000 });
}

/** The raw records in IndexedDB (read inside the page). */
export function readStoredRecords(page) {
  return page.evaluate(
    () =>
      new Promise((resolvePromise, reject) => {
        const req = indexedDB.open('bosam');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('projects')) {
            db.close();
            resolvePromise([]);
            return;
          }
          const get = db.transaction('projects', 'readonly').objectStore('projects').getAll();
          get.onsuccess = () => {
            db.close();
            resolvePromise(get.result.sort((a, b) => String(a.id).localeCompare(String(b.id))));
          };
          get.onerror = () => reject(get.error);
        };
      })
  );
}

/** Wait until the header says the open project is saved. */
export async function waitSaved(page) {
  await page.waitForSelector('[data-testid="save-status"][data-state="saved"]', { timeout: 15000 });
}

/** Load the example municipality through the UI and wait until it is stored. */
export async function loadDemo(page) {
  await page.click('[data-testid="nav-projects"]');
  await page.click('[data-testid="load-demo"]');
  await waitSaved(page);
}

/**
 * Load the example municipality unless a project is already stored: for a test that needs the demo open and
 * may run alone (tools/test browser FILE --each) as well as after the tests of its file that loaded it.
 */
export async function ensureDemo(page) {
  if ((await readStoredRecords(page)).length === 0) await loadDemo(page);
}

/** Put a file into the import input. */
export async function importFile(page, name, content) {
  await page.click('[data-testid="nav-data"]');
  await page.setInputFiles('[data-testid="import-file"]', {
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
  });
  // The report now speaks of this file (checking, or already done): a caller waiting for the outcome can't
  // read the previous import's report by mistake.
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector('[data-testid="import-report"]');
      return Boolean(el) && el.textContent.includes(n);
    },
    name,
    { timeout: 30000 }
  );
}

let corePromise = null;
/** The WASM core in node, for making fixtures from the built-in example. */
export function nodeCore() {
  if (!corePromise) {
    const require = createRequire(import.meta.url);
    corePromise = require(CORE_JS)();
  }
  return corePromise;
}

export async function demoDoc() {
  const core = await nodeCore();
  const env = JSON.parse(core.demo('{}'));
  if (!env.ok) throw new Error(`demo failed: ${JSON.stringify(env.errors)}`);
  return env.result;
}

export async function axeSource() {
  return readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
}

/** Run axe-core in the page (injected through evaluate, which the CSP does not block). */
export async function runAxe(page, tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.evaluate(await axeSource());
  return page.evaluate(
    (runTags) =>
      window.axe
        .run(document, {
          runOnly: { type: 'tag', values: runTags },
          resultTypes: ['violations']
        })
        .then((r) =>
          r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary }))
          }))
        ),
    tags
  );
}

/** The axe violations that fail a page: serious and critical ones. */
export const serious = (violations) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** Violations in words for an assertion message: rule, impact, help and up to three elements each. */
export const describe = (violations) =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .slice(0, 3)
          .map((n) => n.target)
          .join('\n  ')}`
    )
    .join('\n');

/** Fail if anything went wrong in the page: console errors, uncaught errors, alerts, network. */
export function assertClean(assert, b, label = '') {
  assert.deepEqual(b.pageErrors, [], `${label} uncaught errors in the page`);
  assert.deepEqual(b.consoleErrors, [], `${label} console errors`);
  assert.deepEqual(b.dialogs, [], `${label} alert/confirm/prompt dialogs`);
  assert.deepEqual(b.leakedRequests(), [], `${label} requests that left the machine`);
}

/**
 * Click `selector` (or run `click()`, for a click that needs more than a selector) and return the file it
 * downloads: its suggested name, its bytes and those bytes as UTF-8 text.
 */
export async function downloadFile(page, selector) {
  const click = typeof selector === 'function' ? selector : () => page.click(selector);
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const buffer = await readFile(await download.path());
  return { filename: download.suggestedFilename(), buffer, text: buffer.toString('utf8') };
}

/** Click export and return the downloaded file's name and text. */
export async function exportOpenProject(page) {
  await page.click('[data-testid="nav-data"]');
  return downloadFile(page, '[data-testid="export-json"]');
}

/** Rename a unit through its edit dialog in the organisation view (waits until the dialog has closed). */
export async function renameUnit(page, unitId, name) {
  await page.click('[data-testid="nav-organisation"]');
  await page.click(`[data-testid="unit-row"][data-id="${unitId}"] [data-testid="unit-edit"]`);
  await page.fill('[data-testid="unit-name"]', name);
  await page.click('[data-testid="form-save"]');
  await page.waitForSelector('[data-testid="unit-dialog"]', { state: 'detached' });
}

/**
 * Check in the open page that its CSP refuses connections: fetch to a remote address fails and a remote image
 * is refused, each with a securitypolicyviolation event (connect-src, img-src).
 */
export async function assertCspBlocksConnections(assert, page) {
  const result = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.effectiveDirective || e.violatedDirective)
    );
    let fetchFailed = false;
    try {
      await fetch('https://example.invalid/leak');
    } catch (e) {
      fetchFailed = true;
    }
    const img = new Image();
    const loaded = new Promise((resolve) => {
      img.onload = () => resolve('load');
      img.onerror = () => resolve('error');
    });
    img.src = 'https://example.invalid/pixel.png';
    const imgResult = await loaded;
    await new Promise((r) => setTimeout(r, 50));
    return { fetchFailed, imgResult, violations };
  });
  assert.equal(result.fetchFailed, true, 'fetch to a remote address fails');
  assert.equal(result.imgResult, 'error', 'a remote image is refused');
  assert.ok(result.violations.includes('connect-src'), JSON.stringify(result.violations));
  assert.ok(result.violations.includes('img-src'), JSON.stringify(result.violations));
}
