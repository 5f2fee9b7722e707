// Keeping the open project in a file (state/file-actions.js, state/stamping.js) driven in node: the app's own
// state code with files kept in memory behind handles that behave like the File System Access API's
// (getFile, createWritable replacing the file on close, queryPermission / requestPermission).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeApp } from './fixtures/harness.mjs';
import { createFakeInstance, fakeDoc } from './fixtures/fake-core.mjs';
import { createMemoryStorage } from '../../www/src/storage.js';
import { createMemoryFileHandleStore } from '../../www/src/lib/file-handles.js';

const domError = (name, message = name) => Object.assign(new Error(message), { name });
const pause = (ms = 5) => new Promise((r) => setTimeout(r, ms));

/** A file in memory and a handle to it. `disk.perm` is what queryPermission answers. */
function memoryFile(name, text = '') {
  const disk = { name, text, lastModified: 1000, perm: 'granted', fail: null, gone: false, writes: 0 };
  const handle = {
    kind: 'file',
    name,
    async getFile() {
      if (disk.gone) throw domError('NotFoundError');
      return { name, size: Buffer.byteLength(disk.text), lastModified: disk.lastModified, text: async () => disk.text };
    },
    async createWritable() {
      if (disk.gone) throw domError('NotFoundError');
      let written = '';
      return {
        write: async (s) => {
          if (disk.fail) throw disk.fail;
          written += s;
        },
        close: async () => {
          disk.text = written;
          disk.lastModified += 1000;
          disk.writes += 1;
        },
        abort: async () => {}
      };
    },
    queryPermission: async () => disk.perm,
    requestPermission: async () => {
      disk.perm = 'granted';
      return 'granted';
    }
  };
  return { disk, handle };
}

/** The fake core's stamp, as the contract writes it: new stamp, basedOn and lineage from the previous revision. */
function stampInto(instance) {
  instance.stamp = (text, optionsText) => {
    const doc = JSON.parse(text);
    const { stamp, savedAt } = JSON.parse(optionsText);
    const prev = doc.revision;
    const revision = prev
      ? { stamp, basedOn: prev.stamp, lineage: [prev.stamp, ...(prev.lineage || [])], savedAt }
      : { stamp, savedAt };
    return JSON.stringify({ ok: true, result: { ...doc, revision }, warnings: [] });
  };
  return instance;
}

async function setup({ file = memoryFile('kommune.bosam.json'), storage, handles, picks, doc, now } = {}) {
  const instance = stampInto(createFakeInstance());
  const remembered = [];
  const pickQueue = picks ? [...picks] : [file.handle];
  const files = {
    supported: true,
    handles: handles || createMemoryFileHandleStore(),
    pickSave: async () => pickQueue.shift() || null,
    pickOpen: async () => pickQueue.shift() || null
  };
  const h = await makeApp({
    instance,
    storage: storage || createMemoryStorage(),
    now,
    deps: {
      files,
      fileWriteDelay: 0,
      versions: { rememberVersion: async (d, kind) => remembered.push({ stamp: d.revision.stamp, kind }) }
    }
  });
  if (doc !== null) await h.actions.importText(JSON.stringify(doc || fakeDoc()), 'start.json');
  /** Let the write that follows a change (delay 0) start and finish. */
  const written = async () => {
    await h.actions.editsSettled();
    await pause();
    await h.actions.fileSettled();
    await h.actions.editsSettled();
  };
  const rename = (name) =>
    h.actions.updateCurrent((d) => {
      d.municipality.name = name;
      return d;
    });
  return { ...h, file, files, remembered, written, rename };
}

const onDisk = (file) => JSON.parse(file.disk.text);

