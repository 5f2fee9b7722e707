// IndexedDB adapter: database "bosam", object store "projects" keyed by project id.
// A record is { id, name, updatedAt, revision, doc }; revision counts the saves (see
// lib/revision.js) so two tabs never overwrite each other's work silently.
// Every failure is a StorageError with a kind the UI can explain: 'unavailable' (no IndexedDB, private mode, open failed),
// 'blocked' (another tab holds an older version open), 'quota' (disk full or over
// the browser's limit) or 'failed' (anything else).
// This module never validates: callers pass every loaded doc through core.validate.
import { decideWrite } from './lib/revision.js';

export const DB_NAME = 'bosam';
export const DB_VERSION = 1;
export const STORE = 'projects';

export class StorageError extends Error {
  constructor(kind, message, cause) {
    super(message || kind);
    this.name = 'StorageError';
    this.kind = kind;
    if (cause !== undefined) this.cause = cause;
  }
}

/** Map a DOMException (or anything thrown) to a StorageError kind. */
export function classifyError(err, fallback = 'failed') {
  if (err instanceof StorageError) return err.kind;
  const name = err && typeof err === 'object' ? err.name : '';
  const message = err && typeof err === 'object' && typeof err.message === 'string' ? err.message : String(err);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return 'quota';
  if (name === 'SecurityError' || (name === 'InvalidStateError' && /private|mutation/i.test(message)))
    return 'unavailable';
  if (name === 'VersionError' || name === 'BlockedError') return 'blocked';
  return fallback;
}

export function toStorageError(err, fallback = 'failed') {
  if (err instanceof StorageError) return err;
  const message = err && typeof err === 'object' && err.message ? err.message : String(err);
  return new StorageError(classifyError(err, fallback), message, err);
}

function promisify(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The IndexedDB-backed store. `factory` defaults to the page's indexedDB; tests may
 * pass another. Nothing is opened until the first call.
 */
export function createIdbStorage({ factory, dbName = DB_NAME } = {}) {
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
        req = idb.open(dbName, DB_VERSION);
      } catch (e) {
        reject(toStorageError(e, 'unavailable'));
        return;
      }
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
      };
      req.onblocked = () => reject(new StorageError('blocked', 'the database is blocked by another tab'));
      req.onerror = () => reject(toStorageError(req.error, 'unavailable'));
      req.onsuccess = () => {
        const db = req.result;
        // If a newer version is opened elsewhere, step aside instead of blocking it.
        db.onversionchange = () => {
          db.close();
          dbPromise = null;
        };
        resolve(db);
      };
    });
    // Let a later call try again (for example after the user closed another tab).
    dbPromise.catch(() => {
      dbPromise = null;
    });
    return dbPromise;
  }

  async function run(mode, work) {
    const db = await open();
    return new Promise((resolve, reject) => {
      let tx;
      let result;
      try {
        tx = db.transaction(STORE, mode);
        const req = work(tx.objectStore(STORE));
        if (req)
          req.onsuccess = () => {
            result = req.result;
          };
      } catch (e) {
        reject(toStorageError(e));
        return;
      }
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(toStorageError(tx.error));
      tx.onabort = () => reject(toStorageError(tx.error || new Error('transaction aborted')));
    });
  }

  /**
   * Write `record` only if the stored one still has the stamp `expected` (see
   * decideWrite): the read and the write happen in one transaction, so two tabs cannot
   * interleave. Resolves { ok: true, record } (with its new revision) or
   * { ok: false, stored } without writing.
   */
  async function putChecked(record, expected, opts) {
    const db = await open();
    return new Promise((resolve, reject) => {
      let outcome = null;
      let failure = null; // thrown by put() itself (e.g. QuotaExceededError)
      let tx;
      try {
        tx = db.transaction(STORE, 'readwrite');
        const store = tx.objectStore(STORE);
        const read = store.get(record.id);
        read.onsuccess = () => {
          const decision = decideWrite(read.result || null, expected, opts);
          if (!decision.ok) {
            outcome = decision;
            return;
          }
          const next = { ...record, revision: decision.revision };
          try {
            store.put(next);
          } catch (e) {
            failure = e;
            tx.abort();
            return;
          }
          outcome = { ok: true, record: next };
        };
      } catch (e) {
        reject(toStorageError(e));
        return;
      }
      tx.oncomplete = () => resolve(outcome);
      tx.onerror = () => reject(toStorageError(failure || tx.error));
      tx.onabort = () => reject(toStorageError(failure || tx.error || new Error('transaction aborted')));
    });
  }

  return {
    kind: 'indexeddb',
    putChecked,
    open: () => open().then(() => true),
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
