// The coordinator's journey, from an empty project to the report and a colleague's copy, walked as a
// person would with the files a person has: a staff list from Excel, survey forms saved from the app and answered
// in the browser, answer files read back, the tasks people reported reviewed, findings, the report printed to
// PDF, the project exported and opened in a fresh browser profile. It asserts the numbers (4 answers of 12 is
// 33 %), not only that pages open. Each step is a test; they share one browser and run in order.
// Sequential on purpose: each step starts where the one before it ended, as the coordinator's work does, so
// these tests cannot run alone. It is the one exception to "every browser test can run alone"
// (CONTRIBUTING.md); tools/test browser --each skips this file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, copyFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  launch,
  openApp,
  openView,
  waitSaved,
  storedProjectDoc,
  runAxe,
  assertClean,
  importFile,
  downloadFile,
  storedWhen
} from './helpers.mjs';

const SHOTS = process.env.BOSAM_SHOTS || join(tmpdir(), 'bosam-journey-shots');
let b;
let dir;
const forms = new Map(); // person's name -> saved form path
const answers = []; // { name, buffer }
let exported; // { filename, text }

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bosam-journey-'));
  await import('node:fs/promises').then((fs) => fs.mkdir(SHOTS, { recursive: true }));
  b = await launch({ viewport: { width: 1366, height: 768 } });
  await openApp(b.page);
});
after(async () => {
  if (b) await b.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const shot = (page, name) => page.screenshot({ path: join(SHOTS, `journey-${name}.png`), fullPage: true });

// Twelve people in four units; Eiendom KF is not registered yet and is created by the import.
const STAFF = [
  ['Kari Nilsen', 'NAV-kontoret', 'Veileder', '100 %'],
  ['Ola Hansen', 'NAV-kontoret', 'Rådgiver', '50 %'],
  ['Jonas Lie', 'NAV-kontoret', 'Sosionom', '0,8'],
  ['Ingrid Berg', 'Boligkontoret', 'Saksbehandler', '100'],
  ['Per Olsen', 'Boligkontoret', 'Leder', '1'],
  ['Hanne Vik', 'Boligkontoret', 'Boveileder', '80 %'],
  ['Aisha Khan', 'Helse og omsorg', 'Tildeler', '60%'],
  ['Lars Moe', 'Helse og omsorg', 'Sykepleier', ''],
  ['Marit Dahl', 'Helse og omsorg', 'Miljøterapeut', '40 %'],
  ['Sara Nilsen', 'Eiendom KF', 'Forvalter', '100 %'],
  ['Tor Bakke', 'Eiendom KF', 'Tekniker', '100 %'],
  ['Emil Strand', 'Eiendom KF', 'Tekniker', '30 %']
];

test('1. an empty project is calm: one piece of guidance, nothing critical', async () => {
  const { page } = b;
  await page.click('[data-testid="new-project"]');
  await page.fill('[data-testid="dialog-input"]', 'Fjordvik kommune');
  await page.keyboard.press('Enter');
  await waitSaved(page);
  await openView(page, 'findings');
  assert.equal(await page.locator('[data-testid="finding"][data-severity="critical"]').count(), 0);
  assert.equal(await page.locator('[data-testid="finding"]').count(), 1);
  assert.match(await page.textContent('[data-testid="findings-view"]'), /Ansvarskartet er ikke fylt ut ennå/);
});

test('2. Organisasjon: three units by hand, then the staff list from Excel (CSV) creates the fourth', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-organisation"]');
  for (const name of ['NAV-kontoret', 'Boligkontoret', 'Helse og omsorg']) {
    await page.click('[data-testid="add-unit"]');
    await page.fill('[data-testid="unit-name"]', name);
    await page.click('[data-testid="form-save"]');
    await page.waitForSelector('[data-testid="unit-dialog"]', { state: 'detached' });
  }
  await storedWhen(page, (d) => d.units.length === 3);
  const csv =
    '\ufeff' +
    [['Navn', 'Enhet', 'Stilling', 'Stillingsprosent'], ...STAFF].map((r) => r.join(';')).join('\r\n') +
    '\r\n';
  await page.setInputFiles('[data-testid="people-file"]', {
    name: 'ansatte.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv)
  });
  await page.waitForSelector('[data-testid="people-preview"]');
  await page.click('[data-testid="people-run"]');
  await page.waitForSelector('dialog[open] [data-testid="dialog-create"]');
  assert.match(await page.textContent('dialog[open]'), /«Eiendom KF»/);
  await page.click('[data-testid="dialog-create"]');
  await page.waitForSelector('[data-testid="people-import-report"]');
  assert.match(
    await page.textContent('[data-testid="people-import-report"]'),
    /12 personer lagt til, 0 oppdatert og 1 enhet opprettet/
  );
  const doc = await storedWhen(page, (d) => d.actors.length === 12);
  assert.equal(doc.units.length, 4);
  assert.equal(doc.actors.find((a) => a.name === 'Ola Hansen').fte, 0.5);
  await shot(page, 'organisation');
});

/** Oppgaver: give `person` in `unit` the `role` on function `fn` through the cell editor. */
async function assign(page, fn, unitName, person, role, { authority = false } = {}) {
  const doc = await storedProjectDoc(page);
  const unit = doc.units.find((u) => u.name === unitName);
  const actor = doc.actors.find((a) => a.name === person);
  await page.click(`[data-testid="matrix-cell"][data-fn="${fn}"][data-unit="${unit.id}"]`);
  await page.waitForSelector('[data-testid="cell-dialog"][open]');
  // An empty cell opens with one row ready to fill in.
  if ((await page.locator('[data-testid="assignment-row"]').count()) === 0)
    await page.click('[data-testid="assignment-add"]');
  const row = page.locator('[data-testid="assignment-row"]').last();
  await row.locator('[data-testid="assignment-actor"]').selectOption(actor.id);
  await row.locator(`[data-testid="assignment-role-${role}"]`).check();
  if (authority) await row.locator('[data-testid="assignment-authority"]').check();
  await page.click('[data-testid="cell-dialog"] [data-testid="form-save"]');
  await page.waitForSelector('[data-testid="cell-dialog"]', { state: 'detached' });
}

test('3. Oppgaver: the responsibility map gets its first functions', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-tasks"]');
  await assign(page, 'f-startlan', 'NAV-kontoret', 'Kari Nilsen', 'responsible', { authority: true });
  await assign(page, 'f-tildeling', 'Boligkontoret', 'Ingrid Berg', 'performs', { authority: true });
  await assign(page, 'f-bo-oppfolging', 'Helse og omsorg', 'Aisha Khan', 'performs');
  const doc = await storedWhen(page, (d) => d.assignments.length === 3);
  assert.deepEqual(doc.assignments.map((a) => [a.functionId, a.role, a.decisionAuthority]).sort(), [
    ['f-bo-oppfolging', 'performs', false],
    ['f-startlan', 'responsible', true],
    ['f-tildeling', 'performs', true]
  ]);
  await shot(page, 'tasks');
});

