// bosam reconcile BASE MINE THEIRS: a table of every kind of item in a small hand-made project, each added,
// changed, deleted and changed differently on both sides. What only THEIRS did is taken, what only MINE did is
// kept, deletions stay deleted, conflicts exit 1 with both values named and nothing written, and --prefer
// settles them. Expectations are written by hand from the base below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bosam = process.env.BOSAM_CLI || join(root, 'build', 'bin', 'bosam');
const run = (...args) => spawnSync(bosam, args, { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'bosam-reconcile-'));

const BASE = {
  format: 'bosam-project',
  schemaVersion: 1,
  id: 'p-liten',
  municipality: { name: 'Liten kommune', number: '0001' },
  units: [
    { id: 'u-nav', name: 'NAV-kontoret' },
    { id: 'u-bolig', name: 'Boligkontoret' },
    { id: 'u-tom', name: 'Tom enhet' }
  ],
  actors: [
    { id: 'a-1', name: 'Kari Nordmann', unitId: 'u-nav', fte: 0.5 },
    { id: 'a-2', name: 'Ola Hansen', unitId: 'u-bolig' },
    { id: 'a-3', name: 'Siri Berg', unitId: 'u-bolig' }
  ],
  targetGroups: [
    { id: 'tg-1', name: 'Bostedsløse' },
    { id: 'tg-2', name: 'Flyktninger' }
  ],
  functions: [
    { id: 'f-1', name: 'Startlån' },
    { id: 'f-2', name: 'Bostøtte' },
    { id: 'f-3', name: 'Tildeling' }
  ],
  assignments: [
    { unitId: 'u-nav', actorId: 'a-1', functionId: 'f-1', role: 'performs' },
    { unitId: 'u-bolig', functionId: 'f-2', role: 'responsible' }
  ],
  waves: [
    { id: 'w-1', label: 'Runde 1', date: '2026-03-01' },
    { id: 'w-2', label: 'Runde 2' }
  ],
  respondents: [
    { actorId: 'a-1', waveId: 'w-1', responded: true },
    { actorId: 'a-2', waveId: 'w-1', responded: false }
  ],
  ties: [
    { from: 'a-1', to: 'a-2', waveId: 'w-1', frequency: 3 },
    { from: 'a-2', to: 'a-1', waveId: 'w-1', frequency: 2 }
  ],
  assessments: [{ id: 's-1', kind: 'strength', text: 'Tett kontakt' }],
  reportedAssignments: [{ actorId: 'a-2', waveId: 'w-1', functionId: 'f-1', role: 'performs' }],
  phases: { 1: { note: 'Start', items: { mandate: { done: false } } } },
  settings: { language: 'nb', thresholds: { minResponseRate: 0.6 } },
  'x-extra': 'a'
};

const copy = (x) => JSON.parse(JSON.stringify(x));
const edited = (edit) => {
  const d = copy(BASE);
  edit(d);
  return d;
};
let n = 0;
function files(mine, theirs) {
  n += 1;
  const paths = ['base', 'mine', 'theirs'].map((w) => join(dir, `${n}-${w}.json`));
  [BASE, mine, theirs].forEach((d, i) => writeFileSync(paths[i], JSON.stringify(d)));
  return { paths, out: join(dir, `${n}-out.json`) };
}
/** Reconcile: { status, stderr, doc (the written result or null), out }. */
function reconcile(mine, theirs, ...flags) {
  const { paths, out } = files(mine, theirs);
  const r = run('reconcile', ...paths, '--out', out, '--lang', 'nb', ...flags);
  return {
    status: r.status,
    stderr: r.stderr,
    stdout: r.stdout,
    doc: existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : null,
    out
  };
}
const byId = (doc, list, id) => (doc[list] || []).find((x) => x.id === id);
const tie = (doc, from, to) => doc.ties.find((t) => t.from === from && t.to === to);
const respondent = (doc, actorId) => doc.respondents.find((r) => r.actorId === actorId);
const reported = (doc, actorId) => doc.reportedAssignments.find((r) => r.actorId === actorId);
const assignment = (doc, unitId, functionId) =>
  doc.assignments.find((a) => a.unitId === unitId && a.functionId === functionId);

