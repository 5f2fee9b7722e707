// Importing a colleague's copy of a stored project (state/reconcile-actions.js) with the real WASM core: an older
// copy changes nothing and says so; a copy made from a version kept here is taken in item by item, with the
// dialog asking once per conflict, as ONE undo step after a snapshot; a copy with no shared version kept here gets
// the old replace / keep both choice, explained. Expectations are worked out by hand from the small project below.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeApp } from './fixtures/harness.mjs';
import { bringsNothing } from '../../www/src/state/reconcile-actions.js';
import { createMemorySnapshotStore } from '../../www/src/snapshot-store.js';

const require = createRequire(import.meta.url);
const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');
const skip = existsSync(CORE_JS) ? false : 'build/wasm/bosam-core.js is not built';

const A = 'r-00000000000000aa';
const rev = (stamp, lineage = []) => ({
  stamp,
  ...(lineage.length ? { basedOn: lineage[0] } : {}),
  lineage,
  savedAt: '2026-12-01T10:00:00.000Z'
});
const BASE = {
  format: 'bosam-project',
  schemaVersion: 1,
  id: 'p-liten',
  municipality: { name: 'Liten kommune' },
  units: [
    { id: 'u-nav', name: 'NAV-kontoret' },
    { id: 'u-bolig', name: 'Boligkontoret' }
  ],
  actors: [
    { id: 'a-1', name: 'Kari Nordmann', unitId: 'u-nav', fte: 0.5 },
    { id: 'a-2', name: 'Ola Hansen', unitId: 'u-bolig' }
  ],
  settings: { language: 'nb' },
  revision: rev(A)
};
const copy = (x) => JSON.parse(JSON.stringify(x));
const edited = (doc, edit) => {
  const d = copy(doc);
  edit(d);
  return d;
};

/** A version store in memory (version-store.js's API). */
function memoryVersions(docs = []) {
  const kept = new Map(docs.map((d) => [d.revision.stamp, d]));
  return {
    kept,
    rememberVersion: async (doc) => kept.set(doc.revision.stamp, copy(doc)),
    findBase: async (projectId, stamps) => {
      for (const s of stamps) if (kept.has(s) && kept.get(s).id === projectId) return copy(kept.get(s));
      return null;
    }
  };
}

/** The app with BASE stored (imported as a new project) and `mine` as its working copy. */
async function appWith(core, mine, versions) {
  const h = await makeApp({ instance: core, snapshots: createMemorySnapshotStore(), deps: { versions } });
  await h.actions.importText(JSON.stringify(BASE), 'base.json');
  if (mine !== BASE) await h.actions.editCurrent((d) => Object.assign(d, copy(mine)), {});
  return h;
}

