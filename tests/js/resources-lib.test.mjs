// lib/resources.js: CSV for Norwegian Excel (BOM, semicolons, decimal comma, CRLF, quoting,
// no formulas from user text), sorting by column, unit shares, places and split pairs; and
// the map's grouping by place in lib/network-model.js. Expected values are worked by hand.
import { test } from 'node:test';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import {
  buildCsv,
  csvNumber,
  csvText,
  CSV_BOM,
  sortByColumns,
  countOf,
  barPercent,
  maxOf,
  hasEstimate,
  unitFunctionRows,
  placeGroups,
  frequencyLevel,
  isSplitPair
} from '../../www/src/lib/resources.js';
import { actorLocations, locationsIn, locationLayout } from '../../www/src/lib/network-model.js';

const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);
import { sunflower } from '../../www/src/lib/fallback-layout.js';

test('csvNumber: decimal comma, no thousands separator, rounded, empty for missing', () => {
  assert.equal(csvNumber(0.35), '0,35');
  assert.equal(csvNumber(1234.5), '1234,5');
  assert.equal(csvNumber(2), '2');
  assert.equal(csvNumber(0.1 + 0.2), '0,3');
  assert.equal(csvNumber(1 / 3), '0,333');
  assert.equal(csvNumber(2 / 3, 2), '0,67');
  assert.equal(csvNumber(-0.0001), '0');
  assert.equal(csvNumber(null), '');
  assert.equal(csvNumber(NaN), '');
});

