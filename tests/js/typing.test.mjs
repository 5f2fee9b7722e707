// Autosaving text (state/typing-actions.js; regression: a note typed in Prosess was gone after a reload
// unless the field was left first, while the header said "Lagret"): every keystroke is a draft in localStorage and the
// header does not say "saved" until the text is in the project; a reload before that puts the text back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeApp, memoryLocalStorage } from './fixtures/harness.mjs';
import { createMemoryStorage } from '../../www/src/storage.js';

async function withProject(shared = {}) {
  const h = await makeApp({ answers: ['Testkommune'], ...shared });
  await h.actions.createProject();
  return h;
}

test('typed text is a draft at once, and in the project (one undo step) after commit', async () => {
  const h = await withProject();
  const draft = { kind: 'phase-item-note', phase: 1, item: 'mandate', label: 'Mandat' };
  h.actions.typing({ ...draft, value: 'Vedtatt i' });
  assert.deepEqual(
    Object.keys(h.state().typing),
    ['phase-item-note:1:mandate'],
    'the header must not say "Lagret" now'
  );
  h.actions.typing({ ...draft, value: 'Vedtatt i rådmannens ledergruppe' });
  await h.actions.commitTyping('phase-item-note:1:mandate');
  assert.equal(h.state().current.doc.phases['1'].items.mandate.note, 'Vedtatt i rådmannens ledergruppe');
  assert.deepEqual(h.state().typing, {});
  h.actions.typing({ ...draft, value: 'Vedtatt i rådmannens ledergruppe 3. mars' });
  await h.actions.commitTyping('phase-item-note:1:mandate');
  assert.equal(h.state().history.undoCount, 1, 'two saves while typing in one field: one undo step');
  await h.actions.undo();
  assert.equal(h.state().current.doc.phases['1'], undefined, 'undo goes back to before the typing');
});

test('a reload before the text reached the project puts it back when the project opens (regression)', async () => {
  const localStorage = memoryLocalStorage();
  const storage = createMemoryStorage();
  const first = await withProject({ local: localStorage, storage });
  const id = first.state().current.id;
  first.actions.typing({ kind: 'phase-note', phase: 2, value: 'Arbeidsgruppen møtes hver tirsdag' });
  // The page goes away here: no blur, no pause, no commit. A new page starts on the same storage.
  const second = await makeApp({ local: localStorage, storage }); // opens the last project, as a reload does
  assert.equal(second.state().current.id, id);
  assert.equal(second.state().current.doc.phases['2'].note, 'Arbeidsgruppen møtes hver tirsdag');
  assert.equal(second.state().notice.key, 'typing.restored');
  assert.equal(second.state().history.undoLabel.key, 'typing.restoredStep');
  const third = await makeApp({ local: localStorage, storage });
  assert.equal(third.state().current.doc.phases['2'].note, 'Arbeidsgruppen møtes hver tirsdag');
  assert.equal(third.state().notice, null, 'put back once, then forgotten');
});
