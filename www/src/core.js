// The only module that touches the WASM core (BosamCore) and the analysis Worker. Every call goes through
// callCore() (or the Worker engine below, which gives the same answers), which turns whatever happens (a normal
// envelope, a malformed answer, a missing function, a WASM abort) into a parsed envelope:
//   { ok: true,  result, warnings: [...], errors: [] }
//   { ok: false, result: null, warnings: [...], errors: [{ path, code, message, line?, column? }] }
// Views never call this module's instance directly; they go through state actions.
import { analysisWorkerMain } from './analysis-worker.js';

/** Error codes produced here (not by the core). The UI has texts for them (coreError.*). */
export const LOCAL_ERROR_CODES = [
  'core-unavailable',
  'core-crash',
  'core-bad-response',
  'core-missing-function',
  'analysis-cancelled'
];

function localError(code, message) {
  return { ok: false, result: null, warnings: [], errors: [{ path: '$', code, message: String(message || '') }] };
}

function normaliseError(err) {
  if (!err || typeof err !== 'object') {
    return { path: '$', code: 'core-bad-response', message: String(err) };
  }
  const out = {
    path: typeof err.path === 'string' && err.path ? err.path : '$',
    code: typeof err.code === 'string' && err.code ? err.code : 'unknown',
    message: typeof err.message === 'string' ? err.message : ''
  };
  if (Number.isInteger(err.line)) out.line = err.line;
  if (Number.isInteger(err.column)) out.column = err.column;
  return out;
}

/** Parse the core's JSON envelope string. Never throws. */
export function parseEnvelope(raw) {
  if (typeof raw !== 'string') {
    return localError('core-bad-response', `expected a string, got ${raw === null ? 'null' : typeof raw}`);
  }
  let env;
  try {
    env = JSON.parse(raw);
  } catch (e) {
    return localError('core-bad-response', `the answer is not JSON (${e.message})`);
  }
  if (!env || typeof env !== 'object' || typeof env.ok !== 'boolean') {
    return localError('core-bad-response', 'the answer has no "ok" field');
  }
  const warnings = Array.isArray(env.warnings) ? env.warnings.map(normaliseError) : [];
  if (env.ok) {
    return { ok: true, result: env.result === undefined ? null : env.result, warnings, errors: [] };
  }
  const errors =
    Array.isArray(env.errors) && env.errors.length > 0
      ? env.errors.map(normaliseError)
      : [{ path: '$', code: 'core-bad-response', message: 'the core reported failure without errors' }];
  return { ok: false, result: null, warnings, errors };
}

function describe(e) {
  if (e && typeof e === 'object' && typeof e.message === 'string') return e.message;
  return String(e);
}

/**
 * Wrap a factory (e.g. () => globalThis.BosamCore()) into the async API the app uses.
 * The instance is created on first use. If a call throws (a WASM abort leaves the
 * instance unusable), the instance is dropped and re-created on the next call.
 */
