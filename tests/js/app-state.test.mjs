// The app's flows (new, rename, duplicate, delete, demo, import, export, storage
// failures, damaged records) driven in node: the same code the browser runs, with
// an in-memory storage and scripted dialog answers. Runs against the fake core, and
// against the real WASM core too when build/wasm/bosam-core.js exists.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeApp, memoryLocalStorage } from './fixtures/harness.mjs';
import { createFakeInstance } from './fixtures/fake-core.mjs';
import { createMemoryStorage } from '../../www/src/storage.js';

const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);

const flavours = [{ name: 'fake core', instance: async () => createFakeInstance() }];
if (existsSync(CORE_JS)) flavours.push({ name: 'WASM core', instance: () => require(CORE_JS)() });

const domError = (name, message = name) => Object.assign(new Error(message), { name });

/** A storage whose calls can be made to fail. */
function flakyStorage(base = createMemoryStorage()) {
  const fail = { open: null, list: null, get: null, put: null, delete: null, clear: null };
  const wrapped = { fail };
  for (const key of Object.keys(fail)) {
    wrapped[key] = async (...args) => {
      if (fail[key]) throw fail[key];
      return base[key](...args);
    };
  }
  wrapped.base = base;
  return wrapped;
}

async function demoDocFor(instance) {
  return JSON.parse(instance.demo('{}')).result;
}