describe('taking in a colleague’s copy', { skip }, () => {
  let core;
  before(async () => {
    core = await require(CORE_JS)();
  });

  test('an older copy changes nothing and says so, without asking', async () => {
    const mine = { ...copy(BASE), revision: rev('r-00000000000000bb', [A]) };
    const h = await appWith(core, mine, memoryVersions([BASE]));
    const before = copy(h.state().current.doc);
    const saved = await h.actions.importText(JSON.stringify(BASE), 'gammel.json');
    assert.equal(saved, null);
    assert.deepEqual(h.state().current.doc, before);
    assert.equal(h.state().importReport.status, 'nothingNew');
    assert.equal(h.state().importReport.messageKey, 'reconcile.olderVersion');
    assert.equal(h.dialogs.asked.length, 0);
  });

  test('a newer copy without conflicts: the dialog says what comes in; applied as one undo step', async () => {
    const versions = memoryVersions([BASE]);
    // Mine changed Kari's FTE since the export; theirs (made from that export) renamed the housing office.
    const mine = edited(BASE, (d) => (d.actors[0].fte = 0.8));
    const h = await appWith(core, mine, versions);
    const theirs = edited(BASE, (d) => {
      d.units[1].name = 'Boligtjenesten';
      d.revision = rev('r-00000000000000cc', [A]);
    });
    h.dialogs.push({ choices: {} });
    const saved = await h.actions.importText(JSON.stringify(theirs), 'fra-kari.json');
    assert.ok(saved);
    const asked = h.dialogs.asked.at(-1);
    assert.equal(asked.type, 'reconcile');
    assert.deepEqual(asked.lines, ['Endret: 1 enhet']);
    assert.deepEqual(asked.conflicts, []);
    const doc = h.state().current.doc;
    assert.equal(doc.units[1].name, 'Boligtjenesten');
    assert.equal(doc.actors[0].fte, 0.8, 'mine kept');
    assert.equal(doc.revision.mergedFrom, 'r-00000000000000cc');
    assert.equal(h.state().importReport.status, 'reconciled');
    assert.ok(versions.kept.has('r-00000000000000cc'), "the colleague's copy is kept as a version");
    assert.equal((await h.actions.snapshotsSettled(), h.state().snapshots.items[0].reason), 'reconcile');
    await h.actions.undo();
    assert.equal(h.state().current.doc.units[1].name, 'Boligkontoret');
    assert.equal(h.state().current.doc.actors[0].fte, 0.8, 'one undo step: back to mine before the import');
  });

  test('a diverged copy with a conflict: one choice per conflict, by name with both values', async () => {
    const B = 'r-00000000000000bb';
    const mine = edited(BASE, (d) => {
      d.actors[0].fte = 0.6;
      d.revision = rev(B, [A]);
    });
    const h = await appWith(core, mine, memoryVersions([BASE]));
    const theirs = edited(BASE, (d) => {
      d.actors[0].fte = 0.9;
      d.actors.push({ id: 'a-3', name: 'Siri Berg', unitId: 'u-nav' });
      d.revision = rev('r-00000000000000cc', [A]);
    });
    h.dialogs.push({ choices: { 'person:a-1:fte': 'theirs' } });
    await h.actions.importText(JSON.stringify(theirs), 'fra-ola.json');
    const asked = h.dialogs.asked.at(-1);
    assert.equal(asked.conflicts.length, 1);
    const c = asked.conflicts[0];
    assert.deepEqual([c.name, c.fieldName, c.mineText, c.theirsText], ['Kari Nordmann', 'årsverk', '0,6', '0,9']);
    assert.deepEqual(asked.lines, ['Lagt til: 1 person']);
    const doc = h.state().current.doc;
    assert.equal(doc.actors[0].fte, 0.9);
    assert.deepEqual(
      doc.actors.map((a) => a.id),
      ['a-1', 'a-2', 'a-3']
    );
    assert.equal(doc.revision.basedOn, B);
    await h.actions.undo();
    assert.equal(h.state().current.doc.actors[0].fte, 0.6);
    assert.equal(h.state().current.doc.actors.length, 2);
  });

  test('a file edited after it was written (its stamp unchanged) still shows its edits', async () => {
    const h = await appWith(core, BASE, memoryVersions([BASE]));
    const edited_ = edited(BASE, (d) => (d.units[0].name = 'NAV Liten'));
    h.dialogs.push({ choices: {} });
    await h.actions.importText(JSON.stringify(edited_), 'handredigert.json');
    assert.deepEqual(h.dialogs.asked.at(-1).lines, ['Endret: 1 enhet']);
    assert.equal(h.state().current.doc.units[0].name, 'NAV Liten');
  });

  test('the same stamp, that version not kept here, other content: the old choice, never "nothing new"', async () => {
    const h = await appWith(core, BASE, memoryVersions([]));
    h.dialogs.push(null);
    await h.actions.importText(JSON.stringify(edited(BASE, (d) => (d.units[0].name = 'NAV Liten'))), 'z.json');
    assert.equal(h.dialogs.asked.at(-1).bodyKey, 'reconcile.noBaseBody');
    h.dialogs.push(null);
    await h.actions.importText(JSON.stringify(BASE), 'samme.json');
    assert.equal(h.dialogs.asked.length, 1, 'the same content needs no question');
    assert.equal(h.state().importReport.messageKey, 'reconcile.sameVersion');
  });

  test('cancelling the dialog changes nothing', async () => {
    const h = await appWith(core, BASE, memoryVersions([BASE]));
    const theirs = edited(BASE, (d) => {
      d.units[0].name = 'NAV Liten';
      d.revision = rev('r-00000000000000cc', [A]);
    });
    h.dialogs.push(null);
    const before = copy(h.state().current.doc);
    assert.equal(await h.actions.importText(JSON.stringify(theirs), 'x.json'), null);
    assert.deepEqual(h.state().current.doc, before);
    assert.equal(h.state().importReport.status, 'cancelled');
  });

  test('no shared version kept here: the old choice, its text saying why and what keeping both means', async () => {
    const h = await appWith(core, BASE, memoryVersions([]));
    const theirs = edited(BASE, (d) => (d.revision = rev('r-00000000000000cc', [A])));
    h.dialogs.push(null);
    await h.actions.importText(JSON.stringify(theirs), 'y.json');
    const asked = h.dialogs.asked.at(-1);
    assert.equal(asked.type, 'confirm');
    assert.equal(asked.bodyKey, 'reconcile.noBaseBody');
    assert.deepEqual(
      asked.actions.map((a) => a.value),
      ['replace', 'both']
    );
  });
});

test('bringsNothing: a result with no change of theirs, nothing removed and no conflict', () => {
  assert.equal(
    bringsNothing({ summary: { theirs: { added: {}, changed: {}, deleted: {} }, removed: [] }, conflicts: [] }),
    true
  );
  assert.equal(bringsNothing({ summary: { theirs: { added: { person: 1 } }, removed: [] }, conflicts: [] }), false);
  assert.equal(bringsNothing({ summary: { theirs: {}, removed: [{}] }, conflicts: [] }), false);
});
