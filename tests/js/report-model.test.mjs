// What the report's tables show (lib/report-model.js): the responsibility map per function with the core's
// FTE and "no one holds it", the units, the partners with their agreements and their contact in the survey,
// and the response per unit. The analysis here is written by hand, so the joins are checked, not the core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  responsibilityMap,
  internalUnits,
  externalPartners,
  unitResponse,
  networkResponse,
  uncoveredFunctionIds,
  chanceTests
} from '../../www/src/lib/report-model.js';

const doc = {
  units: [
    {
      id: 'u-x',
      name: 'Husbanken',
      external: true,
      location: ' Bergen ',
      relation: { agreement: 'Ja, avtale fra 2024', contact: '', about: 'Startlån' }
    },
    { id: 'u-bolig', name: 'Boligkontoret', location: 'Rådhuset' },
    { id: 'u-nav', name: 'NAV', external: false },
    { id: 'u-k', name: 'Kriminalomsorgen', external: true }
  ],
  actors: [
    { id: 'a-1', name: 'Kari', unitId: 'u-bolig', location: 'Rådhuset' },
    { id: 'a-2', name: 'Ola', unitId: 'u-bolig', location: 'Torget' },
    { id: 'a-3', name: 'Nina', unitId: 'u-nav' },
    { id: 'a-4', name: 'Guro', unitId: 'u-x' }
  ],
  targetGroups: [
    { id: 'tg-rus', name: 'Rus' },
    { id: 'tg-unge', name: 'Unge' }
  ],
  functions: [
    { id: 'f-a', name: 'Tildeling', essential: true },
    { id: 'f-b', name: 'Forebygging', essential: true },
    { id: 'f-c', name: 'Startlån' }
  ],
  assignments: [
    { unitId: 'u-nav', actorId: 'a-3', functionId: 'f-a', targetGroupIds: ['tg-rus'], role: 'contributes' },
    { unitId: 'u-bolig', actorId: 'a-2', functionId: 'f-a', targetGroupIds: [], role: 'performs' },
    {
      unitId: 'u-bolig',
      actorId: 'a-1',
      functionId: 'f-a',
      targetGroupIds: ['tg-rus', 'tg-unge'],
      role: 'responsible',
      decisionAuthority: true
    },
    { unitId: 'u-nav', functionId: 'f-b', role: 'contributes' },
    { unitId: 'u-x', actorId: 'a-4', functionId: 'f-c', role: 'contributes' },
    { unitId: 'u-bolig', functionId: 'f-c', role: 'responsible', decisionAuthority: true }
  ]
};

const result = {
  network: { responseRate: 1 / 3, asked: 12, responded: 4 },
  findings: [
    { rule: 'uncovered-function', subjects: { functions: ['f-b'] } },
    { rule: 'duplicate-function', subjects: { functions: ['f-a'] } }
  ],
  resources: {
    functions: [
      { id: 'f-a', fte: 0.8, estimatedFte: 0.3, unknownAssignments: 0 },
      { id: 'f-b', fte: 0, estimatedFte: 0, unknownAssignments: 1 }
    ],
    units: [
      {
        id: 'u-bolig',
        byFunction: [
          { functionId: 'f-a', fte: 0.7, estimatedFte: 0.3, unknownAssignments: 0 },
          { functionId: 'f-c', fte: 0 }
        ]
      },
      {
        id: 'u-nav',
        byFunction: [
          { functionId: 'f-a', fte: 0.1 },
          { functionId: 'f-b', fte: 0 }
        ]
      }
    ],
    // One per assignment, in the project's order: Nina 0.1; Ola's 0.3 estimated; Kari 0.4; NAV on f-b unknown;
    // Guro at the partner (her own figure, counted nowhere); Boligkontoret on f-c 0.
    assignments: [
      { fte: 0.1, estimated: false, counted: true },
      { fte: 0.3, estimated: true, counted: true },
      { fte: 0.4, estimated: false, counted: true },
      { fte: null, estimated: false, counted: true },
      { fte: 0.2, estimated: false, counted: false },
      { fte: 0, estimated: false, counted: true }
    ]
  },
  units: [
    { id: 'u-bolig', asked: 8, responded: 3, responseRate: 0.375, tiesTo: { 'u-nav': 2, 'u-x': 1 } },
    { id: 'u-nav', asked: 4, responded: 1, responseRate: 0.25, tiesTo: { 'u-bolig': 2 } },
    { id: 'u-x', asked: 0, responded: 0, responseRate: null, tiesTo: { 'u-bolig': 1, 'u-k': 3 } },
    { id: 'u-k', asked: 0, responded: 0, responseRate: null, tiesTo: {} }
  ]
};

