// Cross-tab save rules (www/src/lib/revision.js) and the storage's checked write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { revisionOf, stampOf, sameStamp, decideWrite, isNewerElsewhere } from '../../www/src/lib/revision.js';
import { createMemoryStorage, makeRecord } from '../../www/src/storage.js';

const row = (revision, updatedAt) => ({ id: 'p', updatedAt, revision, doc: {} });

test('revisionOf and stampOf: records from before revisions count as 0', () => {
  assert.equal(revisionOf(null), 0);
  assert.equal(revisionOf({}), 0);
  assert.equal(revisionOf({ revision: -1 }), 0);
  assert.equal(revisionOf({ revision: 1.5 }), 0);
  assert.equal(revisionOf({ revision: 7 }), 7);
  assert.deepEqual(stampOf(row(3, 't3')), { revision: 3, updatedAt: 't3' });
  assert.deepEqual(stampOf({ id: 'p' }), { revision: 0, updatedAt: null });
  assert.equal(stampOf(null), null);
});

test('sameStamp needs both revision and time to match', () => {
  assert.equal(sameStamp(row(3, 't'), { revision: 3, updatedAt: 't' }), true);
  assert.equal(sameStamp(row(3, 't'), { revision: 3, updatedAt: 'u' }), false);
  assert.equal(sameStamp(row(4, 't'), { revision: 3, updatedAt: 't' }), false);
  assert.equal(sameStamp(null, { revision: 0, updatedAt: null }), false);
});

test('decideWrite: the stored record is still the one we know -> next revision', () => {
  assert.deepEqual(decideWrite(row(3, 't3'), { revision: 3, updatedAt: 't3' }), { ok: true, revision: 4 });
});

test('decideWrite: another tab saved in between -> refused, with what is stored', () => {
  assert.deepEqual(decideWrite(row(4, 't4'), { revision: 3, updatedAt: 't3' }), {
    ok: false,
    stored: { revision: 4, updatedAt: 't4' }
  });
  // Same revision, different time (an older app version wrote without counting): refused too.
  assert.equal(decideWrite(row(3, 'other'), { revision: 3, updatedAt: 't3' }).ok, false);
  // A record written by an app without revisions, over one we knew at revision 2.
  assert.equal(decideWrite({ id: 'p', updatedAt: 'x' }, { revision: 2, updatedAt: 't2' }).ok, false);
});

test('decideWrite: no claim, forced, or deleted elsewhere -> written', () => {
  assert.deepEqual(decideWrite(row(4, 't4'), null), { ok: true, revision: 5 });
  assert.deepEqual(decideWrite(null, null), { ok: true, revision: 1 });
  assert.deepEqual(decideWrite(row(9, 't9'), { revision: 3, updatedAt: 't3' }, { force: true }), {
    ok: true,
    revision: 10
  });
  assert.deepEqual(decideWrite(null, { revision: 3, updatedAt: 't3' }), { ok: true, revision: 4 });
});

test('isNewerElsewhere: only a newer save of the open project counts', () => {
  const known = { revision: 3, updatedAt: 't3' };
  assert.equal(isNewerElsewhere({ id: 'p', revision: 4, updatedAt: 't4' }, 'p', known), true);
  assert.equal(isNewerElsewhere({ id: 'p', revision: 3, updatedAt: 't3' }, 'p', known), false, 'our own stamp');
  assert.equal(isNewerElsewhere({ id: 'p', revision: 2, updatedAt: 't2' }, 'p', known), false, 'older');
  assert.equal(
    isNewerElsewhere({ id: 'p', revision: 3, updatedAt: 'x' }, 'p', known),
    true,
    'same revision, other time'
  );
  assert.equal(isNewerElsewhere({ id: 'q', revision: 9, updatedAt: 't' }, 'p', known), false, 'another project');
  assert.equal(isNewerElsewhere({ id: 'p', revision: 9 }, 'p', null), false, 'nothing known');
  assert.equal(isNewerElsewhere({ id: 'p', revision: 'x' }, 'p', known), false);
});

test('memory storage putChecked: write, then refuse a stale claim, then force', async () => {
  const s = createMemoryStorage();
  const first = await s.putChecked(makeRecord({ id: 'p' }, new Date(Date.UTC(2026, 0, 1))), null);
  assert.equal(first.ok, true);
  assert.equal(first.record.revision, 1);
  const stamp = stampOf(first.record);
  const second = await s.putChecked(makeRecord({ id: 'p', v: 2 }, new Date(Date.UTC(2026, 0, 2))), stamp);
  assert.equal(second.record.revision, 2);
  // A tab that still knows revision 1 is refused, and nothing changes.
  const stale = await s.putChecked(makeRecord({ id: 'p', v: 'stale' }, new Date(Date.UTC(2026, 0, 3))), stamp);
  assert.deepEqual(stale, { ok: false, stored: stampOf(second.record) });
  assert.equal((await s.get('p')).doc.v, 2);
  const forced = await s.putChecked(makeRecord({ id: 'p', v: 'mine' }, new Date(Date.UTC(2026, 0, 4))), stamp, {
    force: true
  });
  assert.equal(forced.record.revision, 3);
  assert.equal((await s.get('p')).doc.v, 'mine');
});