// Every kind: how to add one (and find it), change a field of one (and read it), delete one (and look for it),
// and the name and field a conflict about it is listed with.
const KINDS = [
  {
    kind: 'unit',
    add: (d) => d.units.push({ id: 'u-ny', name: 'Ny enhet' }),
    added: (d) => byId(d, 'units', 'u-ny'),
    change: (d, v) => (d.units[1].name = v),
    read: (d) => byId(d, 'units', 'u-bolig').name,
    values: ['Boligtjenesten', 'Bolig og eiendom'],
    del: (d) => d.units.splice(2, 1),
    gone: (d) => !byId(d, 'units', 'u-tom'),
    line: /Boligkontoret, navn: «Boligtjenesten» i \S+mine\.json, «Bolig og eiendom» i \S+theirs\.json/
  },
  {
    kind: 'person',
    add: (d) => d.actors.push({ id: 'a-9', name: 'Nina Ny', unitId: 'u-nav' }),
    added: (d) => byId(d, 'actors', 'a-9'),
    change: (d, v) => (d.actors[0].fte = v),
    read: (d) => byId(d, 'actors', 'a-1').fte,
    values: [0.6, 0.8],
    del: (d) => d.actors.splice(2, 1),
    gone: (d) => !byId(d, 'actors', 'a-3'),
    line: /Kari Nordmann, årsverk: 0,6 i \S+mine\.json, 0,8 i \S+theirs\.json/
  },
  {
    kind: 'function',
    add: (d) => d.functions.push({ id: 'f-9', name: 'Bo-oppfølging' }),
    added: (d) => byId(d, 'functions', 'f-9'),
    change: (d, v) => (d.functions[1].essential = v),
    read: (d) => byId(d, 'functions', 'f-2').essential,
    values: [true, false],
    del: (d) => d.functions.splice(2, 1),
    gone: (d) => !byId(d, 'functions', 'f-3'),
    line: /Bostøtte, vesentlig: ja i \S+, nei i \S+/
  },
  {
    kind: 'targetGroup',
    add: (d) => d.targetGroups.push({ id: 'tg-9', name: 'Unge' }),
    added: (d) => byId(d, 'targetGroups', 'tg-9'),
    change: (d, v) => (d.targetGroups[0].description = v),
    read: (d) => byId(d, 'targetGroups', 'tg-1').description,
    values: ['Uten fast bolig', 'Uten egen bolig'],
    del: (d) => d.targetGroups.splice(1, 1),
    gone: (d) => !byId(d, 'targetGroups', 'tg-2'),
    line: /Bostedsløse, beskrivelse: «Uten fast bolig» i \S+, «Uten egen bolig» i \S+/
  },
  {
    kind: 'assignment',
    add: (d) => d.assignments.push({ unitId: 'u-bolig', actorId: 'a-3', functionId: 'f-3', role: 'contributes' }),
    added: (d) => assignment(d, 'u-bolig', 'f-3'),
    change: (d, v) => (d.assignments[0].role = v),
    read: (d) => assignment(d, 'u-nav', 'f-1').role,
    values: ['responsible', 'contributes'],
    del: (d) => d.assignments.splice(1, 1),
    gone: (d) => !assignment(d, 'u-bolig', 'f-2'),
    line: /«Startlån» hos Kari Nordmann, rolle: ansvarlig i \S+, bidrar i \S+/
  },
  {
    kind: 'wave',
    add: (d) => d.waves.push({ id: 'w-9', label: 'Runde 9' }),
    added: (d) => byId(d, 'waves', 'w-9'),
    change: (d, v) => (d.waves[0].date = v),
    read: (d) => byId(d, 'waves', 'w-1').date,
    values: ['2026-03-02', '2026-03-15'],
    del: (d) => d.waves.splice(1, 1),
    gone: (d) => !byId(d, 'waves', 'w-2'),
    line: /Runde 1, dato: «2026-03-02» i \S+, «2026-03-15» i \S+/
  },
  {
    kind: 'respondent',
    add: (d) => d.respondents.push({ actorId: 'a-3', waveId: 'w-1' }),
    added: (d) => respondent(d, 'a-3'),
    change: (d, v) => (d.respondents[1].responded = v),
    read: (d) => respondent(d, 'a-2').responded,
    values: [true, null],
    del: (d) => d.respondents.splice(0, 1),
    gone: (d) => !respondent(d, 'a-1'),
    line: /Ola Hansen \(Runde 1\), har svart: ja i \S+, \(tomt\) i \S+/
  },
  {
    kind: 'tie',
    add: (d) => d.ties.push({ from: 'a-3', to: 'a-1', waveId: 'w-1', frequency: 1 }),
    added: (d) => tie(d, 'a-3', 'a-1'),
    change: (d, v) => (d.ties[0].frequency = v),
    read: (d) => tie(d, 'a-1', 'a-2').frequency,
    values: [4, 1],
    del: (d) => d.ties.splice(1, 1),
    gone: (d) => !tie(d, 'a-2', 'a-1'),
    line: /Kari Nordmann → Ola Hansen \(Runde 1\), hyppighet: daglig i \S+, sjeldnere enn månedlig i \S+/
  },
  {
    kind: 'assessment',
    add: (d) => d.assessments.push({ id: 's-9', kind: 'change', text: 'Felles inntak' }),
    added: (d) => byId(d, 'assessments', 's-9'),
    change: (d, v) => (d.assessments[0].text = v),
    read: (d) => byId(d, 'assessments', 's-1').text,
    values: ['Tett og god kontakt', 'Tett kontakt hver uke'],
    del: (d) => d.assessments.splice(0, 1),
    gone: (d) => !byId(d, 'assessments', 's-1'),
    line: /Tett kontakt, tekst: «Tett og god kontakt» i \S+, «Tett kontakt hver uke» i \S+/
  },
  {
    kind: 'reportedAssignment',
    add: (d) => d.reportedAssignments.push({ actorId: 'a-1', waveId: 'w-1', functionId: 'f-2', role: 'performs' }),
    added: (d) => reported(d, 'a-1'),
    change: (d, v) => (d.reportedAssignments[0].review = v),
    read: (d) => reported(d, 'a-2').review,
    values: ['accepted', 'rejected'],
    del: (d) => d.reportedAssignments.splice(0, 1),
    gone: (d) => !reported(d, 'a-2'),
    line: /«Startlån», oppgitt av Ola Hansen \(Runde 1\), vurdering: godtatt i \S+, avvist i \S+/
  },
  {
    kind: 'phaseItem',
    add: (d) => (d.phases['1'].items['steering-group'] = { done: true }),
    added: (d) => d.phases['1'].items['steering-group'],
    change: (d, v) => (d.phases['1'].items.mandate.note = v),
    read: (d) => d.phases['1'].items.mandate.note,
    values: ['Vedtatt', 'Sendt til politisk behandling'],
    del: (d) => delete d.phases['1'].items.mandate,
    gone: (d) => !d.phases['1'].items.mandate,
    line: /Fase 1: [^,]+, notat: «Vedtatt» i \S+, «Sendt til politisk behandling» i \S+/
  },
  {
    kind: 'phase note',
    add: (d) => (d.phases['2'] = { note: 'Kartlegging' }),
    added: (d) => d.phases['2'],
    change: (d, v) => (d.phases['1'].note = v),
    read: (d) => d.phases['1'].note,
    values: ['Startet i mars', 'Startet i april'],
    del: (d) => delete d.phases['1'].note,
    gone: (d) => d.phases['1'].note === undefined,
    line: /Fase 1: Oppstart, notat: «Startet i mars» i \S+, «Startet i april» i \S+/
  },
  {
    kind: 'settings',
    add: (d) => (d.settings.thresholds.rareFrequency = 2),
    added: (d) => d.settings.thresholds.rareFrequency === 2,
    change: (d, v) => (d.settings.language = v),
    read: (d) => d.settings.language,
    values: ['nn', 'en'],
    del: (d) => delete d.settings.thresholds.minResponseRate,
    gone: (d) => d.settings.thresholds.minResponseRate === undefined,
    line: /Innstillingene, målform: nynorsk i \S+, engelsk i \S+/
  },
  {
    kind: 'municipality',
    add: (d) => (d.municipality['x-region'] = 'Nord'),
    added: (d) => d.municipality['x-region'] === 'Nord',
    change: (d, v) => (d.municipality.name = v),
    read: (d) => d.municipality.name,
    values: ['Liten', 'Lille kommune'],
    del: (d) => delete d.municipality.number,
    gone: (d) => d.municipality.number === undefined,
    line: /Kommunen, navn: «Liten» i \S+, «Lille kommune» i \S+/
  },
  {
    kind: 'unknown field',
    add: (d) => (d['x-new'] = { kept: true }),
    added: (d) => d['x-new'] && d['x-new'].kept === true,
    change: (d, v) => (d['x-extra'] = v),
    read: (d) => d['x-extra'],
    values: ['b', 'c'],
    del: (d) => delete d['x-extra'],
    gone: (d) => d['x-extra'] === undefined,
    line: /Prosjektet, feltet «x-extra»: «b» i \S+, «c» i \S+/
  }
];

