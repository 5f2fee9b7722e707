// Survey forms end to end: the app makes a form for one respondent (a download), the form is
// opened from disk (file://, no network), filled in and saved (a download), and that answer
// is read back into the app: the respondent is marked as answered and the ties appear. Also:
// a batch with a file for another project is refused whole; names stay text; axe on the form
// and the new app UI; the form's CSP blocks every connection.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, copyFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  launch,
  openApp,
  loadDemo,
  readStoredRecords,
  waitSaved,
  runAxe,
  assertClean,
  assertCspBlocksConnections,
  demoDoc,
  importFile
} from './helpers.mjs';

const SHOTS = process.env.BOSAM_SHOTS || join(tmpdir(), 'bosam-survey-shots');
const EVIL = '</script><script>alert(1)</script>';

let b;
let dir;
let demo;
let respondent; // someone asked in w-2026 who has not answered
let formPath;
let answer; // { filename, text }

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bosam-survey-'));
  await import('node:fs/promises').then((fs) => fs.mkdir(SHOTS, { recursive: true }));
  demo = await demoDoc();
  respondent = demo.respondents.find((r) => r.waveId === 'w-2026' && !r.responded).actorId;
  b = await launch();
  await openApp(b.page);
  await loadDemo(b.page);
});
after(async () => {
  if (b) await b.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const stored = async (page) => (await readStoredRecords(page)).find((r) => r.id === demo.id).doc;

async function openSurveyTab(page) {
  await page.click('[data-testid="nav-relations"]');
  await page.selectOption('[data-testid="wave-pick"]', 'w-2026');
  await page.click('[data-testid="ties-tab-survey"]');
  await page.waitForSelector('[data-testid="forms-table"]');
}

async function saveDownload(download, name) {
  const path = join(dir, name || download.suggestedFilename());
  await copyFile(await download.path(), path);
  return path;
}

// Each test can run alone (tools/test browser FILE --each): these make what the tests before it would have made,
// by the same steps, when it is not there yet: the respondent's form (test 1) and their answer (test 2).
async function ensureForm(page) {
  if (formPath) return;
  await openSurveyTab(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-testid="form-row"][data-id="${respondent}"] [data-testid="form-one"]`)
  ]);
  formPath = await saveDownload(download);
}

async function ensureAnswer(page) {
  await ensureForm(page);
  if (answer) return;
  const form = await b.context.newPage();
  await form.goto(pathToFileURL(formPath).href);
  await form.waitForSelector('body[data-survey-ready="true"]');
  const card = (id) => `[data-testid="contact"][data-id="${id}"]`;
  await form.check('[data-testid="person-pick"][data-id="a-01"]');
  await form.check('[data-testid="person-pick"][data-id="a-02"]');
  await form.check(`${card('a-01')} [data-testid="contact-frequency"][value="3"]`);
  await form.check(`${card('a-01')} [data-testid="contact-type"][value="coordination"]`);
  await form.check(`${card('a-02')} [data-testid="contact-frequency"][value="1"]`);
  await form.selectOption('[data-testid="task"][data-id="f-kartlegging"] [data-testid="task-role"]', 'performs');
  await form.check('[data-testid="task"][data-id="f-kartlegging"] [data-testid="task-group"][value="tg-bostedslose"]');
  const [download] = await Promise.all([form.waitForEvent('download'), form.click('[data-testid="save-answer"]')]);
  answer = { filename: download.suggestedFilename(), text: await readFile(await saveDownload(download), 'utf8') };
  await form.close();
}

test('the app makes a form for one respondent, carrying only what they need', async () => {
  const { page } = b;
  await openSurveyTab(page);
  assert.deepEqual(await runAxe(page), [], 'axe on Kontakter › Spørreskjema og svar');
  // The steps in the order they are done: make the forms, then read the answers in (regression: answers first).
  const headings = await page.$$eval('main h2', (hs) => hs.map((h) => h.id));
  assert.ok(headings.indexOf('make-forms-title') < headings.indexOf('import-answers-title'), headings.join());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-testid="form-row"][data-id="${respondent}"] [data-testid="form-one"]`)
  ]);
  const name = demo.actors.find((a) => a.id === respondent).name;
  assert.match(download.suggestedFilename(), /^skjema-w-2026-[a-z0-9-]+\.html$/);
  formPath = await saveDownload(download);
  const html = await readFile(formPath, 'utf8');
  assert.ok(html.includes(JSON.stringify(name).slice(1, -1)), 'the respondent is named');
  assert.ok(!html.includes('"ties"') && !html.includes('"assessments"'), 'no ties or assessments in the form');
  assert.match(html, /content="default-src 'none';/);
});

