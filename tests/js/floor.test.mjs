// The floor under shared copies in the app: the limits the Oversikt field shows are the core's, a copy made in the
// app lists what it pooled and dropped (state.sharing.pseudo.report), and job titles go only when asked for.
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeApp } from './fixtures/harness.mjs';
import { MIN_GROUP_SIZE, minGroupSize, withMinGroupSize } from '../../www/src/lib/project.js';

const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);
const skip = existsSync(CORE_JS) ? false : 'build/wasm/bosam-core.js is missing';
const KEY = '0123456789abcdef'.repeat(4);

test('minGroupSize reads a stored whole number in range, else the default; withMinGroupSize sets and removes it', () => {
  assert.equal(minGroupSize({}), 5);
  assert.equal(minGroupSize({ settings: { minGroupSize: 8 } }), 8);
  assert.equal(minGroupSize({ settings: { minGroupSize: 1 } }), 5);
  assert.equal(minGroupSize({ settings: { minGroupSize: 4.5 } }), 5);
  const doc = { settings: { language: 'nn' } };
  const set = withMinGroupSize(doc, 7);
  assert.deepEqual(set.settings, { language: 'nn', minGroupSize: 7 });
  assert.deepEqual(doc.settings, { language: 'nn' }, 'the input is not changed');
  assert.deepEqual(withMinGroupSize(set, null).settings, { language: 'nn' });
});

describe('the floor against the WASM core', { skip }, () => {
  it('the default and the limits the app shows are the ones the core applies and checks', async () => {
    const core = await require(CORE_JS)();
    const demo = JSON.parse(core.demo('{}')).result;
    const report = JSON.parse(core.pseudonymize(JSON.stringify({ ...demo, pseudonymKey: KEY }), '{}')).result.report;
    assert.equal(report.minGroupSize, MIN_GROUP_SIZE.default);
    const verdict = (n) => JSON.parse(core.validate(JSON.stringify(withMinGroupSize(demo, n)), '{}')).ok;
    assert.equal(verdict(MIN_GROUP_SIZE.min), true);
    assert.equal(verdict(MIN_GROUP_SIZE.max), true);
    assert.equal(verdict(MIN_GROUP_SIZE.min - 1), false);
    assert.equal(verdict(MIN_GROUP_SIZE.max + 1), false);
  });

  it('a copy made in the app keeps its report; titles and places go unless asked for', async () => {
    const h = await makeApp({ instance: await require(CORE_JS)() });
    await h.actions.loadDemo();
    await h.actions.exportPseudonymized();
    const { report } = h.state().sharing.pseudo;
    // The demo by hand: nine internal units of 2-4 people and five partners of 1-2 are pooled.
    assert.deepEqual(
      report.pools.map((p) => [p.id, p.people, p.units.length]),
      [
        ['u-pool-internal', 28, 9],
        ['u-pool-external', 7, 5]
      ]
    );
    assert.equal(report.dropped.roles, 52);
    const copy = JSON.parse(h.downloads.at(-1).text);
    assert.ok(copy.actors.every((a) => !('role' in a) && !('location' in a)));

    await h.actions.exportPseudonymized({ keepRoles: true });
    const kept = JSON.parse(h.downloads.at(-1).text);
    assert.ok(kept.actors.every((a) => typeof a.role === 'string'));
    assert.ok(kept.actors.every((a) => !('location' in a)));
    assert.deepEqual(h.state().sharing.pseudo.report.kept, { roles: true, locations: false });
  });
});
