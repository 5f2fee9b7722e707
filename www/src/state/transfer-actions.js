// Import, export and "delete all local data".
import { projectName, withNewId } from '../lib/project.js';
import { exportFilename } from '../lib/slug.js';
import { reconcileActions } from './reconcile-actions.js';

/** Whether a document is a pseudonymised copy (core/survey/pseudonymize.cpp adds the marker). */
export const isPseudonymized = (doc) => !!(doc && doc.pseudonymized && typeof doc.pseudonymized === 'object');

/** Files larger than this are refused before reading (the core has its own caps too). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The file's JSON for naming places in errors (never stored), or null. */
function readableDoc(text) {
  try {
    const s = typeof text === 'string' ? text : new TextDecoder().decode(text);
    const doc = JSON.parse(s);
    return doc && typeof doc === 'object' ? doc : null;
  } catch (e) {
    return null;
  }
}

export function transferActions(ctx) {
  const { store, deps, t } = ctx;
  const get = () => store.get();
  const report = (importReport) => store.set({ importReport });
  const reconcile = reconcileActions(ctx);
  // The file the import report shown was checked from: after a change of language its errors and warnings (the
  // core's words) are checked again in the new one (validate is pure), never left in the old language.
  let checked = null;
  const langBefore = ctx.onLangChanged;
  ctx.onLangChanged = (lang) => {
    if (langBefore) langBefore(lang);
    relabelImportReport(lang).catch(() => {});
  };

  async function relabelImportReport(lang) {
    const was = checked;
    const shown = get().importReport;
    if (!was || !shown || shown.fileName !== was.fileName || !['failed', 'ok'].includes(shown.status)) return;
    const env = await deps.core.validate(was.text, { lang });
    if (get().importReport !== shown || ctx.lang() !== lang) return;
    if (shown.status === 'failed' && !env.ok) report({ ...shown, errors: env.errors });
    if (shown.status === 'ok' && env.ok) report({ ...shown, warnings: env.warnings });
  }

  /**
   * Import a file's text. Nothing stored changes unless the file passes validation
   * and, when its id is taken, the user chooses replace or keep both.
   */
  /** Validate and store a file's content: text, or its raw bytes (a Uint8Array, so the core can point at
   *  invalid UTF-8 by line and column instead of the browser silently replacing it). */
  async function importText(text, fileName) {
    report({ status: 'checking', fileName });
    checked = { text, fileName };
    const env = await deps.core.validate(text, { lang: ctx.lang() });
    if (!env.ok) {
      // The document as far as it parses, so the error list can name the people and units it is about.
      report({ status: 'failed', fileName, errors: env.errors, doc: readableDoc(text) });
      return null;
    }
    let doc = env.result;
    const exists = await ctx.projectExists(doc.id);
    // A pseudonymised copy (the core marks it with "pseudonymized") of a project kept here: offer to put the
    // names back with the local key, and never let codes silently overwrite the names.
    if (isPseudonymized(doc) && exists) return importPseudonymizedCopy(doc, fileName, env.warnings);
    if (exists) {
      // A colleague's copy of this project: taken in item by item when the version both came from is kept here.
      const copy = await reconcile.importCopy(doc, fileName);
      if (copy.handled) return copy.saved;
      const existing = (get().projects.find((p) => p.id === doc.id) || {}).name || doc.id;
      const choice = await deps.dialogs.confirm({
        titleKey: 'data.conflictTitle',
        bodyKey: copy.related ? 'reconcile.noBaseBody' : 'data.conflictBody',
        bodyParams: { existing },
        actions: [
          { value: 'replace', labelKey: 'data.conflictReplace', tone: 'danger' },
          { value: 'both', labelKey: 'data.conflictKeepBoth', tone: 'primary' }
        ]
      });
      if (choice !== 'replace' && choice !== 'both') {
        report({ status: 'cancelled', fileName });
        return null;
      }
      if (choice === 'both') doc = withNewId(doc, deps.newId(), t('projects.copyName', { name: projectName(doc) }));
      else await ctx.takeSnapshot('import', { id: doc.id });
    }
    const saved = await ctx.commit(doc, { open: true });
    if (!saved) {
      report({ status: 'failed', fileName, errors: get().notice ? get().notice.errors || [] : [] });
      return null;
    }
    report({
      status: 'ok',
      fileName,
      name: projectName(saved),
      warnings: env.warnings,
      pseudo: isPseudonymized(saved) ? 'codes' : null
    });
    return saved;
  }

  /** The copy's id is a project here. With its key the names come back (update it or keep both); without a
   *  fitting key the copy can only come in as a separate project, its codes kept. */
  async function importPseudonymizedCopy(copy, fileName, warnings) {
    const local = await ctx.loadValidated(copy.id);
    const existing = local.ok ? projectName(local.doc) : copy.id;
    const hasKey = local.ok && typeof local.doc.pseudonymKey === 'string' && local.doc.pseudonymKey !== '';
    const restored = hasKey ? await deps.core.reidentify(local.doc, JSON.stringify(copy), { lang: ctx.lang() }) : null;
    let doc;
    let pseudo;
    if (restored && restored.ok) {
      const choice = await deps.dialogs.confirm({
        titleKey: 'sharing.reidTitle',
        bodyKey: 'sharing.reidBody',
        bodyParams: { existing, file: fileName },
        actions: [
          { value: 'replace', labelKey: 'sharing.reidReplace', tone: 'danger' },
          { value: 'both', labelKey: 'sharing.reidBoth', tone: 'primary' }
        ]
      });
      if (choice !== 'replace' && choice !== 'both') {
        report({ status: 'cancelled', fileName });
        return null;
      }
      doc =
        choice === 'both'
          ? withNewId(restored.result, deps.newId(), t('projects.copyName', { name: projectName(restored.result) }))
          : restored.result;
      pseudo = choice === 'both' ? 'reidentifiedCopy' : 'reidentified';
      if (choice === 'replace') await ctx.takeSnapshot('import', { id: copy.id });
    } else {
      const choice = await deps.dialogs.confirm({
        titleKey: 'sharing.noKeyTitle',
        bodyKey: hasKey ? 'sharing.wrongKeyBody' : 'sharing.noKeyBody',
        bodyParams: { existing, file: fileName },
        actions: [{ value: 'both', labelKey: 'sharing.importCodesCopy', tone: 'primary' }]
      });
      if (choice !== 'both') {
        report({ status: 'cancelled', fileName });
        return null;
      }
      doc = withNewId(copy, deps.newId(), t('projects.copyName', { name: projectName(copy) }));
      pseudo = 'codesCopy';
    }
    const saved = await ctx.commit(doc, { open: true });
    if (!saved) {
      report({ status: 'failed', fileName, errors: get().notice ? get().notice.errors || [] : [] });
      return null;
    }
    report({ status: 'ok', fileName, name: projectName(saved), warnings: warnings || [], pseudo });
    return saved;
  }

  /** Import from a File-like object ({ name, size, text() }). */
  async function importFile(file, { droppedCount = 1 } = {}) {
    const fileName = file && file.name ? String(file.name) : '?';
    if (typeof file.size === 'number' && file.size > MAX_IMPORT_BYTES) {
      report({ status: 'refused', fileName, reason: 'tooLarge', size: file.size, max: MAX_IMPORT_BYTES });
      return null;
    }
    let text;
    try {
      text = typeof file.arrayBuffer === 'function' ? new Uint8Array(await file.arrayBuffer()) : await file.text();
    } catch (e) {
      report({ status: 'refused', fileName, reason: 'readFailed', message: e && e.message ? e.message : String(e) });
      return null;
    }
    const saved = await importText(text, fileName);
    if (droppedCount > 1) store.set({ importReport: { ...get().importReport, onlyFirst: true } });
    return saved;
  }

  /**
   * Download the open project. The copy is stamped as a version (state/stamping.js), remembered, and the working
   * copy takes its stamp. If stamping fails the project is downloaded as it is: an export, often the way out
   * when browser storage fails, must never be refused.
   */
  async function exportCurrent() {
    const cur = get().current;
    if (!cur) return null;
    const filename = exportFilename(projectName(cur.doc), (deps.now || (() => new Date()))());
    const stamped = ctx.stampVersion ? await ctx.stampVersion(cur.doc) : { ok: false };
    const doc = stamped.ok ? stamped.doc : cur.doc;
    deps.download(filename, `${JSON.stringify(doc, null, 2)}\n`, 'application/json');
    ctx.notice('data.exported', { file: filename });
    if (stamped.ok) await ctx.versionWritten(doc, 'export');
    return filename;
  }

  async function clearAll() {
    const count = get().projects.length + get().damaged.length;
    const choice = await deps.dialogs.confirm({
      titleKey: 'data.clearDialogTitle',
      bodyKey: 'data.clearDialogBody',
      bodyParams: { count },
      actions: [{ value: 'clear', labelKey: 'data.clearConfirm', tone: 'danger' }]
    });
    if (choice !== 'clear') return false;
    ctx.sessionOnly.clear();
    ctx.forget();
    let cleared = true;
    try {
      await deps.storage.clear();
      if (ctx.onDeleted) ctx.onDeleted(null);
    } catch (e) {
      cleared = false;
      ctx.storageFailed(e);
    }
    await ctx.forgetSnapshots(null);
    deps.prefs.clear();
    ctx.closeProject();
    store.set({ importReport: null });
    if (cleared) store.set({ storage: { status: 'ok', detail: '' } });
    await ctx.refreshList();
    ctx.notice('data.cleared');
    return true;
  }

  ctx.importFile = importFile;
  return { importText, importFile, exportCurrent, clearAll, clearImportReport: () => report(null) };
}