for (const flavour of flavours) {
  describe(`app flows (${flavour.name})`, () => {
    const setup = async (opts = {}) => makeApp({ instance: await flavour.instance(), ...opts });

    it('starts ready with nothing stored', async () => {
      const h = await setup();
      assert.equal(h.state().phase, 'ready');
      assert.deepEqual(h.state().projects, []);
      assert.equal(h.state().storage.status, 'ok');
      assert.equal(h.state().current, null);
    });

    it('new project: asks the name, stores a validated project, opens it, asks persistence once', async () => {
      const storage = createMemoryStorage();
      const h = await setup({ storage, answers: ['  Bø i Telemark ', 'Andre'], ids: ['new-1', 'new-2'] });
      const doc = await h.actions.createProject();
      assert.equal(h.dialogs.asked[0].type, 'prompt');
      assert.equal(doc.id, 'new-1');
      assert.equal(doc.municipality.name, 'Bø i Telemark');
      const rows = await storage.list();
      assert.equal(rows.length, 1);
      assert.deepEqual(rows[0].doc, doc);
      assert.equal(rows[0].name, 'Bø i Telemark');
      assert.equal(h.state().current.id, 'new-1');
      assert.equal(h.state().current.saveState, 'saved');
      assert.equal(h.state().view, 'overview');
      assert.equal(h.localStorage.getItem('bosam.lastProject'), 'new-1');
      await h.actions.createProject();
      assert.equal((await storage.list()).length, 2);
      assert.equal(h.app.persistRequests, 1);
    });

    it('new project cancelled or blank: nothing stored', async () => {
      const storage = createMemoryStorage();
      const h = await setup({ storage, answers: [null, '   '] });
      assert.equal(await h.actions.createProject(), null);
      assert.equal(await h.actions.createProject(), null);
      assert.deepEqual(await storage.list(), []);
    });

    it('rename, duplicate and delete (with confirmation)', async () => {
      const storage = createMemoryStorage();
      const h = await setup({ storage, answers: ['Alfa', 'Beta', null, 'delete'], ids: ['p1', 'p2'] });
      await h.actions.createProject();
      await h.actions.renameProject('p1');
      assert.equal((await storage.get('p1')).doc.municipality.name, 'Beta');
      assert.equal(h.state().current.doc.municipality.name, 'Beta');
      await h.actions.duplicateProject('p1');
      const names = h.state().projects.map((p) => [p.id, p.name]);
      assert.deepEqual(names, [
        ['p1', 'Beta'],
        ['p2', 'Beta (kopi)']
      ]);
      assert.equal(h.state().current.id, 'p1', 'duplicating does not switch project');
      assert.equal(await h.actions.deleteProject('p1'), false, 'cancelled');
      assert.ok(await storage.get('p1'));
      assert.equal(await h.actions.deleteProject('p1'), true);
      assert.equal(await storage.get('p1'), null);
      assert.equal(h.state().current, null, 'deleting the open project closes it');
      assert.equal(h.localStorage.getItem('bosam.lastProject'), null);
      assert.deepEqual(
        h.state().projects.map((p) => p.id),
        ['p2']
      );
      assert.equal(h.dialogs.asked.at(-1).titleParams.name, 'Beta');
    });

    it('example municipality: stored once; again -> open existing or add a copy', async () => {
      const storage = createMemoryStorage();
      const h = await setup({ storage, answers: ['open', 'copy', null], ids: ['copy-1'] });
      const first = await h.actions.loadDemo();
      assert.equal(first.id, 'demo-eksempel-kommune');
      assert.equal(h.dialogs.asked.length, 0);
      await h.actions.loadDemo();
      assert.equal(h.dialogs.asked[0].titleKey, 'projects.demoExistsTitle');
      assert.equal((await storage.list()).length, 1);
      assert.equal(h.state().current.id, 'demo-eksempel-kommune');
      await h.actions.loadDemo();
      const ids = (await storage.list()).map((r) => r.id).sort();
      assert.deepEqual(ids, ['copy-1', 'demo-eksempel-kommune']);
      assert.equal(h.state().current.id, 'copy-1');
      await h.actions.loadDemo();
      assert.equal((await storage.list()).length, 2, 'cancel adds nothing');
    });

    it('import of a bad file reports every error and changes nothing stored', async () => {
      const storage = createMemoryStorage();
      const h = await setup({ storage });
      await h.actions.loadDemo();
      const before = await storage.list();
      const text = JSON.stringify(h.state().current.doc, null, 2);

      await h.actions.importText(text.slice(0, 200), 'cut.json');
      let report = h.state().importReport;
      assert.equal(report.status, 'failed');
      assert.equal(report.fileName, 'cut.json');
      assert.ok(report.errors.length >= 1);
      assert.equal(report.errors[0].path, '$');

      const broken = JSON.parse(text);
      broken.ties[0].to = 'no-such-actor';
      broken.ties[1].from = 'nobody';
      await h.actions.importText(JSON.stringify(broken), 'dangling.json');
      report = h.state().importReport;
      assert.equal(report.status, 'failed');
      const paths = report.errors.map((e) => e.path);
      assert.ok(paths.includes('$.ties[0].to'), paths.join(', '));
      assert.ok(paths.includes('$.ties[1].from'), paths.join(', '));
      assert.deepEqual(await storage.list(), before);
      assert.equal(h.dialogs.asked.length, 0);
    });

    it('import with a taken id: replace, keep both (new id), or cancel', async () => {
      const storage = createMemoryStorage();
      const h = await setup({ storage, answers: [null, 'replace', 'both'], ids: ['both-1'] });
      await h.actions.loadDemo();
      const changed = JSON.parse(JSON.stringify(h.state().current.doc));
      changed.municipality.name = 'Endret kommune';
      const text = JSON.stringify(changed);

      assert.equal(await h.actions.importText(text, 'x.json'), null);
      assert.equal(h.state().importReport.status, 'cancelled');
      assert.equal((await storage.get(changed.id)).doc.municipality.name, 'Eksempel kommune');

      await h.actions.importText(text, 'x.json');
      assert.equal(h.state().importReport.status, 'ok');
      assert.equal((await storage.list()).length, 1);
      assert.deepEqual((await storage.get(changed.id)).doc, changed);

      // The same file again would have nothing new (core.relate: same); a copy changed once more asks again.
      changed.municipality.name = 'Endret kommune igjen';
      await h.actions.importText(JSON.stringify(changed), 'x.json');
      assert.equal((await storage.list()).length, 2);
      const copy = await storage.get('both-1');
      assert.equal(copy.doc.municipality.name, 'Endret kommune igjen (kopi)');
      assert.equal(h.state().current.id, 'both-1');
    });

    it('export gives the stored document; importing it elsewhere gives the same project', async () => {
      const h = await setup({ now: () => new Date(2026, 10, 23, 14, 0) });
      await h.actions.loadDemo();
      const filename = await h.actions.exportCurrent();
      assert.equal(filename, 'eksempel-kommune-2026-11-23.bosam.json');
      const { text } = h.downloads[0];
      assert.deepEqual(JSON.parse(text), h.state().current.doc);
      const storage = createMemoryStorage();
      const other = await setup({ storage });
      const imported = await other.actions.importText(text, filename);
      assert.deepEqual(imported, JSON.parse(text));
      assert.deepEqual((await storage.get(imported.id)).doc, JSON.parse(text));
    });

    it('damaged records are listed, never opened, and can be downloaded raw or deleted', async () => {
      const instance = await flavour.instance();
      const good = await demoDocFor(instance);
      const rawBad = { id: 'bad', name: 'Bad', updatedAt: 'x', doc: { format: 'nope' } };
      const storage = createMemoryStorage([
        { id: good.id, name: 'Eksempel kommune', updatedAt: '2026-01-01T00:00:00.000Z', doc: good },
        rawBad,
        { id: 'no-doc', junk: true }
      ]);
      const local = memoryLocalStorage();
      local.setItem('bosam.lastProject', 'bad');
      const h = await makeApp({ instance, storage, local, answers: ['delete'] });
      assert.equal(h.state().phase, 'ready');
      assert.deepEqual(
        h.state().projects.map((p) => p.id),
        [good.id]
      );
      assert.deepEqual(
        h
          .state()
          .damaged.map((d) => d.id)
          .sort(),
        ['bad', 'no-doc']
      );
      assert.equal(h.state().current, null, 'a damaged last project is not reopened');
      assert.equal(local.getItem('bosam.lastProject'), null);
      assert.equal(await h.actions.openProject('bad'), false);
      assert.equal(h.state().notice.tone, 'error');
      const file = h.actions.exportRaw('bad');
      assert.equal(file, 'bad-raw.json');
      assert.deepEqual(JSON.parse(h.downloads[0].text), rawBad);
      await h.actions.deleteDamaged('bad');
      assert.equal(await storage.get('bad'), null);
      assert.deepEqual(
        h.state().damaged.map((d) => d.id),
        ['no-doc']
      );
    });

    it('storage full: the project stays open in memory, marked unsaved; export still works; recovers', async () => {
      const storage = flakyStorage();
      const h = await setup({ storage, answers: ['Kvoteby'], ids: ['q1'] });
      storage.fail.put = domError('QuotaExceededError', 'quota exceeded');
      await h.actions.createProject();
      assert.equal(h.state().storage.status, 'quota');
      assert.equal(h.state().current.id, 'q1');
      assert.equal(h.state().current.saveState, 'unsaved');
      assert.deepEqual(
        h.state().projects.map((p) => [p.id, p.stored]),
        [['q1', false]]
      );
      await h.actions.exportCurrent();
      assert.equal(JSON.parse(h.downloads[0].text).municipality.name, 'Kvoteby');
      storage.fail.put = null;
      await h.actions.updateCurrent((doc) => {
        doc.municipality.number = '1234';
        return doc;
      });
      assert.equal(h.state().storage.status, 'ok');
      assert.equal(h.state().current.saveState, 'saved');
      assert.equal((await storage.base.get('q1')).doc.municipality.number, '1234');
    });

    it('storage unavailable from the start: banner state, demo works in memory, export works', async () => {
      const storage = flakyStorage();
      const gone = domError('SecurityError', 'IndexedDB is disabled');
      for (const key of Object.keys(storage.fail)) storage.fail[key] = gone;
      const h = await setup({ storage });
      assert.equal(h.state().phase, 'ready');
      assert.equal(h.state().storage.status, 'unavailable');
      await h.actions.loadDemo();
      assert.equal(h.state().current.saveState, 'unsaved');
      assert.equal(h.state().storage.status, 'unavailable');
      assert.equal(h.state().projects.length, 1);
      assert.equal(await h.actions.exportCurrent(), h.downloads[0].filename);
    });

    it('delete all local data empties storage and settings', async () => {
      const storage = createMemoryStorage();
      const h = await setup({ storage, answers: [null, 'clear'], lang: 'en' });
      await h.actions.loadDemo();
      assert.equal(await h.actions.clearAll(), false);
      assert.equal((await storage.list()).length, 1);
      assert.equal(await h.actions.clearAll(), true);
      assert.equal(h.dialogs.asked[1].bodyParams.count, 1);
      assert.deepEqual(await storage.list(), []);
      assert.equal(h.state().current, null);
      assert.deepEqual(h.localStorage.dump(), {});
    });

    it('reopens the last project after a restart, and remembers the language', async () => {
      const storage = createMemoryStorage();
      const local = memoryLocalStorage();
      const instance = await flavour.instance();
      const first = await makeApp({ instance, storage, local });
      await first.actions.loadDemo();
      first.actions.setLang('en');
      assert.equal(local.getItem('bosam.lang'), 'en');
      const second = await makeApp({ instance, storage, local });
      assert.equal(second.state().current.id, 'demo-eksempel-kommune');
      assert.equal(second.state().current.saveState, 'saved');
    });
  });
}

