import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify, dateStamp, exportFilename } from '../../www/src/lib/slug.js';
import { viewFromHash, hashForView } from '../../www/src/lib/route.js';
import { newId } from '../../www/src/lib/ids.js';
import { randomReady } from '../../www/src/lib/random.js';

test('slugify folds Norwegian letters and punctuation', () => {
  assert.equal(slugify('Eksempel kommune'), 'eksempel-kommune');
  assert.equal(slugify('Bø i Telemark'), 'bo-i-telemark');
  assert.equal(slugify('Ålesund'), 'alesund');
  assert.equal(slugify('Nærøy'), 'naeroy');
  assert.equal(slugify('  Guovdageaidnu – Kautokeino  '), 'guovdageaidnu-kautokeino');
  assert.equal(slugify('Deatnu/Tana'), 'deatnu-tana');
  assert.equal(slugify('Porsáŋgu'), 'porsangu');
});

test('slugify never yields something unsafe or empty', () => {
  assert.equal(slugify('<img src=x onerror=alert(1)>'), 'img-src-x-onerror-alert-1');
  assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
  assert.equal(slugify('???'), 'prosjekt');
  assert.equal(slugify(''), 'prosjekt');
  assert.equal(slugify(null, 'x'), 'x');
  const long = slugify('a '.repeat(200));
  assert.ok(long.length <= 60 && !long.endsWith('-'), long);
});

test('export file name: slug, local date, .bosam.json', () => {
  const date = new Date(2026, 10, 23, 23, 59); // local time, late evening
  assert.equal(dateStamp(date), '2026-11-23');
  assert.equal(exportFilename('Eksempel kommune', date), 'eksempel-kommune-2026-11-23.bosam.json');
  assert.equal(exportFilename('Eksempel kommune', new Date(2026, 0, 5)), 'eksempel-kommune-2026-01-05.bosam.json');
  assert.equal(exportFilename('', date), 'prosjekt-2026-11-23.bosam.json');
});

test('routes: "#/view" only; other hashes are not routes', () => {
  const ids = ['projects', 'overview', 'data'];
  assert.equal(viewFromHash('#/overview', ids), 'overview');
  assert.equal(viewFromHash('#/nonsense', ids), 'projects');
  assert.equal(viewFromHash('#main', ids), null);
  assert.equal(viewFromHash('', ids), null);
  assert.equal(hashForView('data'), '#/data');
});

test('ids are UUID v4-shaped and distinct', async () => {
  await randomReady;
  const fixed = (n) => 'f'.repeat(2 * n);
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  assert.equal(newId(fixed), 'ffffffff-ffff-4fff-bfff-ffffffffffff');
  assert.match(newId(), uuid);
  assert.notEqual(newId(), newId());
});
