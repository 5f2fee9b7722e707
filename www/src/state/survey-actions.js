// Survey forms and answers: make a form per respondent (or one shared form) for a wave, and
// merge many bosam-answer files at once (all or nothing, through the core's merge).
//   surveyForm(waveId, actorId | null, actorIds) -> { filename, html } (no download)
//   downloadSurveyForm(waveId, actorId)          one respondent's form
//   downloadSurveyForms(waveId, actorIds)        one file each, one after another
//   downloadSharedSurveyForm(waveId, actorIds)   one form with a name picker
//   importAnswerFiles(files)                     -> the merged doc, or null (state.answerReport says why)
// The answer report quotes the core's words (errors, warnings): after a change of language they are made again
// in the new one from what was read in (the merge is a pure check until it is committed), never left in the old.
// Making someone's form (or naming them in a shared one) marks them as asked in the wave, one undo step per
// download: the response rate is answered / asked, and a form handed out is what "asked" means (when it was not, forms
// for 12 with 4 answers read back showed 100 %, because only the 4 who answered were on the list).
import { surveyPayload, fillSurveyForm, surveyFormFilename, surveyTemplate } from '../lib/survey-form.js';
import { askAll, respondentStatus } from '../lib/ties.js';
import { MAX_IMPORT_BYTES } from './transfer-actions.js';

/** Browsers may drop downloads started in the same instant; this spaces them out. */
const DOWNLOAD_GAP_MS = 350;

const list = (doc, key) => (doc && Array.isArray(doc[key]) ? doc[key] : []);

