// lib/reference.js: the figures compared with another municipality, from hand-made documents and analyses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  REFERENCE_FIGURES,
  referenceFigures,
  makeEntry,
  parseEntry,
  compareRows,
  sameOptions,
  referenceKey,
  figureOptions
} from '../../www/src/lib/reference.js';

// Three people in two units plus one external partner; a wave where a-3 has no tie.
const doc = {
  id: 'p-1',
  municipality: { name: 'Småby' },
  units: [
    { id: 'u-a', name: 'A' },
    { id: 'u-b', name: 'B' },
    { id: 'u-x', name: 'Husbanken', external: true }
  ],
  actors: [{ id: 'a-1' }, { id: 'a-2' }, { id: 'a-3' }],
  waves: [
    { id: 'w-1', label: 'Runde 1', date: '2026-01-10' },
    { id: 'w-2', label: 'Runde 2', date: '2026-06-01' }
  ],
  pseudonymized: { scheme: 'hmac-sha256-10', keyCheck: 'abcd1234' }
};

const result = {
  waveId: 'w-2',
  network: {
    nodes: 3,
    density: 1 / 3,
    reciprocity: 1,
    averagePathLength: 1,
    components: 2,
    degreeCentralization: 0.25,
    betweennessCentralization: 0,
    eiIndex: 1,
    responseRate: 2 / 3
  },
  nodes: [
    { id: 'a-1', degree: 1 },
    { id: 'a-2', degree: 1 },
    { id: 'a-3', degree: 0 }
  ],
  communities: { modularity: 0.125, agreementWithUnits: { nmi: 0.5, ari: 0.2 } },
  findings: [
    { rule: 'isolate', severity: 'warning', subjects: { actors: ['a-3'] } },
    // The same function twice (split by target group) counts once; a second function makes two.
    { rule: 'duplicate-function', severity: 'warning', subjects: { functions: ['f-1'] } },
    { rule: 'duplicate-function', severity: 'info', subjects: { functions: ['f-1'] } },
    { rule: 'duplicate-function', severity: 'warning', subjects: { functions: ['f-2'] } },
    { rule: 'uncovered-function', severity: 'critical', subjects: { functions: ['f-3'] } }
  ]
};

test('figures come from the document and the analysis, counted by hand', () => {
  const f = referenceFigures(doc, result);
  assert.deepEqual(f, {
    people: 3,
    units: 3,
    externalUnits: 1,
    responseRate: 2 / 3,
    density: 1 / 3,
    reciprocity: 1,
    averagePathLength: 1,
    components: 2,
    isolates: 1,
    degreeCentralization: 0.25,
    betweennessCentralization: 0,
    eiIndex: 1,
    modularity: 0.125,
    agreementWithUnits: 0.5,
    duplicateFunctions: 2,
    findingsCritical: 1,
    findingsWarning: 3,
    findingsInfo: 1
  });
  assert.deepEqual(
    Object.keys(f),
    REFERENCE_FIGURES.map((d) => d.key),
    'every figure, in table order'
  );
});

test('missing parts give null (shown as "–"), never a made-up 0', () => {
  const f = referenceFigures({ actors: [] }, { network: { density: NaN, components: 'x' } });
  assert.equal(f.people, 0, 'an empty list is a real zero');
  assert.equal(f.units, null);
  assert.equal(f.density, null);
  assert.equal(f.components, null);
  assert.equal(f.isolates, null);
  assert.equal(f.duplicateFunctions, null);
  assert.equal(f.findingsCritical, null);
  assert.equal(f.agreementWithUnits, null);
  const none = referenceFigures(null, null);
  assert.ok(Object.values(none).every((v) => v === null));
});

test('an entry keeps only small facts and the figures, and survives a round trip through text', () => {
  const entry = makeEntry({
    doc,
    result,
    fileName: 'smaby-pseudonymisert.json',
    options: { waveId: 'w-2', weighted: true, reciprocated: false, minFrequency: 2, lang: 'nb' },
    loadedAt: '2026-11-23T04:00:00.000Z'
  });
  assert.equal(entry.name, 'Småby');
  assert.equal(entry.waveLabel, 'Runde 2');
  assert.equal(entry.waveDate, '2026-06-01');
  assert.equal(entry.pseudonymized, true);
  assert.deepEqual(entry.options, { weighted: true, reciprocated: false, minFrequency: 2 });
  assert.ok(!('actors' in entry) && !JSON.stringify(entry).includes('a-1'), 'no person ids are kept');
  assert.deepEqual(parseEntry(JSON.stringify(entry)), entry);
});

test('parseEntry refuses missing, damaged or foreign text, and cleans odd values', () => {
  assert.equal(parseEntry(null), null);
  assert.equal(parseEntry(''), null);
  assert.equal(parseEntry('{not json'), null);
  assert.equal(parseEntry('[]'), null);
  assert.equal(parseEntry(JSON.stringify({ version: 99, figures: {} })), null);
  assert.equal(parseEntry(JSON.stringify({ version: 1 })), null);
  const odd = parseEntry(JSON.stringify({ version: 1, name: 5, figures: { people: '7', density: 0.5, extra: 1 } }));
  assert.equal(odd.name, '');
  assert.equal(odd.figures.people, null, 'a string is not a number');
  assert.equal(odd.figures.density, 0.5);
  assert.ok(!('extra' in odd.figures));
  assert.deepEqual(odd.options, { weighted: false, reciprocated: false, minFrequency: 1 });
});

test('compareRows pairs the figures and gives the difference only when both exist', () => {
  const rows = compareRows({ people: 10, density: 0.2, isolates: 0 }, { people: 4, density: null, isolates: 2 });
  assert.equal(rows.length, REFERENCE_FIGURES.length);
  const by = Object.fromEntries(rows.map((r) => [r.key, r]));
  assert.deepEqual(by.people, { key: 'people', kind: 'count', own: 10, ref: 4, diff: 6 });
  assert.deepEqual(by.density, { key: 'density', kind: 'share', own: 0.2, ref: null, diff: null });
  assert.equal(by.isolates.diff, -2);
  assert.equal(by.modularity.own, null);
});

test('options: only weighting, reciprocity and the frequency threshold change the figures', () => {
  assert.ok(
    sameOptions(
      { weighted: false, minFrequency: 1, waveId: 'a' },
      { weighted: false, reciprocated: false, minFrequency: 1, waveId: 'b' }
    )
  );
  assert.ok(!sameOptions({ weighted: true }, { weighted: false }));
  assert.ok(!sameOptions({ minFrequency: 2 }, { minFrequency: 1 }));
  assert.deepEqual(figureOptions(undefined), { weighted: false, reciprocated: false, minFrequency: 1 });
  assert.equal(referenceKey('p-1'), 'reference.p-1');
});
