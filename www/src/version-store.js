// The versions of each project that this browser wrote out: every export (download) and every
// save to a file, stamped by core.stamp (revision.stamp). When a copy of the same project comes
// back, core.relate names the stamps both copies share; the newest of them that is kept here is
// the common base for core.reconcile. Its own database ("bosam-versions"), so the projects'
// database never needs an upgrade for it.
import { idbDatabase } from './idb.js';

export const VERSIONS_DB = 'bosam-versions';
const STORE = 'versions';
/** Kept per project and kind ('file', 'export'): the newest this many. */
export const KEEP_PER_KIND = 30;

/** The records to delete so that each project keeps its KEEP_PER_KIND newest per kind. O(n log n). */
export function prunable(records, keep = KEEP_PER_KIND) {
  const groups = new Map();
  for (const r of records) {
    const key = `${r.projectId}\u0000${r.kind}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  const out = [];
  for (const list of groups.values()) {
    list.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
    out.push(...list.slice(keep));
  }
  return out;
}

/** The store; `factory` as in idb.js (tests pass another or null). */
export function createVersionStore({ factory, dbName = VERSIONS_DB } = {}) {
  const db = idbDatabase({
    name: dbName,
    version: 1,
    factory,
    upgrade: (idb) => {
      if (!idb.objectStoreNames.contains(STORE)) {
        const store = idb.createObjectStore(STORE, { keyPath: 'stamp' });
        store.createIndex('projectId', 'projectId');
      }
    }
  });

  /** Keep a stamped document that was just written out; prunes the project's old ones. */
  function rememberVersion(doc, kind) {
    const stamp = doc && doc.revision && doc.revision.stamp;
    if (typeof stamp !== 'string' || !stamp || typeof doc.id !== 'string') return Promise.resolve(false);
    const record = { stamp, projectId: doc.id, savedAt: doc.revision.savedAt || '', kind, doc };
    return db
      .transact(STORE, 'readwrite', (tx) => {
        const store = tx.objectStore(STORE);
        store.put(record);
        const read = store.index('projectId').getAll(doc.id);
        read.onsuccess = () => {
          for (const old of prunable(read.result || [])) store.delete(old.stamp);
        };
      })
      .then(() => true);
  }

  /** The kept record for a stamp, or null. */
  function versionByStamp(stamp) {
    return db.transact(STORE, 'readonly', (tx) => tx.objectStore(STORE).get(stamp)).then((row) => row || null);
  }

  /**
   * The common base: the first of `commonStamps` (core.relate's order, newest first) whose
   * version is kept here for this project, as its document; null when none is.
   */
  async function findBase(projectId, commonStamps) {
    for (const stamp of commonStamps || []) {
      const row = await versionByStamp(stamp);
      if (row && row.projectId === projectId) return row.doc;
    }
    return null;
  }

  /** Forget a project's versions (the project was deleted), or every project's (null). */
  function forgetProject(projectId) {
    return db.transact(STORE, 'readwrite', (tx) => {
      const store = tx.objectStore(STORE);
      if (projectId === null) return store.clear();
      const read = store.index('projectId').getAllKeys(projectId);
      read.onsuccess = () => {
        for (const key of read.result || []) store.delete(key);
      };
      return null;
    });
  }

  return { rememberVersion, versionByStamp, findBase, forgetProject };
}

/** The page's one store, made on first use. */
let shared = null;
function store() {
  if (!shared) shared = createVersionStore();
  return shared;
}
export const rememberVersion = (doc, kind) => store().rememberVersion(doc, kind);
export const versionByStamp = (stamp) => store().versionByStamp(stamp);
export const findBase = (projectId, commonStamps) => store().findBase(projectId, commonStamps);
export const forgetProject = (projectId) => store().forgetProject(projectId);
