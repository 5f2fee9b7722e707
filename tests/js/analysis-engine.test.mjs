// The analysis Worker: the Blob's script (the inlined core + the worker body) runs in a
// separate global (node's vm stands in for the Worker), answers like the main thread,
// falls back to the main thread when a Worker cannot be made, and is terminated and
// made anew on cancel. Then the state layer: automatic, debounced analysis of the open
// project with the options the views share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalysisEngine, findCoreSource, workerScript, createCore } from '../../www/src/core.js';
import { analysisWorkerMain } from '../../www/src/analysis-worker.js';
import { makeApp } from './fixtures/harness.mjs';
import { effectiveOptions, compareWaves, initialAnalysis } from '../../www/src/state/analysis-actions.js';

const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');
const haveCore = existsSync(CORE_JS);
const require = createRequire(import.meta.url);
const skip = !haveCore && 'no WASM core';

/** A scope with Blob, URL and a Worker that runs the script in its own vm context. */
function fakeScope({ workerThrows = false } = {}) {
  const blobs = new Map();
  const workers = [];
  class FakeBlob {
    constructor(parts) {
      this.text = parts.join('');
    }
  }
  class FakeWorker {
    constructor(url) {
      if (workerThrows) throw new Error('SecurityError: blocked by CSP');
      this.terminated = false;
      // What a real Worker global offers the core (it needs crypto and performance, like in a page).
      const sandbox = {
        console,
        setTimeout,
        clearTimeout,
        TextDecoder,
        TextEncoder,
        atob,
        crypto: globalThis.crypto,
        performance
      };
      sandbox.self = sandbox;
      sandbox.postMessage = (data) =>
        setImmediate(() => {
          if (!this.terminated && this.onmessage) this.onmessage({ data: structuredClone(data) });
        });
      this.sandbox = sandbox;
      workers.push(this);
      vm.runInNewContext(blobs.get(url), sandbox);
    }
    postMessage(data) {
      setImmediate(() => {
        if (!this.terminated && this.sandbox.onmessage) this.sandbox.onmessage({ data: structuredClone(data) });
      });
    }
    terminate() {
      this.terminated = true;
    }
  }
  let n = 0;
  return {
    workers,
    Blob: FakeBlob,
    Worker: FakeWorker,
    URL: {
      createObjectURL: (blob) => {
        n += 1;
        blobs.set(`blob:${n}`, blob.text);
        return `blob:${n}`;
      },
      revokeObjectURL: (u) => blobs.delete(u)
    },
    console: { warn: () => {} }
  };
}

