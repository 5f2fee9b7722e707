// Survey forms and answers: make a form per respondent (or one shared form) for a wave, and
// merge many bosam-answer files at once (all or nothing, through the core's merge).
//   surveyForm(waveId, actorId | null, actorIds) -> { filename, html } (no download)
//   downloadSurveyForm(waveId, actorId)          one respondent's form
//   downloadSurveyForms(waveId, actorIds)        one file each, one after another
//   downloadSharedSurveyForm(waveId, actorIds)   one form with a name picker
//   importAnswerFiles(files)                     -> the merged doc, or null (state.answerReport says why)
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

  async function downloadSharedSurveyForm(waveId, actorIds) {
    const name = saveForm(waveId, null, actorIds);
    if (name) await markAsked(waveId, actorIds);
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

  /** Merge answer files into the open project: all of them, or none (then the errors name file and place). */
  async function importAnswerFiles(fileList) {
    const files = Array.from(fileList || []);
    const fileNames = files.map((f) => (f && f.name ? String(f.name) : '?'));
    const cur = get().current;
    const report = (r) => store.set({ answerReport: { files: fileNames, projectId: cur ? cur.id : null, ...r } });
    if (!cur) {
      ctx.notice('survey.needProject', {}, 'error');
      return null;
    }
    if (!files.length) return null;
    report({ status: 'checking' });
    const read = await readAll(files);
    if (read.error) {
      report({ status: 'failed', errors: [read.error] });
      return null;
    }
    const run = async () => {
      const cur = get().current;
      const env = await deps.core.merge(cur.doc, read.answers, { lang: ctx.lang() });
      if (!env.ok) return { ok: false, errors: env.errors, warnings: env.warnings || [] };
      const r = env.result;
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
    if (!result.ok) {
      report({ status: 'failed', errors: result.errors || [], warnings: result.warnings });
      return null;
    }
    const names = new Map(list(result.doc, 'actors').map((a) => [a.id, a.name]));
    const waves = new Map(list(result.doc, 'waves').map((w) => [w.id, w.label || w.id]));
    report({
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
    return result.doc;
  }

  return {
    surveyForm,
    downloadSurveyForm,
    downloadSurveyForms,
    downloadSharedSurveyForm,
    importAnswerFiles,
    clearAnswerReport: () => store.set({ answerReport: null })
  };
}
