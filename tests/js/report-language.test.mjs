// The report's own analysis run (state/analysis-actions.js, channel "report"): it runs only while the report view
// asks for a language other than the app's, with the same options and that language, and stops when the view
// closes. A fake core records each call; timers run at once. Also i18n.withLang, which the report renders under.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStore } from '../../www/src/state/store.js';
import { analysisActions } from '../../www/src/state/analysis-actions.js';
import { t, withLang, getLang, setLang } from '../../www/src/i18n.js';

const doc = { id: 'p-1', waves: [{ id: 'w-1', date: '2026-01-01' }] };

function setup() {
  const calls = [];
  const core = {
    analyze: async (d, options) => {
      calls.push(options.lang);
      return { ok: true, result: { lang: options.lang } };
    }
  };
  const store = createStore({ lang: 'nb', current: { id: 'p-1', doc } });
  const actions = analysisActions(
    { store, deps: { core } },
    { timers: { delay: 0, setTimer: (fn) => setTimeout(fn, 0), clearTimer: (id) => clearTimeout(id) } }
  );
  return { store, actions, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

test('no report run while the report follows the app language', async () => {
  const { store, actions, calls } = setup();
  store.set({ lang: 'nb' });
  await settle();
  actions.setReportLanguage('nb'); // the same as the app: nothing more to run
  store.set({ tick: 1 });
  await settle();
  assert.deepEqual(calls, ['nb']);
  assert.equal(store.get().analysis.report.result, null);
});

test('a report in nynorsk runs once more with lang nn, and its result is kept apart', async () => {
  const { store, actions, calls } = setup();
  await settle();
  actions.setReportLanguage('nn');
  await settle();
  assert.deepEqual(calls.sort(), ['nb', 'nn']);
  const a = store.get().analysis;
  assert.equal(a.result.lang, 'nb'); // the app's own result is untouched
  assert.equal(a.report.status, 'ready');
  assert.equal(a.report.result.lang, 'nn');
  assert.equal(a.report.resultFor.projectId, 'p-1');
  // An edit runs both again; closing the report stops the second run.
  store.set({ current: { id: 'p-1', doc: { ...doc } } });
  await settle();
  assert.equal(calls.filter((l) => l === 'nn').length, 2);
  actions.setReportLanguage(null);
  store.set({ current: { id: 'p-1', doc: { ...doc } } });
  await settle();
  assert.equal(calls.filter((l) => l === 'nn').length, 2);
  assert.equal(store.get().analysis.report.result, null);
});

test('withLang renders in another language and gives the reader theirs back, even after an error', () => {
  setLang('nb');
  assert.equal(
    withLang('nn', () => t('report.units')),
    'Einingar og eksterne partnarar'
  );
  assert.equal(t('report.units'), 'Enheter og eksterne partnere');
  assert.throws(() =>
    withLang('en', () => {
      throw new Error('boom');
    })
  );
  assert.equal(getLang(), 'nb');
  assert.equal(
    withLang('se', () => getLang()),
    'nb'
  ); // not a language: the current one stays
});
