// Undo/redo stacks (www/src/state/history.js): record, undo, redo, bounds, labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHistory, EMPTY_HISTORY } from '../../www/src/state/history.js';

const doc = (n) => ({ id: 'p', n, list: Array.from({ length: n }, (_, i) => ({ i })) });
const label = (key, params) => ({ key, params });

test('starts empty', () => {
  const h = createHistory();
  assert.deepEqual(h.summary(), EMPTY_HISTORY);
  assert.equal(h.undo(doc(0)), null);
  assert.equal(h.redo(doc(0)), null);
  assert.equal(h.peekUndo(), null);
});

test('undo gives back the recorded document; redo the one undone', () => {
  const h = createHistory();
  h.record(doc(1), label('a'));
  h.record(doc(2), label('b'));
  // The document shown now is doc(3).
  assert.deepEqual(h.summary(), {
    canUndo: true,
    canRedo: false,
    undoCount: 2,
    redoCount: 0,
    undoLabel: label('b'),
    redoLabel: null
  });
  const u1 = h.undo(doc(3));
  assert.deepEqual(u1, { doc: doc(2), label: label('b') });
  assert.deepEqual(h.summary().redoLabel, label('b'));
  const u2 = h.undo(u1.doc);
  assert.deepEqual(u2.doc, doc(1));
  assert.equal(h.canUndo(), false);
  const r1 = h.redo(u2.doc);
  assert.deepEqual(r1, { doc: doc(2), label: label('a') });
  const r2 = h.redo(r1.doc);
  assert.deepEqual(r2.doc, doc(3));
  assert.equal(h.canRedo(), false);
  assert.equal(h.summary().undoCount, 2);
});

test('a new edit after undo clears redo', () => {
  const h = createHistory();
  h.record(doc(1), label('a'));
  h.undo(doc(2));
  assert.equal(h.canRedo(), true);
  h.record(doc(1), label('c'));
  assert.equal(h.canRedo(), false);
  assert.deepEqual(h.summary().undoLabel, label('c'));
});

test('recorded documents are copies: later changes to the object do not leak in', () => {
  const h = createHistory();
  const d = doc(2);
  h.record(d, null);
  d.list.push({ i: 99 });
  d.n = 100;
  assert.deepEqual(h.undo(doc(0)).doc, doc(2));
});

test('peek does not move anything', () => {
  const h = createHistory();
  h.record(doc(1), label('a'));
  assert.deepEqual(h.peekUndo().doc, doc(1));
  assert.equal(h.summary().undoCount, 1);
  h.undo(doc(2));
  assert.deepEqual(h.peekRedo().doc, doc(2));
  assert.equal(h.summary().redoCount, 1);
});

test('bounded by steps: the oldest go first', () => {
  const h = createHistory({ limit: 3 });
  for (let i = 1; i <= 5; i += 1) h.record(doc(i), label(`s${i}`));
  assert.equal(h.summary().undoCount, 3);
  assert.deepEqual(h.undo(doc(6)).doc, doc(5));
  assert.deepEqual(h.undo(doc(5)).doc, doc(4));
  assert.deepEqual(h.undo(doc(4)).doc, doc(3));
  assert.equal(h.undo(doc(3)), null);
});

test('default limit is 100 steps', () => {
  const h = createHistory();
  for (let i = 0; i < 150; i += 1) h.record({ i }, null);
  assert.equal(h.summary().undoCount, 100);
  assert.deepEqual(h.peekUndo().doc, { i: 149 });
});

test('bounded by size: big documents push old steps out, the newest always stays', () => {
  const big = (n) => ({ n, pad: 'x'.repeat(1000) });
  const h = createHistory({ maxChars: 3500 });
  for (let i = 0; i < 10; i += 1) h.record(big(i), null);
  assert.equal(h.summary().undoCount, 3);
  const tiny = createHistory({ maxChars: 10 });
  tiny.record(big(1), null);
  assert.equal(tiny.summary().undoCount, 1, 'the newest step is kept even when over budget');
});

test('clear empties both stacks', () => {
  const h = createHistory();
  h.record(doc(1), label('a'));
  h.record(doc(2), label('b'));
  h.undo(doc(3));
  h.clear();
  assert.deepEqual(h.summary(), EMPTY_HISTORY);
});

test('coalesce: saves of one field while typing are one step, whose undo goes back to before the typing', () => {
  const h = createHistory();
  h.record(doc(1), label('other'));
  h.record(doc(2), label('note'), 'p:phase-note:1');
  h.record(doc(3), label('note'), 'p:phase-note:1');
  h.record(doc(4), label('note'), 'p:phase-note:1');
  assert.equal(h.summary().undoCount, 2);
  assert.deepEqual(h.undo(doc(5)).doc, doc(2), 'back to the document before the first save of the note');
  h.record(doc(6), label('note'), 'p:phase-note:2');
  h.record(doc(7), label('note'), 'p:phase-note:1');
  assert.equal(h.summary().undoCount, 3, 'another field, then the first again: new steps');
});
