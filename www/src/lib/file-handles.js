// Which file each project is kept in: the File System Access handle and what the app knows about the file,
// in a small IndexedDB database of its own ("bosam-files"; the projects' database is storage.js's and keeps
// its schema). A FileSystemFileHandle is structured-cloneable, so it survives a reload; the browser then asks
// for permission again (state/file-actions.js). Records, keyed by project id:
//   { projectId, handle, name, known: { size, lastModified, stamp }, savedAt (ISO, last write), dirty }
// dirty: the project changed after the last write, and the change is not in the file yet.

import { idbDatabase } from '../idb.js';

export const FILES_DB = 'bosam-files';
const STORE = 'files';

/** The IndexedDB store; `factory` as in idb.js (the page's indexedDB unless given). Opened on first use. */
export function createFileHandleStore({ factory, dbName = FILES_DB } = {}) {
  const db = idbDatabase({
    name: dbName,
    version: 1,
    factory,
    upgrade: (idb) => {
      if (!idb.objectStoreNames.contains(STORE)) idb.createObjectStore(STORE, { keyPath: 'projectId' });
    }
  });
  const run = (mode, work) => db.transact(STORE, mode, (tx) => work(tx.objectStore(STORE)));
  return {
    get: async (projectId) => (await run('readonly', (s) => s.get(projectId))) || null,
    put: (record) => run('readwrite', (s) => s.put(record)),
    delete: (projectId) => run('readwrite', (s) => s.delete(projectId)),
    clear: () => run('readwrite', (s) => s.clear())
  };
}

/** The same interface in memory (node tests; a browser without IndexedDB). */
export function createMemoryFileHandleStore(initial = []) {
  const rows = new Map(initial.map((r) => [r.projectId, r]));
  return {
    rows,
    get: async (projectId) => rows.get(projectId) || null,
    put: async (record) => {
      rows.set(record.projectId, { ...record });
    },
    delete: async (projectId) => {
      rows.delete(projectId);
    },
    clear: async () => rows.clear()
  };
}
