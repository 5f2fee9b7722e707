// The application's state and the machinery every action shares: loading and
// validating projects, autosave, storage failures, navigation and language.
// Nothing here touches the DOM; everything it needs comes in through `deps`, so the
// whole flow can run in node with a fake core and an in-memory storage.
import { createStore } from './store.js';
import { createProjectList } from './project-list.js';
import { projectActions } from './project-actions.js';
import { transferActions } from './transfer-actions.js';
import { toStorageError, makeRecord } from '../storage.js';
import { createHistory, EMPTY_HISTORY } from './history.js';
import { typingActions } from './typing-actions.js';
import { editingActions } from './editing.js';
import { syncActions } from './sync-actions.js';
import { analysisActions } from './analysis-actions.js';
import { findingsActions } from './findings-actions.js';
import { surveyActions } from './survey-actions.js';
import { feedbackActions } from './feedback-actions.js';
import { sharingActions } from './sharing-actions.js';
import { netimportActions } from './netimport-actions.js';
import { peopleImportActions } from './people-import-actions.js';
import { stampingActions } from './stamping.js';
import { fileActions } from './file-actions.js';
import { snapshotActions } from './snapshot-actions.js';
import { retentionActions } from './retention-actions.js';
import { decideWrite, stampOf } from '../lib/revision.js';
import { setLang as setI18nLang, translate, pickInitialLang } from '../i18n.js';

export function initialState(lang = 'nb') {
  return {
    phase: 'starting', // 'starting' | 'ready' | 'fatal'
    fatal: null,
    coreVersion: null,
    lang,
    view: 'projects',
    storage: { status: 'ok', detail: '' }, // 'ok' | 'unavailable' | 'blocked' | 'quota' | 'failed'
    projects: [], // { id, name, updatedAt, stored, summary }
    damaged: [], // { id (as text), key (as stored), errors, raw }
    current: null, // { id, doc, saveState: 'saved' | 'saving' | 'unsaved' }
    importReport: null,
    netImport: null, // the network import's files, mapping and report (state/netimport-actions.js)
    peopleImport: null, // the staff-list import's file, mapping and report (state/people-import-actions.js)
    notice: null, // { tone: 'info' | 'error', key, params, errors? }
    dialog: null,
    history: EMPTY_HISTORY, // undo/redo summary (state/history.js)
    conflict: null, // { id, theirs: { revision, updatedAt }, pending } when another tab saved (sync-actions.js)
    otherTabs: [], // ids of other tabs with the same project open
    typing: {}, // keys of autosaving text fields with typed text not yet in the project (state/typing-actions.js)
    file: null, // the file the open project is kept in, and how writing there goes (state/file-actions.js)
    fileSupport: false, // whether this browser can keep a project in a file (File System Access API)
    backup: null // { projectId, days, since } when the open project has gone a week without a copy in a file
  };
}

/**
 * deps: { core, storage, prefs, dialogs, download(filename, text, mime),
 *         now(), newId(), requestPersistence(), views: [ids], tabSync? (lib/tab-sync.js),
 *         files? (lib/file-access.js createFileAccess), versions? ({ rememberVersion }, version-store.js),
 *         snapshots? (snapshot-store.js; without it no snapshots are kept) }
 */
