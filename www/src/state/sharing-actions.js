// Sharing: a pseudonymised copy of the open project (its key kept in the project), other
// municipalities' figures to compare with in Analyse, and the network in formats other tools read.
// DOM-free: the core, prefs, downloads and the random source come in through ctx.deps.
import { projectName } from '../lib/project.js';
import { slugify } from '../lib/slug.js';
import { randomHex, randomReady } from '../lib/random.js';
import { effectiveOptions } from './analysis-actions.js';
import { MAX_IMPORT_BYTES } from './transfer-actions.js';
import {
  makeEntry,
  parseEntries,
  entriesText,
  withEntry,
  referenceKey,
  tableEntries,
  figuresOf,
  MAX_REFERENCES
} from '../lib/reference.js';

/** A fresh 256-bit key as hex from the one random source (lib/random.js), which has no weaker fallback: a
 *  guessable key would let anyone holding the copy test names against the codes. */
export function randomKey() {
  return randomHex(32);
}

export const NETWORK_FORMATS = ['graphml', 'gexf', 'pajek', 'csv', 'csv-excel', 'dl', 'matrix', 'matrix-excel'];

const localError = (code, message = '') => ({ path: '$', code, message });

export function initialSharing() {
  return {
    // 'idle' | 'working' | 'ok' | 'failed'; report: what the copy pooled and dropped (api::pseudonymize)
    pseudo: { status: 'idle', fileName: null, errors: [], keyAdded: false, report: null },
    reference: { status: 'idle', fileName: null, errors: [] }, // 'idle' | 'checking' | 'ok' | 'failed'
    network: { status: 'idle', files: [], errors: [] }, // 'idle' | 'working' | 'ok' | 'failed'
    refVersion: 0 // bumped when the remembered comparisons change (views read them through referencesFor)
  };
}