for (const k of KINDS) {
  test(`${k.kind}: added, changed and deleted in theirs are taken; mine's own changes are kept`, () => {
    const theirs = edited((d) => {
      k.add(d);
      k.change(d, k.values[1]);
    });
    const r = reconcile(copy(BASE), theirs);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(k.added(r.doc), 'the addition is taken');
    assert.deepEqual(k.read(r.doc), k.values[1] ?? undefined, 'the change is taken');
    assert.match(r.stderr, /Fra \S+theirs\.json: /);

    const mineChanged = reconcile(
      edited((d) => k.change(d, k.values[0])),
      edited(k.add)
    );
    assert.equal(mineChanged.status, 0, mineChanged.stderr);
    assert.deepEqual(k.read(mineChanged.doc), k.values[0], "mine's change is kept");
    assert.ok(k.added(mineChanged.doc));
  });

  test(`${k.kind}: a deletion on either side stays deleted and does not come back`, () => {
    const theirsDeleted = reconcile(copy(BASE), edited(k.del));
    assert.equal(theirsDeleted.status, 0, theirsDeleted.stderr);
    assert.ok(k.gone(theirsDeleted.doc), 'deleted in theirs');
    const mineDeleted = reconcile(edited(k.del), edited(k.add));
    assert.equal(mineDeleted.status, 0, mineDeleted.stderr);
    assert.ok(k.gone(mineDeleted.doc), 'deleted in mine, not brought back by theirs');
    assert.ok(k.added(mineDeleted.doc));
  });

  test(`${k.kind}: different changes on both sides: exit 1, both values named, nothing written; --prefer settles`, () => {
    const mine = edited((d) => k.change(d, k.values[0]));
    const theirs = edited((d) => k.change(d, k.values[1]));
    const r = reconcile(mine, theirs);
    assert.equal(r.status, 1);
    assert.match(r.stderr, k.line);
    assert.match(r.stderr, /1 konflikt: ingenting ble skrevet/);
    assert.equal(r.doc, null, 'nothing written');
    assert.equal(r.stdout, '');
    const t = reconcile(mine, theirs, '--prefer', 'theirs');
    assert.equal(t.status, 0, t.stderr);
    assert.deepEqual(k.read(t.doc), k.values[1] ?? undefined);
    assert.match(t.stderr, /1 konflikt avgjort med --prefer theirs/);
    const m = reconcile(mine, theirs, '--prefer', 'mine');
    assert.deepEqual(k.read(m.doc), k.values[0]);
  });
}

