// The WASM module as the app and node load it (build/wasm/bosam-core.js): the same bad-input cases as the
// doctest suite (tests/fixtures/bad-inputs.json), through the JSON envelope.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const fixtures = join(root, 'tests', 'fixtures');
const expectations = JSON.parse(readFileSync(join(fixtures, 'bad-inputs.json'), 'utf8'));

let core;
before(async () => {
  core = await require(join(root, 'build', 'wasm', 'bosam-core.js'))();
});

const call = (fn, ...args) => JSON.parse(core[fn](...args));
const readText = (file) => readFileSync(join(fixtures, file), 'utf8');
// The app passes an imported file's bytes (a Uint8Array), not decoded text, so the core sees invalid UTF-8
// and can say where it is; Embind copies the bytes into the std::string unchanged.
const readBytes = (file) => new Uint8Array(readFileSync(join(fixtures, file)));

for (const file of readdirSync(join(fixtures, 'bad')).sort()) {
  test(`bad input through WASM: ${file}`, () => {
    const spec = expectations[file];
    assert.ok(spec, `no expectation for ${file}`);
    const env = call('validate', readBytes(`bad/${file}`), '{"lang":"en"}');
    assert.equal(env.ok, false);
    assert.equal(env.result, undefined);
    for (const want of spec.errors) {
      const hit = env.errors.find((e) => e.code === want.code && e.path === want.path);
      assert.ok(hit, `expected ${JSON.stringify(want)}, got ${JSON.stringify(env.errors)}`);
      assert.ok(hit.message.length > 0);
      if (want.line) assert.equal(hit.line, want.line);
      if (want.column) assert.equal(hit.column, want.column);
    }
    if (spec.exact) assert.equal(env.errors.length, spec.errors.length);
  });
}

test('truncated JSON at every tenth byte gives an error envelope, never an exception', () => {
  const text = readText('valid/minimal.json');
  for (let cut = 0; cut < text.length - 1; cut += 10) {
    const env = call('validate', text.slice(0, cut), '{}');
    assert.equal(env.ok, false, `cut at ${cut}`);
    assert.ok(['not-json', 'empty-file'].includes(env.errors[0].code));
  }
});

test('a valid project round-trips through the module unchanged', () => {
  const text = readText('valid/minimal.json');
  const first = call('validate', text, '{}');
  assert.equal(first.ok, true);
  assert.deepEqual(first.result, JSON.parse(text));
  const second = call('validate', JSON.stringify(first.result), '{}');
  assert.deepEqual(second.result, first.result);
});

test('a byte-order mark is accepted', () => {
  const env = call('validate', '\uFEFF' + readText('valid/minimal.json'), '{}');
  assert.equal(env.ok, true);
});

test('messages follow the lang option', () => {
  const text = readText('bad/unknown-unit.json');
  assert.match(call('validate', text, '{"lang":"nb"}').errors[0].message, /Ukjent enhet/);
  assert.match(call('validate', text, '{"lang":"en"}').errors[0].message, /Unknown unit/);
});

test('demo and newProject return valid projects', () => {
  const demo = call('demo', '{}');
  assert.equal(demo.ok, true);
  assert.equal(call('validate', JSON.stringify(demo.result), '{}').ok, true);
  const fresh = call('newProject', '{"id":"p-x","name":"Testby","lang":"en"}');
  assert.equal(fresh.ok, true);
  assert.equal(fresh.result.id, 'p-x');
  assert.equal(call('newProject', '{}').ok, false);
});

test('bad options are refused in the envelope', () => {
  const env = call('validate', '{}', 'not json');
  assert.equal(env.ok, false);
  assert.equal(env.errors[0].code, 'bad-options');
});

test('text decoded in JS cannot carry invalid UTF-8: the replacement character is accepted as text', () => {
  const env = call('validate', readText('bad/invalid-utf8.json'), '{}');
  assert.equal(env.ok, true);
  assert.match(env.result.actors[0].name, /\uFFFD/);
});
