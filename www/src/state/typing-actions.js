// Text typed into autosaving fields (Prosess notes): nothing typed is lost (regression: a note typed in Prosess
// was gone after a reload unless the field was left first, while the header said "Lagret").
//   typing(draft)        at every keystroke: the draft goes to localStorage (synchronous, so it survives a
//                        reload or a crash) and state.typing marks the field as not yet in the project
//   commitTyping(key)    after a pause, on leaving the field or the view: into the project, one undo step per
//                        field however many pauses (history's coalesce), then the draft is forgotten
//   restoreDrafts(id)    when a project opens: drafts left from a reload are put back as one undo step
import { applyDraft, draftKey, draftLabel } from '../lib/text-drafts.js';

export function typingActions(ctx) {
  const { store, deps } = ctx;
  const prefKey = (projectId) => `drafts.${projectId}`;
  const read = (projectId) => {
    try {
      const v = JSON.parse(deps.prefs.get(prefKey(projectId)) || '{}');
      return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
    } catch (e) {
      return {};
    }
  };
  const write = (projectId, drafts) => {
    if (Object.keys(drafts).length) deps.prefs.set(prefKey(projectId), JSON.stringify(drafts));
    else deps.prefs.remove(prefKey(projectId));
  };
  const flag = (key, on) =>
    store.set((s) => {
      const typing = { ...(s.typing || {}) };
      if (on) typing[key] = true;
      else delete typing[key];
      return { typing };
    });

  function typing(draft) {
    const cur = store.get().current;
    if (!cur) return;
    const key = draftKey(draft);
    const drafts = read(cur.id);
    drafts[key] = { ...draft, at: Date.now() };
    write(cur.id, drafts);
    if (!(store.get().typing || {})[key]) flag(key, true);
  }

  async function commitTyping(key) {
    const cur = store.get().current;
    if (!cur) return null;
    const draft = read(cur.id)[key];
    if (!draft) {
      flag(key, false);
      return null;
    }
    const result = await ctx.editCurrent(
      (doc) => {
        applyDraft(doc, draft);
      },
      {
        label: draftLabel(draft),
        coalesce: `${cur.id}:${key}`
      }
    );
    if (result.ok) {
      // Forget the draft only if nothing newer was typed while it was being saved.
      const now = read(cur.id);
      if (now[key] && now[key].value === draft.value) {
        delete now[key];
        write(cur.id, now);
        flag(key, false);
      }
    } else {
      ctx.fail(result.errors);
    }
    return result;
  }

  async function restoreDrafts(projectId) {
    const drafts = read(projectId);
    const list = Object.values(drafts);
    const cur = store.get().current;
    if (!list.length || !cur || cur.id !== projectId) return false;
    const result = await ctx.editCurrent(
      (doc) => {
        list.forEach((d) => applyDraft(doc, d));
      },
      {
        label: { key: 'typing.restoredStep' }
      }
    );
    if (!result.ok) return false;
    write(projectId, {});
    store.set({ typing: {} });
    if (!result.unchanged) ctx.notice('typing.restored', { count: list.length });
    return !result.unchanged;
  }

  ctx.restoreDrafts = restoreDrafts;
  return { typing, commitTyping, restoreDrafts };
}