test('the form opened from disk: fill in two contacts and one task, validate, save an answer file', async () => {
  await ensureForm(b.page);
  const form = await b.context.newPage();
  await form.goto(pathToFileURL(formPath).href);
  await form.waitForSelector('body[data-survey-ready="true"]');
  assert.deepEqual(await runAxe(form), [], 'axe on the empty form');
  await form.fill('[data-testid="people-search"]', 'Kari');
  await form.check('[data-testid="person-pick"][data-id="a-01"]');
  await form.fill('[data-testid="people-search"]', '');
  await form.check('[data-testid="person-pick"][data-id="a-02"]');
  // A chosen person without a frequency stops the save, with a message naming them.
  await form.click('[data-testid="save-answer"]');
  await form.waitForSelector('[data-testid="form-errors"]');
  const errors = await form.textContent('[data-testid="form-errors"]');
  assert.match(errors, /Kari Nilsen/);
  assert.match(errors, /Ahmed Hassan/);
  assert.deepEqual(await runAxe(form), [], 'axe with error messages shown');
  const card = (id) => `[data-testid="contact"][data-id="${id}"]`;
  await form.check(`${card('a-01')} [data-testid="contact-frequency"][value="3"]`);
  await form.check(`${card('a-01')} [data-testid="contact-type"][value="coordination"]`);
  await form.check(`${card('a-02')} [data-testid="contact-frequency"][value="1"]`);
  await form.selectOption('[data-testid="task"][data-id="f-kartlegging"] [data-testid="task-role"]', 'performs');
  await form.check('[data-testid="task"][data-id="f-kartlegging"] [data-testid="task-group"][value="tg-bostedslose"]');
  await form.screenshot({ path: join(SHOTS, 'survey-form.png'), fullPage: true });
  // The draft survives reopening the file.
  await form.reload();
  await form.waitForSelector('body[data-survey-ready="true"]');
  assert.equal(await form.locator('[data-testid="contact"]').count(), 2, 'draft restored');
  assert.equal(await form.isChecked(`${card('a-01')} [data-testid="contact-frequency"][value="3"]`), true);
  const [download] = await Promise.all([form.waitForEvent('download'), form.click('[data-testid="save-answer"]')]);
  assert.equal(
    download.suggestedFilename(),
    `svar-w-2026-${download.suggestedFilename().slice('svar-w-2026-'.length)}`
  );
  const path = await saveDownload(download);
  answer = { filename: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  const doc = JSON.parse(answer.text);
  assert.equal(doc.format, 'bosam-answer');
  assert.equal(doc.projectId, demo.id);
  assert.equal(doc.waveId, 'w-2026');
  assert.equal(doc.respondent, respondent);
  assert.deepEqual(doc.ties, [
    { to: 'a-01', frequency: 3, types: ['information', 'coordination'] },
    { to: 'a-02', frequency: 1, types: ['information'] }
  ]);
  assert.deepEqual(doc.assignments, [
    { functionId: 'f-kartlegging', targetGroupIds: ['tg-bostedslose'], role: 'performs' }
  ]);
  await form.waitForSelector('[data-testid="form-status"] .message-ok');
  await form.screenshot({ path: join(SHOTS, 'survey-form-saved.png') });
  await form.click('[data-testid="lang-en"]');
  // The page's language is set by an effect after the re-render: wait for it.
  await form.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 10000 });
  assert.equal(await form.getAttribute('[data-testid="lang-en"]', 'aria-pressed'), 'true');
  assert.deepEqual(await runAxe(form), [], 'axe in English');
  await form.close();
});

