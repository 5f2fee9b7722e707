// state/sharing-actions.js and the pseudonymised-copy import in node, against the real WASM core
// (the fake core has no pseudonymise): the key is stored and survives undo, a copy whose key does not fit
// never overwrites names, a reference is remembered per project, the network export downloads files.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeApp } from './fixtures/harness.mjs';
import { randomKey } from '../../www/src/state/sharing-actions.js';
import { randomReady } from '../../www/src/lib/random.js';

const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);
const skip = existsSync(CORE_JS) ? false : 'build/wasm/bosam-core.js is missing';

const file = (name, text) => ({ name, size: Buffer.byteLength(text), text: async () => text });

async function demoApp(answers = []) {
  const h = await makeApp({ instance: await require(CORE_JS)(), answers });
  await h.actions.loadDemo();
  return h;
}

describe('sharing actions (WASM core)', { skip }, () => {
  it('randomKey: 64 hex characters from the random source (tests/js/random.test.mjs: and only from it)', async () => {
    await randomReady;
    assert.match(randomKey(), /^[0-9a-f]{64}$/);
    assert.notEqual(randomKey(), randomKey());
  });

  it('the first copy stores a key in the project (no undo step), and undo cannot take it away', async () => {
    const h = await demoApp();
    await h.actions.updateCurrent(
      (doc) => {
        doc.municipality.name = 'Nytt navn';
      },
      { label: { key: 'history.someChange' } }
    );
    const fileName = await h.actions.exportPseudonymized();
    assert.equal(fileName, 'nytt-navn-pseudonymisert.json');
    const key = h.state().current.doc.pseudonymKey;
    assert.match(key, /^[0-9a-f]{64}$/);
    assert.equal(h.state().history.undoCount, 1, 'adding the key is not an undo step');
    const copy = JSON.parse(h.downloads.at(-1).text);
    assert.ok(!('pseudonymKey' in copy));
    assert.equal(copy.municipality.name, 'Nytt navn');

    await h.actions.undo();
    await h.actions.editsSettled();
    assert.equal(h.state().current.doc.municipality.name, 'Eksempel kommune', 'the edit was undone');
    assert.equal(h.state().current.doc.pseudonymKey, key, 'the key was put back');
    await h.app.settled();
    const stored = await h.app.ctx.deps.storage.get(h.state().current.id);
    assert.equal(stored.doc.pseudonymKey, key);
  });

  it('a copy whose key does not fit the project here comes in only as a separate project', async () => {
    const h = await demoApp(['both']);
    const id = h.state().current.id;
    // A copy made with another key (as another computer would).
    const other = JSON.parse(
      h.coreInstance.pseudonymize(JSON.stringify(h.state().current.doc), JSON.stringify({ key: 'ab'.repeat(32) }))
    );
    assert.ok(other.ok);
    await h.actions.exportPseudonymized(); // the project now has its own, different key
    const original = h.state().current.doc;
    const saved = await h.actions.importText(JSON.stringify(other.result.project), 'fremmed.json');
    assert.equal(h.dialogs.asked.at(-1).titleKey, 'sharing.noKeyTitle');
    assert.equal(h.dialogs.asked.at(-1).bodyKey, 'sharing.wrongKeyBody');
    assert.deepEqual(
      h.dialogs.asked.at(-1).actions.map((a) => a.value),
      ['both'],
      'no "replace" on offer'
    );
    assert.notEqual(saved.id, id);
    assert.equal(h.state().importReport.pseudo, 'codesCopy');
    const kept = await h.app.ctx.deps.storage.get(id);
    assert.deepEqual(kept.doc, original, 'the project with names is untouched');
  });

  it('cancelling the restore question changes nothing', async () => {
    const h = await demoApp([null]);
    await h.actions.exportPseudonymized();
    const before = await h.app.ctx.deps.storage.list();
    const copy = h.downloads.at(-1);
    assert.equal(await h.actions.importText(copy.text, copy.filename), null);
    assert.equal(h.dialogs.asked.at(-1).titleKey, 'sharing.reidTitle');
    assert.equal(h.state().importReport.status, 'cancelled');
    assert.deepEqual(await h.app.ctx.deps.storage.list(), before);
  });

  it('other municipalities are analysed, remembered for this project only, listed side by side, and removed', async () => {
    const h = await demoApp();
    const id = h.state().current.id;
    await h.actions.exportPseudonymized();
    const copy = h.downloads.at(-1);
    const entry = await h.actions.loadReference(file(copy.filename, copy.text));
    assert.equal(entry.pseudonymized, true);
    assert.equal(entry.figures.people, 52);
    assert.deepEqual(h.actions.referencesFor(id), [entry]);
    assert.deepEqual(h.actions.referencesFor('another-project'), []);
    const stored = h.localStorage.getItem(`bosam.reference.${id}`);
    assert.ok(stored.length < 4000, 'only the figures are kept');
    assert.ok(!stored.includes('P-'), 'no codes or names in what is remembered');

    const again = await h.actions.loadReference(file(copy.filename, copy.text));
    assert.equal(h.actions.referencesFor(id).length, 1, 'the same file loaded again replaces its figures');
    const second = await h.actions.loadReference(file('nabo.json', copy.text));
    assert.deepEqual(h.actions.referencesFor(id), [again, second]);

    assert.equal(await h.actions.loadReference(file('tom.json', '{}')), null);
    assert.equal(h.state().sharing.reference.status, 'failed');
    assert.equal(h.actions.referencesFor(id).length, 2, 'a refused file leaves the remembered figures');

    h.actions.removeReference(0);
    assert.deepEqual(h.actions.referencesFor(id), [second]);
    h.actions.removeReference(0);
    assert.deepEqual(h.actions.referencesFor(id), []);
  });

  it('the side-by-side table downloads as CSV written by the core, the open project first', async () => {
    const h = await demoApp();
    await h.actions.exportPseudonymized();
    const copy = h.downloads.at(-1);
    await h.actions.loadReference(file('nabo.json', copy.text));
    const an = await h.app.ctx.deps.core.analyze(h.state().current.doc, { lang: 'nb' });
    const name = await h.actions.downloadFiguresTable({ result: an.result });
    assert.match(name, /^eksempel-kommune-nokkeltall-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = h.downloads.at(-1).text.trim().split('\n');
    assert.equal(lines[0], 'nøkkel,tall,Eksempel kommune,Eksempel kommune');
    assert.equal(
      lines.find((l) => l.startsWith('people,')),
      'people,Personer,52,52'
    );
  });

  it('network export downloads every file the core makes, named for the project and wave', async () => {
    const h = await demoApp();
    const before = h.downloads.length;
    const names = await h.actions.exportNetwork({ format: 'csv', measures: false });
    assert.deepEqual(names, ['eksempel-kommune-w-2026-nodes.csv', 'eksempel-kommune-w-2026-edges.csv']);
    assert.equal(h.downloads.length, before + 2);
    const pajek = await h.actions.exportNetwork({ format: 'pajek', waveId: 'w-2025' });
    assert.equal(pajek.length, 1);
    assert.match(pajek[0], /^eksempel-kommune-w-2025-/);
    assert.match(h.downloads.at(-1).text, /^\*Vertices 52\r?$/m);
    const matrices = await h.actions.exportNetwork({ format: 'matrix-excel', measures: false });
    assert.deepEqual(matrices.slice(0, 2), [
      'eksempel-kommune-w-2026-excel-matrix.csv',
      'eksempel-kommune-w-2026-excel-matrix-advice.csv'
    ]);
    assert.ok(h.downloads.at(-1).text.startsWith('\ufeff;'), 'Norwegian Excel: byte-order mark and semicolons');
    const dl = await h.actions.exportNetwork({ format: 'dl' });
    assert.deepEqual(dl, ['eksempel-kommune-w-2026-network.dl']);
    assert.match(h.downloads.at(-1).text, /^DL N=52\nFORMAT = EDGELIST1\n/);
    assert.equal(await h.actions.exportNetwork({ format: 'docx' }), null);
    assert.equal(h.state().sharing.network.errors[0].code, 'bad-format');
  });
});
