// What Analyse and the report show about missing answers (lib/robustness.js): the core's robustness joined with
// names. The analysis here is written by hand, so the joins and the picking are checked, not the core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingAnswers } from '../../www/src/lib/robustness.js';

const doc = { actors: [{ id: 'a-1', name: 'Kari' }, { id: 'a-2', name: 'Ola' }, { id: 'a-3' }] };

const result = {
  options: { reciprocated: false },
  robustness: {
    method: 'reconstruction',
    nonRespondents: 2,
    reconstructedTies: 5,
    network: [
      { measure: 'reciprocity', observed: 0.5, reconstructed: 0.75 },
      { measure: 'ties', observed: 10, reconstructed: 15 },
      { measure: 'diameter', observed: null, reconstructed: 3 }
    ],
    people: [
      {
        measure: 'outDegree',
        rankCorrelation: 0.8,
        changed: 2,
        largest: [
          { id: 'a-3', observed: 0, reconstructed: 3 },
          { id: 'a-1', observed: 1, reconstructed: 2 }
        ]
      },
      { measure: 'degree', rankCorrelation: 1, changed: 0, largest: [] }
    ]
  },
  findings: [
    { id: 'isolate:a-3', title: 'A er isolert', numbers: { robust: false } },
    { id: 'bottleneck:a-1', title: 'B', numbers: { robust: true } },
    { id: 'silo:u-1', title: 'C', numbers: {} }
  ]
};

test('the core robustness with names, only the measures where someone changed, in the core order', () => {
  const m = missingAnswers(doc, result);
  assert.equal(m.nonRespondents, 2);
  assert.equal(m.reconstructedTies, 5);
  assert.equal(m.reciprocated, false);
  assert.deepEqual(
    m.network.map((x) => [x.measure, x.kind, x.observed, x.reconstructed]),
    [
      ['reciprocity', 'share', 0.5, 0.75],
      ['ties', 'count', 10, 15],
      ['diameter', 'decimal', null, 3]
    ]
  );
  assert.deepEqual(
    m.people.map((p) => p.measure),
    ['outDegree']
  );
  // A person without a name is shown by id.
  assert.deepEqual(
    m.people[0].largest.map((x) => x.name),
    ['a-3', 'Kari']
  );
  assert.equal(m.people[0].kind, 'count');
});

test('the findings that do not hold are the core verdicts; the others are not counted as checked', () => {
  const m = missingAnswers(doc, result);
  assert.deepEqual(m.notHolding, [{ id: 'isolate:a-3', title: 'A er isolert' }]);
  assert.equal(m.checked, 2);
});

test('nothing when the core reconstructed nothing', () => {
  assert.equal(missingAnswers(doc, { ...result, robustness: null }), null);
  assert.equal(missingAnswers(doc, null), null);
  assert.equal(missingAnswers(doc, {}), null);
});
