// Importing a network (CSV edge/node lists or GraphML) as a new wave of the open project (docs/formats.md).
// state.netImport holds the chosen files (name, text, the core's preview), the column mapping and the last
// result. The core decides everything (csvPreview, importNetwork); the new project is kept through ctx.commit,
// so it is validated again, saved, and one undo step ("Angre: import …") takes it back.
import { MAX_IMPORT_BYTES } from './transfer-actions.js';

export const NETIMPORT_ROLES = ['edges', 'nodes', 'graphml'];
const EDGE_KEYS = ['from', 'to', 'frequency', 'types'];
const NODE_KEYS = ['nodeId', 'nodeName', 'nodeUnit'];

export function emptyNetImport() {
  return {
    format: 'csv', // 'csv' | 'graphml'
    files: { edges: null, nodes: null, graphml: null }, // { name, text, preview }
    mapping: { from: '', to: '', frequency: '', types: '', nodeId: '', nodeName: '', nodeUnit: '' },
    weightColumn: '', // the suggested weight column: sent as mapping.weight when chosen as frequency
    match: 'id',
    waveLabel: '',
    defaultFrequency: '',
    status: 'idle', // 'idle' | 'reading' | 'importing' | 'failed' | 'ok'
    errors: [],
    warnings: [],
    report: null
  };
}

/** The importNetwork options for the current choices (pure; tests call it). */
export function importOptions(ni, lang) {
  const m = ni.mapping;
  const mapping = {};
  for (const key of ['from', 'to', 'types', 'nodeName', 'nodeUnit', ...(ni.format === 'csv' ? ['nodeId'] : [])]) {
    if (m[key]) mapping[key] = m[key];
  }
  if (m.frequency) mapping[m.frequency === ni.weightColumn ? 'weight' : 'frequency'] = m.frequency;
  const options = { format: ni.format, mapping, match: ni.match, lang, wave: { label: ni.waveLabel.trim() } };
  if (!m.frequency && ni.defaultFrequency) options.defaultFrequency = Number(ni.defaultFrequency);
  if (ni.format === 'graphml') {
    options.graphml = ni.files.graphml ? ni.files.graphml.text : '';
    options.graphmlName = ni.files.graphml ? ni.files.graphml.name : '';
  } else {
    options.edges = ni.files.edges ? ni.files.edges.text : '';
    options.edgesName = ni.files.edges ? ni.files.edges.name : '';
    if (ni.files.nodes) {
      options.nodes = ni.files.nodes.text;
      options.nodesName = ni.files.nodes.name;
    }
  }
  return options;
}

/**
 * What must still be chosen before the import can run (pure): 'from', 'to' (CSV), 'nodeId' (with a person list),
 * 'frequency' (a column, or one frequency for all). The view names them in plain words and keeps the button off,
 * so the core's mapping errors (path mapping.from, code import-missing-mapping) never reach the coordinator.
 */
export function missingChoices(ni) {
  const m = ni.mapping;
  const missing = [];
  if (ni.format === 'csv') {
    if (!m.from) missing.push('from');
    if (!m.to) missing.push('to');
    if (ni.files.nodes && !m.nodeId) missing.push('nodeId');
  }
  if (!m.frequency && !ni.defaultFrequency) missing.push('frequency');
  return missing;
}