test('Ansvarskart: per function, strongest role first, people and target groups by name, FTE from the core', () => {
  const map = responsibilityMap(doc, result);
  assert.deepEqual(
    map.map((f) => f.id),
    ['f-a', 'f-b', 'f-c'],
    'the catalogue order'
  );
  const a = map[0];
  assert.equal(a.essential, true);
  assert.equal(a.uncovered, false);
  assert.equal(a.fte, 0.8);
  assert.equal(a.estimatedFte, 0.3);
  assert.deepEqual(
    a.units.map((u) => u.id),
    ['u-bolig', 'u-nav'],
    'Boligkontoret (responsible) before NAV (contributes)'
  );
  assert.deepEqual(a.units[0].lines, [
    {
      role: 'responsible',
      person: 'Kari',
      decisionAuthority: true,
      targetGroups: ['Rus', 'Unge'],
      fte: 0.4,
      estimated: false
    },
    { role: 'performs', person: 'Ola', decisionAuthority: false, targetGroups: [], fte: 0.3, estimated: true }
  ]);
  assert.equal(a.units[0].fte, 0.7);
  assert.equal(a.units[1].fte, 0.1);
});

test("Ansvarskart: each unit cell carries the core's estimated part and its tasks without FTE, as the function does", () => {
  const [a, b] = responsibilityMap(doc, result);
  assert.equal(a.units[0].estimatedFte, 0.3, 'Boligkontoret on f-a: 0.3 of its 0.7 estimated');
  assert.equal(a.units[0].unknownAssignments, 0);
  assert.equal(a.units[1].estimatedFte, 0, "absent in the core's entry: nothing estimated");
  const nav = {
    ...result,
    resources: {
      ...result.resources,
      units: [{ id: 'u-nav', byFunction: [{ functionId: 'f-b', fte: 0, estimatedFte: 0, unknownAssignments: 1 }] }]
    }
  };
  const navB = responsibilityMap(doc, nav)[1].units[0];
  assert.deepEqual([navB.fte, navB.unknownAssignments], [0, 1], 'the contribution without FTE is counted as unknown');
  assert.equal(b.units[0].unknownAssignments, 0);
});

test('Ansvarskart: an essential function the core finds held by no one is marked; a unit as a whole has no person', () => {
  const [, b, c] = responsibilityMap(doc, result);
  assert.equal(b.uncovered, true);
  assert.equal(b.unknownAssignments, 1);
  assert.deepEqual(b.units[0].lines, [
    { role: 'contributes', person: null, decisionAuthority: false, targetGroups: [], fte: null, estimated: false }
  ]);
  assert.deepEqual(
    c.units.map((u) => [u.id, u.external, u.fte]),
    [
      ['u-bolig', false, 0],
      ['u-x', true, null]
    ],
    "a partner has no FTE (not the municipality's time); internal units before partners within a role"
  );
  assert.deepEqual([...uncoveredFunctionIds(result)], ['f-b']);
});

test("Ansvarskart: each line carries its own assignment's FTE from the core, so a unit with two people shows both", () => {
  const [a, , c] = responsibilityMap(doc, result);
  // Regression: Siri 0,1 and Bjørn 0,8 were blank beside the unit's total; here Kari 0.4 and Ola ≈ 0.3 (of 0.7).
  assert.deepEqual(
    a.units[0].lines.map((l) => [l.person, l.fte, l.estimated]),
    [
      ['Kari', 0.4, false],
      ['Ola', 0.3, true]
    ]
  );
  assert.deepEqual(
    c.units.map((u) => u.lines.map((l) => l.fte)),
    [[0], [null]],
    "a partner's line has no figure, as its cell has none"
  );
  const older = responsibilityMap(doc, { ...result, resources: { ...result.resources, assignments: undefined } });
  assert.equal(older[0].units[0].lines[0].fte, null, 'an analysis without assignments[]: unknown, not 0');
});

test('Ansvarskart without an analysis: the roles, no FTE and nothing marked uncovered', () => {
  const map = responsibilityMap(doc, null);
  assert.equal(map[0].fte, null);
  assert.equal(map[0].units[0].fte, null);
  assert.ok(map.every((f) => !f.uncovered));
  assert.deepEqual(responsibilityMap({ functions: [] }, null), []);
});