export function surveyActions(ctx) {
  const { store, deps } = ctx;
  const get = () => store.get();
  const template = () => (deps.surveyTemplate ? deps.surveyTemplate() : surveyTemplate());
  const sleep = (ms) => (deps.sleep ? deps.sleep(ms) : new Promise((r) => setTimeout(r, ms)));

  function surveyForm(waveId, actorId, actorIds = []) {
    const cur = get().current;
    if (!cur) throw new Error('no open project');
    const tpl = template();
    if (!tpl) throw new Error('the survey form template is not part of this build');
    const payload = surveyPayload(cur.doc, waveId, actorId ? { respondentId: actorId } : { respondentIds: actorIds });
    const filename = surveyFormFilename(waveId, actorId ? payload.respondent.name : null);
    return { filename, html: fillSurveyForm(tpl, payload) };
  }

  function saveForm(waveId, actorId, actorIds) {
    try {
      const form = surveyForm(waveId, actorId, actorIds);
      deps.download(form.filename, form.html, 'text/html');
      return form.filename;
    } catch (e) {
      ctx.notice('survey.formFailed', { message: e && e.message ? e.message : String(e) }, 'error');
      return null;
    }
  }

  /** Mark the people whose forms were made as asked in the wave (those not listed yet), as one undo step. */
  async function markAsked(waveId, actorIds) {
    const cur = get().current;
    if (!cur || !actorIds.length) return;
    const listed = respondentStatus(cur.doc, waveId);
    const fresh = actorIds.filter((id) => !listed.has(id));
    if (!fresh.length) return;
    await ctx.editCurrent(
      (d) => {
        askAll(d, waveId, fresh);
      },
      {
        label: { key: 'survey.historyAsked', params: { count: fresh.length } }
      }
    );
  }

  async function downloadSurveyForm(waveId, actorId) {
    const name = saveForm(waveId, actorId);
    if (name) await markAsked(waveId, [actorId]);
    return name;
  }

  async function downloadSurveyForms(waveId, actorIds) {
    const names = [];
    const made = [];
    for (let i = 0; i < actorIds.length; i += 1) {
      if (i > 0) await sleep(DOWNLOAD_GAP_MS);
      const name = saveForm(waveId, actorIds[i]);
      if (!name) break;
      names.push(name);
      made.push(actorIds[i]);
    }
    await markAsked(waveId, made);
    if (names.length) ctx.notice('survey.formsSaved', { count: names.length });
    return names;
  }

  /** The shared form; everyone on its name list is marked as asked unless `markAsked` is false (the button
   *  says which before the click; the notice after says how many, and one undo takes it back). */
  async function downloadSharedSurveyForm(waveId, actorIds, { markAsked: mark = true } = {}) {
    const name = saveForm(waveId, null, actorIds);
    if (!name) return name;
    const cur = get().current;
    const listed = cur ? respondentStatus(cur.doc, waveId) : new Map();
    const fresh = mark ? actorIds.filter((id) => !listed.has(id)).length : 0;
    if (fresh) await markAsked(waveId, actorIds);
    ctx.notice(fresh ? 'survey.sharedSavedMarked' : 'survey.sharedSaved', { file: name, count: fresh });
    return name;
  }

  async function readAll(files) {
    const answers = [];
    for (const file of files) {
      const name = file && file.name ? String(file.name) : `svar ${answers.length + 1}`;
      if (typeof file.size === 'number' && file.size > MAX_IMPORT_BYTES) {
        return { error: { path: `${name}: $`, code: 'too-large', message: ctx.t('survey.tooLarge', { file: name }) } };
      }
      try {
        answers.push({ name, text: await file.text() });
      } catch (e) {
        return { error: { path: `${name}: $`, code: 'read-failed', message: e && e.message ? e.message : String(e) } };
      }
    }
    return { answers };
  }

  // What the report shown was made from, to say it again in another language: the files, their text and the
  // project they were checked against (before the merge). Kept only while that report is the one shown.
  let source = null;

  /** Merge answer files into the open project: all of them, or none (then the errors name file and place).
   *  Answers older than (or the same as) the one stored are left out with a warning; when nothing is left,
   *  nothing is committed. */
  async function importAnswerFiles(fileList) {
    const files = Array.from(fileList || []);
    const fileNames = files.map((f) => (f && f.name ? String(f.name) : '?'));
    const cur = get().current;
    const report = (r) => {
      const answerReport = { files: fileNames, projectId: cur ? cur.id : null, ...r };
      store.set({ answerReport });
      return answerReport;
    };
    if (!cur) {
      ctx.notice('survey.needProject', {}, 'error');
      return null;
    }
    if (!files.length) return null;
    source = null;
    report({ status: 'checking' });
    const read = await readAll(files);
    if (read.error) {
      source = { report: report({ status: 'failed', errors: [read.error] }), files };
      return null;
    }
    let checked = null;
    const run = async () => {
      const cur = get().current;
      checked = cur.doc;
      const env = await deps.core.merge(cur.doc, read.answers, { lang: ctx.lang() });
      if (!env.ok) return { ok: false, errors: env.errors, warnings: env.warnings || [] };
      const r = env.result;
      // Every answer was older than, or the same as, the one stored: nothing to commit, no undo step.
      if (!r.report.length) return { ok: true, doc: cur.doc, report: [], warnings: env.warnings || [] };
      await ctx.takeSnapshot('answers');
      const committed = await ctx.commitResult(r.project, {
        open: true,
        label: { key: 'survey.historyMerge', params: { count: r.report.length } }
      });
      return committed.ok
        ? { ok: true, doc: committed.doc, report: r.report, warnings: env.warnings || [] }
        : committed;
    };
    const result = await (ctx.enqueue ? ctx.enqueue(run) : run());
    const keep = (shown) => {
      source = checked ? { report: shown, files, answers: read.answers, doc: checked } : null;
    };
    if (!result.ok) {
      keep(report({ status: 'failed', errors: result.errors || [], warnings: result.warnings }));
      return null;
    }
    const names = new Map(list(result.doc, 'actors').map((a) => [a.id, a.name]));
    const waves = new Map(list(result.doc, 'waves').map((w) => [w.id, w.label || w.id]));
    const shown = report({
      status: 'ok',
      warnings: result.warnings,
      rows: result.report.map((x) => ({
        file: x.file,
        respondent: x.respondent,
        name: names.get(x.respondent) || x.respondent,
        waveId: x.waveId,
        wave: waves.get(x.waveId) || x.waveId,
        ties: x.ties
      }))
    });
    keep(shown);
    return result.doc;
  }

  /** The report shown, said again in `lang`: read errors by reading the files again, the core's errors and
   *  warnings by checking the same answers against the same project again (nothing is committed). */
  async function relabelAnswerReport(lang) {
    const was = source;
    if (!was || get().answerReport !== was.report) {
      source = null;
      return;
    }
    let next = null;
    if (!was.answers) {
      const read = await readAll(was.files);
      if (read.error) next = { ...was.report, errors: [read.error] };
    } else {
      const env = await deps.core.merge(was.doc, was.answers, { lang });
      if (was.report.status === 'failed' && !env.ok)
        next = { ...was.report, errors: env.errors, warnings: env.warnings || [] };
      if (was.report.status === 'ok' && env.ok) next = { ...was.report, warnings: env.warnings || [] };
    }
    // Only if the same report is still shown and the language has not changed again meanwhile.
    if (next && source === was && get().answerReport === was.report && ctx.lang() === lang) {
      source = { ...was, report: next };
      store.set({ answerReport: next });
    }
  }
  const langBefore = ctx.onLangChanged;
  ctx.onLangChanged = (lang) => {
    if (langBefore) langBefore(lang);
    relabelAnswerReport(lang).catch(() => {});
  };

  return {
    surveyForm,
    downloadSurveyForm,
    downloadSurveyForms,
    downloadSharedSurveyForm,
    importAnswerFiles,
    clearAnswerReport: () => {
      source = null;
      store.set({ answerReport: null });
    },
    relabelAnswerReport
  };
}
