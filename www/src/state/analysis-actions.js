// The analysis of the open project: the options the map and the Analyse view share,
// the map's display choices, and the latest analysis (and wave comparison) for them.
// Runs are automatic: whenever the open document, the options or the language change,
// a request goes to the queue (debounced; a newer one supersedes an older one), and
// core.analyze runs it in the Worker. DOM-free; node tests drive it with a fake core.
import { createRequestQueue } from '../lib/analysis-queue.js';
import { latestWaveId, previousWaveId } from '../lib/network-model.js';

export const DEFAULT_OPTIONS = {
  waveId: null,
  weighted: false,
  reciprocated: false,
  minFrequency: 1,
  groupLayout: true
};
export const DEFAULT_DISPLAY = {
  colorBy: 'unit',
  sizeBy: 'degree',
  tieType: 'all',
  directed: true,
  labels: true,
  hiddenUnits: [],
  ego: null,
  selected: null,
  mode: 'wave',
  compareFrom: null
};

export function initialAnalysis() {
  return {
    options: { ...DEFAULT_OPTIONS },
    display: { ...DEFAULT_DISPLAY },
    status: 'idle', // 'idle' | 'no-wave' | 'waiting' | 'ready' | 'error' | 'cancelled'
    running: false,
    slow: false,
    engine: null,
    result: null,
    resultFor: null, // { projectId, waveId, key }
    errors: [],
    compare: { status: 'idle', result: null, resultFor: null, errors: [] },
    // The report in the project's målform when it differs from the person's language: the same analysis with
    // the core's texts in `lang` (null: the report follows the app's language and reads `result`).
    report: { lang: null, status: 'idle', result: null, resultFor: null, errors: [] }
  };
}

const waveIds = (doc) => ((doc && doc.waves) || []).map((w) => w.id);

/** The options actually sent to the core: a wave that exists in this document, the language. */
export function effectiveOptions(doc, options, lang) {
  const ids = waveIds(doc);
  const waveId = options.waveId && ids.includes(options.waveId) ? options.waveId : latestWaveId(doc);
  const minFrequency = Math.min(4, Math.max(1, Math.round(Number(options.minFrequency) || 1)));
  return {
    waveId,
    weighted: !!options.weighted,
    reciprocated: !!options.reciprocated,
    minFrequency,
    groupLayout: options.groupLayout !== false,
    lang
  };
}

/** The two waves to compare: the chosen earlier wave (else the one before), and the analysed wave. */
export function compareWaves(doc, opts, display) {
  const to = opts.waveId;
  const ids = waveIds(doc);
  const from =
    display.compareFrom && display.compareFrom !== to && ids.includes(display.compareFrom)
      ? display.compareFrom
      : previousWaveId(doc, to) || ids.find((id) => id !== to) || null;
  return from && to ? { from, to } : null;
}

