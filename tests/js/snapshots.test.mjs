// Snapshots (earlier versions of a project): which ones are pruned, when the hourly one is due, what a restore
// makes current, how a summary reads, and the whole flow in the app's state layer with an in-memory snapshot
// store (the fake core, and the real WASM core too when it is built: then the summaries are the core's counts).
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeApp } from './fixtures/harness.mjs';
import { createFakeInstance, fakeDoc } from './fixtures/fake-core.mjs';
import {
  prunable,
  createMemorySnapshotStore,
  createSnapshotStore,
  KEEP_PER_PROJECT
} from '../../www/src/snapshot-store.js';
import { hourStart, hourlyDue, restoredDoc, HOUR_MS } from '../../www/src/state/snapshot-actions.js';
import { elapsed } from '../../www/src/lib/relative-time.js';
import { summaryText, agoText } from '../../www/src/ui/snapshot-texts.js';
import { setLang } from '../../www/src/i18n.js';

const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);

const at = (hh, mm = 0) => Date.UTC(2026, 11, 5, hh, mm);
const iso = (ms) => new Date(ms).toISOString();

test('pruning keeps the newest 30 of a project: by time, and by order taken within the same millisecond', () => {
  // 32 snapshots a minute apart (ids 1..32), then two more taken in the same millisecond as the newest.
  const rows = Array.from({ length: 32 }, (_, i) => ({ id: i + 1, projectId: 'p', takenAt: iso(at(8, i)) }));
  assert.equal(KEEP_PER_PROJECT, 30);
  assert.deepEqual(
    prunable(rows).sort((a, b) => a - b),
    [1, 2]
  );
  const same = [
    ...rows,
    { id: 33, projectId: 'p', takenAt: iso(at(8, 31)) },
    { id: 34, projectId: 'p', takenAt: iso(at(8, 31)) }
  ];
  assert.deepEqual(
    prunable(same).sort((a, b) => a - b),
    [1, 2, 3, 4]
  );
  assert.deepEqual(prunable(rows.slice(0, 3), 2), [1]);
});

test('the memory store prunes per project: 31 of one project leave 30, the other project keeps its own', async () => {
  const store = createMemorySnapshotStore();
  const add = (projectId, minute) =>
    store.add({
      projectId,
      takenAt: iso(at(9, minute)),
      reason: 'hourly',
      summary: null,
      doc: { id: projectId, n: minute }
    });
  await add('b', 0);
  await add('b', 1);
  let last;
  for (let m = 0; m < 31; m += 1) last = await add('a', m);
  assert.deepEqual(last.pruned, [3]); // the first of project a (ids 1 and 2 are project b's)
  const a = await store.list('a');
  assert.equal(a.length, 30);
  assert.equal(a[0].takenAt, iso(at(9, 30)));
  assert.equal(a[29].takenAt, iso(at(9, 1)));
  assert.equal('doc' in a[0], false, 'the list carries no documents');
  assert.equal((await store.list('b')).length, 2);
  assert.deepEqual((await store.get(a[0].id)).doc, { id: 'a', n: 30 });
  await store.remove('a');
  assert.equal((await store.list('a')).length, 0);
  assert.equal((await store.list('b')).length, 2);
  await store.remove(null);
  assert.equal((await store.list('b')).length, 0);
});

test('without IndexedDB every call of the store rejects as unavailable', async () => {
  const store = createSnapshotStore({ factory: null });
  await assert.rejects(store.list('p'), (e) => e.kind === 'unavailable');
  await assert.rejects(store.add({ projectId: 'p', takenAt: iso(at(9)), doc: {} }), (e) => e.kind === 'unavailable');
});

test('the hourly rule counts an hour of changes from the last snapshot, else from the first change seen', () => {
  // A new project: the first change at 10:00 starts the hour; a change at 10:59 is not due, at 11:00 it is.
  const fresh = { firstChangeAt: at(10) };
  assert.equal(hourStart(fresh), at(10));
  assert.equal(hourlyDue(fresh, at(10, 59)), false);
  assert.equal(hourlyDue(fresh, at(11)), true);
  // Nothing has changed yet: nothing is due, however long the tab stays open.
  assert.equal(hourlyDue({}, at(23)), false);
  // The last snapshot was yesterday: the first change today is due at once (the version before it is kept).
  assert.equal(hourlyDue({ lastTakenAt: at(10) - 24 * HOUR_MS, firstChangeAt: at(10) }, at(10)), true);
  // A snapshot before an import at 10:50 restarts the hour, though work began at 10:00.
  assert.equal(hourlyDue({ lastTakenAt: at(10, 50), firstChangeAt: at(10) }, at(11, 10)), false);
  assert.equal(hourlyDue({ lastTakenAt: at(10, 50), firstChangeAt: at(10) }, at(11, 50)), true);
  // An hourly look at 11:00 that found nothing new waits another hour (no look at every keystroke).
  const looked = { lastTakenAt: at(9), lastLookAt: at(11), firstChangeAt: at(10) };
  assert.equal(hourlyDue(looked, at(11, 30)), false);
  assert.equal(hourlyDue(looked, at(12)), true);
});