test('the same change on both sides is no conflict', () => {
  const both = edited((d) => (d.actors[0].fte = 0.9));
  const r = reconcile(both, both);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(byId(r.doc, 'actors', 'a-1').fte, 0.9);
});

test('deleted in theirs and changed in mine is a conflict about the whole item', () => {
  const r = reconcile(
    edited((d) => (d.actors[2].role = 'Rådgiver')),
    edited((d) => d.actors.splice(2, 1))
  );
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Siri Berg: endret i \S+mine\.json, slettet i \S+theirs\.json/);
  assert.equal(r.doc, null);
  assert.ok(
    !byId(
      reconcile(
        edited((d) => (d.actors[2].role = 'R')),
        edited((d) => d.actors.splice(2, 1)),
        '--prefer',
        'theirs'
      ).doc,
      'actors',
      'a-3'
    )
  );
});

test('a tie to a person theirs deleted goes with the person, and stderr says so', () => {
  const r = reconcile(
    edited((d) => d.ties.push({ from: 'a-1', to: 'a-3', waveId: 'w-1', frequency: 2 })),
    edited((d) => d.actors.splice(2, 1))
  );
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!tie(r.doc, 'a-1', 'a-3'));
  assert.match(r.stderr, /Fjernet fordi det de viste til, ble slettet: 1 kontakt/);
  assert.equal(run('validate', r.out).status, 0);
});