describe('keeping the project in a file', () => {
  it('save as file writes a stamped project; the working copy takes its stamp silently', async () => {
    const h = await setup();
    await h.rename('Endret');
    const undoBefore = h.state().history;
    assert.equal(await h.actions.saveAsFile(), true);
    await h.written();
    const saved = onDisk(h.file);
    assert.match(saved.revision.stamp, /^r-[0-9a-f]{16}$/);
    assert.equal(saved.municipality.name, 'Endret');
    assert.deepEqual(h.state().current.doc.revision, saved.revision, 'the working copy has the stamp written');
    assert.deepEqual(h.state().history, undoBefore, 'taking the stamp is no undo step');
    assert.deepEqual(h.remembered, [{ stamp: saved.revision.stamp, kind: 'file' }]);
    assert.equal(h.file.disk.writes, 1, 'taking the stamp is not written again');
    const f = h.state().file;
    assert.equal(f.status, 'ok');
    assert.equal(f.name, 'kommune.bosam.json');
    assert.equal(f.savedAt, saved.revision.savedAt);
    assert.equal(f.dirty, false);
  });

  it('every change is written, each version based on the one before', async () => {
    const h = await setup();
    await h.actions.saveAsFile();
    await h.written();
    const first = onDisk(h.file).revision.stamp;
    await h.rename('Andre navn');
    await h.written();
    const second = onDisk(h.file);
    assert.equal(second.municipality.name, 'Andre navn');
    assert.equal(second.revision.basedOn, first);
    assert.deepEqual(second.revision.lineage, [first]);
    assert.equal(h.file.disk.writes, 2);
    assert.deepEqual(h.state().current.doc.revision, second.revision);
  });

  it('undo after a write keeps the stamp of the version written', async () => {
    const h = await setup();
    await h.rename('Først');
    await h.actions.saveAsFile();
    await h.written();
    const stamp = onDisk(h.file).revision.stamp;
    await h.actions.undo();
    assert.equal(h.state().current.doc.municipality.name, 'Testkommune');
    assert.equal(h.state().current.doc.revision.stamp, stamp);
    await h.written();
    assert.equal(onDisk(h.file).revision.basedOn, stamp, 'the undone state is written as a new version after it');
  });

  it('refuses to write over a file someone else saved, and says so', async () => {
    const h = await setup();
    await h.actions.saveAsFile();
    await h.written();
    const theirs = { ...onDisk(h.file), municipality: { name: 'Kollegas versjon' } };
    theirs.revision = { ...theirs.revision, stamp: 'r-00000000000000cc', basedOn: theirs.revision.stamp };
    h.file.disk.text = JSON.stringify(theirs, null, 2);
    h.file.disk.lastModified += 5000;
    const colleague = h.file.disk.text;
    await h.rename('Min endring');
    await h.written();
    assert.equal(h.file.disk.text, colleague, 'the file is untouched');
    assert.equal(h.state().file.status, 'changed');
    assert.equal(h.state().file.theirs, 'project');
    await h.rename('Enda en endring');
    await h.written();
    assert.equal(h.file.disk.text, colleague, 'no more writes there until the user chooses');
    assert.equal(h.state().current.doc.municipality.name, 'Enda en endring', 'the change is kept in the browser');
  });

  it('after reconciling with the file, the result is written there', async () => {
    const h = await setup();
    await h.actions.saveAsFile();
    await h.written();
    const theirs = { ...onDisk(h.file), municipality: { name: 'Kollega' } };
    theirs.revision = { stamp: 'r-00000000000000dd', savedAt: '2026-11-23T12:00:00.000Z' };
    h.file.disk.text = JSON.stringify(theirs);
    h.file.disk.lastModified += 5000;
    await h.rename('Meg');
    await h.written();
    assert.equal(h.state().file.status, 'changed');
    let given = null;
    // What a reconcile commits (the contract's result): basedOn mine, mergedFrom theirs, lineage of both.
    h.app.ctx.reconcileWithFile = async (doc) => {
      given = doc;
      return h.actions.updateCurrent((d) => {
        d.municipality.name = 'Meg og kollega';
        const mine = d.revision;
        d.revision = {
          stamp: 'r-00000000000000de',
          basedOn: mine.stamp,
          lineage: [mine.stamp, 'r-00000000000000dd'],
          mergedFrom: 'r-00000000000000dd',
          savedAt: '2026-11-23T12:30:00.000Z'
        };
        return d;
      });
    };
    await h.actions.reconcileFile();
    await h.written();
    assert.equal(given.municipality.name, 'Kollega', 'reconcile gets the version in the file');
    const merged = onDisk(h.file);
    assert.equal(merged.municipality.name, 'Meg og kollega');
    assert.equal(merged.revision.basedOn, 'r-00000000000000de');
    assert.equal(h.state().file.status, 'ok');
  });

  it('a reconcile that does not take in the version in the file leaves the file alone', async () => {
    const h = await setup();
    await h.actions.saveAsFile();
    await h.written();
    const theirs = { ...onDisk(h.file), municipality: { name: 'Kollega' } };
    theirs.revision = { stamp: 'r-00000000000000d1', savedAt: '2026-11-23T12:00:00.000Z' };
    h.file.disk.text = JSON.stringify(theirs);
    h.file.disk.lastModified += 5000;
    const colleague = h.file.disk.text;
    await h.rename('Meg');
    await h.written();
    // Given up, or their version kept as a separate project: the open project does not hold it.
    h.app.ctx.reconcileWithFile = async () => ({ ok: true });
    assert.equal(await h.actions.reconcileFile(), false);
    await h.rename('Meg igjen');
    await h.written();
    assert.equal(h.file.disk.text, colleague);
    assert.equal(h.state().file.status, 'changed');
  });

  it('after a reload the file waits for permission; a click reconnects and writes what changed', async () => {
    const storage = createMemoryStorage();
    const handles = createMemoryFileHandleStore();
    const file = memoryFile('kommune.bosam.json');
    const h = await setup({ storage, handles, file });
    await h.actions.saveAsFile();
    await h.written();
    await h.rename('Før omstart');
    h.file.disk.fail = domError('NotAllowedError'); // permission lost mid-session
    await h.written();
    assert.equal(h.state().file.status, 'permission');
    h.file.disk.fail = null;

    file.disk.perm = 'prompt';
    const again = await setup({ storage, handles, file, doc: null });
    await again.actions.openProject(h.state().current.id);
    await pause();
    assert.equal(again.state().file.status, 'permission');
    assert.equal(again.state().file.dirty, true);
    const writes = file.disk.writes;
    assert.equal(await again.actions.reconnectFile(), true);
    await again.written();
    assert.equal(file.disk.writes, writes + 1);
    assert.equal(onDisk(file).municipality.name, 'Før omstart');
    assert.equal(again.state().file.status, 'ok');
  });

  it('a failed write says what happened and keeps the project; trying again writes it', async () => {
    const h = await setup();
    await h.actions.saveAsFile();
    await h.written();
    h.file.disk.fail = domError('QuotaExceededError', 'disk full');
    await h.rename('Full disk');
    await h.written();
    assert.equal(h.state().file.status, 'error');
    assert.equal(h.state().file.error, 'full');
    assert.notEqual(onDisk(h.file).municipality.name, 'Full disk', 'the file keeps its last good version');
    h.file.disk.fail = null;
    await h.actions.retryFile();
    await h.written();
    assert.equal(onDisk(h.file).municipality.name, 'Full disk');
    assert.equal(h.state().file.status, 'ok');
    h.file.disk.gone = true;
    await h.rename('Borte');
    await h.written();
    assert.equal(h.state().file.error, 'gone');
  });

  it('open file brings the project in and keeps writing to that file', async () => {
    const doc = fakeDoc({
      id: 'p-open',
      revision: { stamp: 'r-00000000000000ee', savedAt: '2026-11-20T08:00:00.000Z' }
    });
    const file = memoryFile('delt.bosam.json', JSON.stringify(doc, null, 2));
    const h = await setup({ file, doc: null });
    const opened = await h.actions.openFile();
    assert.equal(opened.id, 'p-open');
    assert.equal(h.state().current.doc.revision.stamp, 'r-00000000000000ee');
    assert.equal(h.state().file.status, 'ok');
    assert.equal(file.disk.writes, 0, 'opening writes nothing');
    await h.rename('Endret etter åpning');
    await h.written();
    assert.equal(onDisk(file).revision.basedOn, 'r-00000000000000ee');
  });

  it('export is stamped, remembered and taken by the working copy', async () => {
    const h = await setup();
    await h.actions.exportCurrent();
    await h.actions.editsSettled();
    const exported = JSON.parse(h.downloads[0].text);
    assert.match(exported.revision.stamp, /^r-[0-9a-f]{16}$/);
    assert.deepEqual(h.state().current.doc, exported);
    assert.deepEqual(h.remembered, [{ stamp: exported.revision.stamp, kind: 'export' }]);
  });

  it('a week without a copy in a file says so; saving puts it away', async () => {
    const at = new Date('2026-12-12T09:00:00.000Z');
    const doc = fakeDoc({ revision: { stamp: 'r-00000000000000ff', savedAt: '2026-12-04T09:00:00.000Z' } });
    const h = await setup({ doc, now: () => at });
    assert.deepEqual(h.state().backup, { projectId: 'p-1', days: 8, since: 'saved' });
    await h.actions.saveAsFile();
    await h.written();
    assert.equal(h.state().backup, null);
  });
});