test('the form in nynorsk: the respondent chooses among bokmål, nynorsk and English; the words follow', async () => {
  await ensureForm(b.page);
  const form = await b.context.newPage();
  await form.goto(pathToFileURL(formPath).href);
  await form.waitForSelector('body[data-survey-ready="true"]');
  // One labelled group of three buttons, each named in its own language; bokmål is chosen at first.
  const group = form.locator('[data-testid="form-lang"]');
  assert.equal(await group.getAttribute('role'), 'group');
  assert.equal(await group.getAttribute('aria-label'), 'Språk');
  const buttons = group.locator('button');
  assert.deepEqual(await buttons.allTextContents(), ['Bokmål', 'Nynorsk', 'English']);
  assert.deepEqual(await buttons.evaluateAll((els) => els.map((e) => e.lang)), ['nb', 'nn', 'en']);
  const pressed = () => buttons.evaluateAll((els) => els.map((e) => e.getAttribute('aria-pressed')));
  assert.deepEqual(await pressed(), ['true', 'false', 'false']);

  // By keyboard: Tab to the nynorsk button, Enter.
  await form.focus('[data-testid="lang-nb"]');
  await form.keyboard.press('Tab');
  await form.keyboard.press('Enter');
  await form.waitForFunction(() => document.documentElement.lang === 'nn', null, { timeout: 10000 });
  assert.deepEqual(await pressed(), ['false', 'true', 'false']);
  const name = demo.actors.find((a) => a.id === respondent).name;
  assert.equal(await form.textContent('h1'), `Spørjeskjema for ${name}`);
  assert.equal(await form.title(), `Spørjeskjema for ${name}`);
  assert.equal(await form.textContent('#people-title'), '1. Kven utvekslar du informasjon med?');
  assert.equal(await group.getAttribute('aria-label'), 'Språk');

  // A chosen person: the kinds of contact and frequencies in nynorsk, and the message naming what is missing.
  // (A draft left by the tests before starts afresh.)
  await form.click('[data-testid="clear-draft"]');
  assert.equal(await form.textContent('[data-testid="form-status"]'), 'Utkastet er sletta.');
  await form.check('[data-testid="person-pick"][data-id="a-01"]');
  const card = '[data-testid="contact"][data-id="a-01"]';
  const choices = await form.locator(`${card} .pill`).allTextContents();
  for (const word of ['Sjeldnare enn månadleg', 'Vekentleg', 'Dagleg', 'Råd og rettleiing', 'Tilvising']) {
    assert.ok(
      choices.some((c) => c.trim() === word),
      `${word} in ${choices.join(' | ')}`
    );
  }
  await form.click('[data-testid="save-answer"]');
  await form.waitForSelector('[data-testid="form-errors"]');
  assert.match(await form.textContent('[data-testid="form-errors"]'), /Rett opp 1 ting før du lagrar:/);
  assert.match(await form.textContent('[data-testid="form-errors"]'), /Vel kor ofte du har kontakt med Kari Nilsen\./);
  assert.equal(
    await form.textContent('[data-testid="task"][data-id="f-kartlegging"] [data-testid="task-role"] option[value=""]'),
    'Ikkje mi oppgåve'
  );
  assert.deepEqual(await runAxe(form), [], 'axe in nynorsk, with an error shown');
  await form.screenshot({ path: join(SHOTS, 'survey-form-nn.png'), fullPage: true });

  // And back to bokmål.
  await form.click('[data-testid="lang-nb"]');
  await form.waitForFunction(() => document.documentElement.lang === 'nb', null, { timeout: 10000 });
  assert.equal(await form.textContent('#people-title'), '1. Hvem utveksler du informasjon med?');
  await form.close();
});

