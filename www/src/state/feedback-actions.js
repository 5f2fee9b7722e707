// Feedback to the people who answered (views/relations-feedback.js): the core's sheets for a round, and saving
// the files the view made from them.
//   feedbackSheets(waveId, lang)                 -> the core's envelope (api::feedback, docs/feedback.md)
//   saveFeedbackFile(filename, content, mime, n) one file (an HTML sheet, or a zip of n sheets) as a download
export function feedbackActions(ctx) {
  const { store, deps } = ctx;

  async function feedbackSheets(waveId, lang) {
    const cur = store.get().current;
    if (!cur) return null;
    return deps.core.feedback(cur.doc, { waveId, lang });
  }

  function saveFeedbackFile(filename, content, mime, count) {
    try {
      deps.download(filename, content, mime);
      ctx.notice('feedback.saved', { file: filename, count });
      return filename;
    } catch (e) {
      ctx.notice('feedback.saveFailed', { message: e && e.message ? e.message : String(e) }, 'error');
      return null;
    }
  }

  return { feedbackSheets, saveFeedbackFile };
}
