import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nb from '../../www/src/locales/nb.js';
import en from '../../www/src/locales/en.js';
import {
  translate,
  interpolate,
  formatNumber,
  formatPercent,
  formatDate,
  pickInitialLang,
  setLang,
  getLang,
  t,
  LANGS
} from '../../www/src/i18n.js';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../www/src');

function placeholders(value) {
  const texts = typeof value === 'string' ? [value] : Object.values(value);
  return [...new Set(texts.flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
}

async function sourceFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith('.js')) out.push(path);
  }
  return out;
}

test('nb and en have exactly the same keys', () => {
  const onlyNb = Object.keys(nb).filter((k) => !(k in en));
  const onlyEn = Object.keys(en).filter((k) => !(k in nb));
  assert.deepEqual(onlyNb, [], `keys missing in en.js: ${onlyNb.join(', ')}`);
  assert.deepEqual(onlyEn, [], `keys missing in nb.js: ${onlyEn.join(', ')}`);
});

test('no locale has an empty or whitespace-only text', () => {
  for (const [name, table] of Object.entries({ nb, en })) {
    for (const [key, value] of Object.entries(table)) {
      const texts = typeof value === 'string' ? [value] : Object.values(value);
      assert.ok(texts.length > 0, `${name}:${key} has no text`);
      for (const text of texts) {
        assert.equal(typeof text, 'string', `${name}:${key} must be a string or {one, other}`);
        assert.ok(text.trim().length > 0, `${name}:${key} is empty`);
      }
    }
  }
});

test('plural entries have the same shape and placeholders in both languages', () => {
  for (const key of Object.keys(nb)) {
    assert.equal(typeof nb[key], typeof en[key], `${key}: string in one locale, plural in the other`);
    if (typeof nb[key] === 'object') {
      assert.deepEqual(Object.keys(nb[key]).sort(), ['one', 'other'], `${key}: nb plural forms`);
      assert.deepEqual(Object.keys(en[key]).sort(), ['one', 'other'], `${key}: en plural forms`);
    }
    assert.deepEqual(placeholders(nb[key]), placeholders(en[key]), `${key}: placeholders differ between nb and en`);
  }
});

test('every literal t("…") key used in www/src exists in the locales', async () => {
  const missing = [];
  let seen = 0;
  for (const file of await sourceFiles(SRC)) {
    const text = await readFile(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([^'`$]+)'/g)) {
      seen += 1;
      if (!(m[1] in nb)) missing.push(`${file.slice(SRC.length + 1)}: ${m[1]}`);
    }
    for (const m of text.matchAll(/(?:labelKey|titleKey|bodyKey|confirmKey|hintKey):\s*'([^']+)'/g)) {
      seen += 1;
      if (!(m[1] in nb)) missing.push(`${file.slice(SRC.length + 1)}: ${m[1]}`);
    }
  }
  assert.ok(seen > 50, `expected to find many t() calls, found ${seen}`);
  assert.deepEqual(missing, []);
});

test('dynamic key families exist for every member', () => {
  for (const lang of LANGS) assert.ok(`lang.${lang}` in nb, `lang.${lang}`);
  for (const view of ['projects', 'overview', 'data']) assert.ok(`nav.${view}` in nb, `nav.${view}`);
  for (const code of ['core-unavailable', 'core-crash', 'core-bad-response', 'core-missing-function']) {
    assert.ok(`coreError.${code}` in nb, `coreError.${code}`);
  }
  for (const part of ['where', 'send', 'share', 'delete']) {
    assert.ok(`privacy.${part}` in nb && `privacy.${part}Title` in nb, `privacy.${part}`);
  }
});

test('translate interpolates and falls back to the key when unknown', () => {
  assert.equal(translate('nb', 'projects.deleted', { name: 'Bø' }), 'Prosjektet «Bø» er slettet.');
  assert.equal(translate('en', 'projects.deleted', { name: 'Bø' }), 'The project “Bø” has been deleted.');
  assert.equal(translate('nb', 'no.such.key'), 'no.such.key');
  assert.equal(interpolate('{a} og {b}', { a: 1 }), '1 og {b}');
  // Values are inserted verbatim as text; no HTML processing happens here.
  assert.equal(interpolate('«{n}»', { n: '<img src=x>' }), '«<img src=x>»');
});

test('plural forms follow the count', () => {
  assert.equal(translate('nb', 'data.importErrorCount', { count: 1 }), 'Kontrollen fant én feil:');
  assert.equal(translate('nb', 'data.importErrorCount', { count: 3 }), 'Kontrollen fant 3 feil:');
  assert.equal(translate('en', 'data.importErrorCount', { count: 2 }), 'The check found 2 errors:');
  // Large counts are formatted for the language (nb uses a space as thousands separator).
  assert.match(translate('nb', 'data.importErrorCount', { count: 1234 }), /1\s234 feil/);
});

test('numbers and dates use Norwegian conventions in nb', () => {
  assert.match(formatNumber(1234.5, { maximumFractionDigits: 1 }, 'nb'), /^1\s234,5$/);
  assert.equal(formatNumber(1234.5, { maximumFractionDigits: 1 }, 'en'), '1,234.5');
  assert.match(formatPercent(0.875, 'nb'), /^88\s%$/);
  assert.equal(formatPercent(null, 'nb'), '–');
  assert.equal(formatDate('2026-03-01', 'nb'), '1. mars 2026');
  assert.equal(formatDate('2026-03-01', 'en'), '1 March 2026');
  assert.equal(formatDate('not a date', 'nb'), 'not a date');
});

test('language choice: stored value if valid, else bokmål', () => {
  assert.equal(pickInitialLang('en'), 'en');
  assert.equal(pickInitialLang('nb'), 'nb');
  assert.equal(pickInitialLang('de'), 'nb');
  assert.equal(pickInitialLang(null), 'nb');
  setLang('en');
  assert.equal(getLang(), 'en');
  assert.equal(t('nav.projects'), 'Projects');
  setLang('xx');
  assert.equal(getLang(), 'nb');
  assert.equal(t('nav.projects'), 'Prosjekter');
});
