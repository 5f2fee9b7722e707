import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createIdbStorage,
  createMemoryStorage,
  classifyError,
  toStorageError,
  StorageError,
  makeRecord,
  requestPersistence,
  rawRecordJson
} from '../../www/src/storage.js';
import { createPrefs } from '../../www/src/lib/prefs.js';
import { memoryLocalStorage } from './fixtures/harness.mjs';

const domError = (name, message = name) => Object.assign(new Error(message), { name });

test('classifyError maps browser errors to kinds the UI can explain', () => {
  assert.equal(classifyError(domError('QuotaExceededError')), 'quota');
  assert.equal(classifyError(domError('UnknownError', 'Quota exceeded for origin')), 'quota');
  assert.equal(classifyError(domError('SecurityError')), 'unavailable');
  assert.equal(
    classifyError(domError('InvalidStateError', 'A mutation operation was attempted in private mode')),
    'unavailable'
  );
  assert.equal(classifyError(domError('VersionError')), 'blocked');
  assert.equal(classifyError(domError('AbortError')), 'failed');
  assert.equal(classifyError(new StorageError('blocked', 'x')), 'blocked');
  assert.equal(classifyError('weird'), 'failed');
  const e = toStorageError(domError('QuotaExceededError', 'disk full'));
  assert.ok(e instanceof StorageError);
  assert.equal(e.kind, 'quota');
  assert.equal(e.message, 'disk full');
});

test('no IndexedDB at all -> unavailable, and every call rejects with a StorageError', async () => {
  const s = createIdbStorage({ factory: null });
  for (const call of [
    () => s.open(),
    () => s.list(),
    () => s.get('x'),
    () => s.put({ id: 'x' }),
    () => s.delete('x'),
    () => s.clear()
  ]) {
    await assert.rejects(call(), (err) => err instanceof StorageError && err.kind === 'unavailable');
  }
});

test('indexedDB.open throwing (private mode, file:// restrictions) -> unavailable', async () => {
  const s = createIdbStorage({
    factory: {
      open() {
        throw domError('SecurityError', 'access denied');
      }
    }
  });
  await assert.rejects(s.open(), (err) => err.kind === 'unavailable' && /access denied/.test(err.message));
});

test('open request failing or blocked is reported by kind, and a later call retries', async () => {
  let mode = 'error';
  let opens = 0;
  const factory = {
    open() {
      opens += 1;
      const req = {};
      setTimeout(() => {
        if (mode === 'error') {
          req.error = domError('UnknownError', 'internal error opening backing store');
          req.onerror();
        } else {
          req.onblocked();
        }
      }, 0);
      return req;
    }
  };
  const s = createIdbStorage({ factory });
  await assert.rejects(s.open(), (err) => err.kind === 'unavailable');
  mode = 'blocked';
  await assert.rejects(s.open(), (err) => err.kind === 'blocked');
  assert.equal(opens, 2);
});

test('memory storage keeps copies, not references', async () => {
  const s = createMemoryStorage();
  const record = { id: 'a', name: 'A', updatedAt: 't', doc: { id: 'a', x: [1] } };
  await s.put(record);
  record.doc.x.push(2);
  assert.deepEqual((await s.get('a')).doc.x, [1]);
  assert.equal(await s.get('nope'), null);
  assert.equal((await s.list()).length, 1);
  await s.delete('a');
  assert.deepEqual(await s.list(), []);
});

test('makeRecord: id, display name, ISO time, revision, the doc', () => {
  const doc = { id: 'p', municipality: { name: 'Bø' } };
  const r = makeRecord(doc, new Date(Date.UTC(2026, 10, 23, 9, 0)));
  assert.deepEqual(r, { id: 'p', name: 'Bø', updatedAt: '2026-11-23T09:00:00.000Z', revision: 1, doc });
  assert.equal(makeRecord(doc, new Date(), 7).revision, 7);
  assert.equal(makeRecord({ id: 'q' }).name, '');
});

test('requestPersistence asks when possible and never throws', async () => {
  let asked = 0;
  assert.equal(
    await requestPersistence({
      storage: {
        persist: async () => {
          asked += 1;
          return false;
        }
      }
    }),
    false
  );
  assert.equal(asked, 1);
  assert.equal(await requestPersistence({ storage: { persist: () => Promise.reject(new Error('no')) } }), false);
  assert.equal(await requestPersistence({}), false);
  assert.equal(await requestPersistence(undefined), false);
});

test('prefs: bosam.* keys only, survives a throwing localStorage', () => {
  const ls = memoryLocalStorage();
  ls.setItem('other.key', 'keep');
  const prefs = createPrefs(() => ls);
  prefs.set('lang', 'en');
  assert.equal(prefs.get('lang'), 'en');
  assert.equal(ls.getItem('bosam.lang'), 'en');
  prefs.clear();
  assert.equal(prefs.get('lang'), null);
  assert.equal(ls.getItem('other.key'), 'keep');
  const broken = createPrefs(() => {
    throw domError('SecurityError');
  });
  assert.equal(broken.get('lang'), null);
  assert.equal(broken.set('lang', 'en'), false);
  broken.clear();
  const throwing = createPrefs(() => ({
    getItem() {
      throw new Error('x');
    },
    setItem() {
      throw domError('QuotaExceededError');
    }
  }));
  assert.equal(throwing.get('a'), null);
  assert.equal(throwing.set('a', 'b'), false);
});

test('rawRecordJson writes whatever structured clone can hold, with stand-ins where JSON cannot', () => {
  const cyclic = { a: 1 };
  cyclic.me = cyclic;
  const shared = { s: 1 };
  const value = {
    id: 7,
    big: 12345678901234567890n,
    inf: Infinity,
    nan: NaN,
    when: new Date('2026-01-02T03:04:05.000Z'),
    bad: new Date('x'),
    bytes: new Uint8Array(5),
    buf: new ArrayBuffer(3),
    map: new Map([['k', 1]]),
    set: new Set([1, 2]),
    re: /x+/g,
    err: new TypeError('boom'),
    fn: () => 1,
    undef: undefined,
    cyclic,
    twice: [shared, shared],
    list: [1, 'x', null, true]
  };
  Object.defineProperty(value, '__proto__', {
    value: { polluted: true },
    enumerable: true,
    configurable: true,
    writable: true
  });
  const text = rawRecordJson(value);
  assert.ok(text.endsWith('\n'));
  const back = JSON.parse(text);
  assert.ok(Object.prototype.hasOwnProperty.call(back, '__proto__'));
  assert.deepEqual(Object.fromEntries(Object.entries(back).filter(([k]) => k !== '__proto__')), {
    id: 7,
    big: '12345678901234567890',
    inf: 'Infinity',
    nan: 'NaN',
    when: '2026-01-02T03:04:05.000Z',
    bad: '[invalid date]',
    bytes: '[binary data, 5 bytes]',
    buf: '[binary data, 3 bytes]',
    map: [['k', 1]],
    set: [1, 2],
    re: '/x+/g',
    err: 'TypeError: boom',
    fn: '[function]',
    undef: '[undefined]',
    cyclic: { a: 1, me: '[circular reference]' },
    twice: [{ s: 1 }, { s: 1 }],
    list: [1, 'x', null, true]
  });
  assert.match(text, /"__proto__": \{\s*"polluted": true\s*\}/, 'an own __proto__ key is written as data');
  assert.equal({}.polluted, undefined);
  let deep = 'end';
  for (let i = 0; i < 2000; i += 1) deep = [deep];
  assert.match(rawRecordJson(deep, 50), /\[nested too deeply\]/);
  assert.equal(rawRecordJson('plain'), '"plain"\n');
});