export function createCore(factory) {
  let instancePromise = null;

  function instance() {
    if (!instancePromise) {
      instancePromise = Promise.resolve()
        .then(() => {
          if (typeof factory !== 'function') throw new Error('BosamCore is not loaded');
          return factory();
        })
        .then((inst) => {
          if (!inst || typeof inst !== 'object') throw new Error('BosamCore did not return an instance');
          return inst;
        });
      // A failed start may be retried by a later call.
      instancePromise.catch(() => {
        instancePromise = null;
      });
    }
    return instancePromise;
  }

  async function callCore(name, ...args) {
    let inst;
    try {
      inst = await instance();
    } catch (e) {
      return localError('core-unavailable', describe(e));
    }
    if (typeof inst[name] !== 'function') {
      return localError('core-missing-function', name);
    }
    let raw;
    try {
      raw = inst[name](...args);
    } catch (e) {
      instancePromise = null;
      return localError('core-crash', `${name}: ${describe(e)}`);
    }
    return parseEnvelope(raw);
  }

  const json = (value) => JSON.stringify(value || {});

  return {
    /** Resolve when the core is loaded; returns the version envelope. */
    start: () => callCore('version'),
    version: () => callCore('version'),
    /** parse -> migrate -> validate. text is the raw file (a string, or its bytes as a Uint8Array, which
     *  Embind hands to the core unchanged) or stored JSON. */
    validate: (text, options) =>
      callCore('validate', typeof text === 'string' || text instanceof Uint8Array ? text : String(text), json(options)),
    /** Validate a document object already in memory (e.g. from IndexedDB). */
    validateDoc: (doc, options) => {
      let text;
      try {
        text = JSON.stringify(doc);
      } catch (e) {
        return Promise.resolve(localError('core-bad-response', describe(e)));
      }
      if (typeof text !== 'string') text = 'null';
      return callCore('validate', text, json(options));
    },
    demo: (options) => callCore('demo', json(options)),
    newProject: (options) => callCore('newProject', json(options)),
    /** Analysis of one wave and the comparison of two (docs/analysis.md); here unless an engine is attached. */
    analyze: (doc, options) => callCore('analyze', JSON.stringify(doc), json(options)),
    compare: (doc, options) => callCore('compare', JSON.stringify(doc), json(options)),
    /** Key figures of several projects side by side, and as CSV (core/api compare_projects). projects: [{ name, text }]. */
    compareProjects: (projects, options) => callCore('compareProjects', JSON.stringify(projects || []), json(options)),
    /** The same table from figures already computed: entries [{ name, figures: [{ key, value }] }] -> { csv }. */
    figuresTable: (entries, options) => callCore('figuresTable', JSON.stringify(entries || []), json(options)),
    /** Survey answers into a project, all or nothing (core/api merge). answers: [{ name, text }]. */
    merge: (doc, answers, options) =>
      callCore('merge', JSON.stringify(doc), JSON.stringify(answers || []), json(options)),
    /** The sheets for the people who answered a round (docs/feedback.md); options { waveId, actorId, lang }. */
    feedback: (doc, options) => callCore('feedback', JSON.stringify(doc), json(options)),
    /** A copy with names replaced by stable codes and notes removed; result { project, key } (core/api). */
    pseudonymize: (doc, options) => callCore('pseudonymize', JSON.stringify(doc), json(options)),
    /** The original project's names put back into a pseudonymised copy of it. */
    reidentify: (originalDoc, sharedText, options) =>
      callCore(
        'reidentify',
        JSON.stringify(originalDoc),
        typeof sharedText === 'string' ? sharedText : JSON.stringify(sharedText),
        json(options)
      ),
    /** GraphML, GEXF, Pajek or CSV text of one wave (core/api export_network). */
    exportNetwork: (doc, options) => callCore('exportNetwork', JSON.stringify(doc), json(options)),
    /** Header, first rows and suggested column mapping of a CSV (or, with format 'graphml', a GraphML) file; the
     *  text may be its bytes (Uint8Array), so invalid UTF-8 is reported with its line (core/api csv_preview). */
    csvPreview: (text, options) =>
      callCore(
        'csvPreview',
        typeof text === 'string' || text instanceof Uint8Array ? text : String(text),
        json(options)
      ),
    /** A CSV or GraphML network as a new wave, all or nothing; result { project, report } (core/api import_network). */
    importNetwork: (doc, options) => callCore('importNetwork', JSON.stringify(doc), json(options)),
    /** A staff list's first rows and guessed columns (core/api people_preview); `data` is the CSV's bytes
     *  (Uint8Array, so invalid UTF-8 is named by row) or '' with options.table (rows read from an .xlsx). */
    peoplePreview: (data, options) =>
      callCore('peoplePreview', data instanceof Uint8Array ? data : String(data || ''), json(options)),
    /** A staff list as the project's people, all or nothing; result { project, report } (core/api import_people). */
    importPeople: (doc, data, options) =>
      callCore(
        'importPeople',
        JSON.stringify(doc),
        data instanceof Uint8Array ? data : String(data || ''),
        json(options)
      ),
    /** What a project holds ({ counts }) and what changed since an earlier version of it ({ changes }, null
     *  without one); both through the door (core/api changes). before: a doc or null. */
    changes: (before, after, options) =>
      callCore('changes', before ? JSON.stringify(before) : '', JSON.stringify(after), json(options)),
    /** The project as written to a file: `revision` with a new stamp (core/schema/revision.hpp); options
     *  { stamp: 'r-' + 16 hex from lib/random.js, savedAt: ISO time in UTC }. Quick: on this thread. */
    stamp: (doc, options) => callCore('stamp', JSON.stringify(doc), json(options)),
    /** How a copy that came back (theirs) relates to the open project (mine); result { relation, commonStamps }.
     *  In the page it runs in the Worker (withAnalysisEngine). */
    relate: (mine, theirs, options) =>
      callCore(
        'relate',
        JSON.stringify(mine),
        typeof theirs === 'string' ? theirs : JSON.stringify(theirs),
        json(options)
      ),
    /** The survey answers of waves deleted after the retention date, the aggregate figures kept; with { preview:
     *  true } only what there is to delete (core/api retire_answers). options: { today, waveIds, retiredAt, preview }. */
    retireAnswers: (doc, options) => callCore('retireAnswers', JSON.stringify(doc), json(options)),
    /** Two copies of one project merged over their common version (docs/reconcile.md); options { prefer,
     *  choices, stamp, savedAt }; result { project (null while a conflict is open), conflicts, summary }. */
    reconcile: (base, mine, theirs, options) =>
      callCore('reconcile', JSON.stringify(base), JSON.stringify(mine), JSON.stringify(theirs), json(options)),
    cancelAnalysis: () => {},
    analysisEngine: () => 'main',
    callCore
  };
}

