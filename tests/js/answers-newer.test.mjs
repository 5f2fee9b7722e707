// Reading survey answers in the app, as a coordinator meets it: an older answer file read in after a newer one
// changes nothing and commits nothing; the answer report follows a change of language; the shared form marks
// its name list as asked only when the coordinator leaves that ticked, and says how many; marking a person as
// not answered lets a later answer file in whatever its time.
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeApp } from './fixtures/harness.mjs';
import { setRespondent } from '../../www/src/lib/ties.js';
import { PAYLOAD_MARKER } from '../../www/src/lib/survey-form.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORE_JS = resolve(ROOT, 'build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);

const answerFile = (doc, name, respondent, ties, submittedAt, extra = {}) => ({
  name,
  async text() {
    return JSON.stringify({
      format: 'bosam-answer',
      schemaVersion: 1,
      projectId: doc.id,
      waveId: 'w-2026',
      respondent,
      ties,
      submittedAt,
      ...extra
    });
  }
});

/** Waits until `check()` is true (the report is said again asynchronously after a change of language). */
async function until(check, what) {
  for (let i = 0; i < 200; i += 1) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.fail(`timed out waiting for ${what}`);
}

test('marking a person as not answered drops the time of the answer read in last', () => {
  const doc = { respondents: [{ actorId: 'a-1', waveId: 'w', responded: true, submittedAt: '2026-04-22T08:00:00Z' }] };
  setRespondent(doc, 'w', 'a-1', { asked: true, responded: false });
  assert.deepEqual(doc.respondents, [{ actorId: 'a-1', waveId: 'w', responded: false }]);
  setRespondent(doc, 'w', 'a-1', { asked: true, responded: true });
  assert.deepEqual(doc.respondents, [{ actorId: 'a-1', waveId: 'w', responded: true }]);
});