describe('app flows: list validation', () => {
  it('unchanged records are not re-validated on every save; changed ones are', async () => {
    const instance = createFakeInstance();
    const storage = createMemoryStorage();
    const h = await makeApp({ instance, storage, answers: ['Alfa', 'Beta'], ids: ['p1', 'p2'] });
    await h.actions.createProject();
    await h.actions.createProject();
    const count = () => instance.calls.filter((c) => c[0] === 'validate').length;
    const before = count();
    await h.actions.refreshList();
    assert.equal(count(), before, 'nothing changed, nothing validated');
    const row = await storage.get('p1');
    await storage.put({ ...row, updatedAt: '2030-01-01T00:00:00.000Z', doc: { ...row.doc, format: 'broken' } });
    await h.actions.refreshList();
    assert.equal(count(), before + 1, 'only the changed record is validated');
    assert.deepEqual(
      h.state().damaged.map((d) => d.id),
      ['p1']
    );
    await storage.delete('p1');
    await h.actions.refreshList();
    assert.deepEqual(h.state().damaged, []);
    assert.deepEqual(
      h.state().projects.map((p) => p.id),
      ['p2']
    );
  });
});

describe('app flows: language reaches the core', () => {
  it('validate is asked in the chosen language', async () => {
    const instance = createFakeInstance();
    const h = await makeApp({ instance, lang: 'en' });
    await h.actions.importText('{', 'x.json');
    const call = instance.calls.filter((c) => c[0] === 'validate').at(-1);
    assert.deepEqual(JSON.parse(call[2]), { lang: 'en' });
  });
});