/** The core inlined into the page: tools/bundle.mjs puts BosamCore's script before the app.
 *  Analyses (analyze, compare) run in a Worker made from the same inlined script. */
export function createPageCore(scope = globalThis) {
  const core = createCore(() => {
    if (typeof scope.BosamCore !== 'function') throw new Error('BosamCore is missing from the page');
    return scope.BosamCore();
  });
  return withAnalysisEngine(
    core,
    createAnalysisEngine({
      scope,
      source: () => findCoreSource(scope.document ? scope.document.scripts : []),
      mainCall: core.callCore
    })
  );
}

/** The text of the inlined core script: the first script that starts by defining BosamCore. */
export function findCoreSource(scripts) {
  for (const script of Array.from(scripts || [])) {
    const text = script && typeof script.text === 'string' ? script.text : '';
    if (/^\s*var BosamCore\s*=/.test(text)) return text;
  }
  return '';
}

/** The Worker's script: the core, then the worker body called with a factory for the core. */
export function workerScript(coreSource) {
  return `${coreSource}\n;(${analysisWorkerMain.toString()})(self, function () { return BosamCore(); });\n`;
}

const START_TIMEOUT_MS = 20000;

/**
 * Runs core calls in a Worker built from a Blob of the inlined core. Falls back to
 * mainCall (the page's own instance) when a Worker cannot be made or does not start.
 * terminate() ends the running work at once (pending calls answer 'analysis-cancelled')
 * and starts a fresh Worker for the next call.
 */