test('the result is stamped: based on mine, merged from theirs; lineage of both', () => {
  const stamp = (s, lineage) => ({ stamp: s, basedOn: lineage[0], lineage, savedAt: '2026-12-01T10:00:00.000Z' });
  const mine = edited((d) => (d.revision = stamp('r-000000000000000b', ['r-000000000000000a'])));
  const theirs = edited((d) => {
    d.revision = stamp('r-000000000000000c', ['r-000000000000000a']);
    d.units[0].name = 'NAV Liten';
  });
  const r = reconcile(mine, theirs);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.doc.revision.stamp, /^r-[0-9a-f]{16}$/);
  assert.equal(r.doc.revision.basedOn, 'r-000000000000000b');
  assert.equal(r.doc.revision.mergedFrom, 'r-000000000000000c');
  assert.deepEqual(r.doc.revision.lineage, ['r-000000000000000b', 'r-000000000000000a', 'r-000000000000000c']);
});

test('without --out the result goes to stdout; --lang en speaks English', () => {
  const { paths } = files(
    copy(BASE),
    edited((d) => (d.units[0].name = 'NAV Liten'))
  );
  const r = run('reconcile', ...paths, '--lang', 'en');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).units[0].name, 'NAV Liten');
  assert.match(r.stderr, /From \S+theirs\.json: Changed: 1 unit/);
});

test('usage errors exit 2; a refused file exits 1 and is named; another project is refused', () => {
  assert.equal(run('reconcile', 'a.json', 'b.json').status, 2);
  const { paths } = files(copy(BASE), copy(BASE));
  assert.equal(run('reconcile', ...paths, '--prefer', 'both').status, 2);
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify(edited((d) => (d.ties[0].frequency = 9))));
  const r = run('reconcile', paths[0], paths[1], bad);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /bad\.json: \$\.ties\[0\]\.frequency: .*\[bad-frequency\]/);
  const other = join(dir, 'other.json');
  writeFileSync(other, JSON.stringify(edited((d) => (d.id = 'p-annen'))));
  const o = run('reconcile', paths[0], paths[1], other, '--lang', 'nb');
  assert.equal(o.status, 1);
  assert.match(o.stderr, /ulike prosjekter.*\[reconcile-other-project\]/);
});
