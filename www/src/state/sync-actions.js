// Two tabs, one project. Tabs tell each other what they have open and what they saved
// (deps.tabSync, lib/tab-sync.js). Saves are checked against the stored revision
// (state/app.js persist, lib/revision.js). When another tab saved the open project:
//   state.conflict = { id, theirs: { revision, updatedAt }, pending }
// (pending: this tab has changes that are not stored), and the user chooses:
//   reloadTheirs()  show the stored version (this tab's version stays one undo away)
//   keepMine()      store this tab's version over the other one
//   (or exports this tab's version with the ordinary export and decides later).
import { isNewerElsewhere, stampOf } from '../lib/revision.js';
import { projectName } from '../lib/project.js';

export function syncActions(ctx) {
  const { store, deps } = ctx;
  const tabSync = deps.tabSync || null;
  const others = new Map(); // tabId -> id of the project open there (or null)
  const post = (msg) => {
    if (tabSync) tabSync.post(msg);
  };
  const current = () => store.get().current;

  function publishOthers() {
    const cur = current();
    const tabs = cur
      ? [...others]
          .filter(([, id]) => id === cur.id)
          .map(([tab]) => tab)
          .sort()
      : [];
    const before = store.get().otherTabs || [];
    if (tabs.join() !== before.join()) store.set({ otherTabs: tabs });
  }

  function setConflict(id, theirs, pending) {
    const cur = current();
    if (!cur || cur.id !== id) return;
    const prev = store.get().conflict;
    store.set({
      conflict: { id, theirs, pending: Boolean(pending || (prev && prev.id === id && prev.pending)) },
      current: { ...cur, saveState: pending ? 'unsaved' : cur.saveState }
    });
  }

  function onMessage(msg) {
    const cur = current();
    switch (msg.type) {
      case 'open':
        others.set(msg.tab, msg.id || null);
        // Tell the newcomer what is open here.
        post({ type: 'here', id: cur ? cur.id : null });
        publishOthers();
        break;
      case 'here':
        others.set(msg.tab, msg.id || null);
        publishOthers();
        break;
      case 'closed':
        others.delete(msg.tab);
        publishOthers();
        break;
      case 'saved':
        ctx.forget(msg.id);
        ctx.refreshList();
        if (cur && isNewerElsewhere(msg, cur.id, ctx.known.get(cur.id))) {
          setConflict(cur.id, { revision: msg.revision, updatedAt: msg.updatedAt }, cur.saveState !== 'saved');
        }
        break;
      case 'deleted':
        // msg.id, or msg.all for "delete all local data". The copy open here is kept (the user may
        // still want it) but is no longer stored: say so; the next change stores it again.
        ctx.forget(msg.all ? undefined : msg.id);
        ctx.refreshList();
        if (cur && (msg.all || msg.id === cur.id)) {
          store.set({ current: { ...cur, saveState: 'unsaved' }, conflict: null });
          ctx.notice('sync.deletedElsewhere', { name: projectName(cur.doc) }, 'error');
        }
        break;
      default:
        break;
    }
  }

  // Hooks called by state/app.js.
  ctx.onSaved = (record) => {
    const c = store.get().conflict;
    if (c && c.id === record.id) store.set({ conflict: null });
    post({ type: 'saved', id: record.id, revision: record.revision, updatedAt: record.updatedAt });
  };
  ctx.onConflict = (id, stored) => setConflict(id, stored, true);
  ctx.onDeleted = (id) => post(id === null ? { type: 'deleted', all: true } : { type: 'deleted', id });
  ctx.onOpened = (id) => {
    const c = store.get().conflict;
    if (c && c.id !== id) store.set({ conflict: null });
    post({ type: 'open', id });
    publishOthers();
  };
  ctx.startSync = () => {
    if (!tabSync) return;
    tabSync.subscribe(onMessage);
    const cur = current();
    post({ type: 'open', id: cur ? cur.id : null });
  };

  /** Show the version the other tab stored. This tab's version can be had back with undo. */
  function reloadTheirs() {
    return ctx.enqueue(async () => {
      const c = store.get().conflict;
      const cur = current();
      if (!c || !cur || cur.id !== c.id) {
        store.set({ conflict: null });
        return null;
      }
      let row = null;
      try {
        row = await deps.storage.get(c.id);
      } catch (e) {
        ctx.storageFailed(e);
        return null;
      }
      if (!row) {
        store.set({ conflict: null });
        ctx.notice('sync.goneElsewhere');
        return null;
      }
      const checked = await ctx.checkRecord(row);
      if (!checked.ok) {
        ctx.fail(checked.errors);
        return null;
      }
      ctx.history.record(cur.doc, { key: 'history.reloadedOther' });
      ctx.known.set(c.id, stampOf(row));
      store.set({ current: { id: c.id, doc: checked.doc, saveState: 'saved' }, conflict: null });
      ctx.publishHistory();
      ctx.notice('sync.reloaded');
      await ctx.refreshList();
      return checked.doc;
    });
  }

  /** Store this tab's version over the other tab's (the user chose this). */
  function keepMine() {
    return ctx.enqueue(async () => {
      const c = store.get().conflict;
      const cur = current();
      if (!c || !cur || cur.id !== c.id) return false;
      store.set({ current: { ...cur, saveState: 'saving' } });
      const saved = await ctx.persist(cur.doc, { force: true });
      const after = current();
      if (after && after.id === cur.id)
        store.set({ current: { ...after, saveState: saved === true ? 'saved' : 'unsaved' } });
      if (saved === true) {
        store.set({ conflict: null });
        ctx.notice('sync.keptMine');
      }
      await ctx.refreshList();
      return saved === true;
    });
  }

  return { reloadTheirs, keepMine };
}
