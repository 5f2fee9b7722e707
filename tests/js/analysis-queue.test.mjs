// The analysis request queue: debounce, supersede, one at a time, slow flag, cancel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequestQueue } from '../../www/src/lib/analysis-queue.js';

/** Manual timers: advance(ms) fires what is due, in order. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const due = new Map();
  return {
    setTimer: (fn, ms) => {
      const id = next++;
      due.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (id) => {
      due.delete(id);
    },
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        const ready = [...due.entries()]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at || a[0] - b[0]);
        if (!ready.length) break;
        const [id, timer] = ready[0];
        due.delete(id);
        now = timer.at;
        timer.fn();
        await flush();
      }
      now = end;
      await flush();
    }
  };
}

const flush = () => new Promise((r) => setImmediate(r));

/** An executor whose runs finish only when the test says so. */
function controlledExecutor() {
  const runs = [];
  let aborted = 0;
  return {
    runs,
    aborted: () => aborted,
    execute: (channel, payload) => new Promise((resolve, reject) => runs.push({ channel, payload, resolve, reject })),
    abort: () => {
      aborted += 1;
    }
  };
}

function setup(extra = {}) {
  const timers = fakeTimers();
  const exec = controlledExecutor();
  const changes = [];
  const queue = createRequestQueue({
    execute: exec.execute,
    abort: exec.abort,
    delay: 100,
    slowAfter: 500,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    onChange: (s) => changes.push(s),
    ...extra
  });
  return { timers, exec, queue, changes };
}

test('requests are debounced: a burst becomes one run with the last payload', async () => {
  const { timers, exec, queue } = setup();
  const outcomes = [1, 2, 3].map((n) => queue.submit('analyze', n));
  await timers.advance(50);
  assert.equal(exec.runs.length, 0, 'nothing runs before the debounce delay');
  await timers.advance(100);
  assert.equal(exec.runs.length, 1);
  assert.equal(exec.runs[0].payload, 3);
  exec.runs[0].resolve('result-3');
  const results = await Promise.all(outcomes);
  assert.deepEqual(results, [
    { status: 'superseded' },
    { status: 'superseded' },
    { status: 'done', value: 'result-3' }
  ]);
});

test('a newer request supersedes a running one: the older answer is thrown away', async () => {
  const { timers, exec, queue } = setup();
  const first = queue.submit('analyze', 'old');
  await timers.advance(100);
  assert.equal(exec.runs.length, 1);
  const second = queue.submit('analyze', 'new');
  exec.runs[0].resolve('old-result');
  assert.deepEqual(await first, { status: 'superseded' });
  await timers.advance(100);
  assert.equal(exec.runs.length, 2);
  assert.equal(exec.runs[1].payload, 'new');
  exec.runs[1].resolve('new-result');
  assert.deepEqual(await second, { status: 'done', value: 'new-result' });
  assert.equal(exec.aborted(), 0, 'a quick run is left to finish, not aborted');
});

test('one run at a time, across channels, in order of submission', async () => {
  const { timers, exec, queue } = setup();
  const a = queue.submit('analyze', 'A');
  const c = queue.submit('compare', 'C');
  await timers.advance(100);
  assert.equal(exec.runs.length, 1);
  assert.equal(exec.runs[0].channel, 'analyze');
  exec.runs[0].resolve('a');
  await flush();
  assert.equal(exec.runs.length, 2);
  assert.equal(exec.runs[1].channel, 'compare');
  exec.runs[1].resolve('c');
  assert.deepEqual(await a, { status: 'done', value: 'a' });
  assert.deepEqual(await c, { status: 'done', value: 'c' });
});

test('slow runs raise the slow flag after 0.5 s; a newer request then aborts the slow run', async () => {
  const { timers, exec, queue, changes } = setup();
  const first = queue.submit('analyze', 1);
  await timers.advance(100);
  assert.equal(queue.status().slow, false);
  await timers.advance(499);
  assert.equal(queue.status().slow, false, 'not slow before 0.5 s');
  await timers.advance(2);
  assert.equal(queue.status().slow, true);
  assert.ok(changes.some((s) => s.slow && s.running === 'analyze'));
  const second = queue.submit('analyze', 2);
  assert.equal(exec.aborted(), 1, 'the slow run is aborted at once');
  assert.deepEqual(await first, { status: 'superseded' });
  exec.runs[0].resolve('late answer');
  await timers.advance(100);
  assert.equal(exec.runs.length, 2);
  exec.runs[1].resolve('two');
  assert.deepEqual(await second, { status: 'done', value: 'two' });
  assert.equal(queue.status().slow, false);
});

test('cancel aborts the running request and drops the waiting ones', async () => {
  const { timers, exec, queue } = setup();
  const running = queue.submit('analyze', 1);
  await timers.advance(100);
  const waiting = queue.submit('compare', 2);
  queue.cancel();
  assert.equal(exec.aborted(), 1);
  assert.deepEqual(await running, { status: 'cancelled' });
  assert.deepEqual(await waiting, { status: 'cancelled' });
  exec.runs[0].resolve('ignored');
  await timers.advance(1000);
  assert.equal(exec.runs.length, 1, 'nothing more runs');
  assert.deepEqual(queue.status(), { running: null, slow: false, waiting: [] });
});

test('a failing run resolves as failed and the queue carries on', async () => {
  const { timers, exec, queue } = setup();
  const bad = queue.submit('analyze', 1);
  await timers.advance(100);
  exec.runs[0].reject(new Error('boom'));
  const outcome = await bad;
  assert.equal(outcome.status, 'failed');
  assert.equal(outcome.error.message, 'boom');
  const good = queue.submit('analyze', 2);
  await timers.advance(100);
  exec.runs[1].resolve('ok');
  assert.deepEqual(await good, { status: 'done', value: 'ok' });
});

test('an executor that throws synchronously is a failure, not a crash', async () => {
  const timers = fakeTimers();
  const queue = createRequestQueue({
    execute: () => {
      throw new Error('sync');
    },
    delay: 10,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer
  });
  const p = queue.submit('analyze', 1);
  await timers.advance(10);
  assert.equal((await p).status, 'failed');
});