test('4. Kontakter: a round, and a form for each of the 12 (each made form marks the person as asked)', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-relations"]');
  await page.click('[data-testid="add-wave"]');
  await page.fill('[data-testid="wave-label"]', 'Kartlegging høsten 2026');
  await page.fill('[data-testid="wave-date"]', '2026-11-02');
  await page.click('[data-testid="wave-dialog"] [data-testid="form-save"]');
  await page.waitForSelector('[data-testid="wave-dialog"]', { state: 'detached' });
  await page.click('[data-testid="ties-tab-survey"]');
  await page.waitForSelector('[data-testid="forms-table"]');
  assert.match(await page.textContent('[data-testid="form-all"]'), /Last ned skjema for alle 12/);
  const downloads = [];
  const collect = (d) => downloads.push(d);
  page.on('download', collect);
  // Without "Marker alle som spurt": the forms themselves are what "asked" means (the bug: 100 % for 4 of 12).
  await page.click('[data-testid="form-all"]');
  for (let i = 0; i < 200 && downloads.length < 12; i += 1) await page.waitForTimeout(100);
  page.off('download', collect);
  assert.equal(downloads.length, 12);
  const doc = await storedProjectDoc(page);
  for (const d of downloads) {
    const path = join(dir, d.suggestedFilename());
    await copyFile(await d.path(), path);
    const payload = JSON.parse(
      /<script type="application\/json" id="bosam-survey-data">([\s\S]*?)<\/script>/.exec(
        await readFile(path, 'utf8')
      )[1]
    );
    forms.set(doc.actors.find((a) => a.id === payload.respondent.id).name, path);
  }
  const after = await storedWhen(page, (d) => (d.respondents || []).length === 12);
  assert.ok(after.respondents.every((r) => r.responded === false));
  await shot(page, 'forms');
});