export function sharingActions(ctx) {
  const { store, deps } = ctx;
  const get = () => store.get().sharing || initialSharing();
  const patch = (part, value) =>
    store.set((s) => {
      const cur = s.sharing || initialSharing();
      return { sharing: { ...cur, [part]: typeof value === 'function' ? value(cur[part]) : value } };
    });
  const now = () => (deps.now || (() => new Date()))();
  const makeKey = () => (deps.randomKey ? deps.randomKey() : randomKey());

  // Keys added in this session, by project id. Undo restores whole earlier documents, which would take the
  // key away again and orphan every copy already shared; so when the open project loses a key we added,
  // it is put back (without an undo step of its own).
  const addedKeys = new Map();
  let healing = false;
  store.subscribe((state) => {
    const cur = state.current;
    if (!cur && state.projects.length === 0 && state.damaged.length === 0) addedKeys.clear(); // all local data deleted
    if (healing || !cur || !addedKeys.has(cur.id) || cur.doc.pseudonymKey) return;
    healing = true;
    const key = addedKeys.get(cur.id);
    ctx
      .enqueue(async () => {
        const now2 = store.get().current;
        if (now2 && now2.id === cur.id && !now2.doc.pseudonymKey) {
          await ctx.commitResult({ ...now2.doc, pseudonymKey: key }, { open: true, record: false });
        }
      })
      .finally(() => {
        healing = false;
      });
  });

  /** Make the pseudonymised copy and download it; a project without a key gets one, saved first. Job titles and
   *  locations are dropped unless keepRoles / keepLocations; small units are pooled (core/survey/pool.hpp), and
   *  what was pooled and dropped is kept in sharing.pseudo.report for the view to list. */
  async function exportPseudonymized({ keepRoles = false, keepLocations = false } = {}) {
    const cur = store.get().current;
    if (!cur) return null;
    patch('pseudo', { status: 'working', fileName: null, errors: [], keyAdded: false, report: null });
    let doc = cur.doc;
    let keyAdded = false;
    if (typeof doc.pseudonymKey !== 'string' || doc.pseudonymKey.length < 32) {
      let key;
      try {
        await randomReady;
        key = makeKey();
      } catch (e) {
        patch('pseudo', {
          status: 'failed',
          fileName: null,
          errors: [localError('no-random', e.message)],
          keyAdded: false
        });
        return null;
      }
      // Through the edit queue, so the key lands on the newest document and no edit overwrites it.
      const saved = await ctx.enqueue(async () => {
        const latest = store.get().current;
        if (!latest || latest.id !== cur.id) return { ok: false, errors: [localError('no-project')] };
        return ctx.commitResult({ ...latest.doc, pseudonymKey: key }, { open: true, record: false });
      });
      if (!saved.ok) {
        patch('pseudo', { status: 'failed', fileName: null, errors: saved.errors || [], keyAdded: false });
        return null;
      }
      addedKeys.set(cur.id, key);
      doc = saved.doc;
      keyAdded = true;
    }
    const env = await deps.core.pseudonymize(doc, {
      lang: ctx.lang(),
      keepRoles: !!keepRoles,
      keepLocations: !!keepLocations
    });
    if (!env.ok) {
      patch('pseudo', { status: 'failed', fileName: null, errors: env.errors || [], keyAdded });
      return null;
    }
    const fileName = `${slugify(projectName(doc))}-pseudonymisert.json`;
    deps.download(fileName, `${JSON.stringify(env.result.project, null, 2)}\n`, 'application/json');
    patch('pseudo', { status: 'ok', fileName, errors: [], keyAdded, report: env.result.report || null });
    return fileName;
  }

  /** The other municipalities remembered for a project, in the order they were added. */
  function referencesFor(projectId) {
    if (!projectId) return [];
    return parseEntries(deps.prefs.get(referenceKey(projectId)));
  }

  async function readFileBytes(file) {
    if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
    return file.text();
  }

  const bumpReferences = () =>
    store.set((s) => ({ sharing: { ...(s.sharing || initialSharing()), refVersion: get().refVersion + 1 } }));

  /** Read another municipality's project file, check it, analyse it with the open project's options and
   *  remember its key figures (the core's) for the open project. Nothing of the file itself is kept. */
  async function loadReference(file) {
    const cur = store.get().current;
    const fileName = file && file.name ? String(file.name) : '?';
    if (!cur) return null;
    const fail = (errors) => {
      patch('reference', { status: 'failed', fileName, errors });
      return null;
    };
    const before = referencesFor(cur.id);
    if (before.length >= MAX_REFERENCES && !before.some((e) => e.fileName === fileName))
      return fail([{ ...localError('reference-too-many'), params: { count: MAX_REFERENCES } }]);
    if (typeof file.size === 'number' && file.size > MAX_IMPORT_BYTES) return fail([localError('reference-too-large')]);
    patch('reference', { status: 'checking', fileName, errors: [] });
    let text;
    try {
      text = await readFileBytes(file);
    } catch (e) {
      return fail([localError('reference-read-failed', e && e.message ? e.message : String(e))]);
    }
    const env = await deps.core.validate(text, { lang: ctx.lang() });
    if (!env.ok) return fail(env.errors || []);
    const doc = env.result;
    const analysisOptions = (store.get().analysis && store.get().analysis.options) || {};
    const opts = effectiveOptions(doc, { ...analysisOptions, waveId: null }, ctx.lang());
    if (!opts.waveId) return fail([localError('reference-no-wave')]);
    // The same engine as the open project's analysis (the Worker). A run cancelled by the open project's
    // queue is tried once more.
    let an = await deps.core.analyze(doc, opts);
    if (!an.ok && (an.errors || []).some((e) => e.code === 'analysis-cancelled'))
      an = await deps.core.analyze(doc, opts);
    if (!an.ok) return fail(an.errors || []);
    const entry = makeEntry({ result: an.result, fileName, options: opts, loadedAt: now().toISOString() });
    const entries = withEntry(referencesFor(cur.id), entry);
    const remembered = deps.prefs.set(referenceKey(cur.id), entriesText(entries));
    patch('reference', { status: 'ok', fileName, errors: [], remembered: remembered !== false, projectId: cur.id });
    bumpReferences();
    return entry;
  }

  /** Several files, one after another (each is analysed in the Worker); the last report stays. */
  async function loadReferences(files) {
    const added = [];
    for (const file of Array.from(files || [])) {
      const entry = await loadReference(file);
      if (!entry) break; // the failure names the file; the files before it stay added
      added.push(entry);
    }
    return added;
  }

  /** Forget one other municipality (by its position in the list). */
  function removeReference(index) {
    const cur = store.get().current;
    if (!cur) return;
    const entries = referencesFor(cur.id);
    const gone = entries[index];
    if (!gone) return;
    const rest = entries.filter((e, i) => i !== index);
    if (rest.length) deps.prefs.set(referenceKey(cur.id), entriesText(rest));
    else deps.prefs.remove(referenceKey(cur.id));
    patch('reference', { status: 'idle', fileName: null, errors: [] });
    bumpReferences();
    ctx.notice('reference.removed', { name: gone.name });
  }

  /** The side-by-side table as CSV (the core writes it), named for the project. */
  async function downloadFiguresTable({ result, excel = false }) {
    const cur = store.get().current;
    if (!cur) return null;
    const entries = tableEntries(projectName(cur.doc), figuresOf(result), referencesFor(cur.id));
    const env = await deps.core.figuresTable(entries, { norwegianExcel: !!excel, lang: ctx.lang() });
    if (!env.ok) {
      patch('reference', { status: 'failed', fileName: null, errors: env.errors || [] });
      return null;
    }
    const stamp = now().toISOString().slice(0, 10);
    const fileName = `${slugify(projectName(cur.doc))}-nokkeltall-${excel ? 'excel-' : ''}${stamp}.csv`;
    deps.download(fileName, env.result.csv, 'text/csv;charset=utf-8');
    ctx.notice('reference.downloaded', { file: fileName });
    return fileName;
  }

  /** One wave's network as files for other tools; every file the core returns is downloaded. */
  async function exportNetwork({ waveId, format, measures = true, weighted = false }) {
    const cur = store.get().current;
    if (!cur) return null;
    if (!NETWORK_FORMATS.includes(format)) {
      patch('network', { status: 'failed', files: [], errors: [localError('bad-format', String(format))] });
      return null;
    }
    patch('network', { status: 'working', files: [], errors: [] });
    const excel = format.endsWith('-excel');
    const opts = {
      format: excel ? format.slice(0, -'-excel'.length) : format,
      measures: !!measures,
      norwegianExcel: excel,
      weighted: !!weighted,
      lang: ctx.lang()
    };
    if (waveId) opts.waveId = waveId;
    const env = await deps.core.exportNetwork(cur.doc, opts);
    if (!env.ok) {
      patch('network', { status: 'failed', files: [], errors: env.errors || [] });
      return null;
    }
    const prefix = `${slugify(projectName(cur.doc))}-${slugify(env.result.waveId || '', 'runde')}`;
    const names = [];
    for (const f of env.result.files || []) {
      const name = `${prefix}-${excel ? 'excel-' : ''}${f.name}`;
      deps.download(name, f.text, f.mime || 'text/plain');
      names.push(name);
    }
    patch('network', { status: 'ok', files: names, errors: [], nodes: env.result.nodes, edges: env.result.edges });
    return names;
  }

  if (!store.get().sharing) store.set({ sharing: initialSharing() });

  return {
    exportPseudonymized,
    referencesFor,
    loadReference,
    loadReferences,
    removeReference,
    downloadFiguresTable,
    exportNetwork,
    clearSharingReport: (part) => patch(part, initialSharing()[part])
  };
}
