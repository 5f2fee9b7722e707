// lib/reference.js: other municipalities' key figures (the core computes them; this lines them up and
// remembers them), from hand-made analyses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  figuresOf,
  makeEntry,
  parseEntries,
  entriesText,
  withEntry,
  compareRows,
  tableEntries,
  sameOptions,
  referenceKey,
  figureOptions,
  MAX_REFERENCES
} from '../../www/src/lib/reference.js';

const result = (municipality, values) => ({
  waveId: 'w-2',
  keyFigures: {
    municipality,
    waveId: 'w-2',
    waveLabel: 'Runde 2',
    pseudonymized: municipality === 'Småby',
    figures: Object.entries(values).map(([key, value]) => ({ key, kind: key === 'people' ? 'count' : 'share', value }))
  }
});

test('figuresOf keeps the core order and kinds, and turns anything not a number into null', () => {
  const f = figuresOf(result('X', { people: 3, density: 'x', reciprocity: NaN, responseRate: 0.5 }));
  assert.deepEqual(f, [
    { key: 'people', kind: 'count', value: 3 },
    { key: 'density', kind: 'share', value: null },
    { key: 'reciprocity', kind: 'share', value: null },
    { key: 'responseRate', kind: 'share', value: 0.5 }
  ]);
  assert.deepEqual(figuresOf(null), []);
  assert.deepEqual(figuresOf({ keyFigures: { figures: 'no' } }), []);
});

test('an entry remembers the name, round, options and figures by key, and reads back the same', () => {
  const entry = makeEntry({
    result: result('Småby', { people: 3, density: 1 / 3 }),
    fileName: 'smaby.json',
    options: { weighted: true, minFrequency: '3', waveId: 'ignored' },
    loadedAt: '2026-12-05T10:00:00.000Z'
  });
  assert.deepEqual(entry, {
    name: 'Småby',
    fileName: 'smaby.json',
    waveLabel: 'Runde 2',
    pseudonymized: true,
    options: { weighted: true, reciprocated: false, minFrequency: 3 },
    loadedAt: '2026-12-05T10:00:00.000Z',
    figures: { people: 3, density: 1 / 3 }
  });
  assert.deepEqual(parseEntries(entriesText([entry])), [entry]);
  const unnamed = makeEntry({ result: result('', { people: 1 }), fileName: 'x.json', options: {}, loadedAt: '' });
  assert.equal(unnamed.name, 'x.json', 'a file without a municipality name is named by the file');
});

test('parseEntries refuses missing, damaged or older text, cleans odd values and keeps at most the limit', () => {
  for (const bad of [null, '', '{not json', '[]', JSON.stringify({ version: 1, name: 'old', figures: {} })])
    assert.deepEqual(parseEntries(bad), [], String(bad));
  const odd = parseEntries(
    JSON.stringify({ version: 2, entries: [{ name: 5, figures: { people: '7', x: 1 } }, 'no'] })
  );
  assert.equal(odd.length, 1);
  assert.equal(odd[0].name, '');
  assert.deepEqual(odd[0].figures, { people: null, x: 1 });
  const many = Array.from({ length: MAX_REFERENCES + 3 }, (_, i) => ({ name: `K${i}`, figures: {} }));
  assert.equal(parseEntries(JSON.stringify({ version: 2, entries: many })).length, MAX_REFERENCES);
});

test('withEntry adds a new municipality and replaces one loaded again from the same file', () => {
  const a = { name: 'A', fileName: 'a.json', figures: { people: 1 } };
  const b = { name: 'B', fileName: 'b.json', figures: { people: 2 } };
  const a2 = { ...a, figures: { people: 9 } };
  assert.deepEqual(withEntry([a], b), [a, b]);
  assert.deepEqual(withEntry([a, b], a2), [a2, b]);
});

test('compareRows lines every reference up with the open project by key; a missing key is null', () => {
  const own = figuresOf(result('Her', { people: 10, density: 0.2, isolates: 0 }));
  const rows = compareRows(own, [
    { figures: { people: 4, density: null, isolates: 2 } },
    { figures: { density: 0.5 } }
  ]);
  assert.deepEqual(rows, [
    { key: 'people', kind: 'count', own: 10, refs: [4, null] },
    { key: 'density', kind: 'share', own: 0.2, refs: [null, 0.5] },
    { key: 'isolates', kind: 'share', own: 0, refs: [2, null] }
  ]);
});

test('tableEntries gives the core the open project first, then each reference, as key/value lists', () => {
  const own = figuresOf(result('Her', { people: 10 }));
  assert.deepEqual(tableEntries('Her', own, [{ name: 'Der', figures: { people: 4 } }]), [
    { name: 'Her', figures: [{ key: 'people', value: 10 }] },
    { name: 'Der', figures: [{ key: 'people', value: 4 }] }
  ]);
});

test('options: only weighting, reciprocity and frequency matter; the key is per project', () => {
  assert.deepEqual(figureOptions(null), { weighted: false, reciprocated: false, minFrequency: 1 });
  assert.ok(sameOptions({ weighted: false, waveId: 'a' }, { waveId: 'b' }));
  assert.ok(!sameOptions({ minFrequency: 2 }, { minFrequency: 1 }));
  assert.equal(referenceKey('p-1'), 'reference.p-1');
});