describe(
  'answers read in the app (WASM core)',
  { skip: !existsSync(CORE_JS) && 'build/wasm/bosam-core.js is not built' },
  () => {
    const setup = async () => {
      const h = await makeApp({ instance: await require(CORE_JS)() });
      await h.actions.loadDemo();
      return h;
    };

    it('an older answer after a newer one: nothing changes, nothing to undo, the report says why (regression: it replaced the newer)', async () => {
      const h = await setup();
      const before = h.state().current.doc;
      const who = before.respondents.find((r) => r.waveId === 'w-2026' && !r.responded).actorId;
      const name = before.actors.find((a) => a.id === who).name;
      const three = [
        { to: 'a-01', frequency: 3 },
        { to: 'a-02', frequency: 2 },
        { to: 'a-03', frequency: 1 }
      ];
      assert.ok(
        await h.actions.importAnswerFiles([answerFile(before, 'andre.json', who, three, '2026-04-22T08:00:00Z')])
      );
      const stored = h.state().current.doc;
      const undoLabel = h.state().history.undoLabel;
      const older = answerFile(before, 'forste.json', who, three.slice(0, 2), '2026-04-21T08:00:00Z');
      assert.ok(await h.actions.importAnswerFiles([older]));
      assert.deepEqual(h.state().current.doc, stored, 'the newer answer stays');
      assert.deepEqual(h.state().history.undoLabel, undoLabel, 'no undo step for nothing');
      const report = h.state().answerReport;
      assert.equal(report.status, 'ok');
      assert.deepEqual(report.rows, []);
      assert.equal(report.warnings.length, 1);
      assert.equal(report.warnings[0].code, 'older-answer');
      assert.equal(
        report.warnings[0].message,
        `Dette svaret fra ${name} ble lagret 21.04.2026 kl. 10.00, men svaret som alt er lest inn, er nyere ` +
          `(lagret 22.04.2026 kl. 10.00). Det eldre svaret er ikke lest inn, og ingenting er endret for ${name}.`
      );
      // Said again in nynorsk and English after a change of language (regression: it stayed in bokmål).
      h.actions.setLang('nn');
      await until(() => h.state().answerReport.warnings[0].message.startsWith('Dette svaret frå'), 'nynorsk');
      assert.equal(h.state().answerReport.rows.length, 0);
      h.actions.setLang('en');
      await until(() => h.state().answerReport.warnings[0].message.startsWith('This answer from'), 'English');
      assert.deepEqual(h.state().current.doc, stored, 'saying it again changes nothing');
    });

    it('a refused batch is said again in the new language, still refused and nothing stored changed', async () => {
      const h = await setup();
      const before = h.state().current.doc;
      const gone = answerFile(before, 'svar-tove-tangen.json', 'a-import-99', [], '2026-04-22T08:00:00Z', {
        respondentName: 'Tove Tangen'
      });
      const cut = { name: 'svar-odelagt.json', text: async () => '{\n  "format": "bosam-answer",\n  "x": }' };
      assert.equal(await h.actions.importAnswerFiles([gone, cut]), null);
      const said = () => h.state().answerReport.errors.map((e) => e.message);
      assert.ok(said()[0].startsWith('Svaret er fra Tove Tangen, som ikke finnes i prosjektet'), said()[0]);
      assert.equal(
        said()[1],
        'Filen ser ut til å være skadet eller ufullstendig, så den kan ikke leses. Be personen sende den på nytt.'
      );
      assert.deepEqual([h.state().answerReport.errors[1].line, h.state().answerReport.errors[1].column], [3, 8]);
      h.actions.setLang('nn');
      await until(() => said()[0].startsWith('Svaret er frå Tove Tangen, som ikkje finst'), 'nynorsk');
      assert.equal(
        said()[1],
        'Fila ser ut til å vere skadd eller ufullstendig, så ho kan ikkje lesast. Be personen sende fila på nytt.'
      );
      assert.equal(h.state().answerReport.status, 'failed');
      assert.deepEqual(h.state().current.doc, before);
    });

    it('a refused project file is said again in the new language (regression: it stayed in nynorsk on an English page)', async () => {
      const h = await setup();
      const geo = {
        name: 'kart.geojson.json',
        size: 40,
        text: async () => '{"type": "FeatureCollection", "features": []}'
      };
      h.actions.setLang('nn');
      assert.equal(await h.actions.importFile(geo), null);
      const said = () => h.state().importReport.errors[0].message;
      assert.ok(said().startsWith('Dette er ikkje ei prosjektfil frå Bosam, men ei anna slags fil.'), said());
      h.actions.setLang('en');
      await until(() => said().startsWith('This is not a Bosam project file but another kind of file.'), 'English');
      assert.equal(h.state().importReport.status, 'failed');
    });

    it('the shared form marks its name list as asked only when left ticked, says how many, and one undo takes it back', async () => {
      const h = await setup();
      h.app.ctx.deps.surveyTemplate = () =>
        `<script type="application/json" id="bosam-survey-data">${PAYLOAD_MARKER}</script>`;
      const before = h.state().current.doc;
      const listed = new Set(before.respondents.filter((r) => r.waveId === 'w-2026').map((r) => r.actorId));
      const everyone = before.actors.map((a) => a.id);
      const fresh = everyone.filter((id) => !listed.has(id)).length;
      assert.ok(fresh > 0, 'the demo has people not asked in w-2026');
      await h.actions.downloadSharedSurveyForm('w-2026', everyone, { markAsked: false });
      assert.deepEqual(h.state().current.doc, before, 'only a look at the form: nobody marked');
      assert.equal(h.state().notice.key, 'survey.sharedSaved');
      await h.actions.downloadSharedSurveyForm('w-2026', everyone);
      const asked = h.state().current.doc.respondents.filter((r) => r.waveId === 'w-2026').length;
      assert.equal(asked, listed.size + fresh);
      assert.equal(h.state().notice.key, 'survey.sharedSavedMarked');
      assert.equal(h.state().notice.params.count, fresh);
      assert.equal(h.state().history.undoLabel.key, 'survey.historyAsked');
      await h.actions.undo();
      assert.deepEqual(h.state().current.doc, before);
    });
  }
);
