// Editing the open project, one change at a time, with undo and redo.
//   editCurrent(mutate, { label }) -> { ok, doc, warnings } | { ok: false, errors, warnings }
//       mutate gets a copy of the document to change (or return a new one; false = no change).
//       The result is validated by the core and autosaved (ctx.commitResult); the replaced
//       document is recorded for undo under `label` ({ key, params }, an i18n key).
//       On failure nothing changes and the core's errors come back for the form to show.
//       coalesce: a key joining this step to the previous one with the same key (text saved while typing).
//   updateCurrent(mutate, { label }) -> the new doc, or null (errors become the notice)
//   undo(), redo() -> the doc shown afterwards, or null
// Changes run one after another (a queue), so quick edits never overwrite each other.

import { withRevisionOf } from '../lib/stamps.js';

function labelText(ctx, label) {
  return label && label.key ? ctx.t(label.key, label.params) : ctx.t('history.someChange');
}

export function editingActions(ctx) {
  const { store } = ctx;
  let chain = Promise.resolve();

  function enqueue(work) {
    const job = chain.then(work);
    chain = job.catch(() => null);
    return job;
  }
  ctx.enqueue = enqueue;

  function editCurrent(mutate, { label = null, coalesce = null } = {}) {
    return enqueue(async () => {
      const cur = store.get().current;
      if (!cur) return { ok: false, errors: [{ path: '$', code: 'no-project', message: '' }], warnings: [] };
      const before = JSON.stringify(cur.doc);
      const draft = JSON.parse(before);
      let out;
      try {
        out = mutate(draft);
      } catch (e) {
        return {
          ok: false,
          errors: [{ path: '$', code: 'edit-failed', message: e && e.message ? e.message : String(e) }],
          warnings: []
        };
      }
      if (out === false) return { ok: true, unchanged: true, doc: cur.doc, warnings: [] };
      const next = out && typeof out === 'object' ? out : draft;
      if (JSON.stringify(next) === before) return { ok: true, unchanged: true, doc: cur.doc, warnings: [] };
      return ctx.commitResult(next, { open: true, label, coalesce });
    });
  }

  async function updateCurrent(mutate, opts) {
    const result = await editCurrent(mutate, opts);
    if (!result.ok) {
      ctx.fail(result.errors);
      return null;
    }
    return result.doc;
  }

  function step(direction) {
    return enqueue(async () => {
      const cur = store.get().current;
      const h = ctx.history;
      const entry = direction === 'undo' ? h.peekUndo() : h.peekRedo();
      if (!cur || !entry) return null;
      // The content goes back; the stamp of the version last written stays (lib/stamps.js).
      const result = await ctx.commitResult(withRevisionOf(entry.doc, cur.doc), { open: true, record: false });
      if (!result.ok) {
        ctx.fail(result.errors);
        return null;
      }
      if (direction === 'undo') h.undo(cur.doc);
      else h.redo(cur.doc);
      ctx.publishHistory();
      ctx.notice(direction === 'undo' ? 'history.undone' : 'history.redone', { label: labelText(ctx, entry.label) });
      return result.doc;
    });
  }

  ctx.editCurrent = editCurrent;

  return {
    editCurrent,
    updateCurrent,
    undo: () => step('undo'),
    redo: () => step('redo'),
    /** Say something in the status line (e.g. "«X» er slettet"). */
    flash: (key, params) => ctx.notice(key, params),
    /** Resolves when queued edits are done (tests use it). */
    editsSettled: () => chain
  };
}

export { labelText };
