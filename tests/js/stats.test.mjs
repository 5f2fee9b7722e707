// The overview's figures (lib/stats.js reads the core's analysis.overview), the next steps, the one JS copy of
// "the latest wave", and project helpers. Figures come from the real WASM core, expectations by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectStats, nextSteps, latestWave, startSteps, startShown } from '../../www/src/lib/stats.js';
import { peopleByUnit } from '../../www/src/lib/tasks.js';
import { withName, withNewId, projectName, cleanName, listSummary } from '../../www/src/lib/project.js';
import { fakeDoc } from './fixtures/fake-core.mjs';

const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);
const skip = existsSync(CORE_JS) ? false : 'build/wasm/bosam-core.js is not built';
let corePromise;
/** The stats of a document as the app gets them: the core's analysis, then lib/stats.js. */
async function statsOf(doc) {
  const core = await (corePromise ||= require(CORE_JS)());
  const env = JSON.parse(core.analyze(JSON.stringify(doc), '{}'));
  assert.equal(env.ok, true, JSON.stringify(env.errors));
  return projectStats(env.result, doc);
}

test('projectStats: units, coverage by holders, and each round with people counted once', { skip }, async () => {
  const doc = fakeDoc({
    waves: [
      { id: 'w-1', label: 'Runde 1', date: '2026-03-01' },
      { id: 'w-2', label: 'Runde 2', date: '2026-09-01' }
    ],
    respondents: [
      { actorId: 'a-1', waveId: 'w-1', responded: true },
      { actorId: 'a-2', waveId: 'w-1', responded: false },
      { actorId: 'a-1', waveId: 'w-2', responded: true },
      { actorId: 'a-2', waveId: 'w-2', responded: true },
      { actorId: 'a-2', waveId: 'w-2', responded: false } // listed twice (a warning): still one person, who answered
    ],
    ties: [
      { from: 'a-1', to: 'a-2', waveId: 'w-1', frequency: 3 },
      { from: 'a-2', to: 'a-1', waveId: 'w-2', frequency: 1 },
      { from: 'a-1', to: 'a-2', waveId: 'w-2', frequency: 4 }
    ]
  });
  const s = await statsOf(doc);
  assert.deepEqual(s.units, { total: 2, internal: 1, external: 1 });
  assert.equal(s.actors, 2);
  assert.equal(s.functions.total, 2);
  assert.equal(s.functions.essential, 2);
  assert.equal(s.functions.essentialCovered, 1);
  assert.deepEqual(s.functions.uncovered, [{ id: 'f-2', name: 'Tildeling' }]);
  assert.equal(s.targetGroups, 1);
  assert.equal(s.assignments, 1);
  assert.deepEqual(
    s.waves.map((w) => [w.id, w.ties, w.asked, w.responded, w.rate]),
    [
      ['w-1', 1, 2, 1, 0.5],
      ['w-2', 2, 2, 2, 1]
    ]
  );
  assert.equal(s.latestWaveId, 'w-2');
  assert.equal(s.minResponseRate, 0.7);
});

test('projectStats is null until the core has answered', () => {
  assert.equal(projectStats(null, fakeDoc()), null);
  assert.equal(projectStats({ network: {} }, fakeDoc()), null);
});

test('projectStats tolerates an empty project', { skip }, async () => {
  const s = await statsOf({ format: 'bosam-project', schemaVersion: 1, id: 'x', municipality: { name: 'X' } });
  assert.equal(s.units.total, 0);
  assert.deepEqual(s.waves, []);
  assert.deepEqual(
    nextSteps(s).map((x) => x.key),
    ['overview.next.addUnits', 'overview.next.addActors', 'overview.next.addFunctions']
  );
});

test("nextSteps: uncovered essentials, then the latest wave against the project's threshold", { skip }, async () => {
  const steps = nextSteps(await statsOf(fakeDoc()));
  assert.deepEqual(steps[0], { key: 'overview.next.assignEssential', params: { count: 1 } });
  assert.equal(steps[1].key, 'overview.next.lowResponse'); // 1 of 2 answered, below the default 70 %
  assert.equal(steps[1].rateShare, 0.5);
  // The threshold is the project's setting, not a number of the app's own.
  const lenient = await statsOf(fakeDoc({ settings: { thresholds: { minResponseRate: 0.4 } } }));
  assert.ok(!nextSteps(lenient, 5).some((x) => x.key === 'overview.next.lowResponse'));

  const covered = fakeDoc({
    assignments: [
      { unitId: 'u-1', functionId: 'f-1', role: 'performs' },
      { unitId: 'u-1', functionId: 'f-2', role: 'responsible' }
    ],
    respondents: [{ actorId: 'a-1', waveId: 'w-1', responded: true }]
  });
  assert.deepEqual(
    nextSteps(await statsOf(covered)).map((x) => x.key),
    ['overview.next.ready']
  );

  const noTies = fakeDoc({ ties: [] });
  assert.ok(
    nextSteps(await statsOf(noTies)).some(
      (x) => x.key === 'overview.next.collectAnswers' && x.params.wave === 'Runde 1'
    )
  );
  const noWaves = fakeDoc({ waves: [], ties: [], respondents: [] });
  assert.ok(nextSteps(await statsOf(noWaves)).some((x) => x.key === 'overview.next.planWave'));
  const internalOnly = fakeDoc({ units: [{ id: 'u-1', name: 'NAV', external: false }] });
  assert.equal(nextSteps(await statsOf(internalOnly))[0].key, 'overview.next.addExternal');
});

