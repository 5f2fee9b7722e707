// The version store in a real browser's IndexedDB: the module is bundled on the fly and run in
// a file:// page of its own (not the app), so the test reads the store through its own API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ROOT, CHROMIUM_ARGS } from './helpers.mjs';

async function bundled() {
  const out = await build({
    stdin: {
      contents: "import * as vs from './www/src/version-store.js'; globalThis.vs = vs;",
      resolveDir: ROOT
    },
    bundle: true,
    write: false,
    format: 'iife'
  });
  return out.outputFiles[0].text;
}

test('versions are kept by stamp, pruned per project and kind, and the base is the first kept common stamp', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bosam-vs-'));
  const page = join(dir, 'page.html');
  await writeFile(page, '<!doctype html><title>store</title>');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS
  });
  try {
    const p = await browser.newPage();
    await p.goto(pathToFileURL(page).href);
    await p.addScriptTag({ content: await bundled() });
    const result = await p.evaluate(async () => {
      const doc = (stamp, minute, id = 'p1') => ({
        id,
        revision: { stamp, savedAt: `2026-12-05T10:${String(minute).padStart(2, '0')}:00.000Z` },
        units: [{ id: `u-${stamp}` }]
      });
      for (let i = 0; i < 32; i += 1) await globalThis.vs.rememberVersion(doc(`r-e${i}`, i), 'export');
      await globalThis.vs.rememberVersion(doc('r-f1', 1), 'file');
      await globalThis.vs.rememberVersion(doc('r-other', 50, 'p2'), 'export');
      const oldest = await globalThis.vs.versionByStamp('r-e0');
      const kept = await globalThis.vs.versionByStamp('r-e2');
      const base = await globalThis.vs.findBase('p1', ['r-unknown', 'r-e0', 'r-f1', 'r-e31']);
      const otherProject = await globalThis.vs.findBase('p1', ['r-other']);
      await globalThis.vs.forgetProject('p1');
      const afterForget = await globalThis.vs.versionByStamp('r-e31');
      const p2Kept = await globalThis.vs.versionByStamp('r-other');
      return { oldest, kept: kept && kept.kind, base, otherProject, afterForget, p2Kept: !!p2Kept };
    });
    assert.equal(result.oldest, null, 'the 31st and 32nd export pushed out the oldest two');
    assert.equal(result.kept, 'export');
    assert.equal(result.base.units[0].id, 'u-r-f1', 'r-e0 is pruned, so the next common stamp is the base');
    assert.equal(result.otherProject, null, "another project's version is never a base");
    assert.equal(result.afterForget, null);
    assert.equal(result.p2Kept, true);
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
});
