import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnvelope, createCore } from '../../www/src/core.js';
import { createFakeInstance, fakeDoc } from './fixtures/fake-core.mjs';

const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');

test('parseEnvelope: a good ok envelope', () => {
  const env = parseEnvelope('{"ok":true,"result":{"a":1},"warnings":[{"path":"$.x","code":"w","message":"m"}]}');
  assert.deepEqual(env, {
    ok: true,
    result: { a: 1 },
    warnings: [{ path: '$.x', code: 'w', message: 'm' }],
    errors: []
  });
});

test('parseEnvelope: errors keep path, code, message, line and column', () => {
  const env = parseEnvelope(
    JSON.stringify({
      ok: false,
      errors: [
        { path: '$.ties[3].to', code: 'unknown-actor', message: 'Ukjent aktør' },
        { path: '$', code: 'not-json', message: 'avkortet', line: 3, column: 14 }
      ]
    })
  );
  assert.equal(env.ok, false);
  assert.equal(env.result, null);
  assert.deepEqual(env.errors, [
    { path: '$.ties[3].to', code: 'unknown-actor', message: 'Ukjent aktør' },
    { path: '$', code: 'not-json', message: 'avkortet', line: 3, column: 14 }
  ]);
});

test('parseEnvelope: anything malformed becomes a core-bad-response error, never a throw', () => {
  for (const raw of [undefined, null, 42, '', 'not json', '[]', '{"result":1}', '{"ok":"yes"}']) {
    const env = parseEnvelope(raw);
    assert.equal(env.ok, false, `input ${String(raw)}`);
    assert.equal(env.errors[0].code, 'core-bad-response', `input ${String(raw)}`);
    assert.equal(env.errors[0].path, '$');
  }
});

test('parseEnvelope: failure without errors still reports an error; odd error entries are normalised', () => {
  assert.equal(parseEnvelope('{"ok":false}').errors.length, 1);
  const env = parseEnvelope('{"ok":false,"errors":["boom",{"message":7,"line":"2"}]}');
  assert.deepEqual(env.errors[0], { path: '$', code: 'core-bad-response', message: 'boom' });
  assert.deepEqual(env.errors[1], { path: '$', code: 'unknown', message: '' });
});

test('createCore: passes strings and option JSON, returns parsed envelopes', async () => {
  const inst = createFakeInstance();
  const core = createCore(() => inst);
  const v = await core.version();
  assert.equal(v.ok, true);
  assert.equal(v.result.schemaVersion, 1);
  const env = await core.validate(JSON.stringify(fakeDoc()), { lang: 'en' });
  assert.equal(env.ok, true);
  assert.equal(env.result.id, 'p-1');
  const call = inst.calls.find((c) => c[0] === 'validate');
  assert.equal(typeof call[1], 'string');
  assert.deepEqual(JSON.parse(call[2]), { lang: 'en' });
  const bad = await core.validateDoc(fakeDoc({ ties: [{ from: 'a-1', to: 'zz', waveId: 'w-1', frequency: 1 }] }), {
    lang: 'nb'
  });
  assert.equal(bad.ok, false);
  assert.equal(bad.errors[0].path, '$.ties[0].to');
});

test('createCore: a missing function is reported, not thrown', async () => {
  const core = createCore(() => ({ version: () => '{"ok":true,"result":{}}' }));
  const env = await core.demo({});
  assert.equal(env.ok, false);
  assert.equal(env.errors[0].code, 'core-missing-function');
});

test('createCore: a crash (WASM abort) is reported and the instance is re-created next time', async () => {
  let made = 0;
  const core = createCore(() => {
    made += 1;
    const n = made;
    return {
      version: () => '{"ok":true,"result":{}}',
      validate: () => {
        if (n === 1) throw new Error('RuntimeError: unreachable');
        return '{"ok":true,"result":{"id":"x"}}';
      }
    };
  });
  const first = await core.validate('{}', {});
  assert.equal(first.ok, false);
  assert.equal(first.errors[0].code, 'core-crash');
  assert.match(first.errors[0].message, /unreachable/);
  const second = await core.validate('{}', {});
  assert.equal(second.ok, true);
  assert.equal(made, 2);
});

test('createCore: a factory that fails gives core-unavailable, and is retried later', async () => {
  let attempts = 0;
  const core = createCore(async () => {
    attempts += 1;
    if (attempts === 1) throw new Error('no wasm');
    return createFakeInstance();
  });
  const a = await core.start();
  assert.equal(a.ok, false);
  assert.equal(a.errors[0].code, 'core-unavailable');
  const b = await core.start();
  assert.equal(b.ok, true);
  const none = await createCore(undefined).start();
  assert.equal(none.errors[0].code, 'core-unavailable');
});

test('createCore: validateDoc of something JSON cannot represent fails cleanly', async () => {
  const core = createCore(() => createFakeInstance());
  const cyclic = {};
  cyclic.self = cyclic;
  const env = await core.validateDoc(cyclic);
  assert.equal(env.ok, false);
  assert.equal(env.errors[0].code, 'core-bad-response');
});

test(
  'the real WASM core through the wrapper: truncated JSON, dangling reference, demo',
  { skip: !existsSync(CORE_JS) && 'build/wasm/bosam-core.js not built' },
  async () => {
    const require = createRequire(import.meta.url);
    const core = createCore(() => require(CORE_JS)());
    const demo = await core.demo({ lang: 'nb' });
    assert.equal(demo.ok, true);
    assert.equal(demo.result.id, 'demo-eksempel-kommune');
    const text = JSON.stringify(demo.result, null, 2);
    const truncated = await core.validate(text.slice(0, Math.floor(text.length / 2)), { lang: 'nb' });
    assert.equal(truncated.ok, false);
    assert.equal(truncated.errors[0].path, '$');
    assert.ok(Number.isInteger(truncated.errors[0].line), 'a parse error has a line');
    // The instance survives a parse error.
    const again = await core.validate(text, { lang: 'nb' });
    assert.equal(again.ok, true);
    const broken = JSON.parse(text);
    broken.ties[0].to = 'no-such-actor';
    const dangling = await core.validateDoc(broken, { lang: 'en' });
    assert.equal(dangling.ok, false);
    assert.ok(
      dangling.errors.some((e) => e.path === '$.ties[0].to'),
      JSON.stringify(dangling.errors)
    );
    const fresh = await core.newProject({ id: 'abc', name: 'Bø', lang: 'nb' });
    assert.equal(fresh.ok, true);
    assert.equal(fresh.result.id, 'abc');
    assert.equal(fresh.result.municipality.name, 'Bø');
  }
);

test('createPageCore uses the page global, and reports its absence', async () => {
  const { createPageCore } = await import('../../www/src/core.js');
  const missing = await createPageCore({}).start();
  assert.equal(missing.errors[0].code, 'core-unavailable');
  assert.match(missing.errors[0].message, /BosamCore is missing/);
  const present = await createPageCore({ BosamCore: () => Promise.resolve(createFakeInstance()) }).start();
  assert.equal(present.ok, true);
});
