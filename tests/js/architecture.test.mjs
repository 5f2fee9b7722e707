// The core's layers, enforced: every `#include "folder/…"` between core folders must follow an arrow
// of docs/architecture.md; the WebAssembly bindings and the CLI reach the core only through core/api. A forbidden
// include fails this test (and so tools/test). The map in docs/architecture.md is checked against the same table,
// so the document cannot drift from the rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Which core folders each may include (besides itself). */
export const ALLOWED = {
  base: [],
  text: ['base'],
  model: ['base'],
  schema: ['base', 'model', 'text'],
  sna: ['base', 'model'],
  layout: ['base', 'model', 'sna'],
  checks: ['base', 'model', 'sna', 'text'],
  survey: ['base', 'model', 'schema', 'text'],
  importers: ['base', 'model', 'schema', 'text'],
  export: ['base', 'model', 'sna'],
  reconcile: ['base', 'text', 'schema', 'checks'],
  api: ['base', 'text', 'model', 'schema', 'sna', 'layout', 'checks', 'survey', 'importers', 'export', 'reconcile']
};
/** Outside the core: the bindings and the CLI speak to the core's API only (and may name its JSON type). */
const OUTSIDE = { wasm: ['api', 'base'], 'tools/cli': ['api', 'base'] };

function sources(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(cpp|hpp|h)$/.test(name)) out.push(path);
  }
  return out;
}

function includes(file) {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*#\s*include\s+"([^"]+)"/gm)].map((m) => m[1]);
}

function violations(folderOf, allowedFor) {
  const found = [];
  for (const [folder, files] of folderOf) {
    for (const file of files) {
      for (const inc of includes(file)) {
        const target = inc.includes('/') ? inc.split('/')[0] : null;
        if (!target || !(target in ALLOWED)) continue; // a local header of the same folder, or a system one
        if (target === folder) continue;
        if (!allowedFor(folder).includes(target))
          found.push(`${relative(ROOT, file)}: ${folder} -> ${target} (${inc})`);
      }
    }
  }
  return found;
}

test('core folders include only what the layer map allows (nothing reaches up into api)', () => {
  const folders = readdirSync(join(ROOT, 'core')).filter((d) => statSync(join(ROOT, 'core', d)).isDirectory());
  assert.deepEqual(
    folders.filter((d) => !(d in ALLOWED)),
    [],
    'a new core folder needs its place in the map'
  );
  const folderOf = new Map(folders.map((d) => [d, sources(join(ROOT, 'core', d))]));
  assert.deepEqual(
    violations(folderOf, (f) => ALLOWED[f]),
    []
  );
});

test('the WebAssembly bindings and the CLI go through core/api', () => {
  const folderOf = new Map(Object.keys(OUTSIDE).map((d) => [d, sources(join(ROOT, d))]));
  assert.deepEqual(
    violations(folderOf, (f) => OUTSIDE[f]),
    []
  );
});

test('the check itself can fail: an include of api from checks is caught', () => {
  const fake = new Map([['checks', [join(ROOT, 'tests/js/fixtures/bad-include.hpp')]]]);
  assert.deepEqual(
    violations(fake, (f) => ALLOWED[f]),
    ['tests/js/fixtures/bad-include.hpp: checks -> api (api/api.hpp)']
  );
});

test('docs/architecture.md lists exactly these arrows', () => {
  const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
  const table = {};
  for (const m of doc.matchAll(/^\| `(\w+)` \| ([^|]*) \|/gm)) {
    table[m[1]] = [...m[2].matchAll(/`(\w+)`/g)].map((x) => x[1]).sort();
  }
  const expected = Object.fromEntries(Object.entries(ALLOWED).map(([k, v]) => [k, [...v].sort()]));
  assert.deepEqual(table, expected);
});
