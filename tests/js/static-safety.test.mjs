// Guards that read the source: no HTML injection APIs, no remote resources, the CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const WWW = resolve(dirname(fileURLToPath(import.meta.url)), '../../www');

async function files(dir, ext) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path, ext)));
    else if (ext.some((e) => entry.name.endsWith(e))) out.push(path);
  }
  return out;
}

test('the UI never builds HTML from strings or evaluates code', async () => {
  const banned = [
    /\binnerHTML\b/,
    /\bouterHTML\b/,
    /dangerouslySetInnerHTML/,
    /insertAdjacentHTML/,
    /document\.write/,
    /\beval\s*\(/,
    /new\s+Function\s*\(/,
    /setTimeout\s*\(\s*['"`]/,
    /createContextualFragment/
  ];
  const hits = [];
  const sources = await files(join(WWW, 'src'), ['.js']);
  assert.ok(sources.length >= 20, `expected the UI sources, found ${sources.length}`);
  for (const file of sources) {
    const text = await readFile(file, 'utf8');
    for (const re of banned) if (re.test(text)) hits.push(`${file}: ${re}`);
  }
  assert.deepEqual(hits, []);
});

test('no source file is a god file (over 600 lines)', async () => {
  for (const file of await files(WWW, ['.js', '.css'])) {
    const lines = (await readFile(file, 'utf8')).split('\n').length;
    assert.ok(lines <= 600, `${file} has ${lines} lines`);
  }
});

test('no remote resource is referenced from the template, styles or sources', async () => {
  for (const file of await files(WWW, ['.html', '.css', '.js'])) {
    const text = await readFile(file, 'utf8');
    assert.ok(!/\b(src|href|action)\s*=\s*["']?\s*(https?:)?\/\//i.test(text), `${file} references a remote URL`);
    assert.ok(!/url\(\s*["']?(https?:)?\/\//i.test(text), `${file} loads a remote url()`);
    assert.ok(!/@import\s+(url\()?\s*["']?(https?:)?\/\//i.test(text), `${file} imports remote CSS`);
    assert.ok(
      !/\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/.test(text),
      `${file} opens a network connection`
    );
  }
});

test('the template has the strict CSP, lang="nb" and the three placeholders', async () => {
  const html = await readFile(join(WWW, 'index.html'), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(csp, 'CSP meta tag');
  const directives = Object.fromEntries(
    csp[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v.join(' ')])
  );
  assert.equal(directives['default-src'], "'none'");
  assert.equal(directives['script-src'], "'unsafe-inline' 'wasm-unsafe-eval'");
  assert.equal(directives['connect-src'], 'data:');
  assert.equal(directives['form-action'], "'none'");
  assert.equal(directives['base-uri'], "'none'");
  assert.ok(!/unsafe-eval'/.test(csp[1].replace("'wasm-unsafe-eval'", '')), 'no unsafe-eval');
  assert.match(html, /<html lang="nb">/);
  for (const marker of ['<!--BOSAM:CSS-->', '<!--BOSAM:CORE-->', '<!--BOSAM:APP-->']) {
    assert.equal(html.split(marker).length - 1, 1, marker);
  }
  assert.ok(html.indexOf('<!--BOSAM:CORE-->') < html.indexOf('<!--BOSAM:APP-->'), 'core before app');
});

test('only core.js touches BosamCore', async () => {
  const users = [];
  for (const file of await files(join(WWW, 'src'), ['.js'])) {
    const text = await readFile(file, 'utf8');
    if (/BosamCore/.test(text)) users.push(file.slice(WWW.length + 1));
  }
  assert.deepEqual(users.sort(), ['src/core.js']);
});
