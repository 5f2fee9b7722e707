import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nb from '../../www/src/locales/nb.js';
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
  LANGS,
  LOCALES,
  INTL_TAGS,
  collatorFor
} from '../../www/src/i18n.js';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../www/src');
const LOCALE_DIR = join(SRC, 'locales');
const OTHERS = LANGS.filter((lang) => lang !== 'nb');

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

/** Every difference between a language's table and bokmål's: missing and extra keys, plural shape, placeholders. */
function differences(lang, table, reference = nb) {
  const out = [];
  for (const key of Object.keys(reference)) {
    if (!Object.prototype.hasOwnProperty.call(table, key)) {
      out.push(`${lang}: missing ${key}`);
      continue;
    }
    const [ref, own] = [reference[key], table[key]];
    if (typeof ref !== typeof own) out.push(`${lang}: ${key} is ${typeof own}, bokmål has ${typeof ref}`);
    else if (typeof ref === 'object' && Object.keys(own).sort().join() !== Object.keys(ref).sort().join()) {
      out.push(`${lang}: ${key} has plural forms ${Object.keys(own).sort()}, bokmål ${Object.keys(ref).sort()}`);
    }
    if (placeholders(own).join() !== placeholders(ref).join()) {
      out.push(`${lang}: ${key} has {${placeholders(own)}}, bokmål {${placeholders(ref)}}`);
    }
  }
  for (const key of Object.keys(table)) if (!(key in reference)) out.push(`${lang}: ${key} is not in bokmål`);
  return out;
}

