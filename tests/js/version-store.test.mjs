import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prunable, createVersionStore, KEEP_PER_KIND } from '../../www/src/version-store.js';

const rec = (projectId, kind, minute) => ({
  stamp: `r-${projectId}-${kind}-${minute}`,
  projectId,
  kind,
  savedAt: `2026-12-05T10:${String(minute).padStart(2, '0')}:00.000Z`
});

test('prunable keeps the newest per project and kind, and drops the rest', () => {
  const rows = [
    rec('a', 'export', 1),
    rec('a', 'export', 5),
    rec('a', 'export', 3),
    rec('a', 'file', 2),
    rec('b', 'export', 4)
  ];
  const gone = prunable(rows, 2).map((r) => r.stamp);
  assert.deepEqual(gone, ['r-a-export-1']);
  assert.deepEqual(
    prunable(rows, 1)
      .map((r) => r.stamp)
      .sort(),
    ['r-a-export-1', 'r-a-export-3']
  );
  assert.equal(KEEP_PER_KIND, 30);
});

test('without IndexedDB every call rejects as unavailable, and a doc without a stamp is not kept', async () => {
  const s = createVersionStore({ factory: null });
  await assert.rejects(s.versionByStamp('r-1'), (e) => e.kind === 'unavailable');
  assert.equal(await s.rememberVersion({ id: 'p' }, 'export'), false);
});
