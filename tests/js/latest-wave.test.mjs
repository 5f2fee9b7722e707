// The latest wave: the app picks it before any analysis exists (lib/stats.js latestWave, the one JS copy); the
// core decides it for the analysis (Project::latest_wave). They must agree, on the fixtures and on hand-made
// orders of dated, undated and equally dated waves (there were three copies, and they could drift apart).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { latestWave } from '../../www/src/lib/stats.js';
import { latestWaveId } from '../../www/src/lib/network-model.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORE_JS = join(ROOT, 'build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);

const project = (waves) => ({ format: 'bosam-project', schemaVersion: 1, id: 'p', municipality: { name: 'K' }, waves });
const ORDERS = [
  [],
  [{ id: 'a' }, { id: 'b' }],
  [
    { id: 'a', date: '2026-05-01' },
    { id: 'b', date: '2025-01-01' }
  ],
  [
    { id: 'a', date: '2026-05-01' },
    { id: 'b', date: '2026-05-01' }
  ],
  [{ id: 'a', date: '2026-05-01' }, { id: 'b' }],
  [{ id: 'a' }, { id: 'b', date: '2020-01-01' }, { id: 'c' }]
];

test(
  "the app's latest wave is the core's, for every order of dated and undated waves and every fixture",
  { skip: !existsSync(CORE_JS) && 'build/wasm/bosam-core.js is not built' },
  async () => {
    const core = await require(CORE_JS)();
    const coreLatest = (doc) => JSON.parse(core.analyze(JSON.stringify(doc), '{}')).result.overview.latestWaveId;
    const docs = ORDERS.map(project);
    for (const f of readdirSync(join(ROOT, 'tests/fixtures')).filter((n) => n.endsWith('.json'))) {
      const doc = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures', f), 'utf8'));
      if (doc && doc.format === 'bosam-project' && JSON.parse(core.validate(JSON.stringify(doc), '{}')).ok)
        docs.push(doc);
    }
    docs.push(JSON.parse(core.demo('{}')).result);
    assert.ok(docs.length > ORDERS.length, 'fixtures found');
    for (const doc of docs) {
      const js = latestWave(doc.waves || []);
      assert.equal(js ? js.id : null, coreLatest(doc), JSON.stringify((doc.waves || []).map((w) => [w.id, w.date])));
      assert.equal(latestWaveId(doc), js ? js.id : null);
    }
  }
);