test('the languages are bokmål, nynorsk and English, each with a catalogue and an Intl tag', () => {
  assert.deepEqual(LANGS, ['nb', 'nn', 'en']);
  assert.deepEqual(Object.keys(LOCALES).sort(), [...LANGS].sort());
  assert.deepEqual(INTL_TAGS, { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' });
});

for (const lang of OTHERS) {
  test(`${lang} has exactly the keys, placeholders and plural shapes of bokmål`, () => {
    assert.deepEqual(differences(lang, LOCALES[lang]), []);
  });
}

test('every area file has its twin in every language, with the same keys, placeholders and plural shapes', async () => {
  const names = await readdir(LOCALE_DIR);
  const areas = names.filter((n) => n.endsWith('.nb.js')).map((n) => n.slice(0, -'.nb.js'.length));
  assert.ok(areas.length >= 10, `found ${areas.length} areas`);
  const found = [];
  for (const area of areas) {
    const reference = (await import(join(LOCALE_DIR, `${area}.nb.js`))).default;
    for (const lang of OTHERS) {
      if (!names.includes(`${area}.${lang}.js`)) {
        found.push(`${area}.${lang}.js is missing`);
        continue;
      }
      const table = (await import(join(LOCALE_DIR, `${area}.${lang}.js`))).default;
      found.push(...differences(`${area}.${lang}.js`, table, reference));
    }
  }
  // And no language has an area bokmål has not.
  for (const n of names) {
    const m = /^(.+)\.(\w+)\.js$/.exec(n);
    if (m && !areas.includes(m[1])) found.push(`${n} has no bokmål twin`);
  }
  assert.deepEqual(found, []);
});

test('the check itself: a missing key, another placeholder and another plural shape are each caught', () => {
  const broken = { ...LOCALES.nn };
  delete broken['projects.open'];
  broken['projects.deleted'] = 'Prosjektet «{namn}» er sletta.';
  broken['data.importErrorCount'] = 'Kontrollen fann {count} feil:';
  broken['data.importWarnings'] = { one: 'Éin merknad:', other: '{count} merknader:', few: 'nokre' };
  const found = differences('nn', broken);
  assert.equal(found.length, 4, found.join('\n'));
  assert.match(found.join('\n'), /missing projects\.open/);
  assert.match(found.join('\n'), /projects\.deleted has \{namn\}/);
  assert.match(found.join('\n'), /data\.importErrorCount is string/);
  assert.match(found.join('\n'), /data\.importWarnings has plural forms/);
});

test('no locale has an empty or whitespace-only text', () => {
  for (const [name, table] of Object.entries(LOCALES)) {
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

test('plural entries are {one, other} in bokmål, with a zero form where nought reads better in words', () => {
  for (const [key, value] of Object.entries(nb)) {
    if (typeof value !== 'object') continue;
    const forms = Object.keys(value).sort().join();
    assert.ok(forms === 'one,other' || forms === 'one,other,zero', `${key}: ${forms}`);
  }
});

test('a zero form is used for 0 only; without one, 0 takes "other" (the plural rules of nb, nn and en)', () => {
  assert.equal(translate('nb', 'preview.all', { file: 'a.csv', count: 0 }), 'Forhåndsvisning av a.csv: ingen rader');
  assert.equal(translate('nn', 'preview.all', { file: 'a.csv', count: 0 }), 'Førehandsvising av a.csv: ingen rader');
  assert.equal(translate('en', 'preview.all', { file: 'a.csv', count: 0 }), 'Preview of a.csv: no rows');
  assert.equal(translate('nb', 'preview.all', { file: 'a.csv', count: 1 }), 'Forhåndsvisning av a.csv: 1 rad');
  assert.equal(translate('nb', 'preview.all', { file: 'a.csv', count: 2 }), 'Forhåndsvisning av a.csv: alle 2 rader');
  assert.equal(translate('nb', 'count.people', { count: 0 }), '0 personer');
});

test('a key missing at run time shows the bokmål text, not the key and not a crash', () => {
  const saved = LOCALES.nn['projects.open'];
  delete LOCALES.nn['projects.open'];
  try {
    assert.equal(translate('nn', 'projects.open'), 'Åpne');
  } finally {
    LOCALES.nn['projects.open'] = saved;
  }
  assert.equal(translate('nn', 'projects.open'), 'Opne');
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
  // Each language is named in its own words in every language (the header's buttons).
  const own = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
  for (const table of Object.values(LOCALES)) for (const lang of LANGS) assert.equal(table[`lang.${lang}`], own[lang]);
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
  assert.equal(translate('nn', 'data.importErrorCount', { count: 1 }), 'Kontrollen fann éin feil:');
  assert.equal(translate('nn', 'survey.importOk', { count: 1 }), '1 svar er lese inn.');
  assert.equal(translate('nn', 'survey.importOk', { count: 2 }), '2 svar er lesne inn.');
  // Large counts are formatted for the language (nb uses a space as thousands separator).
  assert.match(translate('nb', 'data.importErrorCount', { count: 1234 }), /1\s234 feil/);
});

test('numbers and dates use Norwegian conventions in nb and nn', () => {
  assert.match(formatNumber(1234.5, { maximumFractionDigits: 1 }, 'nn'), /^1\s234,5$/);
  assert.match(formatPercent(0.875, 'nn'), /^88\s%$/);
  assert.equal(formatDate('2026-03-01', 'nn'), '1. mars 2026');
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
  assert.equal(pickInitialLang('nn'), 'nn');
  assert.equal(pickInitialLang('de'), 'nb');
  assert.equal(pickInitialLang(null), 'nb');
  setLang('en');
  assert.equal(getLang(), 'en');
  assert.equal(t('nav.projects'), 'Projects');
  setLang('nn');
  assert.equal(getLang(), 'nn');
  assert.equal(t('nav.projects'), 'Prosjekt');
  setLang('xx');
  assert.equal(getLang(), 'nb');
  assert.equal(t('nav.projects'), 'Prosjekter');
});

test('names sort the Norwegian way in nb and nn ("Aa" with "Å" after "Ø"), the English way in en', () => {
  const names = ['Ås', 'Berg', 'Aasen', 'Øvre', 'Ærø', 'Zeta'];
  const norwegian = ['Berg', 'Zeta', 'Ærø', 'Øvre', 'Ås', 'Aasen']; // "Aasen" reads as "Åsen", after "Ås"
  assert.deepEqual([...names].sort(collatorFor('nb').compare), norwegian);
  assert.deepEqual([...names].sort(collatorFor('nn').compare), norwegian);
  assert.deepEqual([...names].sort(collatorFor('en').compare), ['Aasen', 'Ærø', 'Ås', 'Berg', 'Øvre', 'Zeta']);
  assert.equal(collatorFor('nn'), collatorFor('nn'), 'one collator per language, kept');
});