test('a restore takes the content of the snapshot, and keeps the working copy’s revision stamp and key', () => {
  const snapshot = { id: 'p', units: [{ id: 'u-1' }], revision: { stamp: 'r-0000000000000001' }, pseudonymKey: 'old' };
  const current = { id: 'p', units: [], revision: { stamp: 'r-0000000000000002' }, pseudonymKey: 'new' };
  assert.deepEqual(restoredDoc(snapshot, current), {
    id: 'p',
    units: [{ id: 'u-1' }],
    revision: { stamp: 'r-0000000000000002' },
    pseudonymKey: 'new'
  });
  // A working copy never written to a file has no stamp: the snapshot's old one does not come back either.
  assert.deepEqual(restoredDoc(snapshot, { id: 'p' }), { id: 'p', units: [{ id: 'u-1' }], pseudonymKey: 'old' });
  assert.deepEqual(snapshot.units, [{ id: 'u-1' }], 'the snapshot itself is not changed');
});

test('how long ago: whole minutes, hours and days, rounded down; the future is now', () => {
  assert.deepEqual(elapsed(at(10), at(10, 0) + 59 * 1000), { unit: 'now', count: 0 });
  assert.deepEqual(elapsed(iso(at(10)), at(10, 1)), { unit: 'minute', count: 1 });
  assert.deepEqual(elapsed(at(10), at(10, 59)), { unit: 'minute', count: 59 });
  assert.deepEqual(elapsed(at(10), at(12, 30)), { unit: 'hour', count: 2 });
  assert.deepEqual(elapsed(at(10), at(10) + 49 * HOUR_MS), { unit: 'day', count: 2 });
  assert.deepEqual(elapsed(at(11), at(10)), { unit: 'now', count: 0 });
  assert.equal(elapsed('not a time', at(10)), null);
  setLang('nn');
  assert.equal(agoText(iso(at(10)), new Date(at(13))), 'for 3 timar sidan');
  setLang('nb');
  assert.equal(agoText(iso(at(10)), new Date(at(10, 1))), 'for 1 minutt siden');
});

test('a summary says what changed, kind by kind, in each language; the first says what it holds', () => {
  const zero = { added: 0, removed: 0, changed: 0 };
  const changes = {
    unit: { ...zero, changed: 1 },
    person: { ...zero, added: 2 },
    tie: { ...zero, removed: 5 },
    respondent: { ...zero, changed: 3 },
    settings: { ...zero, changed: 1 },
    same: false
  };
  const counts = { unit: 4, person: 1, assignment: 0, tie: 12 };
  const expected = {
    nb: [
      '1 enhet endret, 2 nye personer, 5 kontakter fjernet, svarstatus endret for 3 personer og innstillingene endret',
      'Første versjon: 4 enheter, 1 person, 0 oppgaver og 12 kontakter',
      'Svarstatus endret for 1 person',
      'Ingen endringer siden versjonen før'
    ],
    nn: [
      '1 eining endra, 2 nye personar, 5 kontaktar fjerna, svarstatus endra for 3 personar og innstillingane endra',
      'Første versjon: 4 einingar, 1 person, 0 oppgåver og 12 kontaktar',
      'Svarstatus endra for 1 person',
      'Ingen endringar sidan versjonen før'
    ],
    en: [
      '1 unit changed, 2 new people, 5 contacts removed, response status changed for 3 people and settings changed',
      'First version: 4 units, 1 person, 0 tasks and 12 contacts',
      'Response status changed for 1 person',
      'No changes since the version before'
    ]
  };
  for (const [lang, [changed, first, capital, same]] of Object.entries(expected)) {
    setLang(lang);
    assert.equal(summaryText({ counts, changes }), changed, lang);
    assert.equal(summaryText({ counts, changes: null }), first, lang);
    assert.equal(summaryText({ counts, changes: { respondent: { ...zero, changed: 1 } } }), capital, lang);
    assert.equal(summaryText({ counts, changes: { same: true } }), same, lang);
  }
  setLang('nb');
  assert.equal(summaryText(null), 'Ingen oversikt over endringene');
});

/** A clock the test moves. */
function clock(start) {
  let now = start;
  return { now: () => new Date(now), set: (ms) => (now = ms) };
}

const addPerson = (h, id) =>
  h.actions.editCurrent((d) => {
    d.actors.push({ id, name: `Person ${id}`, unitId: d.units[0].id });
  });

const flavours = [{ name: 'fake core', instance: async () => createFakeInstance() }];
if (existsSync(CORE_JS)) flavours.push({ name: 'WASM core', instance: () => require(CORE_JS)(), real: true });