export function createApp(deps, store = createStore(initialState(pickInitialLang(deps.prefs.get('lang'))))) {
  const { core, storage, prefs } = deps;
  const now = deps.now || (() => new Date());
  const sessionOnly = new Map(); // id -> record that could not be stored
  let saveChain = Promise.resolve();
  let persistAsked = false;
  const history = createHistory();
  // The stamp ({ revision, updatedAt }) of the stored record the open project was loaded
  // from or last saved as; a save is refused if storage holds another (lib/revision.js).
  const known = new Map();
  setI18nLang(store.get().lang);

  const get = () => store.get();
  const lang = () => get().lang;
  const t = (key, params) => translate(lang(), key, params);

  function notice(key, params, tone = 'info', errors) {
    store.set({ notice: { key, params, tone, errors } });
  }

  function fail(errors, key = 'projects.failed') {
    const message = errors.map((e) => e.message || e.code).join('; ');
    notice(key, { message }, 'error', errors);
  }

  function storageFailed(err) {
    const se = toStorageError(err);
    store.set({ storage: { status: se.kind, detail: se.message } });
    return se;
  }

  const list = createProjectList({ store, storage, core, lang, sessionOnly, storageFailed });
  const { checkRecord, refreshList, loadValidated, projectExists } = list;

  function askPersistenceOnce() {
    if (persistAsked || prefs.get('persistAsked')) return;
    persistAsked = true;
    prefs.set('persistAsked', '1');
    if (deps.requestPersistence) deps.requestPersistence();
  }

  /** Write unless another tab saved the open project since we loaded it (then { ok: false, stored }). */
  async function writeChecked(record, force) {
    const cur = get().current;
    const expected = cur && cur.id === record.id ? known.get(record.id) || null : null;
    if (typeof storage.putChecked === 'function') return storage.putChecked(record, expected, { force });
    const decision = decideWrite(await storage.get(record.id), expected, { force });
    if (!decision.ok) return decision;
    const next = { ...record, revision: decision.revision };
    await storage.put(next);
    return { ok: true, record: next };
  }

  /**
   * Write a record; on failure keep it in memory for this session. Serialised.
   * Resolves true (saved), false (storage failed) or 'conflict' (another tab saved first;
   * nothing was written and the user is asked). force: overwrite after the user chose so.
   */
  function persist(doc, { force = false } = {}) {
    const record = makeRecord(doc, now());
    const job = saveChain.then(async () => {
      list.forget(record.id);
      try {
        const written = await writeChecked(record, force);
        if (!written.ok) {
          ctx.onConflict(record.id, written.stored);
          return 'conflict';
        }
        const cur = get().current;
        if (cur && cur.id === record.id) known.set(record.id, stampOf(written.record));
        ctx.onSaved(written.record);
        list.remember(doc, written.record);
        sessionOnly.delete(record.id);
        if (sessionOnly.size === 0 && get().storage.status !== 'ok')
          store.set({ storage: { status: 'ok', detail: '' } });
        askPersistenceOnce();
        return true;
      } catch (e) {
        sessionOnly.set(record.id, record);
        storageFailed(e);
        return false;
      }
    });
    saveChain = job.catch(() => false);
    return job;
  }

  function publishHistory() {
    store.set({ history: history.summary() });
  }

  function resetHistory() {
    history.clear();
    publishHistory();
  }

  /**
   * The one way a changed or new document is kept: validate (the same door as every
   * source), make it current if asked, and save at once. When it replaces the open
   * project's document, the replaced one is recorded for undo (unless record: false);
   * when another project becomes current, undo history starts afresh.
   * Returns { ok: true, doc, warnings } or { ok: false, errors, warnings } (nothing changed).
   * silent: the change is the stamp of a version just written (state/stamping.js), not an edit: no undo
   * step (pass record: false too) and no write to the project's file.
   */
  async function commitResult(doc, { open = true, label = null, record = true, coalesce = null, silent = false } = {}) {
    const env = await core.validateDoc(doc, { lang: lang() });
    if (!env.ok) return { ok: false, errors: env.errors, warnings: env.warnings };
    const valid = env.result;
    const cur = get().current;
    const isCurrent = open || (cur && cur.id === valid.id);
    if (isCurrent) {
      if (cur && cur.id === valid.id) {
        if (record) history.record(cur.doc, label, coalesce);
      } else {
        history.clear();
        known.delete(valid.id);
      }
      store.set({ current: { id: valid.id, doc: valid, saveState: 'saving' }, history: history.summary() });
      if (!cur || cur.id !== valid.id) ctx.onOpened(valid.id);
    }
    const saved = await persist(valid);
    if (ctx.onCommitted) ctx.onCommitted(valid, { silent });
    const after = get().current;
    if (after && after.id === valid.id && after.doc === valid) {
      store.set({ current: { ...after, saveState: saved === true ? 'saved' : 'unsaved' } });
    }
    if (isCurrent) prefs.set('lastProject', valid.id);
    await refreshList();
    return { ok: true, doc: valid, warnings: env.warnings };
  }

  /** commitResult for callers that want the doc or null; failures become the notice. */
  async function commit(doc, opts) {
    const result = await commitResult(doc, opts);
    if (!result.ok) {
      fail(result.errors);
      return null;
    }
    return result.doc;
  }

  async function openProject(id, { quiet = false, goTo = 'overview' } = {}) {
    const loaded = await loadValidated(id);
    if (!loaded.ok) {
      if (!quiet) fail(loaded.errors);
      return false;
    }
    const stored = !sessionOnly.has(id);
    const before = get().current;
    if (!before || before.id !== id) {
      history.clear();
      if (loaded.stamp) known.set(id, loaded.stamp);
      else known.delete(id);
    }
    store.set({
      current: { id, doc: loaded.doc, saveState: stored ? 'saved' : 'unsaved' },
      history: history.summary()
    });
    if (!before || before.id !== id) ctx.onOpened(id);
    prefs.set('lastProject', id);
    if (goTo) navigate(goTo);
    // Text typed before a reload or crash that had not reached the project yet (state/typing-actions.js).
    await ctx.restoreDrafts(id);
    return true;
  }

  function closeProject(id) {
    const cur = get().current;
    if (cur && (id === undefined || cur.id === id)) {
      known.delete(cur.id);
      history.clear();
      store.set({ current: null, history: history.summary(), conflict: null, otherTabs: [] });
      prefs.remove('lastProject');
      ctx.onOpened(null);
    }
  }

  function navigate(view) {
    const views = deps.views || ['projects', 'overview', 'data'];
    const target = views.includes(view) ? view : 'projects';
    if (target !== get().view) store.set({ view: target, notice: null });
    return target;
  }

  function setLang(next) {
    const before = lang();
    const chosen = setI18nLang(next);
    prefs.set('lang', chosen);
    // A notice that quotes the core's words was written in the old language: it goes, with a word why, rather
    // than stay in a language the person just left (the reports that can be made again are, by ctx.onLangChanged).
    const shown = get().notice;
    const stale = chosen !== before && shown && Array.isArray(shown.errors) && shown.errors.length > 0;
    store.set({
      lang: chosen,
      ...(stale ? { notice: { key: 'common.langClosedNotice', params: {}, tone: 'info' } } : {})
    });
    if (chosen !== before && ctx.onLangChanged) ctx.onLangChanged(chosen);
  }

  async function init() {
    const version = await core.start();
    if (!version.ok) {
      store.set({ phase: 'fatal', fatal: version.errors.map((e) => e.message || e.code).join('; ') });
      return false;
    }
    store.set({ coreVersion: version.result });
    try {
      await storage.open();
    } catch (e) {
      storageFailed(e);
    }
    await refreshList();
    const last = prefs.get('lastProject');
    if (last && !(await openProject(last, { quiet: true, goTo: null }))) prefs.remove('lastProject');
    ctx.startSync();
    store.set({ phase: 'ready' });
    return true;
  }

  const ctx = {
    store,
    deps,
    t,
    lang,
    notice,
    fail,
    commit,
    commitResult,
    persist,
    refreshList,
    loadValidated,
    projectExists,
    openProject,
    closeProject,
    navigate,
    sessionOnly,
    storageFailed,
    checkRecord,
    history,
    publishHistory,
    resetHistory,
    known,
    forget: list.forget
  };
  const editing = editingActions(ctx);
  const sync = syncActions(ctx); // sets ctx.onSaved, onConflict, onOpened, startSync
  const typing = typingActions(ctx); // sets ctx.restoreDrafts
  stampingActions(ctx); // sets ctx.stampVersion, versionWritten, adoptRevision
  const transfer = transferActions(ctx); // sets ctx.importFile
  const fileKeeping = fileActions(ctx); // sets ctx.onCommitted; chains onOpened and onDeleted
  const snapshots = snapshotActions(ctx); // sets ctx.takeSnapshot, ctx.forgetSnapshots (deps.snapshots: snapshot-store.js)
  // The versions kept for reconciling (version-store.js) go with their project: deleted data really goes.
  const deletedBeforeVersions = ctx.onDeleted;
  ctx.onDeleted = (id) => {
    if (deletedBeforeVersions) deletedBeforeVersions(id);
    if (deps.versions && typeof deps.versions.forgetProject === 'function')
      Promise.resolve(deps.versions.forgetProject(id)).catch(() => {});
  };

  return {
    store,
    ctx,
    actions: {
      init,
      navigate,
      setLang,
      openProject: (id) => openProject(id),
      refreshList,
      dismissNotice: () => store.set({ notice: null }),
      answerDialog: (value) => deps.dialogs.answer(value),
      ...projectActions(ctx),
      ...transfer,
      ...editing,
      ...sync,
      ...analysisActions(ctx),
      ...findingsActions(ctx),
      ...surveyActions(ctx),
      ...feedbackActions(ctx),
      ...sharingActions(ctx),
      ...netimportActions(ctx),
      ...peopleImportActions(ctx),
      ...snapshots,
      ...retentionActions(ctx),
      ...typing,
      ...fileKeeping
    },
    /** Resolves when all pending saves are done (tests use it). */
    settled: () => saveChain
  };
}
