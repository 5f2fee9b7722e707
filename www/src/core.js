// The only module that touches the WASM core (BosamCore). Every call goes through
// callCore(), which turns whatever happens (a normal envelope, a malformed answer,
// a missing function, a WASM abort) into a parsed envelope:
//   { ok: true,  result, warnings: [...], errors: [] }
//   { ok: false, result: null, warnings: [...], errors: [{ path, code, message, line?, column? }] }
// Views never call this module's instance directly; they go through state actions.

/** Error codes produced here (not by the core). The UI has texts for them (coreError.*). */
export const LOCAL_ERROR_CODES = ['core-unavailable', 'core-crash', 'core-bad-response', 'core-missing-function'];

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
  const errors = Array.isArray(env.errors) && env.errors.length > 0
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
      instancePromise.catch(() => { instancePromise = null; });
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
    callCore
  };
}

/** The core inlined into the page: tools/bundle.mjs puts BosamCore's script before the app. */
export function createPageCore(scope = globalThis) {
  return createCore(() => {
    if (typeof scope.BosamCore !== 'function') throw new Error('BosamCore is missing from the page');
    return scope.BosamCore();
  });
}