for (const flavour of flavours) {
  describe(`snapshots in the app (${flavour.name})`, () => {
    const setup = async ({ snapshots = createMemorySnapshotStore(), ...opts } = {}) => {
      const time = clock(at(10));
      const h = await makeApp({ instance: await flavour.instance(), now: time.now, snapshots, ...opts });
      await h.actions.importText(JSON.stringify(fakeDoc()), 'p.json');
      await h.app.settled();
      return { ...h, time, snapshots };
    };
    const settle = async (h) => {
      await h.actions.editsSettled();
      await new Promise((r) => setTimeout(r, 0));
      await h.actions.snapshotsSettled();
      await new Promise((r) => setTimeout(r, 0));
    };

    it('an hour of changes keeps the version before the change that completes the hour, once', async () => {
      const h = await setup();
      await addPerson(h, 'a-10'); // 10:00, the first change
      h.time.set(at(10, 30));
      await addPerson(h, 'a-11');
      await settle(h);
      assert.equal((await h.snapshots.list('p-1')).length, 0, 'not yet an hour');
      h.time.set(at(11));
      const before = h.state().current.doc;
      await addPerson(h, 'a-12');
      await settle(h);
      const list = await h.snapshots.list('p-1');
      assert.equal(list.length, 1);
      assert.equal(list[0].reason, 'hourly');
      assert.equal(list[0].takenAt, iso(at(11)));
      assert.deepEqual((await h.snapshots.get(list[0].id)).doc, before);
      assert.equal(h.state().snapshots.items.length, 1, 'the list in state follows');
      if (flavour.real) assert.equal(list[0].summary.changes, null, 'the first says what it holds');
      if (flavour.real) assert.equal(list[0].summary.counts.person, 4);
      h.time.set(at(11, 30));
      await addPerson(h, 'a-13');
      await settle(h);
      assert.equal((await h.snapshots.list('p-1')).length, 1, 'the next hour has not passed');
    });

    it('takeSnapshot keeps the open project now; the summary counts the changes since the one before', async () => {
      const h = await setup();
      await h.actions.takeSnapshot('import');
      await addPerson(h, 'a-10');
      h.time.set(at(10, 5));
      const kept = await h.actions.takeSnapshot('bulk');
      assert.equal(kept.reason, 'bulk');
      const list = await h.snapshots.list('p-1');
      assert.deepEqual(
        list.map((s) => s.reason),
        ['bulk', 'import']
      );
      if (flavour.real) {
        assert.deepEqual(list[0].summary.changes.person, { added: 1, removed: 0, changed: 0 });
        assert.equal(list[0].summary.changes.same, false);
      }
    });

    it('restore: the snapshot becomes the project as one undo step, after a snapshot of what it replaces', async () => {
      const h = await setup();
      const original = h.state().current.doc;
      const first = await h.actions.takeSnapshot('import');
      await addPerson(h, 'a-10');
      await addPerson(h, 'a-11');
      const edited = h.state().current.doc;
      h.time.set(at(10, 20));
      const undoBefore = h.state().history.undoCount;
      const restored = await h.actions.restoreSnapshot(first.id);
      assert.deepEqual(restored.actors, original.actors);
      assert.deepEqual(h.state().current.doc.actors, original.actors);
      assert.equal(h.state().history.undoCount, undoBefore + 1, 'one step');
      assert.equal(h.state().history.undoLabel.key, 'snapshots.historyRestore');
      assert.equal(h.state().notice.key, 'snapshots.restored');
      const list = await h.snapshots.list('p-1');
      assert.equal(list[0].reason, 'restore');
      assert.deepEqual((await h.snapshots.get(list[0].id)).doc, edited, 'the replaced version is kept');
      await h.actions.undo();
      assert.deepEqual(h.state().current.doc, edited, 'undo brings the edits back');
      assert.equal(h.state().snapshots.restoring, null);
    });

    it('importing a file over a stored project keeps the stored version first; deleting the project forgets them', async () => {
      const h = await setup({ answers: ['replace', 'delete'] });
      await addPerson(h, 'a-10');
      const stored = h.state().current.doc;
      await h.actions.importText(
        JSON.stringify(fakeDoc({ municipality: { name: 'Fra fila', number: '0001' } })),
        'ny.json'
      );
      assert.equal(h.state().current.doc.municipality.name, 'Fra fila');
      const list = await h.snapshots.list('p-1');
      assert.equal(list.length, 1);
      assert.equal(list[0].reason, 'import');
      assert.deepEqual((await h.snapshots.get(list[0].id)).doc, stored);
      await h.actions.deleteProject('p-1');
      assert.equal((await h.snapshots.list('p-1')).length, 0);
    });

    it('a snapshot that cannot be stored is said once, quietly, and the edit goes on', async () => {
      const base = createMemorySnapshotStore();
      const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      const broken = { ...base, add: async () => Promise.reject(quota) };
      const h = await setup({ snapshots: broken });
      assert.equal(await h.actions.takeSnapshot('import'), null);
      assert.equal(h.state().notice.key, 'snapshots.failedOnce');
      assert.equal(h.state().notice.tone, 'info');
      assert.equal(h.state().snapshots.failed, 'quota');
      h.actions.dismissNotice();
      assert.equal(await h.actions.takeSnapshot('import'), null);
      assert.equal(h.state().notice, null, 'not said twice');
      const r = await addPerson(h, 'a-10');
      assert.equal(r.ok, true);
      assert.equal(h.state().current.saveState, 'saved');
    });
  });
}
