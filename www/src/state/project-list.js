// What storage holds, as the app lists it: every stored record validated through the core (the same door
// as any file), projects and damaged records apart, the tab's unstored projects added. List entries are
// cached by id while a record's updatedAt is unchanged, so an autosave does not re-validate every project.
// Opening a project always validates anew (loadValidated).
import { toStorageError } from '../storage.js';
import { stampOf } from '../lib/revision.js';
import { projectName, listSummary, cloneDoc } from '../lib/project.js';
import { collatorFor } from '../lib/locale.js';

/** deps: { store, storage, core, lang(), sessionOnly (Map id -> record), storageFailed(e) } */
export function createProjectList({ store, storage, core, lang, sessionOnly, storageFailed }) {
  const get = () => store.get();

  /** Validate a stored record. Returns { ok, doc } or { ok: false, errors }. */
  async function checkRecord(row) {
    if (!row || typeof row !== 'object' || row.doc === undefined) {
      return {
        ok: false,
        errors: [{ path: '$', code: 'bad-record', message: 'the stored record has no project document' }]
      };
    }
    const env = await core.validateDoc(row.doc, { lang: lang() });
    return env.ok
      ? { ok: true, doc: env.result, warnings: env.warnings, stamp: stampOf(row) }
      : { ok: false, errors: env.errors };
  }

  function entryFor(doc, record, stored) {
    return { id: doc.id, name: projectName(doc), updatedAt: record.updatedAt, stored, summary: listSummary(doc) };
  }

  const listCache = new Map(); // id -> { stamp (updatedAt), lang, value: { project } | { damaged } }

  async function listEntry(row) {
    const id = row && row.id !== undefined ? String(row.id) : '';
    const stamp = row && typeof row.updatedAt === 'string' ? row.updatedAt : null;
    const cached = listCache.get(id);
    if (cached && stamp !== null && cached.stamp === stamp && cached.lang === lang()) return cached.value;
    const checked = await checkRecord(row);
    const value = checked.ok
      ? { project: entryFor(checked.doc, row, true) }
      : { damaged: { id, key: row && row.id !== undefined ? row.id : id, errors: checked.errors, raw: row } };
    listCache.set(id, { stamp, lang: lang(), value });
    return value;
  }

  async function refreshList() {
    let rows = [];
    try {
      rows = await storage.list();
    } catch (e) {
      storageFailed(e);
    }
    const projects = [];
    const damaged = [];
    const seen = new Set();
    for (const row of rows) {
      const id = row && row.id !== undefined ? String(row.id) : '';
      seen.add(id);
      if (sessionOnly.has(id)) continue;
      const entry = await listEntry(row);
      if (entry.project) projects.push(entry.project);
      else damaged.push(entry.damaged);
    }
    for (const id of [...listCache.keys()]) if (!seen.has(id)) listCache.delete(id);
    for (const record of sessionOnly.values()) projects.push(entryFor(record.doc, record, false));
    const collator = collatorFor(lang());
    projects.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
    store.set({ projects, damaged });
    return projects;
  }

  /** Load a project by id (from memory or storage) and validate it. */
  async function loadValidated(id) {
    const cur = get().current;
    if (cur && cur.id === id) return { ok: true, doc: cloneDoc(cur.doc) };
    let row = sessionOnly.get(id) || null;
    if (!row) {
      try {
        row = await storage.get(id);
      } catch (e) {
        storageFailed(e);
        return {
          ok: false,
          errors: [{ path: '$', code: 'storage-' + toStorageError(e).kind, message: toStorageError(e).message }]
        };
      }
    }
    if (!row) return { ok: false, errors: [{ path: '$', code: 'not-found', message: id }] };
    return checkRecord(row);
  }

  async function projectExists(id) {
    if (sessionOnly.has(id)) return true;
    if (get().projects.some((p) => p.id === id) || get().damaged.some((d) => d.id === id)) return true;
    try {
      return (await storage.get(id)) !== null;
    } catch (e) {
      return false;
    }
  }

  /** After a write from this tab: the entry of what was stored, from the document already validated
   *  (re-validating it for the list costs a second per save at 10,000 people). */
  function remember(doc, record) {
    listCache.set(String(record.id), {
      stamp: record.updatedAt,
      lang: lang(),
      value: { project: entryFor(doc, record, true) }
    });
  }

  const forget = (id) => (id === undefined ? listCache.clear() : listCache.delete(id));

  return { checkRecord, entryFor, refreshList, loadValidated, projectExists, remember, forget };
}
