// The IndexedDB plumbing every store of the app shares (projects in storage.js, kept versions in
// version-store.js, snapshots, file handles): open a database once, run work in one transaction,
// and turn every failure into a StorageError with a kind the UI can explain:
// 'unavailable' (no IndexedDB, private mode, open failed), 'blocked' (another tab holds an older
// version open), 'quota' (disk full or over the browser's limit) or 'failed' (anything else).

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

/**
 * A database opened on first use. `upgrade(db, oldVersion)` creates its stores. `factory`
 * defaults to the page's indexedDB; tests may pass another (null: no IndexedDB at all).
 * Returns { open, transact }:
 *   transact(storeNames, mode, work): runs work(tx, outcome) in one transaction and resolves,
 *   when the transaction has committed, with the result of the request work returned (if any)
 *   or what work passed to outcome.set(value). outcome.fail(error) aborts the transaction and
 *   rejects with that error (for a write refused by a check made inside the transaction).
 */
export function idbDatabase({ name, version = 1, upgrade, factory } = {}) {
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
        req = idb.open(name, version);
      } catch (e) {
        reject(toStorageError(e, 'unavailable'));
        return;
      }
      req.onupgradeneeded = (event) => {
        if (upgrade) upgrade(req.result, event && Number.isInteger(event.oldVersion) ? event.oldVersion : 0);
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

  async function transact(storeNames, mode, work) {
    const db = await open();
    return new Promise((resolve, reject) => {
      let result;
      let failure = null;
      let tx;
      const outcome = {
        set: (value) => {
          result = value;
        },
        fail: (error) => {
          failure = error;
          try {
            tx.abort();
          } catch (e) {
            // already finished: the rejection below still carries the failure
          }
        }
      };
      try {
        tx = db.transaction(storeNames, mode);
        const req = work(tx, outcome);
        if (req && typeof req === 'object' && 'onsuccess' in req)
          req.onsuccess = () => {
            result = req.result;
          };
      } catch (e) {
        reject(toStorageError(e));
        return;
      }
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(toStorageError(failure || tx.error));
      tx.onabort = () => reject(toStorageError(failure || tx.error || new Error('transaction aborted')));
    });
  }

  return { open, transact };
}