export function analysisActions(ctx, { timers } = {}) {
  const { store, deps } = ctx;
  const core = deps.core;
  const docVersions = new WeakMap();
  let versionCounter = 0;
  let submitted = { analyze: null, compare: null, report: null };
  let scheduled = false;

  const get = () => store.get().analysis || initialAnalysis();
  const patch = (p) => store.set((s) => ({ analysis: { ...(s.analysis || initialAnalysis()), ...p } }));
  const engineMode = () => (typeof core.analysisEngine === 'function' ? core.analysisEngine() : 'main');

  function run(channel, { doc, options }) {
    const method = channel === 'compare' ? 'compare' : 'analyze';
    if (typeof core[method] === 'function') return core[method](doc, options);
    return core.callCore(method, JSON.stringify(doc), JSON.stringify(options));
  }

  const queue = createRequestQueue({
    execute: run,
    abort: () => {
      if (typeof core.cancelAnalysis === 'function') core.cancelAnalysis();
    },
    onChange: (status) => patch({ running: status.running !== null || status.waiting.length > 0, slow: status.slow }),
    ...(timers || {})
  });

  function docVersion(doc) {
    if (!docVersions.has(doc)) {
      versionCounter += 1;
      docVersions.set(doc, versionCounter);
    }
    return docVersions.get(doc);
  }

  function submitAnalyze(state, doc, opts) {
    const key = `${state.current.id}#${docVersion(doc)}|${JSON.stringify(opts)}`;
    if (submitted.analyze === key) return;
    submitted.analyze = key;
    patch({ status: get().result ? get().status : 'waiting', errors: [] });
    queue.submit('analyze', { doc, options: opts }).then((outcome) => {
      if (submitted.analyze !== key) return;
      if (outcome.status === 'superseded') return;
      if (outcome.status === 'cancelled') {
        patch({ status: 'cancelled', engine: engineMode() });
        return;
      }
      const env =
        outcome.status === 'done'
          ? outcome.value
          : {
              ok: false,
              errors: [{ path: '$', code: 'core-crash', message: String(outcome.error && outcome.error.message) }]
            };
      if (env && env.ok) {
        patch({
          status: 'ready',
          errors: [],
          result: env.result,
          engine: engineMode(),
          resultFor: { projectId: state.current.id, waveId: opts.waveId, key }
        });
      } else if (env && env.errors && env.errors.some((e) => e.code === 'analysis-cancelled')) {
        patch({ status: 'cancelled', engine: engineMode() });
      } else {
        patch({ status: 'error', errors: (env && env.errors) || [], engine: engineMode() });
      }
    });
  }

  function submitCompare(state, doc, opts) {
    const display = get().display;
    const pair = display.mode === 'compare' ? compareWaves(doc, opts, display) : null;
    if (!pair) {
      submitted.compare = null;
      if (get().compare.status !== 'idle')
        patch({ compare: { status: 'idle', result: null, resultFor: null, errors: [] } });
      return;
    }
    const options = { ...opts, waveId: undefined, ...pair };
    delete options.waveId;
    const key = `${state.current.id}#${docVersion(doc)}|${JSON.stringify(options)}`;
    if (submitted.compare === key) return;
    submitted.compare = key;
    patch({ compare: { ...get().compare, status: 'waiting', errors: [] } });
    queue.submit('compare', { doc, options }).then((outcome) => {
      if (submitted.compare !== key || outcome.status === 'superseded') return;
      const env = outcome.status === 'done' ? outcome.value : null;
      if (env && env.ok) {
        patch({
          compare: {
            status: 'ready',
            result: env.result,
            errors: [],
            resultFor: { projectId: state.current.id, ...pair, key }
          }
        });
      } else {
        patch({
          compare: {
            ...get().compare,
            status: outcome.status === 'cancelled' ? 'cancelled' : 'error',
            errors: (env && env.errors) || []
          }
        });
      }
    });
  }

  // The report's own run: only while the report view asks for a language other than the app's.
  function submitReport(state, doc, opts) {
    const wanted = get().report && get().report.lang;
    if (!wanted || wanted === opts.lang) {
      submitted.report = null;
      return;
    }
    const options = { ...opts, lang: wanted };
    const key = `${state.current.id}#${docVersion(doc)}|${JSON.stringify(options)}`;
    if (submitted.report === key) return;
    submitted.report = key;
    patch({ report: { ...get().report, status: 'waiting', errors: [] } });
    queue.submit('report', { doc, options }).then((outcome) => {
      if (submitted.report !== key || outcome.status === 'superseded') return;
      const env = outcome.status === 'done' ? outcome.value : null;
      const report = get().report;
      if (env && env.ok)
        patch({
          report: {
            ...report,
            status: 'ready',
            result: env.result,
            errors: [],
            resultFor: { projectId: state.current.id, key }
          }
        });
      else
        patch({
          report: {
            ...report,
            status: outcome.status === 'cancelled' ? 'cancelled' : 'error',
            errors: (env && env.errors) || []
          }
        });
    });
  }

  function schedule() {
    const state = store.get();
    const cur = state.current;
    if (!cur || !cur.doc) {
      if (get().result || get().status !== 'idle') {
        queue.cancel();
        submitted = { analyze: null, compare: null, report: null };
        patch({
          ...initialAnalysis(),
          options: get().options,
          display: { ...get().display, ego: null, selected: null, hiddenUnits: [] }
        });
      }
      return;
    }
    const opts = effectiveOptions(cur.doc, get().options, state.lang);
    if (!opts.waveId) {
      // No survey yet: the network views have nothing to draw, but the core still checks the responsibility
      // map and the phases (Oppstart comes before any survey), so the knowledge-base views can work.
      submitted.compare = null;
      submitAnalyze(state, cur.doc, opts);
      submitReport(state, cur.doc, opts);
      return;
    }
    submitAnalyze(state, cur.doc, opts);
    submitCompare(state, cur.doc, opts);
    submitReport(state, cur.doc, opts);
  }

  // Coalesce: react after the store change that triggered us has reached every listener.
  function soon() {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      schedule();
    });
  }

  if (!store.get().analysis) store.set({ analysis: initialAnalysis() });
  store.subscribe(soon);

  return {
    setAnalysisOptions(change) {
      patch({ options: { ...get().options, ...change } });
    },
    /** The report view asks for its language (the project's målform or the reader's choice); null when it
     *  closes, so no second analysis runs while nobody reads the report. */
    setReportLanguage(lang) {
      const report = get().report || initialAnalysis().report;
      if (report.lang === lang) return;
      patch({ report: { ...initialAnalysis().report, lang } });
    },
    setMapDisplay(change) {
      patch({ display: { ...get().display, ...change } });
    },
    /** Select an actor (or null) and show it on the map. */
    showOnMap(actorId) {
      patch({ display: { ...get().display, selected: actorId ? { kind: 'actor', id: actorId } : null } });
      ctx.navigate('network');
    },
    /** Stop the running analysis (the Worker is terminated and made anew). The same request is not sent
     *  again until something changes or retryAnalysis() is called. */
    cancelAnalysis() {
      queue.cancel();
      patch({ status: 'cancelled', running: false, slow: false });
    },
    retryAnalysis() {
      submitted = { analyze: null, compare: null };
      soon();
    },
    /** Resolves when nothing is waiting or running (tests). */
    analysisIdle() {
      return new Promise((resolve) => {
        const check = () => {
          const s = queue.status();
          if (!scheduled && s.running === null && s.waiting.length === 0) resolve(get());
          else setTimeout(check, 10);
        };
        check();
      });
    }
  };
}
