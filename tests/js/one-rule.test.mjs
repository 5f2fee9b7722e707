// One rule, one answer on every page: an essential function that only has contributors is held by
// no one. Oversikt (lib/stats.js), Oppgaver (lib/tasks.js) and Funn (the findings) all read the core's verdict,
// so they cannot disagree as they did (Oversikt "covered", Funn a critical "Ingen har …" on the same page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectStats } from '../../www/src/lib/stats.js';
import { taskMatrix } from '../../www/src/lib/tasks.js';
import { fakeDoc } from './fixtures/fake-core.mjs';

const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);

test(
  'a contributor-only essential function is uncovered in Oversikt, a gap in Oppgaver and a finding in Funn',
  { skip: !existsSync(CORE_JS) && 'build/wasm/bosam-core.js is not built' },
  async () => {
    const doc = fakeDoc({
      assignments: [
        { unitId: 'u-1', actorId: 'a-1', functionId: 'f-1', role: 'responsible' },
        { unitId: 'u-1', actorId: 'a-2', functionId: 'f-2', role: 'contributes' } // only a contributor
      ]
    });
    const core = await require(CORE_JS)();
    const result = JSON.parse(core.analyze(JSON.stringify(doc), '{}')).result;
    const overview = projectStats(result, doc).functions.uncovered.map((f) => f.id);
    const tasks = taskMatrix(doc, { tasks: result.tasks }).gaps;
    const findings = result.findings.filter((f) => f.rule === 'uncovered-function').map((f) => f.subjects.functions[0]);
    assert.deepEqual(overview, ['f-2']);
    assert.deepEqual(tasks, ['f-2']);
    assert.deepEqual(findings, ['f-2']);
    // And the other way round: once someone performs it, all three agree it is held.
    doc.assignments.push({ unitId: 'u-1', actorId: 'a-2', functionId: 'f-2', role: 'performs' });
    const after = JSON.parse(core.analyze(JSON.stringify(doc), '{}')).result;
    assert.deepEqual(projectStats(after, doc).functions.uncovered, []);
    assert.deepEqual(taskMatrix(doc, { tasks: after.tasks }).gaps, []);
    assert.equal(after.findings.filter((f) => f.rule === 'uncovered-function').length, 0);
  }
);
