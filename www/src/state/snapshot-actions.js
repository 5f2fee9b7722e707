// Snapshots of the open project (snapshot-store.js): earlier versions kept in the browser, listed in Data og
// personvern › Tidligere versjoner and restored as one undoable step.
//   takeSnapshot(reason, { id })  keep the open project (or the stored project `id`) as it is now; await it
//                                 BEFORE a big change (import into an existing project, reconcile, deleting
//                                 answers, bulk edits). Resolves the kept summary, or null (never throws).
//   restoreSnapshot(snapshotId)   the open project becomes that version: one undo step, after a snapshot of
//                                 the version it replaces (reason 'restore'), so a restore can be undone after a
//                                 reload too. The restored document goes through the core's door like every load.
// Every hour of work a snapshot is taken by itself: when a change is made and an hour has passed since the
// project's last snapshot (hourlyDue), the version before that change is kept, unless nothing changed since the
// last snapshot. Nothing runs while nobody edits.
// Each snapshot's summary is the core's count of what changed since the one before (core.changes: { counts,
// changes }); the view words it. A snapshot that cannot be stored is said once per session, quietly (a notice),
// and never stops an edit or an import.
// state.snapshots: { projectId, status: 'idle' | 'loading' | 'ready' | 'failed', items (newest first, without
// their documents), failed: a StorageError kind or null, restoring: an id or null }.
import { toStorageError } from '../storage.js';
import { formatDateTime } from '../i18n.js';

export const HOUR_MS = 60 * 60 * 1000;

export function emptySnapshots(projectId = null) {
  return { projectId, status: 'idle', items: [], failed: null, restoring: null };
}

/**
 * When the current hour of work began (ms), or null: the project's last snapshot or the last hourly look that
 * found nothing new, whichever is later; with neither, the first change seen in this session.
 */
export function hourStart({ lastTakenAt = null, lastLookAt = null, firstChangeAt = null }) {
  const marks = [lastTakenAt, lastLookAt].filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (marks.length) return Math.max(...marks);
  return typeof firstChangeAt === 'number' ? firstChangeAt : null;
}

/** Whether a change made at `now` (ms) calls for the hourly snapshot. */
export function hourlyDue(times, now, interval = HOUR_MS) {
  const from = hourStart(times);
  return from !== null && now - from >= interval;
}

/**
 * The document a restore makes current: the snapshot's content, with the working copy's own `revision` (the
 * stamp of the version last written to a file: restoring writes nothing, so that is still the version the
 * working copy descends from) and its `pseudonymKey` (copies shared after the snapshot was taken must still get
 * their names back). Pure.
 */
export function restoredDoc(snapshotDoc, currentDoc) {
  const next = JSON.parse(JSON.stringify(snapshotDoc));
  if (currentDoc && currentDoc.revision !== undefined) next.revision = currentDoc.revision;
  else delete next.revision;
  if (currentDoc && typeof currentDoc.pseudonymKey === 'string') next.pseudonymKey = currentDoc.pseudonymKey;
  return next;
}

const ms = (iso) => {
  const n = Date.parse(iso);
  return Number.isNaN(n) ? null : n;
};

