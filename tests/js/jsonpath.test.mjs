// JSONPath from the core's messages mapped to form fields (www/src/lib/jsonpath.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePath, issuesForItem, issuesByIndex, fieldOf } from '../../www/src/lib/jsonpath.js';

test('parsePath: dots, indexes, quoted keys', () => {
  assert.deepEqual(parsePath('$'), []);
  assert.deepEqual(parsePath('$.units[3].relation.contact'), ['units', 3, 'relation', 'contact']);
  assert.deepEqual(parsePath('$.assignments[12].targetGroupIds[0]'), ['assignments', 12, 'targetGroupIds', 0]);
  assert.deepEqual(parsePath("$.phases['1'].items['steering-group'].done"), [
    'phases',
    '1',
    'items',
    'steering-group',
    'done'
  ]);
  assert.deepEqual(parsePath("$['it\\'s']"), ["it's"]);
  assert.deepEqual(parsePath('$.x-y'), ['x-y']);
});

test('parsePath: not a path', () => {
  for (const bad of ['', 'units[0]', '$.', '$[x]', '$[1', "$['open", null, undefined, 42])
    assert.equal(parsePath(bad), null, String(bad));
});

test('issuesForItem: fields of the item, the item itself, and everything else', () => {
  const e = (path, code) => ({ path, code, message: code });
  const issues = [
    e('$.units[2].name', 'empty-value'),
    e('$.units[2].relation.contact', 'wrong-type'),
    e('$.units[2].name', 'other'),
    e('$.units[2]', 'wrong-type'),
    e('$.units[1].name', 'empty-value'),
    e('$.actors[2].unitId', 'unknown-unit'),
    e('$', 'x'),
    e('garbage', 'y')
  ];
  const out = issuesForItem(issues, 'units', 2);
  assert.deepEqual(Object.keys(out.fields).sort(), ['name', 'relation.contact']);
  assert.deepEqual(
    out.fields.name.map((x) => x.code),
    ['empty-value', 'other']
  );
  assert.deepEqual(
    out.item.map((x) => x.path),
    ['$.units[2]']
  );
  assert.deepEqual(
    out.other.map((x) => x.path),
    ['$.units[1].name', '$.actors[2].unitId', '$', 'garbage']
  );
});

test('issuesForItem: list-level problems count as the item; index -1 matches nothing', () => {
  const out = issuesForItem([{ path: '$.units', code: 'not-a-list' }], 'units', 0);
  assert.equal(out.item.length, 1);
  const none = issuesForItem([{ path: '$.units[0].name', code: 'x' }], 'units', -1);
  assert.deepEqual(none.fields, {});
  assert.equal(none.other.length, 1);
});

test('issuesByIndex and fieldOf (multi-row editors)', () => {
  const issues = [
    { path: '$.assignments[4].fte', code: 'negative-fte' },
    { path: '$.assignments[4].targetGroupIds[1]', code: 'unknown-target-group' },
    { path: '$.assignments[5].role', code: 'unknown-role' },
    { path: '$.ties[4].to', code: 'unknown-actor' }
  ];
  const by = issuesByIndex(issues, 'assignments');
  assert.deepEqual(Object.keys(by), ['4', '5']);
  assert.equal(by[4].length, 2);
  assert.equal(fieldOf('$.assignments[4].fte'), 'fte');
  assert.equal(fieldOf('$.assignments[4].targetGroupIds[1]'), 'targetGroupIds');
  assert.equal(fieldOf('$.units[0].relation.about'), 'relation.about');
  assert.equal(fieldOf('$.units[0]'), '');
});

test('placeInWords: the place of a problem named from the document, never as JSONPath', async () => {
  const { placeInWords } = await import('../../www/src/lib/place-words.js');
  const { translate } = await import('../../www/src/i18n.js');
  const words = (key, params) => translate('nb', key, params);
  const doc = {
    units: [{ id: 'u-1', name: 'NAV' }],
    actors: [
      { id: 'a-1', name: 'Kari Nilsen', unitId: 'u-1' },
      { id: 'a-2', name: 'Per', unitId: 'u-1' }
    ],
    functions: [{ id: 'f-1', name: 'Startlån' }],
    assignments: [{ unitId: 'u-1', functionId: 'f-1' }],
    ties: [{ from: 'a-1', to: 'a-2' }]
  };
  assert.equal(placeInWords('$.actors[0].fte', doc, words), 'Personen «Kari Nilsen», årsverk');
  assert.equal(placeInWords('$.ties[0].to', doc, words), 'Kontakt nr. 1 (fra Kari Nilsen til Per), til');
  assert.equal(placeInWords('$.assignments[0].role', doc, words), 'Oppgave nr. 1 («Startlån» i NAV), rolle');
  assert.equal(placeInWords('$.actors[7].name', doc, words), 'Person nr. 8, navn', 'an item the document lacks');
  assert.equal(placeInWords('$.actors[0].name', null, words), 'Person nr. 1, navn', 'no document at hand');
  assert.equal(placeInWords('svar-kari.json: $.projectId', null, words), 'prosjekt');
  assert.equal(placeInWords('$.municipality.name', doc, words), 'Kommunen, navn');
  assert.equal(placeInWords('$', doc, words), '');
  assert.equal(placeInWords('$.format', doc, words), '');
  assert.equal(placeInWords('$.units[0].oddField', doc, words), 'Enheten «NAV», feltet «oddField»');
});

test('placeInWords cuts a very long name (a 10 MB name must not be rendered in full)', async () => {
  const { placeInWords } = await import('../../www/src/lib/place-words.js');
  const { translate } = await import('../../www/src/i18n.js');
  const doc = { actors: [{ id: 'a', name: 'Å'.repeat(100000) }] };
  const text = placeInWords('$.actors[0].name', doc, (k, p) => translate('nb', k, p));
  assert.equal(text, `Personen «${'Å'.repeat(60)}…», navn`);
});