test('the answer is read into the app: marked as answered, ties shown, per-file report', async () => {
  const { page } = b;
  await ensureAnswer(page);
  await page.bringToFront();
  await openSurveyTab(page);
  await page.setInputFiles('[data-testid="answers-file"]', {
    name: answer.filename,
    mimeType: 'application/json',
    buffer: Buffer.from(answer.text)
  });
  await page.waitForSelector('[data-testid="answer-ok"]');
  await waitSaved(page);
  const row = await page.textContent('[data-testid="answer-report-row"]');
  assert.ok(row.includes(answer.filename) && row.includes(demo.actors.find((a) => a.id === respondent).name), row);
  assert.match(row, /2$/);
  const doc = await stored(page);
  assert.equal(doc.respondents.find((r) => r.waveId === 'w-2026' && r.actorId === respondent).responded, true);
  assert.deepEqual(
    doc.ties.filter((t) => t.waveId === 'w-2026' && t.from === respondent).map((t) => t.to),
    ['a-01', 'a-02']
  );
  assert.deepEqual(
    doc.reportedAssignments.filter((x) => x.actorId === respondent).map((x) => x.functionId),
    ['f-kartlegging']
  );
  assert.deepEqual(await runAxe(page), [], 'axe with the import report');
  await page.screenshot({ path: join(SHOTS, 'survey-app.png'), fullPage: true });
  // Respondents tab: answered, with two reported ties.
  await page.click('[data-testid="ties-tab-respondents"]');
  const r = `[data-testid="respondent-row"][data-id="${respondent}"]`;
  assert.equal(await page.isChecked(`${r} [data-testid="resp-answered"]`), true);
  assert.equal((await page.textContent(`${r} td.num`)).trim(), '2');
  const notAnswered = await page.textContent('[data-testid="not-answered"]');
  assert.ok(!notAnswered.includes(demo.actors.find((a) => a.id === respondent).name));
  // A waiting row says "Venter" in words, with no unexplained mark after the name (the matrix's ○ is "Bidrar").
  const waiting = '[data-testid="respondent-row"][data-status="waiting"]';
  assert.match(await page.textContent(`${waiting} td:nth-of-type(3)`), /Venter/);
  assert.equal(await page.$eval(`${waiting} th`, (th) => getComputedStyle(th, '::after').content), 'none');

  // The same answer file again: already read in, nothing changed (regression: "1 svar er lest inn." and no more).
  const stored1 = await stored(page);
  await page.click('[data-testid="ties-tab-survey"]');
  await page.setInputFiles('[data-testid="answers-file"]', {
    name: answer.filename,
    mimeType: 'application/json',
    buffer: Buffer.from(answer.text)
  });
  await page.waitForSelector('[data-testid="answer-ok"] [data-testid="warning-item"]');
  const report = () => page.textContent('[data-testid="answer-ok"]');
  assert.match(await report(), /Svaret ble ikke lest inn/);
  assert.match(await report(), /er alt lest inn\. Ingenting er endret\./);
  // The report follows the language (regression: it stayed in the language it was made in).
  await page.click('[data-testid="lang-nn"]');
  await page.waitForFunction(() =>
    /er alt lese inn\. Ingenting er endra\./.test(document.querySelector('[data-testid="answer-ok"]').textContent)
  );
  assert.match(await report(), /Svaret vart ikkje lese inn/);
  await page.screenshot({ path: '/tmp/answers-same-answer-nn.png' });
  await page.click('[data-testid="lang-nb"]');
  await page.waitForFunction(() =>
    /alt lest inn/.test(document.querySelector('[data-testid="answer-ok"]').textContent)
  );
  assert.deepEqual(await stored(page), stored1, 'nothing stored changed');
});

test('a batch with one file for another project is refused whole, naming the file', async () => {
  const { page } = b;
  await openSurveyTab(page);
  await page.click('[data-testid="ties-tab-survey"]');
  const before = await stored(page);
  const good = JSON.stringify({
    format: 'bosam-answer',
    schemaVersion: 1,
    projectId: demo.id,
    waveId: 'w-2026',
    respondent: 'a-03',
    ties: [{ to: 'a-01', frequency: 4 }]
  });
  const other = JSON.stringify({
    format: 'bosam-answer',
    schemaVersion: 1,
    projectId: 'nabokommunen',
    waveId: 'w-2026',
    respondent: 'a-04',
    ties: []
  });
  const gone = JSON.stringify({ ...JSON.parse(good), respondent: 'a-import-99', respondentName: 'Tove Tangen' });
  await page.setInputFiles('[data-testid="answers-file"]', [
    { name: 'svar-god.json', mimeType: 'application/json', buffer: Buffer.from(good) },
    { name: 'svar-fra-nabokommunen.json', mimeType: 'application/json', buffer: Buffer.from(other) },
    { name: 'svar-tove.json', mimeType: 'application/json', buffer: Buffer.from(gone) },
    { name: 'svar-odelagt.json', mimeType: 'application/json', buffer: Buffer.from(good.slice(0, 40)) }
  ]);
  await page.waitForSelector('[data-testid="answer-errors"]');
  const text = await page.textContent('[data-testid="answer-errors"]');
  assert.match(text, /svar-fra-nabokommunen\.json: \$\.projectId/);
  // In words a coordinator reads: the person by name, and a damaged file as damaged (regressions: "Ukjent person
  // «a-import-99»", "Filen er ikke gyldig JSON (linje 1, kolonne 41): …"); ids, JSON and places only in the details.
  const items = (
    await page.$$eval('[data-testid="answer-errors"] [data-testid="error-item"]', (els) =>
      els.map((el) => el.textContent)
    )
  ).join('\n');
  assert.match(items, /Svaret er fra Tove Tangen, som ikke finnes i prosjektet/);
  assert.match(items, /skadet eller ufullstendig, så den kan ikke leses\. Be personen sende den på nytt\./);
  assert.doesNotMatch(items, /a-import-99|JSON|kolonne/);
  assert.match(
    await page.textContent('[data-testid="answer-errors"] [data-testid="error-tech"]'),
    /linje 1, kolonne \d+/
  );
  await page.screenshot({ path: '/tmp/answers-refused.png' });
  assert.deepEqual(await stored(page), before, 'nothing stored changed');
  assert.deepEqual(await runAxe(page), [], 'axe with the refusal');
});