/** Answer one form in the browser the way the respondent would: contacts with frequency, maybe a task. */
async function answer(name, contacts, task = null) {
  const form = await b.context.newPage();
  await form.goto(pathToFileURL(forms.get(name)).href);
  await form.waitForSelector('body[data-survey-ready="true"]');
  const doc = await storedProjectDoc(b.page);
  const id = (n) => doc.actors.find((a) => a.name === n).id;
  for (const [other, frequency] of contacts) {
    await form.check(`[data-testid="person-pick"][data-id="${id(other)}"]`);
    await form.check(
      `[data-testid="contact"][data-id="${id(other)}"] [data-testid="contact-frequency"][value="${frequency}"]`
    );
  }
  if (task) await form.selectOption(`[data-testid="task"][data-id="${task.fn}"] [data-testid="task-role"]`, task.role);
  const [download] = await Promise.all([form.waitForEvent('download'), form.click('[data-testid="save-answer"]')]);
  answers.push({ name: download.suggestedFilename(), buffer: await readFile(await download.path()) });
  await form.close();
}

test('5. four of the twelve answer in their forms; one says she is responsible for coordination', async () => {
  await answer('Kari Nilsen', [
    ['Ingrid Berg', 3],
    ['Aisha Khan', 2]
  ]);
  await answer('Ingrid Berg', [
    ['Kari Nilsen', 3],
    ['Per Olsen', 4]
  ]);
  await answer(
    'Aisha Khan',
    [
      ['Kari Nilsen', 2],
      ['Lars Moe', 3]
    ],
    { fn: 'f-koordinering', role: 'responsible' }
  );
  // Sara names three colleagues who do not answer: everything about her rests on them.
  await answer('Sara Nilsen', [
    ['Tor Bakke', 4],
    ['Emil Strand', 4],
    ['Hanne Vik', 1]
  ]);
  assert.equal(answers.length, 4);
});

test('6. the answers read back: 4 of 12 answered, 33 %; the 8 others can be reminded', async () => {
  const { page } = b;
  await page.setInputFiles(
    '[data-testid="answers-file"]',
    answers.map((a) => ({ name: a.name, mimeType: 'application/json', buffer: a.buffer }))
  );
  await page.waitForSelector('[data-testid="answer-ok"]');
  await storedWhen(page, (d) => d.respondents.filter((r) => r.responded).length === 4);
  assert.match(await page.textContent('[data-testid="form-all"]'), /Last ned skjema for de 8 som ikke har svart/);
  assert.equal(await page.locator('[data-testid="form-row"][data-status="waiting"]').count(), 8);
  await page.click('[data-testid="ties-tab-respondents"]');
  // The figures are the core's: wait for its analysis of the merged document.
  await page.waitForSelector('[data-testid="wave-answered"]:text-is("4")');
  assert.equal(await page.textContent('[data-testid="wave-asked"]'), '12');
  assert.match(await page.textContent('[data-testid="wave-rate-value"]'), /^33\s%$/);
  await shot(page, 'answers');
});