test('latestWave prefers the latest date', () => {
  assert.equal(latestWave([]), null);
  assert.equal(
    latestWave([
      { id: 'a', date: '2026-05-01' },
      { id: 'b', date: '2025-01-01' }
    ]).id,
    'a'
  );
  assert.equal(
    latestWave([
      { id: 'a', date: '' },
      { id: 'b', date: '' }
    ]).id,
    'b'
  );
});

test('project helpers copy, never mutate', () => {
  const doc = fakeDoc();
  const before = JSON.stringify(doc);
  const renamed = withName(doc, '  Ny  ');
  assert.equal(projectName(renamed), 'Ny');
  const copy = withNewId(doc, 'p-2', 'Kopi');
  assert.equal(copy.id, 'p-2');
  assert.equal(projectName(copy), 'Kopi');
  assert.equal(withNewId(doc, 'p-3').municipality.name, 'Testkommune');
  assert.equal(JSON.stringify(doc), before);
  assert.equal(cleanName('  a \n  b  '), 'a b');
  assert.equal(cleanName(null), '');
  assert.deepEqual(listSummary(doc), { units: 2, actors: 2, number: '0001' });
});

test(
  'nextSteps: a map not begun asks to assign the functions, not "13 essential functions are not assigned"',
  { skip },
  async () => {
    const fresh = fakeDoc({ assignments: [] });
    const keys = nextSteps(await statsOf(fresh), 5).map((x) => x.key);
    assert.ok(keys.includes('overview.next.assignFunctions'), keys.join());
    assert.ok(!keys.includes('overview.next.assignEssential'), keys.join());
    const reported = fakeDoc({
      reportedAssignments: [
        { actorId: 'a-1', waveId: 'w-1', functionId: 'f-1', role: 'performs' },
        { actorId: 'a-1', waveId: 'w-1', functionId: 'f-2', role: 'performs', review: 'rejected' }
      ]
    });
    assert.deepEqual(
      nextSteps(await statsOf(reported), 5).find((x) => x.key === 'overview.next.reviewReported').params,
      { count: 1 }
    );
  }
);

// Oversikt's start (hand-made figures, as the core's overview gives them).
const figures = (actors, assignments, waves = []) => ({ actors, assignments, waves });
const done = (stats) => startSteps(stats).map((s) => `${s.id}:${s.done ? 'done' : 'open'}`);

test('startSteps: a new project has every step open, and the start shows', () => {
  assert.deepEqual(done(figures(0, 0)), ['who:open', 'tasks:open', 'survey:open', 'results:open']);
  assert.equal(startShown(figures(0, 0)), true);
});

test('startSteps: people and tasks in, a round made but no answers yet: the survey step is still open', () => {
  const s = figures(17, 4, [{ id: 'w-1', ties: 0, responded: 0 }]);
  assert.deepEqual(done(s), ['who:done', 'tasks:done', 'survey:open', 'results:open']);
  assert.equal(startShown(s), true);
});

test('startShown: with people, tasks and a round with answers the usual Oversikt takes over', () => {
  assert.equal(startShown(figures(17, 4, [{ id: 'w-1', ties: 19, responded: 5 }])), false);
  // One answer that named no one still counts as a round under way.
  assert.equal(startShown(figures(3, 1, [{ id: 'w-1', ties: 0, responded: 1 }])), false);
  // Assignments but no people (units hold the functions as a whole): the first step is still open.
  assert.equal(startShown(figures(0, 2, [{ id: 'w-1', ties: 3, responded: 2 }])), true);
});

test("peopleByUnit: the cell's own unit first, then each other unit by name, partners last (regression: one list of everyone)", () => {
  const doc = {
    units: [
      { id: 'u-nav', name: 'NAV Testvik', external: true },
      { id: 'u-bolig', name: 'Boligkontoret' },
      { id: 'u-helse', name: 'Helse og omsorg' }
    ],
    actors: [
      { id: 'a-1', name: 'Randi Østby', unitId: 'u-nav' },
      { id: 'a-2', name: 'Siri Åsheim', unitId: 'u-bolig' },
      { id: 'a-3', name: 'Linnéa Fjærli', unitId: 'u-helse' },
      { id: 'a-4', name: 'Bjørn Sæther', unitId: 'u-bolig' },
      { id: 'a-5', name: 'Uten enhet', unitId: 'u-gone' }
    ]
  };
  const groups = peopleByUnit(doc, 'u-helse').map((g) => [g.name, g.own, g.people.map((a) => a.id)]);
  assert.deepEqual(groups, [
    ['Helse og omsorg', true, ['a-3']],
    ['Boligkontoret', false, ['a-2', 'a-4']],
    ['NAV Testvik', false, ['a-1']],
    ['', false, ['a-5']]
  ]);
  assert.deepEqual(peopleByUnit({ units: doc.units, actors: [] }, 'u-helse'), [], 'no empty groups');
});
