import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextSort, ariaSort, sortRows } from '../../www/src/lib/table-sort.js';
import {
  caveats,
  measureFlags,
  levelOf,
  rankOf,
  NETWORK_MEASURES,
  ACTOR_MEASURES
} from '../../www/src/lib/measures.js';

const rows = [
  { name: 'Øystein', v: 3 },
  { name: 'Anne', v: null },
  { name: 'Åse', v: 10 },
  { name: 'Bjørn', v: 3 },
  { name: 'Æsa', v: undefined },
  { name: 'Carl', v: -1 }
];
const value = (r, key) => r[key];
const name = (r) => r.name;

test('nextSort: a new column starts descending for numbers, ascending for text; the same column flips', () => {
  assert.deepEqual(nextSort(null, 'v'), { key: 'v', dir: 'desc' });
  assert.deepEqual(nextSort(null, 'name', 'text'), { key: 'name', dir: 'asc' });
  assert.deepEqual(nextSort({ key: 'v', dir: 'desc' }, 'v'), { key: 'v', dir: 'asc' });
  assert.deepEqual(nextSort({ key: 'v', dir: 'asc' }, 'v'), { key: 'v', dir: 'desc' });
  assert.deepEqual(nextSort({ key: 'v', dir: 'asc' }, 'w'), { key: 'w', dir: 'desc' });
});

test('ariaSort names the state of each header', () => {
  assert.equal(ariaSort({ key: 'v', dir: 'asc' }, 'v'), 'ascending');
  assert.equal(ariaSort({ key: 'v', dir: 'desc' }, 'v'), 'descending');
  assert.equal(ariaSort({ key: 'v', dir: 'desc' }, 'x'), 'none');
  assert.equal(ariaSort(null, 'x'), 'none');
});

test('sortRows: numbers both ways, missing values last either way, ties by name', () => {
  const desc = sortRows(rows, { key: 'v', dir: 'desc' }, value, name).map(name);
  assert.deepEqual(desc, ['Åse', 'Bjørn', 'Øystein', 'Carl', 'Anne', 'Æsa']);
  const asc = sortRows(rows, { key: 'v', dir: 'asc' }, value, name).map(name);
  assert.deepEqual(asc, ['Carl', 'Bjørn', 'Øystein', 'Åse', 'Anne', 'Æsa']);
  assert.equal(rows[0].name, 'Øystein', 'the input is not changed');
});

test('sortRows: text follows Norwegian alphabetical order (… Z, Æ, Ø, Å)', () => {
  const sorted = sortRows(rows, { key: 'name', dir: 'asc' }, value, name, 'nb-NO').map(name);
  assert.deepEqual(sorted, ['Anne', 'Bjørn', 'Carl', 'Æsa', 'Øystein', 'Åse']);
});

test('caveats: small networks, low response, several parts, and the options', () => {
  const keys = (list) => list.map((c) => c.key);
  assert.deepEqual(keys(caveats({ nodes: 52, responseRate: 0.9, components: 1 }, {}, 0.7)), []);
  assert.deepEqual(
    keys(
      caveats(
        { nodes: 12, responseRate: 0.5, components: 3, largestComponent: 9 },
        { weighted: true, minFrequency: 3 },
        0.7
      )
    ),
    ['caveat.small', 'caveat.lowResponse', 'caveat.components', 'caveat.weighted', 'caveat.minFrequency']
  );
  const betweenness = ACTOR_MEASURES.find((d) => d.key === 'betweenness');
  assert.deepEqual(measureFlags(betweenness, { nodes: 12 }), ['small']);
  assert.deepEqual(measureFlags(betweenness, { nodes: 40 }), []);
  const reciprocity = NETWORK_MEASURES.find((d) => d.key === 'reciprocity');
  assert.deepEqual(measureFlags(reciprocity, { nodes: 40, responseRate: 0.6 }, 0.7), ['lowResponse']);
  // The threshold is the project's (analysis.settings.minResponseRate), not the app's own 0.7.
  assert.deepEqual(measureFlags(reciprocity, { nodes: 40, responseRate: 0.6 }, 0.5), []);
  assert.deepEqual(keys(caveats({ nodes: 52, responseRate: 0.6, components: 1 }, {}, 0.5)), []);
});

test('levels and ranks in plain words', () => {
  const values = [0, 1, 2, 3, 4, 5, 6, 7];
  assert.equal(levelOf(7, values), 'high');
  assert.equal(levelOf(1, values), 'low');
  assert.equal(levelOf(4, values), 'middle');
  assert.equal(levelOf(0, values), 'none');
  assert.equal(levelOf(null, values), 'none');
  assert.equal(rankOf(7, values), 1);
  assert.equal(rankOf(5, [5, 5, 9]), 2);
});
