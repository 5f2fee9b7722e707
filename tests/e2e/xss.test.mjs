// Names with HTML in them are shown literally, as text; nothing in them runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, importFile, demoDoc, assertClean } from './helpers.mjs';

const PAYLOAD = '<img src=x onerror="window.__bosamXss=(window.__bosamXss||0)+1">';
const SCRIPT = '<script>window.__bosamXss=99</script>';

test('HTML in names from an imported file is shown as text and never runs', async () => {
  const b = await launch();
  try {
    const { page } = b;
    await openApp(page);
    const doc = await demoDoc();
    doc.id = 'xss-test';
    doc.municipality.name = `Kommune ${PAYLOAD}`;
    doc.units[0].name = PAYLOAD;
    doc.actors[0].name = SCRIPT;
    const essential = doc.functions.find((f) => f.essential);
    essential.name = `Funksjon ${PAYLOAD}`;
    doc.assignments = doc.assignments.filter((a) => a.functionId !== essential.id);
    doc.waves[0].label = `Runde ${SCRIPT}`;
    await importFile(page, `fil ${PAYLOAD}.json`, JSON.stringify(doc));
    await page.waitForSelector('[data-testid="import-ok"]');
    assert.ok((await page.textContent('[data-testid="import-ok"]')).includes(`«Kommune ${PAYLOAD}»`));
    assert.equal(await page.textContent('[data-testid="header-project-name"]'), `Kommune ${PAYLOAD}`);

    await page.click('[data-testid="nav-overview"]');
    assert.equal(await page.textContent('[data-testid="overview-project-name"]'), `Kommune ${PAYLOAD}`);
    await page.waitForSelector('[data-testid="uncovered-functions"] li'); // the core's figures, once its analysis is in
    const uncovered = await page.$$eval('[data-testid="uncovered-functions"] li', (lis) =>
      lis.map((li) => li.textContent)
    );
    assert.ok(uncovered.includes(`Funksjon ${PAYLOAD}`), uncovered.join(' | '));
    assert.equal(await page.textContent('[data-testid="wave-row"] th'), `Runde ${SCRIPT}`);

    await page.click('[data-testid="nav-projects"]');
    assert.equal(await page.textContent('[data-testid="project-name"]'), `Kommune ${PAYLOAD}`);
    assert.ok((await page.title()).includes(`Kommune ${PAYLOAD}`));

    // A rename dialog pre-filled with the name, and the delete confirmation quoting it.
    await page.click('[data-testid="project-rename"]');
    assert.equal(await page.inputValue('[data-testid="dialog-input"]'), `Kommune ${PAYLOAD}`);
    await page.click('[data-testid="dialog-cancel"]');
    await page.click('[data-testid="project-delete"]');
    assert.equal(await page.textContent('#dialog-title'), `Slette «Kommune ${PAYLOAD}»?`);
    await page.click('[data-testid="dialog-cancel"]');

    // An import error that quotes the input: the dangling id is HTML.
    const bad = await demoDoc();
    bad.ties[0].to = PAYLOAD;
    await importFile(page, 'bad.json', JSON.stringify(bad));
    await page.waitForSelector('[data-testid="import-errors"]');

    const injected = await page.evaluate(() => ({
      xss: window.__bosamXss,
      imgs: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('#app script').length
    }));
    assert.equal(injected.xss, undefined, 'no injected code ran');
    assert.equal(injected.imgs, 0, 'no <img> element was created');
    assert.equal(injected.scripts, 0, 'no script element was created inside the app');
    assertClean(assert, b);
  } finally {
    await b.close();
  }
});
