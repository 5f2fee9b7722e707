// Snapshots: earlier versions of each project, kept in the browser so a bad import or a day's mistakes can be
// taken back even after a reload. A database of their own, "bosam-snapshots" (storage.js's "bosam" is not
// touched), with two stores written together in one transaction:
//   snapshots  { id (autoIncrement), projectId, takenAt (ISO 8601), reason, summary, doc }: the whole versions
//   summaries  the same records without `doc`, so listing a project's versions never reads 30 whole projects
// reason: 'hourly' | 'import' | 'reconcile' | 'bulk' | 'restore' | 'answers' | 'retention'.
// Each project keeps its newest KEEP_PER_PROJECT; adding one prunes the older ones in the same transaction.
// Failures are storage.js's StorageError kinds ('unavailable', 'blocked', 'quota', 'failed'); callers decide
// how quietly to say them (state/snapshot-actions.js: once, never in the way of editing).
import { StorageError, toStorageError } from './storage.js';

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

/** The IndexedDB-backed snapshot store. `factory` defaults to the page's indexedDB; nothing opens until used. */
export function createSnapshotStore({ factory, dbName = SNAPSHOT_DB, keep = KEEP_PER_PROJECT } = {}) {
  let dbPromise = null;

  function open() {
    if (dbPromise) return dbPromise;
    dbPromise = new Promise((resolve, reject) => {
      let idb;
      try {
        idb = factory !== undefined ? factory : globalThis.indexedDB;
      } catch (e) {
        reject(new StorageError('unavailable', e && e.message ? e.message : 'indexedDB is not accessible', e));
        return;
      }
      if (!idb || typeof idb.open !== 'function') {
        reject(new StorageError('unavailable', 'indexedDB is not available'));
        return;
      }
      let req;
      try {
        req = idb.open(dbName, SNAPSHOT_DB_VERSION);
      } catch (e) {
        reject(toStorageError(e, 'unavailable'));
        return;
      }
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(SNAPSHOTS)) {
          db.createObjectStore(SNAPSHOTS, { keyPath: 'id', autoIncrement: true }).createIndex('projectId', 'projectId');
        }
        if (!db.objectStoreNames.contains(SUMMARIES)) {
          db.createObjectStore(SUMMARIES, { keyPath: 'id' }).createIndex('projectId', 'projectId');
        }
      };
      req.onblocked = () => reject(new StorageError('blocked', 'the snapshot database is blocked by another tab'));
      req.onerror = () => reject(toStorageError(req.error, 'unavailable'));
      req.onsuccess = () => {
        const db = req.result;
        db.onversionchange = () => {
          db.close();
          dbPromise = null;
        };
        resolve(db);
      };
    });
    dbPromise.catch(() => {
      dbPromise = null;
    });
    return dbPromise;
  }

  /** Run `work(stores)` in one transaction over both stores; resolves with what work's last step set. */
  async function run(mode, work) {
    const db = await open();
    return new Promise((resolve, reject) => {
      let tx;
      const out = { value: undefined, failure: null };
      try {
        tx = db.transaction([SNAPSHOTS, SUMMARIES], mode);
        work({ snapshots: tx.objectStore(SNAPSHOTS), summaries: tx.objectStore(SUMMARIES) }, out, tx);
      } catch (e) {
        reject(toStorageError(e));
        return;
      }
      tx.oncomplete = () => resolve(out.value);
      tx.onerror = () => reject(toStorageError(out.failure || tx.error));
      tx.onabort = () => reject(toStorageError(out.failure || tx.error || new Error('transaction aborted')));
    });
  }

  // A put() can throw at once (QuotaExceededError, DataCloneError): abort, and report that error.
  const guard = (out, tx, fn) => {
    try {
      fn();
    } catch (e) {
      out.failure = e;
      tx.abort();
    }
  };

  /** Keep a snapshot ({ projectId, takenAt, reason, summary, doc }); resolves { summary (with its id), pruned }. */
  function add(record) {
    return run('readwrite', ({ snapshots, summaries }, out, tx) => {
      guard(out, tx, () => {
        snapshots.add(record).onsuccess = (event) => {
          const id = event.target.result;
          const summary = { ...summaryOf(record), id };
          guard(out, tx, () => {
            summaries.put(summary);
            summaries.index('projectId').getAll(record.projectId).onsuccess = (e) => {
              const pruned = prunable(e.target.result || [], keep);
              for (const old of pruned) {
                snapshots.delete(old);
                summaries.delete(old);
              }
              out.value = { summary, pruned };
            };
          });
        };
      });
    });
  }

  return {
    kind: 'indexeddb',
    add,
    /** A project's snapshots without their documents, newest first. */
    list: (projectId) =>
      run('readonly', ({ summaries }, out) => {
        summaries.index('projectId').getAll(projectId).onsuccess = (e) => {
          out.value = (e.target.result || []).sort(newestFirst);
        };
      }),
    /** One whole snapshot, or null. */
    get: (id) =>
      run('readonly', ({ snapshots }, out) => {
        snapshots.get(id).onsuccess = (e) => {
          out.value = e.target.result || null;
        };
      }),
    /** Forget a project's snapshots (the project was deleted), or every snapshot (projectId null). */
    remove: (projectId) =>
      run('readwrite', ({ snapshots, summaries }) => {
        if (projectId === null || projectId === undefined) {
          snapshots.clear();
          summaries.clear();
          return;
        }
        summaries.index('projectId').getAllKeys(projectId).onsuccess = (e) => {
          for (const id of e.target.result || []) {
            snapshots.delete(id);
            summaries.delete(id);
          }
        };
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