test('units: place as registered, then other places their people are at; people counted', () => {
  assert.deepEqual(internalUnits(doc), [
    { id: 'u-bolig', name: 'Boligkontoret', locations: ['Rådhuset', 'Torget'], people: 2 },
    { id: 'u-nav', name: 'NAV', locations: [], people: 1 }
  ]);
});

test("partners: the agreement fields given, and contact with internal units from the core's unit matrix", () => {
  const [x, k] = externalPartners(doc, result);
  assert.equal(x.name, 'Husbanken');
  assert.equal(x.location, 'Bergen');
  assert.deepEqual(x.relation, { agreement: 'Ja, avtale fra 2024', about: 'Startlån' }, 'empty fields left out');
  assert.equal(x.people, 1);
  assert.deepEqual(
    x.contact,
    { ties: 1, units: [{ id: 'u-bolig', name: 'Boligkontoret', ties: 1 }] },
    'ties to another partner (u-k) are not contact with the municipality'
  );
  assert.deepEqual(k.relation, {});
  assert.equal(k.people, 0);
  assert.deepEqual(k.contact, { ties: 0, units: [] });
  assert.equal(externalPartners(doc, null)[0].contact, null, 'no analysis: not known');
});

test('response: the round from the core; per unit when the core gives it, else null', () => {
  assert.deepEqual(networkResponse(result), { rate: 1 / 3, asked: 12, responded: 4 });
  assert.deepEqual(networkResponse({ network: { responseRate: null, asked: 0, responded: 0 } }), {
    rate: null,
    asked: 0,
    responded: 0
  });
  assert.deepEqual(
    unitResponse(doc, result),
    [
      { id: 'u-bolig', name: 'Boligkontoret', asked: 8, responded: 3, responseRate: 0.375 },
      { id: 'u-nav', name: 'NAV', asked: 4, responded: 1, responseRate: 0.25 }
    ],
    'partners nobody asked are left out'
  );
  assert.equal(unitResponse(doc, { units: [{ id: 'u-bolig', members: 2 }] }), null, 'an older core without the fields');
});

test("tests against chance: the core's verdicts with names, the count of permutations at least as strong", () => {
  const result = {
    options: { permutations: 2000 },
    network: {
      qap: {
        level: 0.05,
        permutations: 2000,
        sharedWork: { correlation: 0.26, p: 0.0015, permutations: 2000, moreThanChance: true }
      }
    },
    units: [
      { id: 'u-nav', moreClosedThanChance: true },
      { id: 'u-bolig', moreClosedThanChance: false },
      { id: 'u-x', moreClosedThanChance: null },
      { id: 'u-k', moreClosedThanChance: true }
    ]
  };
  assert.deepEqual(chanceTests(doc, result), {
    level: 0.05,
    permutations: 2000,
    sharedWork: { state: 'more', correlation: 0.26, count: 3, permutations: 2000 },
    // In the unit list's order (the partner u-k after NAV), names joined; u-x has no verdict (no ties).
    units: {
      tested: 3,
      closed: [
        { id: 'u-nav', name: 'NAV' },
        { id: 'u-k', name: 'Kriminalomsorgen' }
      ],
      untested: false
    }
  });
  // Not more than chance; no variance; no permutations drawn; an older core without the tests.
  const not = {
    ...result,
    network: {
      qap: { level: 0.05, sharedWork: { correlation: 0.01, p: 0.4, permutations: 2000, moreThanChance: false } }
    }
  };
  assert.deepEqual(chanceTests(doc, not).sharedWork, {
    state: 'not',
    correlation: 0.01,
    count: 800,
    permutations: 2000
  });
  const none = { ...result, network: { qap: { level: 0.05, sharedWork: null } } };
  assert.equal(chanceTests(doc, none).sharedWork.state, 'none');
  const off = {
    options: { permutations: 0 },
    network: {
      qap: {
        level: 0.05,
        permutations: 0,
        sharedWork: { correlation: 0.3, p: null, permutations: 0, moreThanChance: null }
      }
    },
    units: [{ id: 'u-nav', moreClosedThanChance: null }]
  };
  assert.deepEqual(chanceTests(doc, off).sharedWork, { state: 'untested', correlation: 0.3 });
  assert.deepEqual(chanceTests(doc, off).units, { tested: 0, closed: [], untested: true });
  assert.equal(chanceTests(doc, { network: {} }), null);
  assert.equal(chanceTests(doc, null), null);
});
