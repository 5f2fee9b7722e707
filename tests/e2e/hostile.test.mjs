// Hostile files in the app: markup in every kind of text shown in every view, __proto__ and
// constructor keys, a 10 MB string, 1e400, nesting 100,000 deep, 100,000 actors. Each gets a
// clear error (with its place) or is handled; nothing runs, nothing hangs, nothing stored changes.
// (Names in the first views and invalid UTF-8: xss.test.mjs and import-export.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appSession, withApp, importFile, readStoredRecords, demoDoc, assertClean } from './helpers.mjs';

const IMG = '<img src=x onerror="window.__bosamXss=(window.__bosamXss||0)+1">';
const SCRIPT = '<script>window.__bosamXss=99</script>';
const SVG = '<svg onload="window.__bosamXss=7"><a href="javascript:window.__bosamXss=5">x</a></svg>';

const b = appSession();

/** Wait for the import's answer (ok or errors) and return it, timed with node's clock from `start`. */
async function importOutcome(page, start, file) {
  // Wait for the report about this file: the previous test's report may still be on screen for a moment.
  const name = file ? file.split('/').pop() : null;
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector('[data-testid="import-ok"], [data-testid="import-errors"]');
      return Boolean(el) && (!n || el.textContent.includes(n));
    },
    name,
    { timeout: 60000 }
  );
  const ms = Date.now() - start;
  const ok = (await page.locator('[data-testid="import-ok"]').count()) > 0;
  const text = ok
    ? await page.textContent('[data-testid="import-ok"]')
    : await page.textContent('[data-testid="import-errors"]');
  return { ok, text, ms };
}

/** The page answers a trivial evaluate quickly: its main thread is not stuck. */
async function assertResponsive(page, label) {
  const start = Date.now();
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  assert.ok(Date.now() - start < 2000, `${label}: the page answered in ${Date.now() - start} ms`);
}

test('markup in every kind of text is shown as text in every view; nothing runs', async () => {
  const { page } = b;
  const doc = await demoDoc();
  doc.id = 'hostile-markup';
  doc.municipality.name = `Kommune ${IMG}`;
  doc.municipality.number = SCRIPT;
  doc.units.forEach((u, i) => {
    u.name = `${IMG} ${i}`;
    u.location = SVG;
    if (u.relation) for (const k of Object.keys(u.relation)) u.relation[k] = SCRIPT;
  });
  doc.actors.forEach((a, i) => {
    a.name = `${i % 2 ? SCRIPT : IMG} ${i}`;
    a.role = SVG;
  });
  doc.targetGroups.forEach((g, i) => {
    g.name = `${SVG} ${i}`;
  });
  doc.functions.forEach((f, i) => {
    f.name = `${IMG} f${i}`;
  });
  doc.waves.forEach((w, i) => {
    w.label = `${SCRIPT} ${i}`;
  });
  doc.assessments.forEach((s) => {
    s.text = `${IMG} ${SVG}`;
  });
  doc.phases['1'].items.mandate.note = `${SCRIPT}${IMG}`;
  await importFile(page, `${SVG}.json`, JSON.stringify(doc));
  const outcome = await importOutcome(page, Date.now());
  assert.ok(outcome.ok, outcome.text);

  const views = await page.$$eval('[data-testid^="nav-"]', (els) => els.map((e) => e.dataset.testid.slice(4)));
  assert.ok(views.length >= 10, views.join());
  const seen = {};
  for (const view of views) {
    await page.click(`[data-testid="nav-${view}"]`);
    await page.waitForSelector(`main[data-view="${view}"]`);
    if (view === 'network')
      await page.waitForSelector('[data-testid="network-map"][data-ready="true"]', { timeout: 60000 });
    if (view === 'analysis')
      await page.waitForSelector('[data-testid="analysis-view"][data-ready="true"]', { timeout: 60000 });
    await page.waitForTimeout(300);
    const text = await page.textContent('main');
    seen[view] = [IMG, SCRIPT, SVG].filter((p) => text.includes(p)).length;
    const found = await page.evaluate(() => ({
      xss: window.__bosamXss,
      imgs: document.querySelectorAll('#app img').length,
      scripts: document.querySelectorAll('#app script').length,
      handlers: [...document.querySelectorAll('#app *')].filter((el) =>
        [...el.attributes].some((a) => /^on/i.test(a.name))
      ).length,
      jsLinks: [...document.querySelectorAll('#app [href]')].filter((el) =>
        /^\s*javascript:/i.test(el.getAttribute('href'))
      ).length
    }));
    assert.deepEqual(found, { xss: undefined, imgs: 0, scripts: 0, handlers: 0, jsLinks: 0 }, view);
  }
  // The views that show names show the markup literally.
  for (const view of [
    'overview',
    'organisation',
    'tasks',
    'relations',
    'network',
    'analysis',
    'findings',
    'report',
    'process'
  ]) {
    assert.ok(seen[view] >= 1, `${view} shows the names as text (${JSON.stringify(seen)})`);
  }
  assertClean(assert, b);
});

