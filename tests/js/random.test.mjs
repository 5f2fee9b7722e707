// lib/random.js, the one random source: on Node 18 there is no global `crypto`, so it must come from
// node:crypto's webcrypto (a fresh Debian 12 failed here once); where neither exists it must refuse
// rather than fall back to Math.random. Each case runs in its own node process with the global taken away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const url = (p) => pathToFileURL(resolve(ROOT, p)).href;

/** Run `body` (an async function body) in a fresh node whose globalThis.crypto was deleted first. */
function withoutGlobalCrypto(body) {
  const script = `delete globalThis.crypto;
    if (typeof globalThis.crypto !== 'undefined') throw new Error('could not remove globalThis.crypto');
    const out = await (async () => { ${body} })();
    process.stdout.write(JSON.stringify(out));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

test('without a global crypto (Node 18), keys and ids come from node:crypto', () => {
  const out = withoutGlobalCrypto(`
    const r = await import(${JSON.stringify(url('www/src/lib/random.js'))});
    const ready = await r.randomReady;
    const { randomKey } = await import(${JSON.stringify(url('www/src/state/sharing-actions.js'))});
    const { newId } = await import(${JSON.stringify(url('www/src/lib/ids.js'))});
    const { makeId } = await import(${JSON.stringify(url('www/src/lib/entity-ids.js'))});
    return { ready, keys: [randomKey(), randomKey()], ids: [newId(), newId()], item: makeId('a', []) };`);
  assert.equal(out.ready, true);
  assert.match(out.keys[0], /^[0-9a-f]{64}$/);
  assert.notEqual(out.keys[0], out.keys[1]);
  assert.match(out.ids[0], /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(out.ids[0], out.ids[1]);
  assert.match(out.item, /^a-[0-9a-z]{4}$/);
});

test('with no secure source at all, a key is refused, never made from Math.random', () => {
  const out = withoutGlobalCrypto(`
    const p = globalThis.process;
    globalThis.process = undefined; // what a page without Web Crypto looks like: not node either
    let ready, error = null, key = null;
    try {
      const r = await import(${JSON.stringify(url('www/src/lib/random.js'))});
      ready = await r.randomReady;
      key = r.randomHex(32);
    } catch (e) { error = e.message; }
    globalThis.process = p;
    return { ready, error, key };`);
  assert.equal(out.ready, false);
  assert.equal(out.key, null);
  assert.match(out.error, /no secure random source/);
});

test('sources route their randomness through lib/random.js (no Math.random, no direct crypto)', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const hits = [];
  const walk = async (dir) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = resolve(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (p.endsWith('.js') && !p.endsWith('lib/random.js')) {
        const text = await readFile(p, 'utf8');
        if (/Math\.random|getRandomValues|randomUUID|globalThis\.crypto/.test(text))
          hits.push(p.slice(ROOT.length + 1));
      }
    }
  };
  await walk(resolve(ROOT, 'www/src'));
  await walk(resolve(ROOT, 'www/survey'));
  assert.deepEqual(hits, []);
});
