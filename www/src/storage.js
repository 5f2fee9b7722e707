// IndexedDB adapter: database "bosam", object store "projects" keyed by project id.
// A record is { id, name, updatedAt, revision, doc }; revision counts the saves (see
// lib/revision.js) so two tabs never overwrite each other's work silently.
// Every failure is a StorageError (idb.js) with a kind the UI can explain.
// This module never validates: callers pass every loaded doc through core.validate.
import { decideWrite } from './lib/revision.js';
import { idbDatabase, StorageError, classifyError, toStorageError } from './idb.js';

export const DB_NAME = 'bosam';
export const DB_VERSION = 1;
export const STORE = 'projects';

export { StorageError, classifyError, toStorageError };

/**
 * The IndexedDB-backed store. `factory` defaults to the page's indexedDB; tests may
 * pass another. Nothing is opened until the first call.
 */
export function createIdbStorage({ factory, dbName = DB_NAME } = {}) {
  const db = idbDatabase({
    name: dbName,
    version: DB_VERSION,
    factory,
    upgrade: (idb) => {
      if (!idb.objectStoreNames.contains(STORE)) idb.createObjectStore(STORE, { keyPath: 'id' });
    }
  });
  const run = (mode, work) => db.transact(STORE, mode, (tx) => work(tx.objectStore(STORE)));

  /**
   * Write `record` only if the stored one still has the stamp `expected` (see
   * decideWrite): the read and the write happen in one transaction, so two tabs cannot
   * interleave. Resolves { ok: true, record } (with its new revision) or
   * { ok: false, stored } without writing.
   */
  function putChecked(record, expected, opts) {
    return db.transact(STORE, 'readwrite', (tx, outcome) => {
      const store = tx.objectStore(STORE);
      const read = store.get(record.id);
      read.onsuccess = () => {
        const decision = decideWrite(read.result || null, expected, opts);
        if (!decision.ok) {
          outcome.set(decision);
          return;
        }
        const next = { ...record, revision: decision.revision };
        try {
          store.put(next);
        } catch (e) {
          outcome.fail(e); // e.g. QuotaExceededError thrown by put() itself
          return;
        }
        outcome.set({ ok: true, record: next });
      };
    });
  }

  return {
    kind: 'indexeddb',
    putChecked,
    open: () => db.open().then(() => true),
    list: () => run('readonly', (store) => store.getAll()).then((rows) => rows || []),
    get: (id) => run('readonly', (store) => store.get(id)).then((row) => row || null),
    put: (record) => run('readwrite', (store) => store.put(record)).then(() => record),
    delete: (id) => run('readwrite', (store) => store.delete(id)).then(() => undefined),
    clear: () => run('readwrite', (store) => store.clear()).then(() => undefined)
  };
}

/** Same interface, kept in memory. Used by tests; also a model of the contract. */
export function createMemoryStorage(initial = []) {
  const rows = new Map(initial.map((r) => [r.id, jsonCopy(r)]));
  return {
    kind: 'memory',
    open: async () => true,
    list: async () => [...rows.values()].map(jsonCopy),
    get: async (id) => (rows.has(id) ? jsonCopy(rows.get(id)) : null),
    put: async (record) => {
      rows.set(record.id, jsonCopy(record));
      return record;
    },
    putChecked: async (record, expected, opts) => {
      const decision = decideWrite(rows.has(record.id) ? rows.get(record.id) : null, expected, opts);
      if (!decision.ok) return decision;
      const next = { ...record, revision: decision.revision };
      rows.set(record.id, jsonCopy(next));
      return { ok: true, record: next };
    },
    delete: async (id) => {
      rows.delete(id);
    },
    clear: async () => {
      rows.clear();
    }
  };
}

function jsonCopy(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/**
 * A stored record as JSON text, whatever it holds. IndexedDB keeps anything structured clone
 * can copy (cycles, BigInt, Dates, binary data, Maps), which JSON.stringify refuses or loses;
 * a damaged record must still be downloadable, so such values become readable stand-ins.
 * O(size of the value); nesting beyond maxDepth is cut off with a marker.
 */
export function rawRecordJson(value, maxDepth = 500) {
  const ancestors = new Set();
  const walk = (v, depth) => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
    if (typeof v === 'bigint') return String(v);
    if (typeof v !== 'object') return `[${typeof v}]`;
    if (ancestors.has(v)) return '[circular reference]';
    if (depth >= maxDepth) return '[nested too deeply]';
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? '[invalid date]' : v.toISOString();
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return `[binary data, ${v.byteLength} bytes]`;
    if (typeof Blob !== 'undefined' && v instanceof Blob) return `[file data, ${v.size} bytes]`;
    ancestors.add(v);
    let out;
    if (Array.isArray(v)) out = v.map((x) => walk(x, depth + 1));
    else if (v instanceof Map) out = [...v].map(([k, x]) => [walk(k, depth + 1), walk(x, depth + 1)]);
    else if (v instanceof Set) out = [...v].map((x) => walk(x, depth + 1));
    else if (v instanceof RegExp || v instanceof Error) out = String(v);
    else {
      out = {};
      for (const key of Object.keys(v)) {
        // Own "__proto__" keys stay plain data (defineProperty, not assignment).
        Object.defineProperty(out, key, {
          value: walk(v[key], depth + 1),
          enumerable: true,
          writable: true,
          configurable: true
        });
      }
    }
    ancestors.delete(v);
    return out;
  };
  return `${JSON.stringify(walk(value, 0), null, 2)}\n`;
}

/** Make the record stored for a document. putChecked sets the final revision. */
export function makeRecord(doc, now = new Date(), revision = 1) {
  const name = doc && doc.municipality && typeof doc.municipality.name === 'string' ? doc.municipality.name : '';
  return { id: doc.id, name, updatedAt: now.toISOString(), revision, doc };
}

/** Ask the browser to keep our data under storage pressure; the answer is ignored. */
export function requestPersistence(nav = globalThis.navigator) {
  try {
    if (nav && nav.storage && typeof nav.storage.persist === 'function') {
      return Promise.resolve(nav.storage.persist()).catch(() => false);
    }
  } catch (e) {
    // Some browsers throw on file:// pages; persistence is only a hint.
  }
  return Promise.resolve(false);
}