test('csvText: quotes separators, quotes and line breaks; user text never becomes a formula', () => {
  assert.equal(csvText('Boligkontoret'), 'Boligkontoret');
  assert.equal(csvText('NAV; kommunal del'), '"NAV; kommunal del"');
  assert.equal(csvText('Sier "hei"'), '"Sier ""hei"""');
  assert.equal(csvText('to\nlinjer'), '"to\nlinjer"');
  assert.equal(csvText('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvText('+47'), "'+47");
  assert.equal(csvText('-1'), "'-1");
  assert.equal(csvText('@navn'), "'@navn");
  assert.equal(csvText(null), '');
  assert.equal(csvText('Æøå'), 'Æøå');
});

test('buildCsv: BOM, header, one line per row, ; between cells, CRLF after every line', () => {
  const csv = buildCsv(
    [
      { label: 'Funksjon', kind: 'text', value: (r) => r.name },
      { label: 'Årsverk', kind: 'number', value: (r) => r.fte },
      { label: 'Personer', kind: 'number', decimals: 0, value: (r) => r.people }
    ],
    [
      { name: 'Kartlegging', fte: 1.25, people: 3 },
      { name: 'Oppfølging; bolig', fte: 0.05, people: 1 }
    ]
  );
  assert.ok(csv.startsWith(CSV_BOM));
  assert.equal(csv.charCodeAt(0), 0xfeff);
  assert.equal(csv.slice(1), 'Funksjon;Årsverk;Personer\r\nKartlegging;1,25;3\r\n"Oppfølging; bolig";0,05;1\r\n');
  // No bare LF anywhere outside quoted cells.
  assert.equal(csv.replace(/\r\n/g, '').includes('\n'), false);
  assert.equal(buildCsv([{ label: 'A', kind: 'text', value: () => '' }], []), `${CSV_BOM}A\r\n`);
});

const cols = [
  { key: 'name', value: (r) => r.name },
  { key: 'fte', value: (r) => r.fte },
  { key: 'below', value: (r) => r.below }
];
const rows = [
  { name: 'Oppfølging', fte: 0.5, below: false },
  { name: 'Anskaffelse', fte: 1.2, below: false },
  { name: 'Bostøtte', fte: null, below: true },
  { name: 'Økonomi', fte: 0.5, below: true }
];

test('sortByColumns: numbers both ways with missing last, booleans, text in Norwegian order, ties by name', () => {
  const names = (s) => sortByColumns(rows, cols, s).map((r) => r.name);
  assert.deepEqual(names({ key: 'fte', dir: 'desc' }), ['Anskaffelse', 'Oppfølging', 'Økonomi', 'Bostøtte']);
  assert.deepEqual(names({ key: 'fte', dir: 'asc' }), ['Oppfølging', 'Økonomi', 'Anskaffelse', 'Bostøtte']);
  assert.deepEqual(names({ key: 'below', dir: 'desc' }), ['Bostøtte', 'Økonomi', 'Anskaffelse', 'Oppfølging']);
  assert.deepEqual(names({ key: 'name', dir: 'asc' }), ['Anskaffelse', 'Bostøtte', 'Oppfølging', 'Økonomi']);
  assert.deepEqual(names({ key: 'nope', dir: 'asc' }), ['Anskaffelse', 'Bostøtte', 'Oppfølging', 'Økonomi']);
  assert.deepEqual(
    rows.map((r) => r.name),
    ['Oppfølging', 'Anskaffelse', 'Bostøtte', 'Økonomi'],
    'input untouched'
  );
});

test('counts, bars and estimates', () => {
  assert.equal(countOf(3), 3);
  assert.equal(countOf(['a', 'b']), 2);
  assert.equal(countOf(undefined), 0);
  assert.equal(maxOf([{ fte: 0.2 }, { fte: 1.5 }, {}]), 1.5);
  assert.equal(maxOf([]), 1);
  assert.equal(barPercent(0.75, 1.5), 50);
  assert.equal(barPercent(2, 1), 100);
  assert.equal(barPercent(1, 0), 0);
  assert.equal(hasEstimate({ estimatedFte: 0.1 }), true);
  assert.equal(hasEstimate({ estimatedFte: 0 }), false);
});

test('unitFunctionRows: largest share first, names from the map, unknown ids shown as ids', () => {
  const unit = {
    byFunction: [
      { functionId: 'f1', fte: 0.2, share: 0.25 },
      { functionId: 'f2', fte: 0.6, share: 0.75 },
      { functionId: 'fx', fte: 0, share: 0 }
    ]
  };
  const out = unitFunctionRows(
    unit,
    new Map([
      ['f1', 'Kartlegging'],
      ['f2', 'Oppfølging']
    ])
  );
  assert.deepEqual(
    out.map((x) => x.name),
    ['Oppfølging', 'Kartlegging', 'fx']
  );
  assert.deepEqual(unitFunctionRows({}, new Map()), []);
});

test('placeGroups: named places alphabetically, "not given" last, members by name', () => {
  const doc = {
    units: [
      { id: 'u1', name: 'Boligkontoret' },
      { id: 'u2', name: 'Avdeling' }
    ],
    actors: [
      { id: 'a1', name: 'Ørjan' },
      { id: 'a2', name: 'Anne' }
    ]
  };
  const out = placeGroups(
    {
      places: [
        { location: null, units: [], actors: ['a1'] },
        { location: 'Rådhuset', units: ['u1', 'u2'], actors: ['a1', 'a2'] },
        { location: 'Helsehuset', units: [], actors: ['ax'] }
      ]
    },
    doc
  );
  assert.deepEqual(
    out.map((p) => p.location),
    ['Helsehuset', 'Rådhuset', null]
  );
  assert.deepEqual(
    out[1].units.map((u) => u.name),
    ['Avdeling', 'Boligkontoret']
  );
  assert.deepEqual(
    out[1].actors.map((a) => a.name),
    ['Anne', 'Ørjan']
  );
  assert.equal(out[0].actors[0].name, 'ax');
});

test('frequencyLevel and isSplitPair', () => {
  assert.equal(frequencyLevel({ maxFrequency: 4 }), 4);
  assert.equal(frequencyLevel({ maxFrequency: 0 }), 0);
  assert.equal(frequencyLevel({}), 0);
  assert.equal(frequencyLevel({ maxFrequency: 9 }), 4);
  assert.equal(isSplitPair({ sameLocation: false, weeklyOrMore: false }), true);
  assert.equal(isSplitPair({ sameLocation: false, weeklyOrMore: true }), false);
  assert.equal(isSplitPair({ sameLocation: true, weeklyOrMore: false }), false);
  assert.equal(isSplitPair({ sameLocation: null, weeklyOrMore: false }), false, 'unknown place is not "apart"');
});

test(
  "map grouping by place comes from the core: own place, else the unit's; same place regardless of case, NBSP and Sámi capitals",
  { skip: !existsSync(CORE_JS) && 'no WASM build' },
  async () => {
    const doc = {
      format: 'bosam-project',
      schemaVersion: 1,
      id: 'p',
      municipality: { name: 'K' },
      units: [
        { id: 'u1', name: 'A', location: 'Rådhuset' },
        { id: 'u2', name: 'B', location: ' ' }
      ],
      actors: [
        { id: 'a1', name: 'a1', unitId: 'u1' },
        { id: 'a2', name: 'a2', unitId: 'u1', location: 'rÅdhuset\u00a0' },
        { id: 'a3', name: 'a3', unitId: 'u2' },
        { id: 'a4', name: 'a4', unitId: 'u2', location: 'Čáhcesullo' },
        { id: 'a5', name: 'a5', unitId: 'u1', location: 'čÁHCESULLO' }
      ]
    };
    const core = await require(CORE_JS)();
    const result = JSON.parse(core.analyze(JSON.stringify(doc), '{}')).result;
    const where = actorLocations(result);
    assert.deepEqual([...where.entries()].sort(), [
      ['a1', 'Rådhuset'],
      ['a2', 'Rådhuset'],
      ['a3', null],
      ['a4', 'Čáhcesullo'],
      ['a5', 'Čáhcesullo']
    ]);
    assert.deepEqual(locationsIn(result), ['Čáhcesullo', 'Rådhuset']);
    assert.deepEqual(actorLocations(null), new Map(), 'nothing until the analysis is there');
    const layout = locationLayout(doc, result, sunflower);
    assert.equal(layout.byLocation, true);
    assert.deepEqual(
      layout.centres.map((c) => c.location),
      ['Čáhcesullo', 'Rådhuset', null]
    );
    assert.equal(Object.keys(layout.positions).length, 5);
    // People of one place are nearer their own place's centre than any other centre.
    for (const [id, place] of where) {
      const p = layout.positions[id];
      const d = layout.centres.map((c) => Math.hypot(p.x - c.x, p.y - c.y));
      const own = layout.centres.findIndex((c) => c.location === place);
      assert.equal(d.indexOf(Math.min(...d)), own, id);
    }
  }
);