test('dropping an answer file on the window reads it in as an answer, not as a project', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-data"]');
  const text = JSON.stringify({
    format: 'bosam-answer',
    schemaVersion: 1,
    projectId: demo.id,
    waveId: 'w-2026',
    respondent: 'a-03',
    ties: [{ to: 'a-05', frequency: 2 }]
  });
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'svar-slipp.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForSelector('[data-testid="answer-ok"]');
  assert.equal(await page.getAttribute('main', 'data-view'), 'relations');
  await waitSaved(page);
  const doc = await stored(page);
  assert.deepEqual(
    doc.ties.filter((t) => t.waveId === 'w-2026' && t.from === 'a-03').map((t) => [t.to, t.frequency]),
    [['a-05', 2]]
  );
  assertClean(assert, b, 'app after the survey round trip');
});

test('the shared form says before the click whom it marks as asked; unticked it marks no one', async () => {
  const { page } = b;
  await openSurveyTab(page);
  await page.check('[data-testid="form-mode-shared"]');
  const before = (await stored(page)).respondents.filter((r) => r.waveId === 'w-2026').length;
  const fresh = demo.actors.length - before;
  const button = '[data-testid="form-shared"]';
  // Regression: "Last ned felles skjema" marked everyone as asked without a word, and the rate's base changed.
  assert.equal((await page.textContent(button)).trim(), `Last ned felles skjema og marker ${fresh} til som spurt`);
  assert.match(
    await page.textContent('[data-testid="form-shared-mark-hint"]'),
    new RegExp(`^${fresh} av dem er ikke markert`)
  );
  await page.screenshot({ path: '/tmp/answers-shared-form.png' });
  await page.uncheck('[data-testid="form-shared-mark"]');
  assert.equal((await page.textContent(button)).trim(), 'Last ned felles skjema');
  await Promise.all([page.waitForEvent('download'), page.click(button)]);
  await page.waitForSelector('[data-testid="notice"]:has-text("Ingen ble markert som spurt")');
  assert.equal((await stored(page)).respondents.filter((r) => r.waveId === 'w-2026').length, before);
  assert.deepEqual(await runAxe(page), [], 'axe with the shared-form choice');
});

test('a name with </script><script>alert(1)</script> stays text in the form', async () => {
  const { page } = b;
  const doc = await demoDoc();
  doc.id = 'xss-survey';
  doc.actors[0].name = EVIL;
  await importFile(page, 'xss.json', JSON.stringify(doc));
  await page.waitForSelector('[data-testid="import-ok"]');
  await openSurveyTab(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-testid="form-row"][data-id="${doc.actors[0].id}"] [data-testid="form-one"]`)
  ]);
  const path = await saveDownload(download, 'xss-form.html');
  const form = await b.context.newPage();
  await form.goto(pathToFileURL(path).href);
  await form.waitForSelector('body[data-survey-ready="true"]');
  assert.equal(await form.textContent('h1'), `Spørreskjema for ${EVIL}`);
  assert.equal(await form.evaluate(() => document.scripts.length), 2, 'no script element was injected');
  await form.close();
  assertClean(assert, b, 'no alert ran');
});

test('the form makes no network requests: its CSP blocks fetch and remote images', async () => {
  await ensureForm(b.page);
  const shared = join(dir, 'csp.html');
  await writeFile(shared, await readFile(formPath, 'utf8'));
  const fresh = await launch();
  try {
    const form = fresh.page;
    await form.goto(pathToFileURL(shared).href);
    await form.waitForSelector('body[data-survey-ready="true"]');
    assert.deepEqual(fresh.leakedRequests(), [], 'opening and rendering the form');
    await assertCspBlocksConnections(assert, form);
  } finally {
    await fresh.close();
  }
});
