// The rules for writing over the project's file, and for the week-without-a-copy notice (lib/file-check.js),
// on hand-worked cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fileWriteDecision,
  sameFileMeta,
  stampInFile,
  holdsVersion,
  backupAge,
  backupDue
} from '../../www/src/lib/file-check.js';
import { withRevisionOf } from '../../www/src/lib/stamps.js';
import { fileErrorKind, fileAccessSupported } from '../../www/src/lib/file-access.js';

const known = { size: 1200, lastModified: 1764921600000, stamp: 'r-00000000000000aa' };

test('the file as this app left it may be written over', () => {
  assert.equal(sameFileMeta(known, { size: 1200, lastModified: 1764921600000 }), true);
  assert.deepEqual(fileWriteDecision(known, { size: 1200, lastModified: 1764921600000 }), { write: true });
});

test('a changed size or time means reading the file before deciding', () => {
  assert.deepEqual(fileWriteDecision(known, { size: 1300, lastModified: 1764921600000 }), { read: true });
  assert.deepEqual(fileWriteDecision(known, { size: 1200, lastModified: 1764921660000 }), { read: true });
});

test('a colleague saved the file (another stamp): never written over', () => {
  const meta = { size: 1350, lastModified: 1764925200000 };
  assert.deepEqual(fileWriteDecision(known, meta, { stamp: 'r-00000000000000bb' }), {
    write: false,
    reason: 'changed'
  });
});

test('a file only touched (new time, same stamp, same size) is still ours', () => {
  const meta = { size: 1200, lastModified: 1764925200000 };
  assert.deepEqual(fileWriteDecision(known, meta, { stamp: 'r-00000000000000aa' }), { write: true });
});

test('the same stamp with another size was edited by hand: refused', () => {
  const meta = { size: 1210, lastModified: 1764925200000 };
  assert.deepEqual(fileWriteDecision(known, meta, { stamp: 'r-00000000000000aa' }), {
    write: false,
    reason: 'changed'
  });
});

test('a file that is no longer a project, or has no stamp, is refused', () => {
  const meta = { size: 5, lastModified: 1764925200000 };
  assert.equal(fileWriteDecision(known, meta, { unreadable: true }).write, false);
  assert.equal(fileWriteDecision(known, meta, { stamp: null }).write, false);
  // Written here before stamps existed (no stamp known): a changed file is still refused.
  assert.equal(fileWriteDecision({ ...known, stamp: null }, meta, { stamp: null }).write, false);
});

test('nothing known about the file: refused', () => {
  assert.equal(fileWriteDecision(null, { size: 1, lastModified: 1 }).write, false);
});

test('stampInFile reads revision.stamp or gives null', () => {
  assert.equal(stampInFile({ revision: { stamp: 'r-0123456789abcdef' } }), 'r-0123456789abcdef');
  assert.equal(stampInFile({ revision: {} }), null);
  assert.equal(stampInFile({}), null);
  assert.equal(stampInFile(null), null);
});

test('a working copy holds a version it is, was reconciled with, or descends from; never an unstamped one', () => {
  const merged = {
    revision: { stamp: 'r-m', basedOn: 'r-mine', lineage: ['r-mine', 'r-theirs', 'r-base'], mergedFrom: 'r-theirs' }
  };
  assert.equal(holdsVersion(merged, 'r-theirs'), true);
  assert.equal(holdsVersion(merged, 'r-base'), true);
  assert.equal(holdsVersion({ revision: { stamp: 'r-theirs' } }, 'r-theirs'), true);
  assert.equal(holdsVersion({ revision: { stamp: 'r-mine', lineage: ['r-base'] } }, 'r-theirs'), false);
  assert.equal(holdsVersion({}, 'r-theirs'), false);
  assert.equal(holdsVersion(merged, null), false);
});

test('backup age counts whole days from the last version written, else from when the project was first seen', () => {
  const now = new Date('2026-12-12T09:00:00.000Z');
  // Written on 5 December at 10:00 UTC: 6 days and 23 hours ago -> 6 whole days, not due yet.
  const doc = { revision: { stamp: 'r-1', savedAt: '2026-12-05T10:00:00.000Z' } };
  assert.deepEqual(backupAge(doc, null, now), { days: 6, since: 'saved' });
  assert.equal(backupDue(backupAge(doc, null, now)), false);
  // Written at 08:00: exactly 7 days and 1 hour ago -> due.
  const older = { revision: { stamp: 'r-1', savedAt: '2026-12-05T08:00:00.000Z' } };
  assert.deepEqual(backupAge(older, null, now), { days: 7, since: 'saved' });
  assert.equal(backupDue(backupAge(older, null, now)), true);
  // Never written: from when this browser first had it (the saved time wins when both are there).
  assert.deepEqual(backupAge({}, '2026-12-01T09:00:00.000Z', now), { days: 11, since: 'made' });
  assert.deepEqual(backupAge(older, '2026-01-01T00:00:00.000Z', now), { days: 7, since: 'saved' });
  assert.equal(backupAge({}, null, now), null);
  assert.equal(backupDue(null), false);
});

test('undo keeps the stamp of the version last written (withRevisionOf)', () => {
  const rev = { stamp: 'r-2', basedOn: 'r-1', lineage: ['r-1'], savedAt: '2026-12-05T10:00:00.000Z' };
  const older = { id: 'p', name: 'before', revision: { stamp: 'r-1', savedAt: '2026-12-01T10:00:00.000Z' } };
  assert.deepEqual(withRevisionOf(older, { id: 'p', revision: rev }), { id: 'p', name: 'before', revision: rev });
  // The working copy had no stamp yet: the older state's stamp goes too.
  assert.deepEqual(withRevisionOf(older, { id: 'p' }), { id: 'p', name: 'before' });
  const same = { id: 'p', revision: rev };
  assert.equal(withRevisionOf(same, { revision: { ...rev } }), same, 'unchanged when the stamps agree');
});

test('file errors are named for what the user can do', () => {
  const err = (name, message = '') => Object.assign(new Error(message), { name });
  assert.equal(fileErrorKind(err('AbortError')), 'cancelled');
  assert.equal(fileErrorKind(err('NotAllowedError')), 'denied');
  assert.equal(fileErrorKind(err('NotFoundError')), 'gone');
  assert.equal(fileErrorKind(err('QuotaExceededError')), 'full');
  assert.equal(fileErrorKind(err('InvalidStateError')), 'busy');
  assert.equal(fileErrorKind(err('Error', 'something odd')), 'failed');
});

test('the API counts as there only with both pickers and writable handles', () => {
  class FileSystemFileHandle {
    createWritable() {}
  }
  const picker = async () => null;
  assert.equal(
    fileAccessSupported({ showSaveFilePicker: picker, showOpenFilePicker: picker, FileSystemFileHandle }),
    true
  );
  assert.equal(fileAccessSupported({ showOpenFilePicker: picker, FileSystemFileHandle }), false);
  assert.equal(fileAccessSupported({}), false);
});