export function netimportActions(ctx) {
  const { store, deps } = ctx;
  const ni = () => store.get().netImport || emptyNetImport();
  const set = (patch) => store.set({ netImport: { ...ni(), ...patch } });

  // The files, preview and mapping belong to the project they were chosen for: when another project is opened
  // (or none), the panel starts afresh instead of offering the last project's file.
  let shownFor = store.get().current ? store.get().current.id : null;
  store.subscribe((state) => {
    const id = state.current ? state.current.id : null;
    if (id === shownFor) return;
    shownFor = id;
    if (state.netImport) store.set({ netImport: null });
  });

  /** Read a chosen file (role: edges | nodes | graphml), show its preview and pre-fill the mapping. */
  async function netImportFile(role, file) {
    if (!NETIMPORT_ROLES.includes(role) || !file) return false;
    const name = file.name ? String(file.name) : role;
    const failed = (errors) => {
      set({ status: 'failed', errors, warnings: [], report: null, files: { ...ni().files, [role]: null } });
      return false;
    };
    if (typeof file.size === 'number' && file.size > MAX_IMPORT_BYTES) {
      return failed([{ path: name, code: 'too-large', message: ctx.t('netimport.tooLarge', { file: name }) }]);
    }
    set({ status: 'reading', errors: [], report: null });
    let bytes;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      return failed([{ path: name, code: 'read-failed', message: String(e && e.message ? e.message : e) }]);
    }
    // Bytes to the preview, so the core can name the line of invalid UTF-8; text for the import itself.
    const env = await deps.core.csvPreview(bytes, {
      format: role === 'graphml' ? 'graphml' : 'csv',
      name,
      lang: ctx.lang()
    });
    if (!env.ok) return failed(env.errors);
    const text = new TextDecoder('utf-8').decode(bytes);
    const preview = env.result;
    const s = preview.suggestedMapping || {};
    const cur = ni();
    const mapping = { ...cur.mapping };
    let weightColumn = cur.weightColumn;
    if (role !== 'nodes') {
      for (const key of EDGE_KEYS) mapping[key] = s[key] || '';
      if (!mapping.frequency && s.weight) mapping.frequency = s.weight;
      weightColumn = s.frequency ? '' : s.weight || '';
    }
    if (role !== 'edges') for (const key of NODE_KEYS) mapping[key] = s[key] || '';
    const waveLabel = cur.waveLabel || ctx.t('netimport.defaultWaveLabel', { file: name });
    set({
      status: 'idle',
      errors: [],
      warnings: [],
      report: null,
      mapping,
      weightColumn,
      waveLabel,
      files: { ...cur.files, [role]: { name, text, preview } }
    });
    return true;
  }

  function netImportClearFile(role) {
    const cur = ni();
    const mapping = { ...cur.mapping };
    if (role === 'nodes') for (const key of NODE_KEYS) mapping[key] = '';
    set({ files: { ...cur.files, [role]: null }, mapping, errors: [], report: null, status: 'idle' });
  }

  /** Change choices: { format, match, waveLabel, defaultFrequency } or { mapping: { key: column } }. */
  function netImportSet(patch) {
    const cur = ni();
    const next = { ...patch };
    if (patch.mapping) next.mapping = { ...cur.mapping, ...patch.mapping };
    if (patch.format && patch.format !== cur.format) Object.assign(next, { errors: [], report: null, status: 'idle' });
    set(next);
  }

  /** Import as a new wave of the open project; the result is committed (validated, saved, undoable). */
  async function netImportRun() {
    const cur = store.get().current;
    if (!cur) return null;
    const state = ni();
    set({ status: 'importing', errors: [], warnings: [], report: null });
    const env = await deps.core.importNetwork(cur.doc, importOptions(state, ctx.lang()));
    if (!env.ok) {
      set({ status: 'failed', errors: env.errors, warnings: env.warnings });
      return null;
    }
    const { project, report } = env.result;
    await ctx.takeSnapshot('import');
    const saved = await ctx.commitResult(project, {
      open: true,
      label: { key: 'netimport.history', params: { label: report.wave.label } }
    });
    if (!saved.ok) {
      set({ status: 'failed', errors: saved.errors, warnings: [] });
      return null;
    }
    // The files are done with: clear them, so a second click cannot add the same wave twice.
    store.set({
      netImport: {
        ...emptyNetImport(),
        format: state.format,
        match: state.match,
        status: 'ok',
        warnings: env.warnings,
        report
      }
    });
    return report;
  }

  return {
    netImportFile,
    netImportClearFile,
    netImportSet,
    netImportRun,
    netImportReset: () => store.set({ netImport: emptyNetImport() })
  };
}
