// Tasks reported in the survey (lib/reported.js): accepting one puts it in the map once, rejecting one keeps the
// map as it is, and either way the core stops naming the person in the function's findings
// (regression: self-reported tasks vanished, and "Ingen har «Boligsosial koordinering»" stayed critical).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  reportedTasks,
  acceptReported,
  rejectReported,
  pendingByPerson,
  mappedFor
} from '../../www/src/lib/reported.js';

const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);

function project() {
  return {
    format: 'bosam-project',
    schemaVersion: 1,
    id: 'p-1',
    municipality: { name: 'Test' },
    units: [
      { id: 'u-1', name: 'Boligkontoret' },
      { id: 'u-2', name: 'NAV' }
    ],
    actors: [
      { id: 'a-1', name: 'Kari', unitId: 'u-1' },
      { id: 'a-2', name: 'Per', unitId: 'u-2' }
    ],
    functions: [
      { id: 'f-koord', name: 'Boligsosial koordinering', essential: true },
      { id: 'f-2', name: 'Startlån', essential: true }
    ],
    targetGroups: [{ id: 'tg-1', name: 'Bostedsløse' }],
    assignments: [
      {
        unitId: 'u-2',
        actorId: 'a-2',
        functionId: 'f-2',
        role: 'performs',
        targetGroupIds: [],
        decisionAuthority: true
      }
    ],
    waves: [{ id: 'w-1', label: 'Runde 1' }],
    respondents: [{ actorId: 'a-1', waveId: 'w-1', responded: true }],
    ties: [],
    reportedAssignments: [
      { actorId: 'a-1', waveId: 'w-1', functionId: 'f-koord', targetGroupIds: ['tg-1'], role: 'responsible' },
      { actorId: 'a-2', waveId: 'w-1', functionId: 'f-2', targetGroupIds: [], role: 'performs' }
    ]
  };
}

test("accept adds one assignment in the person's unit with the reported role and groups, and marks the report", () => {
  const doc = project();
  assert.equal(acceptReported(doc, 0), true);
  assert.deepEqual(doc.assignments.at(-1), {
    unitId: 'u-1',
    actorId: 'a-1',
    functionId: 'f-koord',
    targetGroupIds: ['tg-1'],
    role: 'responsible',
    decisionAuthority: false
  });
  assert.equal(doc.reportedAssignments[0].review, 'accepted');
  assert.equal(acceptReported(doc, 0), false, 'a reviewed report is not accepted twice');
  assert.equal(doc.assignments.length, 2);
});

test('accepting what the map already shows adds nothing; reject leaves the map alone', () => {
  const doc = project();
  assert.equal(mappedFor(doc, doc.reportedAssignments[1]).role, 'performs');
  acceptReported(doc, 1);
  assert.equal(doc.assignments.length, 1);
  rejectReported(doc, 0);
  assert.equal(doc.reportedAssignments[0].review, 'rejected');
  assert.equal(doc.assignments.length, 1);
  assert.deepEqual(reportedTasks(doc), []);
  assert.equal(reportedTasks(doc, { pending: false }).length, 2);
});

test('pending reports grouped by person in the order of the people', () => {
  const doc = project();
  assert.deepEqual(
    pendingByPerson(doc).map((p) => [p.actor.id, p.items.map((i) => i.index)]),
    [
      ['a-1', [0]],
      ['a-2', [1]]
    ]
  );
});

test(
  'the core names a pending reporter and stops once the report is accepted',
  { skip: !existsSync(CORE_JS) && 'no WASM build' },
  async () => {
    const core = await require(CORE_JS)();
    const findingOf = (doc) =>
      JSON.parse(core.analyze(JSON.stringify(doc), JSON.stringify({ lang: 'nb' }))).result.findings.find(
        (f) => f.rule === 'uncovered-function' && f.subjects.functions[0] === 'f-koord'
      );
    const doc = project();
    const before = findingOf(doc);
    assert.equal(before.severity, 'warning');
    assert.deepEqual(before.subjects.actors, ['a-1']);
    assert.equal(before.numbers.reportedHolders, 1);
    assert.match(before.explanation, /Kari oppga i spørreskjemaet at vedkommende har ansvaret for funksjonen/);
    acceptReported(doc, 0);
    assert.equal(
      JSON.parse(core.validate(JSON.stringify(doc), '{}')).ok,
      true,
      'an accepted report is a valid project'
    );
    assert.equal(findingOf(doc), undefined, 'held now, so not uncovered');
    const rejected = project();
    rejectReported(rejected, 0);
    assert.equal(findingOf(rejected).severity, 'critical');
  }
);
