// Deleting survey answers after the retention date (settings.privacy.answersKeptUntil). The core decides what
// there is to delete and keeps the aggregate figures (core/checks/retention.hpp, core.retireAnswers); the app says
// what day it is (the person's local date) and makes the deletion one undoable step, after a snapshot.
//   retentionStatus()        the core's preview for the open project: { keptUntil, today, due, waves: [{ id, label,
//                            ties, reportedTasks, respondents, hasAnswers, retired }] }, or null. Cached per document.
//   retireAnswers(waveIds)   deletes the answers of those waves; { ok, count } or { ok: false, errors }.

/** A date as YYYY-MM-DD in the local time zone (the day the person sees on their calendar). */
export function localDate(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function retentionActions(ctx) {
  const { store, deps } = ctx;
  const now = () => (deps.now ? deps.now() : new Date());
  let cached = { doc: null, today: null, status: null };

  async function retentionStatus() {
    const cur = store.get().current;
    if (!cur) return null;
    const today = localDate(now());
    if (cached.doc === cur.doc && cached.today === today) return cached.status;
    const env = await deps.core.retireAnswers(cur.doc, { today, preview: true, lang: ctx.lang() });
    const status = env.ok ? env.result : null;
    cached = { doc: cur.doc, today, status };
    return status;
  }

  async function retireAnswers(waveIds) {
    if (!store.get().current) return { ok: false, errors: [] };
    // Contract (snapshots): a snapshot of the project, answers and all, before they are deleted. Taken before the
    // edit queue, since taking one may wait on it.
    if (typeof ctx.takeSnapshot === 'function') await ctx.takeSnapshot('retention');
    return ctx.enqueue(async () => {
      const cur = store.get().current;
      if (!cur) return { ok: false, errors: [] };
      const at = now();
      const env = await deps.core.retireAnswers(cur.doc, {
        today: localDate(at),
        retiredAt: at.toISOString(),
        waveIds,
        lang: ctx.lang()
      });
      if (!env.ok) return { ok: false, errors: env.errors };
      const count = env.result.retiredWaveIds.length;
      const result = await ctx.commitResult(env.result.project, {
        open: true,
        label: { key: 'retention.history', params: { count } }
      });
      if (!result.ok) return result;
      ctx.notice('retention.done', { count });
      return { ok: true, count };
    });
  }

  return { retentionStatus, retireAnswers };
}