describe('app flows: hardening', () => {
  it('a save validates the document once: its list entry comes from the validated document, not a re-read', async () => {
    const instance = createFakeInstance();
    const storage = createMemoryStorage();
    const h = await makeApp({ instance, storage, answers: ['Alfa', 'Beta'], ids: ['p1'] });
    await h.actions.createProject();
    const count = () => instance.calls.filter((c) => c[0] === 'validate').length;
    const before = count();
    await h.actions.renameProject('p1');
    // renameProject: loadValidated uses the open doc (no call); commit validates once; the list does not re-validate.
    assert.equal(count(), before + 1);
    assert.deepEqual(
      h.state().projects.map((p) => [p.id, p.name, p.stored]),
      [['p1', 'Beta', true]]
    );
    const stored = await storage.get('p1');
    assert.equal(h.state().projects[0].updatedAt, stored.updatedAt);
    // A record changed behind our back (another tab, say) is still validated when listed.
    await storage.put({ ...stored, updatedAt: '2031-01-01T00:00:00.000Z', doc: { ...stored.doc, format: 'broken' } });
    await h.actions.refreshList();
    assert.equal(count(), before + 2);
    assert.deepEqual(
      h.state().damaged.map((d) => d.id),
      ['p1']
    );
  });

  it('garbage records (cycles, BigInt, a number key, no doc) are set aside, exported raw and deleted by their stored key', async () => {
    const instance = createFakeInstance();
    const cyclic = { format: 'bosam-project', schemaVersion: 1, id: 'cyclic' };
    cyclic.self = cyclic;
    // The memory storage copies through JSON, which cannot hold these: a store that keeps references.
    const rows = new Map([
      ['cyclic', { id: 'cyclic', doc: cyclic }],
      ['big', { id: 'big', doc: { n: 10n } }],
      [42, { id: 42, doc: { format: 'bosam-project' } }],
      ['text', { id: 'text', doc: '{"format": "bos' }]
    ]);
    const storage = {
      open: async () => true,
      list: async () => [...rows.values()],
      get: async (id) => rows.get(id) || null,
      put: async (r) => {
        rows.set(r.id, r);
        return r;
      },
      delete: async (id) => {
        rows.delete(id);
      },
      clear: async () => rows.clear()
    };
    const h = await makeApp({ instance, storage, answers: ['delete', 'delete'] });
    assert.equal(h.state().phase, 'ready');
    assert.deepEqual(
      h
        .state()
        .damaged.map((d) => d.id)
        .sort(),
      ['42', 'big', 'cyclic', 'text']
    );
    for (const d of h.state().damaged) assert.ok(d.errors.length >= 1 && d.errors.every((e) => e.message), d.id);

    h.actions.exportRaw('cyclic');
    h.actions.exportRaw('big');
    h.actions.exportRaw('42');
    const [c, big, n] = h.downloads.map((d) => JSON.parse(d.text));
    assert.deepEqual(c, {
      id: 'cyclic',
      doc: { format: 'bosam-project', schemaVersion: 1, id: 'cyclic', self: '[circular reference]' }
    });
    assert.deepEqual(big, { id: 'big', doc: { n: '10' } });
    assert.equal(n.id, 42);
    assert.deepEqual(
      h.downloads.map((d) => d.filename),
      ['cyclic-raw.json', 'big-raw.json', '42-raw.json']
    );

    await h.actions.deleteDamaged('42');
    assert.equal(rows.has(42), false, 'deleted by the number key it is stored under');
    await h.actions.deleteDamaged('cyclic');
    assert.deepEqual([...rows.keys()].sort(), ['big', 'text']);
    assert.deepEqual(
      h
        .state()
        .damaged.map((d) => d.id)
        .sort(),
      ['big', 'text']
    );
  });

  it('quota on one save: the stored version stays, the banner state says quota, the next save stores all', async () => {
    const base = createMemoryStorage();
    const h = await makeApp({ storage: base, answers: ['Kvoteby', 'Kvoteby 2', 'Kvoteby 3'], ids: ['q1'] });
    await h.actions.createProject();
    const first = await base.get('q1');
    const putChecked = base.putChecked;
    base.putChecked = async () => {
      throw domError('QuotaExceededError', 'quota exceeded');
    };
    await h.actions.renameProject('q1');
    assert.equal(h.state().storage.status, 'quota');
    assert.equal(h.state().current.saveState, 'unsaved');
    assert.deepEqual(await base.get('q1'), first, 'the stored record is untouched');
    assert.deepEqual(
      h.state().projects.map((p) => [p.name, p.stored]),
      [['Kvoteby 2', false]]
    );
    base.putChecked = putChecked;
    await h.actions.renameProject('q1');
    assert.equal(h.state().storage.status, 'ok');
    assert.equal((await base.get('q1')).doc.municipality.name, 'Kvoteby 3');
    assert.equal(h.state().current.saveState, 'saved');
  });
});
