// Editing the open project through the app's one door (actions.editCurrent / ctx.commit):
// undo and redo, what clears the history, and two tabs on one project (no silent
// overwrite). Runs with the fake core and, when built, the real WASM core.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeApp } from './fixtures/harness.mjs';
import { createFakeInstance } from './fixtures/fake-core.mjs';
import { createMemoryStorage } from '../../www/src/storage.js';
import { createLocalHub } from '../../www/src/lib/tab-sync.js';
import { setTie } from '../../www/src/lib/ties.js';
import { upsert } from '../../www/src/lib/org.js';
import { saveItem } from '../../www/src/ui/editor.js';

const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);
const flavours = [{ name: 'fake core', instance: async () => createFakeInstance() }];
if (existsSync(CORE_JS)) flavours.push({ name: 'WASM core', instance: () => require(CORE_JS)() });

const tick = () => new Promise((r) => setTimeout(r, 0));
const label = (key, params) => ({ key, params });

for (const flavour of flavours) {
  describe(`editing and undo (${flavour.name})`, () => {
    const setup = async (opts = {}) => {
      const h = await makeApp({ instance: await flavour.instance(), ...opts });
      await h.actions.loadDemo();
      return h;
    };
    const doc = (h) => h.state().current.doc;

    it('an edit is validated, saved, and recorded with its label', async () => {
      const storage = createMemoryStorage();
      const h = await setup({ storage });
      const before = doc(h);
      assert.equal(h.state().history.canUndo, false, 'loading a project is not an undoable edit');
      const r = await h.actions.editCurrent(
        (d) => {
          d.units[0].name = 'Nytt navn';
        },
        { label: label('history.editUnit', { name: 'Nytt navn' }) }
      );
      assert.equal(r.ok, true);
      assert.equal(doc(h).units[0].name, 'Nytt navn');
      assert.equal(h.state().current.saveState, 'saved');
      assert.equal((await storage.get(before.id)).doc.units[0].name, 'Nytt navn');
      assert.deepEqual(h.state().history.undoLabel, label('history.editUnit', { name: 'Nytt navn' }));
    });

    it('undo and redo restore exactly, and save each step', async () => {
      const storage = createMemoryStorage();
      const h = await setup({ storage });
      const v0 = doc(h);
      await h.actions.editCurrent(
        (d) => {
          d.units[0].name = 'A';
        },
        { label: label('history.editUnit', { name: 'A' }) }
      );
      const v1 = doc(h);
      await h.actions.editCurrent(
        (d) => {
          d.municipality.number = '1234';
        },
        { label: label('history.someChange') }
      );
      const v2 = doc(h);
      assert.equal(h.state().history.undoCount, 2);
      await h.actions.undo();
      assert.deepEqual(doc(h), v1);
      assert.deepEqual((await storage.get(v0.id)).doc, v1, 'undo autosaves');
      await h.actions.undo();
      assert.deepEqual(doc(h), v0);
      assert.equal(h.state().history.canUndo, false);
      assert.equal(h.state().history.redoCount, 2);
      assert.equal(h.state().notice.key, 'history.undone');
      await h.actions.redo();
      await h.actions.redo();
      assert.deepEqual(doc(h), v2);
      assert.deepEqual((await storage.get(v0.id)).doc, v2, 'redo autosaves');
      assert.equal(await h.actions.redo(), null, 'nothing left to redo');
    });

    it('a failed edit changes nothing and returns the errors; a no-op is not recorded', async () => {
      const h = await setup();
      const v0 = doc(h);
      const r = await h.actions.editCurrent((d) => {
        d.ties[0].to = 'nobody';
      });
      assert.equal(r.ok, false);
      assert.ok(r.errors.some((e) => e.path === '$.ties[0].to' && e.code === 'unknown-actor'));
      assert.deepEqual(doc(h), v0);
      assert.equal(h.state().history.canUndo, false);
      const same = await h.actions.editCurrent((d) => {
        d.units[0].name = String(d.units[0].name);
      });
      assert.equal(same.unchanged, true);
      const skipped = await h.actions.editCurrent(() => false);
      assert.equal(skipped.unchanged, true);
      assert.equal(h.state().history.canUndo, false);
    });

    it(
      'a form save puts the core’s messages on the fields they name (JSONPath)',
      { skip: flavour.name !== 'WASM core' && 'the fake core checks only a few rules' },
      async () => {
        const h = await setup();
        const v0 = doc(h);
        const r = await saveItem(h.actions, {
          list: 'actors',
          apply: (d) => upsert(d, 'actors', { id: 'a-new', name: 'Ny', unitId: 'u-finnes-ikke', fte: -1 }),
          label: label('history.addActor', { name: 'Ny' })
        });
        assert.equal(r.ok, false);
        assert.deepEqual(Object.keys(r.fields).sort(), ['fte', 'unitId']);
        assert.equal(r.fields.unitId[0].code, 'unknown-unit');
        assert.equal(r.fields.fte[0].code, 'negative-fte');
        assert.deepEqual(r.other, []);
        assert.deepEqual(doc(h), v0, 'nothing changed');
        const ok = await saveItem(h.actions, {
          list: 'actors',
          apply: (d) => upsert(d, 'actors', { id: 'a-new', name: 'Ny', unitId: v0.units[0].id })
        });
        assert.equal(ok.ok, true);
        assert.equal(doc(h).actors.at(-1).id, 'a-new');
      }
    );

    it('quick edits in a row all land (they queue)', async () => {
      const h = await setup();
      const [w] = doc(h).waves;
      const [a0, a1] = doc(h).actors.map((x) => x.id);
      await Promise.all([
        h.actions.updateCurrent((d) => {
          setTie(d, w.id, a0, a1, 1);
        }),
        h.actions.updateCurrent((d) => {
          d.units[0].name = 'Første';
        }),
        h.actions.updateCurrent((d) => {
          d.municipality.number = '4321';
        })
      ]);
      assert.equal(doc(h).ties.find((t) => t.waveId === w.id && t.from === a0 && t.to === a1).frequency, 1);
      assert.equal(doc(h).units[0].name, 'Første');
      assert.equal(doc(h).municipality.number, '4321');
      assert.equal(h.state().history.undoCount, 3);
    });

    it('opening another project or a new one clears the history; renaming the open one is undoable', async () => {
      const h = await setup({ answers: ['Annen kommune', 'Omdøpt'], ids: ['p-2'] });
      await h.actions.editCurrent((d) => {
        d.units[0].name = 'A';
      });
      assert.equal(h.state().history.canUndo, true);
      const demoId = doc(h).id;
      await h.actions.createProject();
      assert.equal(doc(h).id, 'p-2');
      assert.equal(h.state().history.canUndo, false, 'a new project starts with no history');
      await h.actions.updateCurrent((d) => {
        d.municipality.number = '1234';
      });
      await h.actions.openProject(demoId);
      assert.equal(h.state().history.canUndo, false, 'opening another project clears it');
      await h.actions.renameProject(demoId);
      assert.equal(h.state().history.canUndo, true, 'a rename of the open project goes through the same door');
      await h.actions.undo();
      assert.equal(doc(h).municipality.name, 'Eksempel kommune');
    });
  });

  describe(`two tabs (${flavour.name})`, () => {
    async function twoTabs() {
      const storage = createMemoryStorage();
      const hub = createLocalHub();
      const instance = await flavour.instance();
      const a = await makeApp({ instance, storage, tabSync: hub.join('tab-a') });
      await a.actions.loadDemo();
      const b = await makeApp({ instance: await flavour.instance(), storage, tabSync: hub.join('tab-b'), answers: [] });
      await b.actions.openProject(a.state().current.id);
      await tick();
      return { storage, a, b, id: a.state().current.id };
    }

    it('each tab sees that the other has the same project open', async () => {
      const { a, b } = await twoTabs();
      assert.deepEqual(a.state().otherTabs, ['tab-b']);
      assert.deepEqual(b.state().otherTabs, ['tab-a']);
    });

    it('a save in one tab is never overwritten silently by the other', async () => {
      const { storage, a, b, id } = await twoTabs();
      await a.actions.editCurrent((d) => {
        d.units[0].name = 'Fra fane A';
      });
      await tick();
      assert.equal(b.state().conflict.id, id, 'B hears about the newer save at once');
      assert.equal(b.state().conflict.pending, false);
      const r = await b.actions.editCurrent((d) => {
        d.units[1].name = 'Fra fane B';
      });
      assert.equal(r.ok, true, 'the edit is kept in B');
      assert.equal(b.state().current.saveState, 'unsaved');
      assert.equal(b.state().conflict.pending, true);
      const stored = await storage.get(id);
      assert.equal(stored.doc.units[0].name, 'Fra fane A', 'A’s save is still there');
      assert.notEqual(stored.doc.units[1].name, 'Fra fane B');
      assert.equal(stored.revision, 2);
    });

    it('keep mine: B overwrites on purpose, and A is told', async () => {
      const { storage, a, b, id } = await twoTabs();
      await a.actions.editCurrent((d) => {
        d.units[0].name = 'A';
      });
      await tick();
      await b.actions.editCurrent((d) => {
        d.units[0].name = 'B';
      });
      assert.equal(await b.actions.keepMine(), true);
      await tick();
      assert.equal((await storage.get(id)).doc.units[0].name, 'B');
      assert.equal(b.state().conflict, null);
      assert.equal(b.state().current.saveState, 'saved');
      assert.equal(a.state().conflict.id, id, 'now A has the older copy and is told so');
      // B goes on editing normally.
      await b.actions.editCurrent((d) => {
        d.units[0].name = 'B2';
      });
      assert.equal((await storage.get(id)).doc.units[0].name, 'B2');
    });

    it('reload theirs: B shows A’s version; B’s own is one undo away', async () => {
      const { storage, a, b, id } = await twoTabs();
      await a.actions.editCurrent((d) => {
        d.units[0].name = 'A';
      });
      await tick();
      await b.actions.editCurrent((d) => {
        d.units[0].name = 'B';
      });
      await b.actions.reloadTheirs();
      assert.equal(b.state().current.doc.units[0].name, 'A');
      assert.equal(b.state().conflict, null);
      assert.equal(b.state().current.saveState, 'saved');
      assert.deepEqual(b.state().history.undoLabel, { key: 'history.reloadedOther' });
      // Editing after reloading saves normally (B now knows the stored revision).
      await b.actions.editCurrent((d) => {
        d.municipality.number = '7777';
      });
      const stored = (await storage.get(id)).doc;
      assert.equal(stored.units[0].name, 'A');
      assert.equal(stored.municipality.number, '7777');
      await b.actions.undo();
      await b.actions.undo();
      assert.equal(b.state().current.doc.units[0].name, 'B', 'B’s version came back with undo');
    });

    it('a project deleted in one tab: the other is told, keeps its copy, and its next change stores it again', async () => {
      const { storage, a, b, id } = await twoTabs();
      a.dialogs.push('delete');
      assert.equal(await a.actions.deleteProject(id), true);
      await tick();
      assert.equal(await storage.get(id), null);
      assert.equal(b.state().notice.key, 'sync.deletedElsewhere');
      assert.equal(b.state().current.id, id, 'B keeps the project open');
      assert.equal(b.state().current.saveState, 'unsaved');
      await b.actions.editCurrent((d) => {
        d.units[0].name = 'Fra fane B';
      });
      assert.equal((await storage.get(id)).doc.units[0].name, 'Fra fane B');
      assert.equal(b.state().current.saveState, 'saved');
    });

    it('without messages between tabs, the revision check alone still refuses', async () => {
      const storage = createMemoryStorage();
      const a = await makeApp({ instance: await flavour.instance(), storage });
      await a.actions.loadDemo();
      const id = a.state().current.id;
      const b = await makeApp({ instance: await flavour.instance(), storage });
      await b.actions.openProject(id);
      await a.actions.editCurrent((d) => {
        d.units[0].name = 'A';
      });
      await b.actions.editCurrent((d) => {
        d.units[0].name = 'B';
      });
      assert.equal(b.state().conflict.pending, true);
      assert.equal((await storage.get(id)).doc.units[0].name, 'A');
    });
  });
}
