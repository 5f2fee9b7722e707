// A small queue for analysis requests (pure: timers and the executor come in).
//
// - Requests are debounced per channel ("analyze", "compare"): a burst of edits
//   becomes one run.
// - A newer request on a channel supersedes an older one: a waiting request is
//   dropped, a running one's answer is thrown away when it arrives; a running one
//   that has already been slow for `slowAfter` ms is aborted at once.
// - One request runs at a time (the core is single-threaded).
// - `slow` turns true when a run has taken longer than `slowAfter` ms, so the UI can
//   show "Analyserer …" only for work people would notice.
// - cancel() aborts the running request (the executor's abort() terminates and
//   re-creates the worker) and drops the waiting ones.
// Every submit() resolves (never rejects) with { status: 'done', value } |
// { status: 'superseded' } | { status: 'cancelled' } | { status: 'failed', error }.

export function createRequestQueue({
  execute,
  abort = () => {},
  delay = 150,
  slowAfter = 500,
  setTimer = (fn, ms) => setTimeout(fn, ms),
  clearTimer = (id) => clearTimeout(id),
  onChange = () => {}
}) {
  const waiting = new Map(); // channel -> { payload, resolve, timer, ready, seq }
  let running = null; // { channel, resolve, superseded, token, slowTimer }
  let slow = false;
  let seq = 0;
  let token = 0;

  function status() {
    return { running: running ? running.channel : null, slow, waiting: [...waiting.keys()] };
  }

  function changed() {
    onChange(status());
  }

  function finishRunning(outcome) {
    const job = running;
    if (!job) return;
    running = null;
    clearTimer(job.slowTimer);
    slow = false;
    job.resolve(job.superseded && outcome.status === 'done' ? { status: 'superseded' } : outcome);
  }

  function next() {
    if (running) return;
    const ready = [...waiting.entries()].filter(([, job]) => job.ready).sort((a, b) => a[1].seq - b[1].seq);
    if (ready.length === 0) {
      changed();
      return;
    }
    const [channel, job] = ready[0];
    waiting.delete(channel);
    token += 1;
    const mine = token;
    running = { channel, resolve: job.resolve, superseded: false, token: mine, slowTimer: null };
    running.slowTimer = setTimer(() => {
      if (running && running.token === mine) {
        slow = true;
        changed();
      }
    }, slowAfter);
    changed();
    let promise;
    try {
      promise = Promise.resolve(execute(channel, job.payload));
    } catch (e) {
      promise = Promise.reject(e);
    }
    promise.then(
      (value) => {
        if (!running || running.token !== mine) return; // aborted meanwhile
        finishRunning({ status: 'done', value });
        next();
      },
      (error) => {
        if (!running || running.token !== mine) return;
        finishRunning({ status: 'failed', error });
        next();
      }
    );
  }

  function abortRunning() {
    if (!running) return;
    const job = running;
    finishRunning({ status: job.superseded ? 'superseded' : 'cancelled' });
    try {
      abort();
    } catch (e) {
      // The executor could not abort; its answer will be ignored anyway.
    }
  }

  function submit(channel, payload) {
    return new Promise((resolve) => {
      const old = waiting.get(channel);
      if (old) {
        clearTimer(old.timer);
        old.resolve({ status: 'superseded' });
      }
      seq += 1;
      const job = { payload, resolve, ready: false, seq, timer: null };
      waiting.set(channel, job);
      if (running && running.channel === channel) {
        running.superseded = true;
        if (slow) {
          abortRunning();
        }
      }
      job.timer = setTimer(() => {
        job.ready = true;
        next();
      }, delay);
      changed();
    });
  }

  function cancel() {
    for (const job of waiting.values()) {
      clearTimer(job.timer);
      job.resolve({ status: 'cancelled' });
    }
    waiting.clear();
    abortRunning();
    changed();
  }

  return { submit, cancel, status };
}