test('7. Oppgaver: the task Aisha reported is shown, named in the finding, and accepted as one undo step', async () => {
  const { page } = b;
  await openView(page, 'findings');
  const coordination = page.locator('[data-testid="finding"]', { hasText: 'Boligsosial koordinering' }).first();
  assert.match(
    await coordination.textContent(),
    /Aisha Khan oppga i spørreskjemaet at vedkommende har ansvaret for funksjonen/
  );
  assert.equal(await coordination.getAttribute('data-severity'), 'warning', 'someone says she holds it: not critical');
  await page.click('[data-testid="nav-tasks"]');
  await page.waitForSelector('[data-testid="reported-section"]');
  const row = page.locator('[data-testid="reported-row"][data-fn="f-koordinering"]');
  assert.match(await row.textContent(), /Ansvarlig/);
  assert.deepEqual(await runAxe(page), [], 'axe on Oppgaver with reported tasks');
  await shot(page, 'reported');
  await row.locator('[data-testid="reported-accept"]').click();
  const doc = await storedWhen(page, (d) => d.assignments.some((a) => a.functionId === 'f-koordinering'));
  const aisha = doc.actors.find((a) => a.name === 'Aisha Khan');
  assert.deepEqual(
    doc.assignments.find((a) => a.functionId === 'f-koordinering'),
    {
      unitId: aisha.unitId,
      actorId: aisha.id,
      functionId: 'f-koordinering',
      targetGroupIds: [],
      role: 'responsible',
      decisionAuthority: false
    }
  );
  assert.match(await page.textContent('[data-testid="reported-section"]'), /Alle oppgitte oppgaver er vurdert/);
});

test('8. Analyse and Funn: one response rate (33 %), no "high response" praise, and a finding resting on non-respondents says so', async () => {
  const { page } = b;
  await openView(page, 'analysis');
  assert.match(await page.textContent('[data-testid="analysis-view"]'), /33\s%/);
  await openView(page, 'findings');
  const text = await page.textContent('[data-testid="findings-view"]');
  assert.ok(!/Høy svarprosent/.test(text), 'no strength about a response that is not high');
  assert.match(text, /For få har svart/);
  assert.match(text, /4 av 12 har svart \(33\s%\)/);
  const sara = page.locator('[data-testid="finding"]', { hasText: 'Mye av kontakten går gjennom Sara Nilsen' });
  assert.equal(await sara.count(), 1);
  assert.match(
    await sara.textContent(),
    /Ingen av de 2 dette bygger på, har svart i kartleggingsrunden, så bildet kan være ufullstendig/
  );
  assert.ok(!/Ingen har «Boligsosial koordinering»/.test(text), 'accepted, so covered');
  await shot(page, 'findings');
});

test('9. the report prints as the kunnskapsgrunnlag: Ansvarskart, partners, response, page numbers', async () => {
  const { page } = b;
  await openView(page, 'report');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const pdfPath = join(dir, 'rapport.pdf');
  await writeFile(pdfPath, pdf);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  await writeFile(join(SHOTS, 'journey-report.txt'), text);
  assert.match(text, /Ansvarskart/);
  assert.match(text, /Side 1 av \d+/);
  assert.match(text, /33\s%/);
  assert.match(text, /Startlån/);
  assert.match(text, /Ansvarlig/);
  assert.ok(!/Høy svarprosent/.test(text));
});

test('10. exported, then opened in a fresh browser profile: the same project and the same 33 %', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-data"]');
  exported = await downloadFile(page, '[data-testid="export-json"]');
  const doc = JSON.parse(exported.text);
  await writeFile(join(SHOTS, 'journey-project.json'), exported.text);
  assert.equal(doc.municipality.name, 'Fjordvik kommune');
  const colleague = await launch({ viewport: { width: 1366, height: 768 } });
  try {
    await openApp(colleague.page);
    await importFile(colleague.page, exported.filename, exported.text);
    await colleague.page.waitForSelector('[data-testid="import-ok"]');
    await colleague.page.click('[data-testid="nav-relations"]');
    await colleague.page.waitForSelector('[data-testid="wave-stats"][data-ready="true"]');
    assert.match(await colleague.page.textContent('[data-testid="wave-rate-value"]'), /^33\s%$/);
    assert.deepEqual(await storedProjectDoc(colleague.page), doc);
    assertClean(assert, colleague);
  } finally {
    await colleague.close();
  }
  assertClean(assert, b);
});
