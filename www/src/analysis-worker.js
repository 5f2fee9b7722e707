// The body of the analysis Worker. core.js builds the Worker from a Blob holding the
// page's own inlined core script followed by this function's source text, called as
// analysisWorkerMain(self, <factory that makes the core instance>).
//
// The function must stay SELF-CONTAINED: it is turned into text with toString(), so
// it may not use imports or anything else from this module's scope.
//
// Protocol (main thread -> worker): { id, method, args: [string, …] }
// (worker -> main thread): { kind: 'ready' } once the core is loaded,
//   { kind: 'failed', message } if it cannot load,
//   { id, kind: 'ok', raw } with the core's envelope string, or
//   { id, kind: 'error', code, message } (core-unavailable | core-crash | core-missing-function).
export function analysisWorkerMain(scope, factory) {
  let instance = null;

  function describe(e) {
    return e && typeof e.message === 'string' ? e.message : String(e);
  }

  function load() {
    if (!instance) {
      instance = Promise.resolve().then(() => factory());
      instance.catch(() => {
        instance = null;
      });
    }
    return instance;
  }

  scope.onmessage = (event) => {
    const msg = event && event.data ? event.data : {};
    const id = msg.id;
    const method = String(msg.method || '');
    const args = Array.isArray(msg.args) ? msg.args : [];
    load().then(
      (inst) => {
        if (!inst || typeof inst[method] !== 'function') {
          scope.postMessage({ id, kind: 'error', code: 'core-missing-function', message: method });
          return;
        }
        let raw;
        try {
          raw = inst[method](...args);
        } catch (e) {
          instance = null; // a WASM abort leaves the instance unusable
          scope.postMessage({ id, kind: 'error', code: 'core-crash', message: `${method}: ${describe(e)}` });
          return;
        }
        scope.postMessage({ id, kind: 'ok', raw });
      },
      (e) => {
        scope.postMessage({ id, kind: 'error', code: 'core-unavailable', message: describe(e) });
      }
    );
  };

  load().then(
    () => scope.postMessage({ kind: 'ready' }),
    (e) => scope.postMessage({ kind: 'failed', message: describe(e) })
  );
}