export function snapshotActions(ctx) {
  const { store, deps } = ctx;
  const backend = deps.snapshots || null;
  const now = () => (deps.now ? deps.now() : new Date());
  const snap = () => store.get().snapshots || emptySnapshots();
  const setSnap = (patch) => store.set({ snapshots: { ...snap(), ...patch } });
  const openId = () => (store.get().current ? store.get().current.id : null);
  let chain = Promise.resolve(); // one snapshot after another, so each summary counts from the one before
  let said = false;
  const hours = new Map(); // projectId -> { lastTakenAt, lastLookAt, firstChangeAt } (ms)
  let looking = false;

  const timesFor = (id) => {
    if (!hours.has(id)) hours.set(id, { lastTakenAt: null, lastLookAt: null, firstChangeAt: null });
    return hours.get(id);
  };

  /** A storage failure: kept in state for the view, and said once per session as a quiet notice. */
  function failed(err) {
    const se = toStorageError(err);
    setSnap({ failed: se.kind });
    if (!said) {
      said = true;
      ctx.notice('snapshots.failedOnce', {}, 'info');
    }
    return null;
  }

  async function refresh(projectId) {
    if (!projectId) return;
    if (!backend) {
      setSnap({ ...emptySnapshots(projectId), status: 'ready' });
      return;
    }
    if (snap().projectId !== projectId) setSnap({ ...emptySnapshots(projectId), status: 'loading' });
    try {
      const items = await backend.list(projectId);
      if (openId() !== projectId) return;
      const latest = items.length ? ms(items[0].takenAt) : null;
      const times = timesFor(projectId);
      if (latest !== null) times.lastTakenAt = Math.max(times.lastTakenAt || 0, latest);
      setSnap({ projectId, status: 'ready', items });
    } catch (e) {
      if (openId() === projectId) setSnap({ projectId, status: 'failed', items: [] });
      failed(e);
    }
  }

  /** What the project holds and what changed since its newest snapshot (the core counts); null if it cannot say. */
  async function summarise(doc) {
    const items = await backend.list(doc.id);
    const previous = items.length ? await backend.get(items[0].id) : null;
    const env = await deps.core.changes(previous ? previous.doc : null, doc, { lang: ctx.lang() });
    return env.ok ? env.result : null;
  }

  /** Keep `doc` as a snapshot. skipIfSame: not when nothing changed since the newest one (the hourly look). */
  function keep(doc, reason, { skipIfSame = false } = {}) {
    if (!backend || !doc || typeof doc.id !== 'string') return Promise.resolve(null);
    const job = chain.then(async () => {
      try {
        const summary = await summarise(doc);
        if (skipIfSame && summary && summary.changes && summary.changes.same) return null;
        const takenAt = now().toISOString();
        const kept = await backend.add({ projectId: doc.id, takenAt, reason, summary, doc });
        timesFor(doc.id).lastTakenAt = ms(takenAt);
        if (openId() === doc.id) await refresh(doc.id);
        return kept.summary;
      } catch (e) {
        return failed(e);
      }
    });
    chain = job.catch(() => null);
    return job;
  }

  async function takeSnapshot(reason, { id } = {}) {
    const cur = store.get().current;
    if (id && (!cur || cur.id !== id)) {
      const loaded = await ctx.loadValidated(id);
      return loaded.ok ? keep(loaded.doc, reason) : null;
    }
    return cur ? keep(cur.doc, reason) : null;
  }

  /** A change to the open project: the hourly look (the version before the change, if an hour has passed). */
  function changed(id, before) {
    const at = now().getTime();
    const times = timesFor(id);
    if (times.firstChangeAt === null) times.firstChangeAt = at;
    if (looking || snap().status === 'loading' || !hourlyDue(times, at)) return;
    looking = true;
    keep(before, 'hourly', { skipIfSame: true }).then((kept) => {
      looking = false;
      if (!kept) times.lastLookAt = at;
    });
  }

  // Watch the open project: another project (or none) loads its list; a new document of the same project is a
  // change. The work is done after the store's update, not inside it.
  let seen = { id: openId(), doc: store.get().current ? store.get().current.doc : null };
  store.subscribe((state) => {
    const cur = state.current;
    const id = cur ? cur.id : null;
    const doc = cur ? cur.doc : null;
    if (id === seen.id && doc === seen.doc) return;
    const before = seen;
    seen = { id, doc };
    if (id !== before.id) {
      Promise.resolve().then(() => (id ? refresh(id) : setSnap(emptySnapshots(null))));
    } else if (id && before.doc) {
      Promise.resolve().then(() => changed(id, before.doc));
    }
  });

  async function restoreSnapshot(snapshotId) {
    const cur = store.get().current;
    if (!cur || !backend) return null;
    setSnap({ restoring: snapshotId });
    try {
      let record;
      try {
        record = await backend.get(snapshotId);
      } catch (e) {
        failed(e);
        ctx.notice('snapshots.restoreFailed', {}, 'error');
        return null;
      }
      if (!record || record.projectId !== cur.id) {
        ctx.notice('snapshots.restoreMissing', {}, 'error');
        return null;
      }
      const time = formatDateTime(record.takenAt);
      const result = await ctx.enqueue(async () => {
        const open = store.get().current;
        if (!open || open.id !== record.projectId) return { ok: false, errors: [] };
        const next = restoredDoc(record.doc, open.doc);
        if (JSON.stringify(next) === JSON.stringify(open.doc)) return { ok: true, unchanged: true };
        // The version being replaced, first: a restore can be taken back after a reload too.
        await keep(open.doc, 'restore');
        return ctx.commitResult(next, { open: true, label: { key: 'snapshots.historyRestore', params: { time } } });
      });
      if (!result.ok) {
        if (result.errors && result.errors.length) ctx.fail(result.errors, 'snapshots.restoreInvalid');
        return null;
      }
      ctx.notice(result.unchanged ? 'snapshots.restoreSame' : 'snapshots.restored', { time });
      return result.unchanged ? store.get().current.doc : result.doc;
    } finally {
      setSnap({ restoring: null });
    }
  }

  ctx.takeSnapshot = takeSnapshot;
  /** Forget a deleted project's snapshots, or all of them (null: "delete all local data"). */
  ctx.forgetSnapshots = async (projectId) => {
    if (!backend) return;
    try {
      await backend.remove(projectId);
    } catch (e) {
      failed(e);
    }
    if (projectId === null || projectId === openId()) setSnap(emptySnapshots(openId()));
  };

  store.set({ snapshots: emptySnapshots(openId()) });

  return {
    takeSnapshot,
    restoreSnapshot,
    /** Resolves when the snapshots asked for so far are kept (tests use it). */
    snapshotsSettled: () => chain
  };
}
