// Survey forms: what goes into a form (only what the respondent needs), that the payload
// stays data inside the HTML whatever the names contain, the form's own logic (validation,
// draft, the bosam-answer file) and the app's all-or-nothing import of answer files.
import { formRecipients } from '../../www/src/views/relations-survey.js';
import { test, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  jsonForScript,
  surveyPayload,
  fillSurveyForm,
  surveyFormFilename,
  looksLikeAnswer,
  PAYLOAD_MARKER,
  decodeBase64Utf8
} from '../../www/src/lib/survey-form.js';
import {
  readPayload,
  cleanDraft,
  toggleContact,
  updateContact,
  setTask,
  validateAnswer,
  buildAnswer,
  answerFilename,
  groupPeople,
  draftKey,
  emptyAnswer
} from '../../www/survey/model.js';
import { TEXTS, FORM_LANGS, translate } from '../../www/survey/texts.js';
import { SURVEY_PAYLOAD_MARKER } from '../../tools/bundle.mjs';
import { makeApp } from './fixtures/harness.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORE_JS = resolve(ROOT, 'build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);
const EVIL = '</script><script>alert(1)</script>';

function demo() {
  return JSON.parse(readFileSync(resolve(ROOT, 'data/demo/eksempel-kommune.json'), 'utf8'));
}

/** The text of the one <script type="application/json" id="bosam-survey-data"> element, as an HTML parser sees it. */
function dataElement(html) {
  const open = '<script type="application/json" id="bosam-survey-data">';
  const start = html.indexOf(open);
  assert.ok(start >= 0, 'data element present');
  const from = start + open.length;
  // In script data the element ends at the first "</script" (any case); nothing before it may open a comment.
  const end = html.toLowerCase().indexOf('</script', from);
  return html.slice(from, end);
}

test('jsonForScript: no "<", ">" or "&" survives, and JSON.parse gives the same value back', () => {
  const value = { a: EVIL, b: '<!-- x --> & \u2028\u2029', c: [1, 'ø'] };
  const text = jsonForScript(value);
  assert.ok(!/[<>&\u2028\u2029]/.test(text), text);
  assert.deepEqual(JSON.parse(text), value);
});

test('the marker in the app and in the bundler agree', () => {
  assert.equal(PAYLOAD_MARKER, SURVEY_PAYLOAD_MARKER);
});

test('fillSurveyForm: a name with </script><script>alert(1)</script> stays text inside the data element', () => {
  const doc = demo();
  doc.actors[0].name = EVIL;
  doc.units[0].name = 'A & B <b>fet</b> $& $1';
  const template = `<html><body><div id="survey"></div><script type="application/json" id="bosam-survey-data">${PAYLOAD_MARKER}</script><script>app()</script></body></html>`;
  const html = fillSurveyForm(template, surveyPayload(doc, 'w-2026', { respondentId: doc.actors[0].id }));
  assert.equal((html.match(/<script/gi) || []).length, 2, 'no new script element');
  assert.equal((html.match(/<\/script/gi) || []).length, 2, 'no early end of the data element');
  const payload = JSON.parse(dataElement(html));
  assert.equal(payload.respondent.name, EVIL);
  assert.equal(payload.people[0].name, EVIL);
  assert.equal(payload.units[0].name, 'A & B <b>fet</b> $& $1', '$& is kept literally');
  assert.ok(html.endsWith('<script>app()</script></body></html>'));
});

test('fillSurveyForm refuses a template without exactly one marker', () => {
  assert.throws(() => fillSurveyForm('<html></html>', {}), /exactly once \(found 0\)/);
  assert.throws(() => fillSurveyForm(PAYLOAD_MARKER + PAYLOAD_MARKER, {}), /found 2/);
});