test('__proto__ and constructor keys: imported as plain data, Object.prototype untouched', async () => {
  const { page } = b;
  const demo = await demoDoc();
  demo.id = 'hostile-proto';
  const inject =
    '"__proto__": {"polluted": "yes", "toString": "x"}, "constructor": {"prototype": {"polluted": "yes"}}, ';
  const text = JSON.stringify(demo)
    .replace('{', `{${inject}`)
    .replace('"municipality":{', `"municipality":{${inject}`)
    .replace('"actors":[{', `"actors":[{${inject}`);
  assert.equal((text.match(/__proto__/g) || []).length, 3);
  await importFile(page, 'proto.json', text);
  const outcome = await importOutcome(page, Date.now(), 'proto.json');
  assert.ok(outcome.ok, outcome.text);
  for (const view of ['overview', 'organisation', 'network', 'analysis', 'report', 'data']) {
    await page.click(`[data-testid="nav-${view}"]`);
    await page.waitForSelector(`main[data-view="${view}"]`);
  }
  await page.waitForSelector('[data-testid="save-status"][data-state="saved"]');
  const check = await page.evaluate(() => ({
    polluted: {}.polluted,
    protoKeys: Object.getOwnPropertyNames(Object.prototype).filter((k) => k === 'polluted'),
    toStringWorks: typeof {}.toString === 'function' && String({}) === '[object Object]'
  }));
  assert.deepEqual(check, { polluted: undefined, protoKeys: [], toStringWorks: true });
  // Kept as data in storage (unknown fields are kept), still not on any prototype.
  const stored = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.open('bosam');
        req.onsuccess = () => {
          const get = req.result.transaction('projects').objectStore('projects').get('hostile-proto');
          get.onsuccess = () => {
            const d = get.result.doc;
            resolve({
              own: Object.prototype.hasOwnProperty.call(d, '__proto__'),
              protoIsObject: Object.getPrototypeOf(d) === Object.prototype,
              municipalityOwn: Object.prototype.hasOwnProperty.call(d.municipality, '__proto__')
            });
            req.result.close();
          };
        };
      })
  );
  assert.deepEqual(stored, { own: true, protoIsObject: true, municipalityOwn: true });
  assertClean(assert, b);
});

/** Import `content`, expect a refusal whose text matches `pattern`, and nothing stored changed. */
async function expectRefused(page, name, content, pattern, limitMs) {
  const storedBefore = await readStoredRecords(page);
  const start = Date.now();
  if (content === null) {
    await page.click('[data-testid="nav-data"]');
    await page.setInputFiles('[data-testid="import-file"]', name);
  } else await importFile(page, name, content);
  const outcome = await importOutcome(page, start, name);
  assert.equal(outcome.ok, false, `${name} was refused`);
  assert.match(outcome.text, pattern);
  assert.ok(outcome.ms < limitMs, `${name}: answered in ${outcome.ms} ms (limit ${limitMs})`);
  await assertResponsive(page, name);
  assert.deepEqual(await readStoredRecords(page), storedBefore, `${name}: nothing stored changed`);
  return outcome;
}

test('a 10 MB name: refused with the field named, quickly, page responsive', async () => {
  const doc = await demoDoc();
  doc.id = 'hostile-long';
  doc.actors[2].name = 'Å'.repeat(5 * 1024 * 1024); // 10 MB of UTF-8
  // The place in words quotes at most 60 characters of the name (lib/place-words.js), then the limit.
  await expectRefused(
    b.page,
    'lang.json',
    JSON.stringify(doc),
    /Personen «Å{60}…», navn: [\s\S]*grensen er 100[\s\u00a0]?000/,
    20000
  );
});

test('a number like 1e400: refused with line and column', async () => {
  const doc = await demoDoc();
  const text = JSON.stringify(doc, null, 2).replace(/"frequency": \d/, '"frequency": 1e400');
  const line = text.slice(0, text.indexOf('1e400')).split('\n').length;
  await expectRefused(
    b.page,
    'stort-tall.json',
    text,
    new RegExp(`for stort[\\s\\S]*linje ${line}, kolonne \\d+`),
    10000
  );
});

test('JSON nested 100,000 levels deep: refused with its place, no hang', async () => {
  const deep = `{"format": "bosam-project", "x": ${'['.repeat(100000)}${']'.repeat(100000)}}`;
  await expectRefused(b.page, 'dyp.json', deep, /nøstet for dypt[\s\S]*linje 1, kolonne \d+/, 10000);
});

test('100,000 actors (a 70 MB file from the benchmark generator): refused at once as too large', async () => {
  const { generateProject } = await import('../../tools/benchmark/generate.mjs');
  const text = JSON.stringify(generateProject(100000, { seed: 5 }));
  assert.ok(text.length > 64 * 1024 * 1024, `${text.length} bytes`);
  // Over Playwright's 50 MB buffer limit: hand the input a file on disk.
  const dir = await mkdtemp(join(tmpdir(), 'bosam-hostile-'));
  try {
    const path = join(dir, 'hundretusen.json');
    await writeFile(path, text);
    await expectRefused(b.page, path, null, /«hundretusen\.json» er for stor/, 15000);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  assertClean(assert, b);
});

// A sparse 100,000-person file is only 27 MB and passes the size caps; the core's actor cap (20,000)
// refuses it after one parse, before any validation or analysis.
test('100,000 actors in a sparse (27 MB) file: refused by a core limit within seconds', async () => {
  const { generateProject } = await import('../../tools/benchmark/generate.mjs');
  const text = JSON.stringify(generateProject(100000, { seed: 5, averageDegree: 2 }));
  await withApp({}, async (own) => {
    const start = Date.now();
    await importFile(own.page, 'hundretusen-tynn.json', text);
    await own.page.waitForSelector('[data-testid="import-ok"], [data-testid="import-errors"]', { timeout: 20000 });
    assert.ok(Date.now() - start < 15000, `answered in ${Date.now() - start} ms`);
    assert.equal(await own.page.locator('[data-testid="import-errors"]').count(), 1, 'refused');
    assert.match(
      await own.page.textContent('[data-testid="import-errors"]'),
      /100000 personer; Bosam tar inntil 20000/
    );
  });
});