export function createAnalysisEngine({ scope = globalThis, source, mainCall, startTimeout = START_TIMEOUT_MS }) {
  let worker = null;
  let url = null;
  let mode = null; // null (not started) | 'starting' | 'worker' | 'main'
  let nextId = 0;
  let startTimer = null;
  const pending = new Map(); // id -> { method, args, resolve }

  const release = () => {
    if (url && scope.URL && scope.URL.revokeObjectURL) scope.URL.revokeObjectURL(url);
    url = null;
  };

  function fallBack(reason) {
    if (worker) {
      try {
        worker.terminate();
      } catch (e) {
        /* already gone */
      }
    }
    worker = null;
    release();
    clearTimeout(startTimer);
    mode = 'main';
    if (scope.console && reason) scope.console.warn(`Bosam: analysis runs on the main thread (${reason})`);
    const calls = [...pending.values()];
    pending.clear();
    calls.forEach((c) => Promise.resolve(mainCall(c.method, ...c.args)).then(c.resolve));
  }

  function start() {
    const text = typeof source === 'function' ? source() : source;
    if (!text || typeof scope.Worker !== 'function' || typeof scope.Blob !== 'function' || !scope.URL) {
      fallBack(text ? 'no Worker support' : 'the core script was not found');
      return;
    }
    try {
      url = scope.URL.createObjectURL(new scope.Blob([workerScript(text)], { type: 'text/javascript' }));
      worker = new scope.Worker(url);
    } catch (e) {
      fallBack(describe(e));
      return;
    }
    mode = 'starting';
    const mine = worker;
    startTimer = setTimeout(() => {
      if (worker === mine && mode === 'starting') fallBack('the Worker did not start');
    }, startTimeout);
    worker.onmessage = (event) => {
      if (worker !== mine) return;
      const msg = event.data || {};
      if (msg.kind === 'ready') {
        mode = 'worker';
        clearTimeout(startTimer);
        release();
        return;
      }
      if (msg.kind === 'failed') {
        fallBack(msg.message);
        return;
      }
      const call = pending.get(msg.id);
      if (!call) return;
      pending.delete(msg.id);
      call.resolve(msg.kind === 'ok' ? parseEnvelope(msg.raw) : localError(msg.code || 'core-crash', msg.message));
    };
    worker.onerror = (event) => {
      if (worker !== mine) return;
      if (event && event.preventDefault) event.preventDefault();
      if (mode === 'starting') {
        fallBack(event && event.message ? event.message : 'the Worker failed to start');
        return;
      }
      // A crash after start: answer what was pending and start afresh next time.
      const calls = [...pending.values()];
      pending.clear();
      stop();
      calls.forEach((c) =>
        c.resolve(localError('core-crash', event && event.message ? event.message : 'worker error'))
      );
    };
  }

  function stop() {
    if (worker) {
      try {
        worker.terminate();
      } catch (e) {
        /* already gone */
      }
    }
    worker = null;
    release();
    clearTimeout(startTimer);
    if (mode !== 'main') mode = null;
  }

  function call(method, ...args) {
    if (mode === null) start();
    if (mode === 'main') return Promise.resolve(mainCall(method, ...args));
    return new Promise((resolve) => {
      nextId += 1;
      pending.set(nextId, { method, args, resolve });
      worker.postMessage({ id: nextId, method, args });
    });
  }

  function terminate() {
    if (mode === 'main' || mode === null) return false;
    const calls = [...pending.values()];
    pending.clear();
    stop();
    calls.forEach((c) => c.resolve(localError('analysis-cancelled', 'cancelled')));
    start(); // warm up a fresh Worker for the next request
    return true;
  }

  return { call, terminate, mode: () => mode };
}

/** The core's API with analyze, compare, feedback, relate and reconcile sent to the engine. */
export function withAnalysisEngine(core, engine) {
  const json = (value) => JSON.stringify(value || {});
  return {
    ...core,
    analyze: (doc, options) => engine.call('analyze', JSON.stringify(doc), json(options)),
    compare: (doc, options) => engine.call('compare', JSON.stringify(doc), json(options)),
    // The sheets run the whole analysis too, so they leave the page's thread free as well.
    feedback: (doc, options) => engine.call('feedback', JSON.stringify(doc), json(options)),
    // relate reads two projects through the door, reconcile four: a large project takes a second or more, so
    // both run off the page.
    relate: (mine, theirs, options) =>
      engine.call(
        'relate',
        JSON.stringify(mine),
        typeof theirs === 'string' ? theirs : JSON.stringify(theirs),
        json(options)
      ),
    reconcile: (base, mine, theirs, options) =>
      engine.call('reconcile', JSON.stringify(base), JSON.stringify(mine), JSON.stringify(theirs), json(options)),
    compareProjects: (projects, options) =>
      engine.call('compareProjects', JSON.stringify(projects || []), json(options)),
    cancelAnalysis: () => engine.terminate(),
    analysisEngine: () => engine.mode()
  };
}
