// Snapshots: earlier versions of each project, kept in the browser so a bad import or a day's mistakes can be
// taken back even after a reload. A database of their own, "bosam-snapshots" (storage.js's "bosam" is not
// touched), with two stores written together in one transaction:
//   snapshots  { id (autoIncrement), projectId, takenAt (ISO 8601), reason, summary, doc }: the whole versions
//   summaries  the same records without `doc`, so listing a project's versions never reads 30 whole projects
// reason: 'hourly' | 'import' | 'reconcile' | 'bulk' | 'restore' | 'answers' | 'retention'.
// Each project keeps its newest KEEP_PER_PROJECT; adding one prunes the older ones in the same transaction.
// Failures are idb.js's StorageError kinds ('unavailable', 'blocked', 'quota', 'failed'); callers decide how
// quietly to say them (state/snapshot-actions.js: once, never in the way of editing).
import { idbDatabase } from './idb.js';

export const SNAPSHOT_DB = 'bosam-snapshots';
export const SNAPSHOT_DB_VERSION = 1;
export const SNAPSHOTS = 'snapshots';
export const SUMMARIES = 'summaries';
export const KEEP_PER_PROJECT = 30;
export const REASONS = ['hourly', 'import', 'reconcile', 'bulk', 'restore', 'answers', 'retention'];

/** Newest first: by takenAt, then by id (two taken in the same millisecond keep their order). */
export function newestFirst(a, b) {
  if (a.takenAt !== b.takenAt) return a.takenAt < b.takenAt ? 1 : -1;
  return b.id - a.id;
}

/** The ids of a project's snapshots beyond the newest `keep` (pure; O(n log n)). */
export function prunable(summaries, keep = KEEP_PER_PROJECT) {
  return [...summaries]
    .sort(newestFirst)
    .slice(keep)
    .map((s) => s.id);
}

/** A record's summary part (everything but the document). */
export function summaryOf(record) {
  const { doc, ...rest } = record;
  return rest;
}

/** The IndexedDB-backed snapshot store (idb.js). `factory` defaults to the page's indexedDB; nothing opens until used. */
export function createSnapshotStore({ factory, dbName = SNAPSHOT_DB, keep = KEEP_PER_PROJECT } = {}) {
  const db = idbDatabase({
    name: dbName,
    version: SNAPSHOT_DB_VERSION,
    factory,
    upgrade: (idb) => {
      if (!idb.objectStoreNames.contains(SNAPSHOTS)) {
        idb.createObjectStore(SNAPSHOTS, { keyPath: 'id', autoIncrement: true }).createIndex('projectId', 'projectId');
      }
      if (!idb.objectStoreNames.contains(SUMMARIES)) {
        idb.createObjectStore(SUMMARIES, { keyPath: 'id' }).createIndex('projectId', 'projectId');
      }
    }
  });
  const BOTH = [SNAPSHOTS, SUMMARIES];

  /** Keep a snapshot ({ projectId, takenAt, reason, summary, doc }); resolves { summary (with its id), pruned }. */
  function add(record) {
    return db.transact(BOTH, 'readwrite', (tx, outcome) => {
      const snapshots = tx.objectStore(SNAPSHOTS);
      const summaries = tx.objectStore(SUMMARIES);
      snapshots.add(record).onsuccess = (event) => {
        const summary = { ...summaryOf(record), id: event.target.result };
        try {
          summaries.put(summary);
        } catch (e) {
          outcome.fail(e); // a put can throw at once (QuotaExceededError, DataCloneError)
          return;
        }
        summaries.index('projectId').getAll(record.projectId).onsuccess = (e) => {
          const pruned = prunable(e.target.result || [], keep);
          for (const old of pruned) {
            snapshots.delete(old);
            summaries.delete(old);
          }
          outcome.set({ summary, pruned });
        };
      };
      return null;
    });
  }

  return {
    kind: 'indexeddb',
    add,
    /** A project's snapshots without their documents, newest first. */
    list: (projectId) =>
      db
        .transact(SUMMARIES, 'readonly', (tx) => tx.objectStore(SUMMARIES).index('projectId').getAll(projectId))
        .then((rows) => (rows || []).sort(newestFirst)),
    /** One whole snapshot, or null. */
    get: (id) => db.transact(SNAPSHOTS, 'readonly', (tx) => tx.objectStore(SNAPSHOTS).get(id)).then((r) => r || null),
    /** Forget a project's snapshots (the project was deleted), or every snapshot (projectId null). */
    remove: (projectId) =>
      db.transact(BOTH, 'readwrite', (tx) => {
        const snapshots = tx.objectStore(SNAPSHOTS);
        const summaries = tx.objectStore(SUMMARIES);
        if (projectId === null || projectId === undefined) {
          snapshots.clear();
          summaries.clear();
          return null;
        }
        summaries.index('projectId').getAllKeys(projectId).onsuccess = (e) => {
          for (const id of e.target.result || []) {
            snapshots.delete(id);
            summaries.delete(id);
          }
        };
        return null;
      })
  };
}

/** The same interface in memory: node tests, and a model of the contract. */
export function createMemorySnapshotStore({ keep = KEEP_PER_PROJECT } = {}) {
  const rows = new Map();
  let next = 1;
  const copy = (v) => JSON.parse(JSON.stringify(v));
  const summaries = (projectId) => [...rows.values()].filter((r) => r.projectId === projectId).map(summaryOf);
  return {
    kind: 'memory',
    rows,
    async add(record) {
      const id = next++;
      rows.set(id, { ...copy(record), id });
      const pruned = prunable(summaries(record.projectId), keep);
      for (const old of pruned) rows.delete(old);
      return { summary: summaryOf(rows.get(id) || { ...record, id }), pruned };
    },
    list: async (projectId) => summaries(projectId).sort(newestFirst),
    get: async (id) => (rows.has(id) ? copy(rows.get(id)) : null),
    async remove(projectId) {
      for (const [id, r] of [...rows])
        if (projectId === null || projectId === undefined || r.projectId === projectId) rows.delete(id);
    }
  };
}