test('findCoreSource picks the inlined core script, not the app', () => {
  const scripts = [{ text: 'var app = "BosamCore";' }, { text: '\nvar BosamCore = (() => {})();' }, { text: 'x' }];
  assert.equal(findCoreSource(scripts), scripts[1].text);
  assert.equal(findCoreSource([]), '');
  assert.match(
    workerScript('var BosamCore = 1;'),
    /^var BosamCore = 1;\n;\(function analysisWorkerMain\(scope, factory\)/
  );
});

test('the worker body answers calls, reports crashes and missing functions', async () => {
  const posted = [];
  const scope = { postMessage: (m) => posted.push(m) };
  let calls = 0;
  analysisWorkerMain(scope, () => ({
    analyze: (a, b) => {
      calls += 1;
      if (a === 'crash') throw new Error('unreachable');
      return `{"ok":true,"result":${b}}`;
    }
  }));
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(posted.shift(), { kind: 'ready' });
  scope.onmessage({ data: { id: 1, method: 'analyze', args: ['doc', '7'] } });
  scope.onmessage({ data: { id: 2, method: 'nope', args: [] } });
  scope.onmessage({ data: { id: 3, method: 'analyze', args: ['crash', '1'] } });
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(posted, [
    { id: 1, kind: 'ok', raw: '{"ok":true,"result":7}' },
    { id: 2, kind: 'error', code: 'core-missing-function', message: 'nope' },
    { id: 3, kind: 'error', code: 'core-crash', message: 'analyze: unreachable' }
  ]);
  assert.equal(calls, 2);
});

test('the Worker script is self-contained: the real core analyses in its own global', { skip }, async () => {
  const source = readFileSync(CORE_JS, 'utf8');
  const scope = fakeScope();
  const mainCore = createCore(() => require(CORE_JS)());
  let mainCalls = 0;
  const engine = createAnalysisEngine({
    scope,
    source,
    mainCall: (...a) => {
      mainCalls += 1;
      return mainCore.callCore(...a);
    }
  });
  const doc = (await mainCore.demo()).result;
  const viaWorker = await engine.call('analyze', JSON.stringify(doc), '{}');
  assert.equal(viaWorker.ok, true, JSON.stringify(viaWorker.errors));
  assert.equal(engine.mode(), 'worker');
  assert.equal(mainCalls, 0, 'nothing ran on the main thread');
  const direct = await mainCore.callCore('analyze', JSON.stringify(doc), '{}');
  assert.deepEqual(viaWorker.result.network, direct.result.network);
  assert.equal(scope.workers.length, 1);
  const bad = await engine.call('analyze', '{"truncated":', '{}');
  assert.equal(bad.ok, false);

  // Cancel: the pending call answers 'analysis-cancelled', the Worker is replaced, the next call works.
  const pending = engine.call('analyze', JSON.stringify(doc), '{}');
  assert.equal(engine.terminate(), true);
  const cancelled = await pending;
  assert.equal(cancelled.errors[0].code, 'analysis-cancelled');
  assert.equal(scope.workers[0].terminated, true);
  assert.equal(scope.workers.length, 2, 'a fresh Worker is started at once');
  const again = await engine.call(
    'compare',
    JSON.stringify(doc),
    JSON.stringify({ from: doc.waves[0].id, to: doc.waves[1].id })
  );
  assert.equal(again.ok, true);
});

test('no Worker (blocked, or missing): the main thread answers instead', async () => {
  const main = (method, ...args) => Promise.resolve({ ok: true, result: { method, args }, warnings: [], errors: [] });
  const blocked = createAnalysisEngine({
    scope: fakeScope({ workerThrows: true }),
    source: 'var BosamCore = 1;',
    mainCall: main
  });
  assert.deepEqual((await blocked.call('analyze', 'a', 'b')).result, { method: 'analyze', args: ['a', 'b'] });
  assert.equal(blocked.mode(), 'main');
  assert.equal(blocked.terminate(), false, 'nothing to terminate on the main thread');
  const noSource = createAnalysisEngine({ scope: fakeScope(), source: '', mainCall: main });
  assert.equal((await noSource.call('analyze', 'x')).ok, true);
  assert.equal(noSource.mode(), 'main');
});

test('a Worker whose core fails to load hands its pending calls to the main thread', async () => {
  const scope = fakeScope();
  const main = (method) => Promise.resolve({ ok: true, result: `main:${method}`, warnings: [], errors: [] });
  // A "core" whose factory throws inside the Worker.
  const engine = createAnalysisEngine({
    scope,
    source: 'var BosamCore = function () { throw new Error("no wasm"); };',
    mainCall: main
  });
  const answer = await engine.call('analyze', '{}', '{}');
  assert.equal(answer.result, 'main:analyze');
  assert.equal(engine.mode(), 'main');
  assert.equal(scope.workers[0].terminated, true);
});

test('effective options: an existing wave (else the latest), frequency clamped, the language', () => {
  const doc = {
    waves: [
      { id: 'w-1', date: '2025-01-01' },
      { id: 'w-2', date: '2026-01-01' }
    ]
  };
  assert.deepEqual(effectiveOptions(doc, { ...initialAnalysis().options, minFrequency: 9 }, 'en'), {
    waveId: 'w-2',
    weighted: false,
    reciprocated: false,
    minFrequency: 4,
    groupLayout: true,
    lang: 'en'
  });
  assert.equal(effectiveOptions(doc, { waveId: 'w-1' }, 'nb').waveId, 'w-1');
  assert.equal(effectiveOptions(doc, { waveId: 'gone' }, 'nb').waveId, 'w-2');
  assert.deepEqual(compareWaves(doc, { waveId: 'w-2' }, { compareFrom: null }), { from: 'w-1', to: 'w-2' });
  assert.equal(compareWaves({ waves: [{ id: 'w-1' }] }, { waveId: 'w-1' }, {}), null);
});

test('the open project is analysed automatically, and again when the options change', { skip }, async () => {
  const h = await makeApp({ instance: await require(CORE_JS)() });
  await h.actions.loadDemo();
  let a = await h.actions.analysisIdle();
  assert.equal(a.status, 'ready');
  assert.equal(a.resultFor.projectId, h.state().current.id);
  const edgesAll = a.result.network.edges;
  h.actions.setAnalysisOptions({ minFrequency: 3 });
  a = await h.actions.analysisIdle();
  assert.equal(a.result.options.minFrequency, 3);
  assert.ok(a.result.network.edges < edgesAll);
  h.actions.setMapDisplay({ mode: 'compare' });
  a = await h.actions.analysisIdle();
  assert.equal(a.compare.status, 'ready');
  assert.equal(a.compare.result.to, a.result.waveId);
  h.actions.setAnalysisOptions({ waveId: 'no-such-wave' });
  a = await h.actions.analysisIdle();
  assert.equal(a.status, 'ready', 'an unknown wave falls back to the latest');
});