test('surveyPayload carries only what the respondent needs', () => {
  const doc = demo();
  doc.actors[0].note = 'hemmelig notat';
  const p = surveyPayload(doc, 'w-2026', { respondentId: 'a-01' });
  assert.deepEqual(
    Object.keys(p).sort(),
    [
      'format',
      'functions',
      'lang',
      'municipality',
      'people',
      'projectId',
      'respondent',
      'respondents',
      'schemaVersion',
      'targetGroups',
      'units',
      'wave'
    ].sort()
  );
  assert.equal(p.projectId, doc.id);
  assert.equal(p.lang, 'nb'); // the demo's målform
  assert.deepEqual(p.wave, { id: 'w-2026', label: 'Ny kartlegging våren 2026' });
  assert.deepEqual(p.respondent, { id: 'a-01', name: 'Kari Nilsen' });
  assert.deepEqual(p.respondents, []);
  assert.equal(p.people.length, doc.actors.length);
  for (const person of p.people) assert.deepEqual(Object.keys(person), ['id', 'name', 'unitId']);
  for (const u of p.units) assert.deepEqual(Object.keys(u), ['id', 'name', 'external']);
  for (const f of p.functions) assert.deepEqual(Object.keys(f), ['id', 'name']);
  const text = JSON.stringify(p);
  assert.ok(!text.includes('hemmelig'), 'no notes');
  for (const a of doc.assessments || []) assert.ok(!text.includes(a.text), 'no assessments');
  assert.ok(!/"ties"|"frequency"|"assignments"|"respondents":\[\{/.test(text), 'no ties or assignments of others');
  const shared = surveyPayload(doc, 'w-2026', { respondentIds: ['a-02', 'a-01', 'nobody'] });
  assert.equal(shared.respondent, null);
  assert.deepEqual(
    shared.respondents.map((x) => x.id),
    ['a-02', 'a-01']
  );
  assert.throws(() => surveyPayload(doc, 'w-none', { respondentId: 'a-01' }), /unknown wave/);
  assert.throws(() => surveyPayload(doc, 'w-2026', { respondentId: 'a-none' }), /unknown respondent/);
});

test('file names and answer sniffing', () => {
  assert.equal(surveyFormFilename('w-2026', 'Kari Nilsen'), 'skjema-w-2026-kari-nilsen.html');
  assert.equal(surveyFormFilename('w-2026'), 'skjema-w-2026-felles.html');
  assert.equal(answerFilename('w-2026', 'Bjørn Ås'), 'svar-w-2026-bjorn-as.json');
  assert.equal(looksLikeAnswer('{"format": "bosam-answer", "x": 1}'), true);
  assert.equal(looksLikeAnswer('{"format":"bosam-project"}'), false);
  assert.equal(looksLikeAnswer('not json'), false);
  assert.equal(decodeBase64Utf8(Buffer.from('Bø </script>', 'utf8').toString('base64')), 'Bø </script>');
});

describe('the form model', () => {
  const doc = demo();
  const payload = surveyPayload(doc, 'w-2026', { respondentId: 'a-01' });
  const nameOf = (id) => payload.people.find((p) => p.id === id).name;

  it('readPayload accepts the app payload and refuses anything else', () => {
    assert.deepEqual(readPayload(jsonForScript(payload)), payload);
    assert.equal(readPayload(PAYLOAD_MARKER), null, 'an unfilled template');
    assert.equal(readPayload('{'), null);
    assert.equal(
      readPayload(JSON.stringify({ ...payload, respondent: null, respondents: [] })),
      null,
      'nobody to answer as'
    );
  });

  it('a chosen person needs a frequency and a kind of contact; a shared form needs a name', () => {
    let a = toggleContact(emptyAnswer(), 'a-02', true);
    a = toggleContact(a, 'a-03', true);
    a = updateContact(a, 'a-03', { frequency: 3, types: [] });
    const errors = validateAnswer(a, 'a-01', nameOf);
    assert.deepEqual(
      errors.map((e) => [e.field, e.key]),
      [
        ['freq-a-02', 'save.noFrequency'],
        ['types-a-03', 'save.noType']
      ]
    );
    assert.equal(
      translate('nb', errors[0].key, errors[0].params),
      `Velg hvor ofte du har kontakt med ${nameOf('a-02')}.`
    );
    assert.deepEqual(
      validateAnswer(emptyAnswer(), '', nameOf).map((e) => e.field),
      ['who']
    );
    assert.deepEqual(validateAnswer(emptyAnswer(), 'a-01', nameOf), [], 'no contacts is a valid answer');
  });

  it('buildAnswer writes the bosam-answer file of docs/answer-file.md, in a stable order', () => {
    let a = toggleContact(emptyAnswer(), 'a-05', true);
    a = updateContact(a, 'a-05', { frequency: 4, types: ['referral', 'information'] });
    a = setTask(a, 'f-kartlegging', { role: 'performs', groups: ['tg-bostedslose', 'tg-vanskeligstilte'] });
    a = setTask(a, 'f-planlegging', { role: 'responsible', groups: [] });
    a = setTask(a, 'f-planlegging', null);
    const answer = buildAnswer(payload, 'a-01', a, new Date(Date.UTC(2026, 3, 21, 8, 30, 0, 123)));
    assert.deepEqual(answer, {
      format: 'bosam-answer',
      schemaVersion: 1,
      projectId: doc.id,
      waveId: 'w-2026',
      respondent: 'a-01',
      respondentName: 'Kari Nilsen',
      municipality: 'Eksempel kommune',
      waveLabel: payload.wave.label,
      ties: [{ to: 'a-05', frequency: 4, types: ['information', 'referral'] }],
      assignments: [
        { functionId: 'f-kartlegging', targetGroupIds: ['tg-vanskeligstilte', 'tg-bostedslose'], role: 'performs' }
      ],
      submittedAt: '2026-04-21T08:30:00Z'
    });
  });

  it('a draft is cleaned of unknown people, the respondent, bad values and unknown functions', () => {
    const raw = {
      contacts: [
        { id: 'a-02', frequency: 9, types: ['advice', 'gossip'] },
        { id: 'a-01', frequency: 1, types: [] },
        { id: 'ghost' },
        { id: 'a-02' }
      ],
      tasks: {
        'f-kartlegging': { role: 'performs', groups: ['tg-bostedslose', 'tg-x'] },
        'f-x': { role: 'performs' },
        'f-planlegging': { role: 'boss' }
      }
    };
    assert.deepEqual(cleanDraft(raw, payload, 'a-01'), {
      contacts: [{ id: 'a-02', frequency: 0, types: ['advice'] }],
      tasks: { 'f-kartlegging': { role: 'performs', groups: ['tg-bostedslose'] } }
    });
    assert.deepEqual(cleanDraft('junk', payload, 'a-01'), emptyAnswer());
    assert.equal(draftKey(payload, 'a-01'), `bosam-survey-draft:${doc.id}:w-2026:a-01`);
  });

  it('people are grouped by unit, without the respondent, and the search matches name or unit', () => {
    const groups = groupPeople(payload, '', 'a-01', 'nb');
    const ids = groups.flatMap((g) => g.people.map((p) => p.id));
    assert.equal(ids.length, doc.actors.length - 1);
    assert.ok(!ids.includes('a-01'));
    const externals = groups.map((g) => g.unit.external);
    assert.deepEqual(
      externals,
      [...externals].sort((x, y) => Number(x) - Number(y)),
      'municipal units first'
    );
    const hits = groupPeople(payload, 'boligkontoret', 'a-01', 'nb');
    assert.deepEqual(
      hits.map((g) => g.unit.id),
      ['u-bolig']
    );
  });

  it('nb, nn and en texts have the same keys, plural shapes and placeholders', () => {
    const ph = (v) =>
      [
        ...new Set(
          (typeof v === 'string' ? [v] : Object.values(v)).flatMap((s) =>
            [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
          )
        )
      ].sort();
    assert.deepEqual(Object.keys(TEXTS).sort(), [...FORM_LANGS].sort());
    assert.deepEqual(FORM_LANGS, ['nb', 'nn', 'en']);
    for (const lang of ['nn', 'en']) {
      assert.deepEqual(Object.keys(TEXTS[lang]).sort(), Object.keys(TEXTS.nb).sort(), `${lang}: the same keys as nb`);
      for (const key of Object.keys(TEXTS.nb)) {
        assert.equal(typeof TEXTS[lang][key], typeof TEXTS.nb[key], `${lang}: ${key}`);
        if (typeof TEXTS.nb[key] === 'object') {
          assert.deepEqual(Object.keys(TEXTS[lang][key]).sort(), ['one', 'other'], `${lang}: ${key}`);
        }
        assert.deepEqual(ph(TEXTS[lang][key]), ph(TEXTS.nb[key]), `${lang}: ${key}`);
      }
    }
    // Each language is named in its own words, whichever language the form is in.
    for (const lang of FORM_LANGS) {
      assert.deepEqual(
        FORM_LANGS.map((code) => TEXTS[lang][`lang.${code}`]),
        ['Bokmål', 'Nynorsk', 'English']
      );
    }
    assert.equal(translate('nn', 'chosen.count', { count: 2 }), 'Du har valt 2 personar.');
    assert.equal(translate('en', 'chosen.count', { count: 1 }), 'You have chosen 1 person.');
  });
});

/** A wave's figures as the app shows them: the core's analysis.overview.waves (one rate everywhere). */
const summaryOf = async (h, waveId) => {
  const env = await h.app.ctx.deps.core.analyze(h.state().current.doc, { lang: 'nb' });
  const w = env.result.overview.waves.find((x) => x.id === waveId);
  return { ...w, rate: w.responseRate };
};

const answerFile = (doc, respondent, ties, extra = {}) => ({
  name: `svar-${respondent}.json`,
  async text() {
    return JSON.stringify({
      format: 'bosam-answer',
      schemaVersion: 1,
      projectId: doc.id,
      waveId: 'w-2026',
      respondent,
      ties,
      ...extra
    });
  }
});

describe(
  'importing answer files in the app (WASM core)',
  { skip: !existsSync(CORE_JS) && 'build/wasm/bosam-core.js is not built' },
  () => {
    const setup = async () => {
      const h = await makeApp({ instance: await require(CORE_JS)() });
      await h.actions.loadDemo();
      return h;
    };

    it('merges a batch, marks respondents answered, reports per file, and is one undo step', async () => {
      const h = await setup();
      const before = h.state().current.doc;
      const waiting = before.respondents.find((r) => r.waveId === 'w-2026' && !r.responded).actorId;
      const files = [
        answerFile(before, waiting, [
          { to: 'a-01', frequency: 3, types: ['information'] },
          { to: 'a-02', frequency: 1 }
        ]),
        answerFile(before, 'a-01', [])
      ];
      const merged = await h.actions.importAnswerFiles(files);
      assert.ok(merged);
      const doc = h.state().current.doc;
      assert.equal(doc.respondents.find((r) => r.waveId === 'w-2026' && r.actorId === waiting).responded, true);
      assert.deepEqual(
        doc.ties.filter((t) => t.waveId === 'w-2026' && t.from === waiting).map((t) => [t.to, t.frequency]),
        [
          ['a-01', 3],
          ['a-02', 1]
        ]
      );
      assert.equal(
        doc.ties.filter((t) => t.waveId === 'w-2026' && t.from === 'a-01').length,
        0,
        'an answer replaces earlier ties'
      );
      const report = h.state().answerReport;
      assert.equal(report.status, 'ok');
      assert.deepEqual(
        report.rows.map((r) => [r.file, r.respondent, r.ties]).sort(),
        [
          [`svar-${waiting}.json`, waiting, 2],
          ['svar-a-01.json', 'a-01', 0]
        ].sort()
      );
      assert.equal(h.state().history.canUndo, true);
      await h.actions.undo();
      assert.deepEqual(h.state().current.doc, before);
    });

    it('refuses the whole batch when one file is for another project, naming the file and the place', async () => {
      const h = await setup();
      const before = h.state().current.doc;
      const good = answerFile(before, 'a-03', [{ to: 'a-01', frequency: 2 }]);
      const bad = answerFile({ id: 'another-project' }, 'a-04', []);
      bad.name = 'fra-nabokommunen.json';
      assert.equal(await h.actions.importAnswerFiles([good, bad]), null);
      assert.deepEqual(h.state().current.doc, before, 'nothing changed');
      assert.equal(h.state().history.canUndo, false);
      const report = h.state().answerReport;
      assert.equal(report.status, 'failed');
      assert.ok(
        report.errors.some((e) => e.path === 'fra-nabokommunen.json: $.projectId' && e.code === 'wrong-project'),
        JSON.stringify(report.errors)
      );
    });

    it('without an open project nothing is read and the notice says why', async () => {
      const h = await makeApp({ instance: await require(CORE_JS)() });
      assert.equal(await h.actions.importAnswerFiles([answerFile({ id: 'x' }, 'a-01', [])]), null);
      assert.equal(h.state().notice.key, 'survey.needProject');
      assert.equal(h.state().notice.tone, 'error');
    });

    it('makes one form per respondent and a shared form through the download', async () => {
      const h = await setup();
      const template = `<script type="application/json" id="bosam-survey-data">${PAYLOAD_MARKER}</script>`;
      h.app.ctx.deps.surveyTemplate = () => template;
      h.app.ctx.deps.sleep = async () => {};
      const names = await h.actions.downloadSurveyForms('w-2026', ['a-01', 'a-02']);
      assert.deepEqual(names, ['skjema-w-2026-kari-nilsen.html', 'skjema-w-2026-ahmed-hassan.html']);
      assert.equal(h.downloads.length, 2);
      assert.equal(h.downloads[0].mime, 'text/html');
      assert.equal(JSON.parse(dataElement(h.downloads[1].text)).respondent.id, 'a-02');
      await h.actions.downloadSharedSurveyForm('w-2026', ['a-01', 'a-02']);
      const shared = JSON.parse(dataElement(h.downloads[2].text));
      assert.equal(h.downloads[2].filename, 'skjema-w-2026-felles.html');
      assert.deepEqual(
        shared.respondents.map((p) => p.id),
        ['a-01', 'a-02']
      );
    });
  }
);

describe(
  'the survey lifecycle from an empty project (WASM core)',
  { skip: !existsSync(CORE_JS) && 'build/wasm/bosam-core.js is not built' },
  () => {
    // Regression: forms for all 12 without "mark all as asked", 4 answers read back, showed
    // "Spurt 4 · Har svart 4 · Svarprosent 100 %", and the form list then offered forms only for those 4.
    it('forms for 12 mark 12 as asked; 4 answers read back give 4 of 12 (33 %), and the 8 others stay on the list', async () => {
      const h = await makeApp({ instance: await require(CORE_JS)(), answers: ['Testkommune'] });
      await h.actions.createProject();
      h.app.ctx.deps.surveyTemplate = () =>
        `<script type="application/json" id="bosam-survey-data">${PAYLOAD_MARKER}</script>`;
      h.app.ctx.deps.sleep = async () => {};
      await h.actions.updateCurrent((d) => {
        d.units = [
          { id: 'u-1', name: 'Boligkontoret' },
          { id: 'u-2', name: 'NAV' }
        ];
        d.actors = Array.from({ length: 12 }, (_, i) => ({
          id: `a-${i + 1}`,
          name: `Person ${i + 1}`,
          unitId: i < 6 ? 'u-1' : 'u-2'
        }));
        d.waves = [{ id: 'w-1', label: 'Runde 1', date: '2026-11-01' }];
      });
      const ids = h.state().current.doc.actors.map((a) => a.id);
      assert.equal((await h.actions.downloadSurveyForms('w-1', ids)).length, 12);
      assert.equal((await summaryOf(h, 'w-1')).asked, 12, 'every form handed out is a person asked');
      assert.equal(h.state().history.undoLabel.key, 'survey.historyAsked');
      const doc = h.state().current.doc;
      const answer = (who, to) => ({
        name: `svar-${who}.json`,
        async text() {
          return JSON.stringify({
            format: 'bosam-answer',
            schemaVersion: 1,
            projectId: doc.id,
            waveId: 'w-1',
            respondent: who,
            ties: to.map((x) => ({ to: x, frequency: 3, types: ['information'] }))
          });
        }
      });
      const merged = await h.actions.importAnswerFiles([
        answer('a-1', ['a-2']),
        answer('a-2', ['a-1']),
        answer('a-3', ['a-1']),
        answer('a-7', ['a-8'])
      ]);
      assert.ok(merged, JSON.stringify(h.state().answerReport));
      const s = await summaryOf(h, 'w-1');
      assert.deepEqual([s.asked, s.responded], [12, 4]);
      assert.equal(Math.round(s.rate * 100), 33);
      const env = await h.app.ctx.deps.core.analyze(h.state().current.doc, { waveId: 'w-1', lang: 'nb' });
      assert.deepEqual([env.result.network.asked, env.result.network.responded], [12, 4], 'the core counts the same');
      assert.ok(
        !env.result.assessmentDrafts.some((d) => d.id === 'draft:strength:response-rate'),
        'no "high response" strength'
      );
      const { waiting } = formRecipients(h.state().current.doc, 'w-1');
      assert.deepEqual(
        waiting.map((a) => a.id),
        ['a-4', 'a-5', 'a-6', 'a-8', 'a-9', 'a-10', 'a-11', 'a-12']
      );
    });

    it('a person whose form was made again is not listed twice, and one form marks one person', async () => {
      const h = await makeApp({ instance: await require(CORE_JS)(), answers: ['Testkommune'] });
      await h.actions.createProject();
      h.app.ctx.deps.surveyTemplate = () =>
        `<script type="application/json" id="bosam-survey-data">${PAYLOAD_MARKER}</script>`;
      await h.actions.updateCurrent((d) => {
        d.units = [{ id: 'u-1', name: 'Boligkontoret' }];
        d.actors = [
          { id: 'a-1', name: 'Kari', unitId: 'u-1' },
          { id: 'a-2', name: 'Per', unitId: 'u-1' }
        ];
        d.waves = [{ id: 'w-1', label: 'Runde 1' }];
      });
      await h.actions.downloadSurveyForm('w-1', 'a-1');
      await h.actions.downloadSurveyForm('w-1', 'a-1');
      assert.deepEqual(h.state().current.doc.respondents, [{ actorId: 'a-1', waveId: 'w-1', responded: false }]);
    });
  }
);

test("the form opens in the project's målform: settings.language, else bokmål", () => {
  const doc = demo();
  doc.settings = { ...(doc.settings || {}), language: 'nn' };
  assert.equal(surveyPayload(doc, 'w-2026', { respondentId: 'a-01' }).lang, 'nn');
  doc.settings.language = 'se'; // not a language the form has (the core refuses it too)
  assert.equal(surveyPayload(doc, 'w-2026', { respondentId: 'a-01' }).lang, 'nb');
  delete doc.settings.language;
  assert.equal(surveyPayload(doc, 'w-2026', { respondentIds: ['a-01'] }).lang, 'nb');
});
