// Grammar a reader trusts. Every message of the app's catalogue and of the survey form's, in bokmål, nynorsk and
// English, is rendered with 0, 1, 2 and 5 in each of its numeric placeholders (one at a time, the others at 5):
// nothing may be left unfilled, no count may stand before a plural noun it does not agree with ("1 personer",
// "1 rows"), no figure may be mixed with a number in words ("Viser 1 av ett funn"), and each language keeps its one
// quotation style. The messages that vary are compared with hand-written expectations, and the bugs found in the
// app are pinned by regression tests named for them. Plural rules, zero forms and the counted nouns (count.*) are
// described in www/src/i18n.js and www/src/ui/count-texts.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LOCALES, LANGS, translate, setLang, getLang, intlLocales } from '../../www/src/i18n.js';
import { EXPECTED, views } from './fixtures/message-expectations.mjs';
import { TEXTS, translate as formTranslate } from '../../www/survey/texts.js';
import { ROOT, viewSources } from './source-files.mjs';

const COUNTS = [0, 1, 2, 5];

// Placeholders that hold a number wherever they stand: a count, a rank, a line, a page.
// prettier-ignore
const NUMERIC = new Set([
  'count', 'shown', 'total', 'limit', 'n', 'number', 'rank', 'done', 'all', 'responded', 'asked', 'internal',
  'in', 'out', 'notNamed', 'notAnswered', 'warning', 'info', 'page', 'pages', 'line', 'column', 'threshold',
  'sources', 'actors'
]);

// Placeholders filled with a counted noun, itself a message ("1 person" / "2 personer"): the message it comes from.
// The views build these through www/src/ui/count-texts.js (and analysis.js for the caveat).
const PHRASES = {
  'projects.counts': { units: 'count.units', people: 'count.people' },
  'ties.deleteWaveBody': { people: 'count.people' },
  'map.exportSubtitle': { people: 'count.people', ties: 'count.ties' },
  'map.ariaLabel': { people: 'count.people', ties: 'count.ties' },
  'units.nodeAria': { internal: 'units.internalTies', external: 'units.externalTies' },
  'caveat.components': { largest: 'count.people' },
  'overview.functionsDetail': { essential: 'overview.essentialCount' }
};

// Where a number can only take some values in the app, those values, and where they come from. A message is
// rendered with these instead of 0, 1, 2 and 5 (its other placeholders still take those).
const DOMAINS = {
  // views/relations-grid.js GRID_LIMIT: the grid is paged only above 60 people.
  'ties.gridPaged': { limit: [60], count: [61, 200] },
  // views/analysis-matrix.js MATRIX_LIMIT: the matrix is left out only above 80 units.
  'hardening.matrixSkipped': { limit: [80], count: [81, 300] },
  // views/analysis-table.js ROW_LIMIT: "show all" only when a table has more than 1,000 rows.
  'hardening.showAllRows': { shown: [1000], count: [1001, 5000] },
  // lib/measures.js SMALL_NETWORK: "fewer than 30 people", also in the measures' explanations and caveats.
  'caveat.small': { limit: [30] },
  ...Object.fromEntries(
    Object.keys(LOCALES.nb)
      .filter((key) => /^measure\.\w+\.(caveat|explain)$/.test(key))
      .map((key) => [key, { limit: [30] }])
  ),
  // core/sna/network.hpp: path measures are sampled above 4,000 people, from 1,000 sources.
  'caveat.sampled': { actors: [4001, 10000], sources: [1000] },
  // ui/file-preview.js: "the first 8 of 12 rows" only when the preview shows fewer rows than the file has.
  'preview.first': { shown: [8], count: [9, 12] },
  // lib/project.js MIN_GROUP_SIZE (the core's settings.minGroupSize): the floor of shared copies is 2 to 50.
  ...Object.fromEntries(
    ['sharing.floor', 'sharing.pooledIntro', 'sharing.pooledNone', 'sharing.widened', 'sharing.belowFloor'].map(
      (key) => [key, { count: [2, 5, 50] }]
    )
  )
};

// Sample text for the placeholders that are not numbers.
const SAMPLE = { rate: '40 %', fte: '2,5', value: '+1,5', title: 'Kart', label: 'Høst 2026', file: 'a.csv' };
const sample = (name) => (name in SAMPLE ? SAMPLE[name] : `‹${name}›`);

const placeholders = (entry) => {
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry);
  return [...new Set(texts.flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))];
};

/** Every rendering of a message: each numeric or counted placeholder through its values, the others fixed. */
function renderings(render, key, entry, lang) {
  const names = placeholders(entry);
  const phrases = PHRASES[key] || {};
  const domain = DOMAINS[key] || {};
  const varying = names.filter((p) => NUMERIC.has(p) || p in phrases);
  if (typeof entry === 'object' && !varying.includes('count')) varying.push('count');
  const valuesOf = (p) => domain[p] || COUNTS;
  const fill = (p, c) =>
    p in phrases ? translate(lang, phrases[p], { count: c }) : NUMERIC.has(p) || p === 'count' ? c : sample(p);
  const fixed = (p) => fill(p, valuesOf(p)[valuesOf(p).length - 1]);
  const out = [];
  for (const p of varying.length ? varying : [null]) {
    for (const c of p ? valuesOf(p) : [null]) {
      const params = {};
      for (const name of [...names, 'count']) params[name] = name === p ? fill(name, c) : fixed(name);
      out.push(render(params));
    }
  }
  return out;
}

// A count before a plural noun or adjective it does not agree with. "1 234 personer" has a no-break space
// inside the figure, so a figure ending in 1 is not "1".
const ONE_BEFORE = (words) => new RegExp(`(?<![\\d\\u00a0\\u202f.,])1 (?:${words.join('|')})(?![\\p{L}])`, 'u');
// prettier-ignore
const PLURALS = {
  nb: ONE_BEFORE([
    'personer', 'enheter', 'kontakter', 'relasjoner', 'rader', 'radene', 'noder', 'funksjoner', 'oppgaver',
    'tildelinger', 'oppgavetildelinger', 'filer', 'svarfiler', 'merknader', 'ganger', 'deler', 'punkter',
    'skjemaer', 'kartleggingsrunder', 'faner', 'målgrupper', 'startpunkter', 'kolonner', 'linjer', 'kritiske',
    'eksterne', 'interne', 'vesentlige', 'nye', 'påkrevde', 'formelle', 'oppgitte', 'lagrede', 'adskilte',
    'forkastede', 'spurte'
  ]),
  nn: ONE_BEFORE([
    'personar', 'einingar', 'kontaktar', 'relasjonar', 'rader', 'radene', 'nodar', 'funksjonar', 'oppgåver',
    'tildelingar', 'oppgåvetildelingar', 'filer', 'svarfiler', 'merknader', 'gonger', 'delar', 'kolonnar', 'linjer',
    'kartleggingsrundar', 'faner', 'målgrupper', 'kritiske', 'eksterne', 'interne', 'vesentlege', 'nye', 'påkravde',
    'formelle', 'oppgitte', 'åtskilde', 'spurde'
  ]),
  en: ONE_BEFORE([
    'people', 'persons', 'units', 'contacts', 'ties', 'rows', 'nodes', 'findings', 'functions', 'tasks',
    'assignments', 'files', 'errors', 'notes', 'times', 'parts', 'items', 'forms', 'answers', 'waves', 'tabs',
    'groups', 'suggestions', 'drafts', 'records', 'pairs', 'points', 'columns', 'lines'
  ])
};

// A figure and a number in words side by side ("Viser 1 av ett funn").
const MIXED = /\d (?:av|of) (?:én|éin|ett|eitt|ei|éi|one)(?![\p{L}])/u;

/** What is wrong with one rendered text, in `lang`. */
function problems(text, lang) {
  const found = [];
  if (/\{\w+\}/.test(text)) found.push('a placeholder is left unfilled');
  if (/\b(?:undefined|NaN|null)\b|\[object /.test(text)) found.push('a value is missing');
  if (PLURALS[lang].test(text)) found.push(`"1" before a plural: «${text.match(PLURALS[lang])[0]}»`);
  if (MIXED.test(text)) found.push(`a figure and a number in words: «${text.match(MIXED)[0]}»`);
  if (/ {2}| [,;:)]| \.(?:\s|$)/.test(text)) found.push('a double space or a space before punctuation');
  return found;
}

function checkAll(table, lang, render) {
  const found = [];
  for (const [key, entry] of Object.entries(table)) {
    for (const text of renderings((params) => render(key, params), key, entry, lang)) {
      for (const p of problems(text, lang)) found.push(`${lang} ${key}: ${p} in "${text}"`);
    }
  }
  return found;
}

for (const lang of LANGS) {
  test(`every app message in ${lang} reads right with 0, 1, 2 and 5 in each number`, () => {
    const found = checkAll(LOCALES.nb, lang, (key, params) => translate(lang, key, params));
    assert.deepEqual(found, []);
  });

  test(`every survey form text in ${lang} reads right with 0, 1, 2 and 5 in each number`, () => {
    const found = checkAll(TEXTS.nb, lang, (key, params) => formTranslate(lang, key, params));
    assert.deepEqual(found, []);
  });
}

test('the checks can fail: "1 personer", "Viser 1 av ett funn", an unfilled placeholder are each caught', () => {
  assert.match(problems('Runden slettes, med 1 relasjoner og svarstatusen til 1 personer.', 'nb').join(), /"1" before/);
  assert.match(problems('Runden blir sletta, med 1 relasjonar.', 'nn').join(), /"1" before/);
  assert.match(problems('The wave is deleted, with 1 ties.', 'en').join(), /"1" before/);
  assert.match(problems('Viser 1 av ett funn', 'nb').join(), /a figure and a number in words/);
  assert.match(problems('Fase {number}', 'nb').join(), /unfilled/);
  assert.deepEqual(problems('1 234 personer', 'nb'), [], 'a thousands figure ending in 1 is not "1"');
  assert.deepEqual(problems('21 personer', 'nb'), []);
});

// One quotation style per language: « » in bokmål and nynorsk, “ ” in English.
const QUOTES = { nb: /["“”]/, nn: /["“”]/, en: /["«»]/ };
function allTexts(value, where, out) {
  if (typeof value === 'string') out.push([where, value]);
  else for (const [k, v] of Object.entries(value)) allTexts(v, `${where} ${k}`, out);
  return out;
}

for (const lang of LANGS) {
  test(`${lang} quotes with ${lang === 'en' ? '“ ”' : '« »'} only (the app and the survey form)`, () => {
    const texts = [...allTexts(LOCALES[lang], 'app', []), ...allTexts(TEXTS[lang], 'form', [])];
    assert.ok(texts.length > 1000);
    assert.deepEqual(
      texts.filter(([, text]) => QUOTES[lang].test(text)).map(([where, text]) => `${where}: ${text}`),
      []
    );
    assert.equal(translate(lang, 'common.quoted', { text: 'NAV' }), lang === 'en' ? '“NAV”' : '«NAV»');
  });
}

test('the totals of tables are capitalised in every language', () => {
  for (const lang of LANGS) {
    for (const key of ['resources.totalRow', 'org.fteTotal']) {
      const text = translate(lang, key);
      assert.match(text, /^\p{Lu}/u, `${lang} ${key}: "${text}"`);
    }
  }
  assert.equal(translate('nb', 'resources.totalRow'), 'Sum årsverk');
  assert.equal(translate('nn', 'resources.totalRow'), 'Sum årsverk');
  assert.equal(translate('en', 'resources.totalRow'), 'Total FTE');
});

/** Render with the app's language set to `lang` (the views' text builders use the current language). */
function inLang(lang, fn) {
  const before = getLang();
  setLang(lang);
  try {
    return fn();
  } finally {
    setLang(before);
  }
}

test('the table of hand-written expectations covers every area, in all three languages', () => {
  assert.ok(EXPECTED.length >= 25, `${EXPECTED.length} messages`);
  for (const [name, , expected] of EXPECTED) {
    assert.deepEqual(Object.keys(expected).sort(), [...LANGS].sort(), name);
    for (const lang of LANGS) assert.equal(expected[lang].length, COUNTS.length, `${name} ${lang}`);
  }
});

for (const [name, render, expected] of EXPECTED) {
  test(`${name} with 0, 1, 2 and 5, as a careful writer of each language writes it`, async () => {
    for (const lang of LANGS) {
      const before = getLang();
      setLang(lang);
      try {
        const got = [];
        for (const c of COUNTS) got.push(await render(c));
        assert.deepEqual(got, expected[lang], lang);
      } finally {
        setLang(before);
      }
    }
  });
}

// The bugs this work item found, each pinned where the view builds the text.
test('regression: deleting a wave read "med 1 relasjoner og svarstatusen til 1 personer"', async () => {
  const { waveDeleteBody } = await views.counts();
  const said = (lang) => inLang(lang, () => waveDeleteBody({ ties: 1, respondents: 1 }));
  assert.equal(said('nb'), 'Runden slettes, med 1 kontakt og svarstatusen til 1 person.');
  assert.equal(said('nn'), 'Runden blir sletta, med 1 kontakt og svarstatusen til 1 person.');
  assert.equal(said('en'), 'The round is deleted, with 1 contact and the answer status of 1 person.');
});

test('regression: the network import preview read "de første 1 av 1 rader"', async () => {
  const { previewCaption } = await views.preview();
  assert.equal(
    inLang('nb', () => previewCaption('k.csv', 1, 1)),
    'Forhåndsvisning av k.csv: 1 rad'
  );
  assert.equal(
    inLang('nn', () => previewCaption('k.csv', 3, 3)),
    'Førehandsvising av k.csv: alle 3 rader'
  );
  assert.equal(
    inLang('nb', () => previewCaption('k.csv', 8, 12)),
    'Forhåndsvisning av k.csv: de første 8 av 12 rader'
  );
  assert.equal(
    inLang('en', () => previewCaption('k.csv', 8, 12)),
    'Preview of k.csv: the first 8 of 12 rows'
  );
});

test('regression: the findings list read "Viser 1 av ett funn"', () => {
  assert.equal(translate('nb', 'findings.count', { shown: 1, count: 1 }), 'Viser 1 av 1 funn');
  assert.equal(translate('nn', 'findings.count', { shown: 0, count: 1 }), 'Viser 0 av 1 funn');
  assert.equal(translate('en', 'findings.count', { shown: 1, count: 1 }), 'Showing 1 of 1 finding');
});

test('regression: the largest part of a network read "(1 personer)"', async () => {
  const { caveatText } = await views.analysis();
  const text = (lang) => inLang(lang, () => caveatText({ key: 'caveat.components', params: { count: 3, largest: 1 } }));
  assert.match(text('nb'), /i den største delen \(1 person\)\.$/);
  assert.match(text('nn'), /i den største delen \(1 person\)\.$/);
  assert.match(text('en'), /in the largest part \(1 person\)\.$/);
});

test('regression: the project list read "1 enheter · 2 personer"', async () => {
  const { projectCounts } = await views.counts();
  assert.equal(
    inLang('nb', () => projectCounts({ units: 1, actors: 2 })),
    '1 enhet · 2 personer'
  );
  assert.equal(
    inLang('nn', () => projectCounts({ units: 2, actors: 1 })),
    '2 einingar · 1 person'
  );
  assert.equal(
    inLang('en', () => projectCounts({ units: 1, actors: 1 })),
    '1 unit · 1 person'
  );
});

test('regression: a network import of one tie read "med 1 kontakter"', () => {
  assert.equal(translate('nb', 'netimport.done', { label: 'V', count: 1 }), 'Runden «V» er lagt til med 1 kontakt.');
  assert.equal(translate('nn', 'netimport.done', { label: 'V', count: 1 }), 'Runden «V» er lagd til med 1 kontakt.');
  assert.equal(translate('en', 'netimport.done', { label: 'V', count: 1 }), 'The round “V” was added with 1 contact.');
});

test('regression: five essential functions, one of them assigned, read "1 av dei er tildelte" in nynorsk', async () => {
  const { functionsDetail } = await views.counts();
  assert.equal(
    inLang('nb', () => functionsDetail(5, 1)),
    '1 av 5 vesentlige er tildelt noen'
  );
  assert.equal(
    inLang('nn', () => functionsDetail(5, 1)),
    '1 av 5 vesentlege er tildelt nokon'
  );
  assert.equal(
    inLang('en', () => functionsDetail(5, 1)),
    '1 of 5 essential ones is assigned to someone'
  );
});

test('numbers in any placeholder are written for the language; a zero form only where nought has words', () => {
  assert.match(translate('nb', 'report.pageNumber', { page: 1234, pages: 2000 }), /^Side 1\s234 av 2\s000$/);
  assert.match(translate('nn', 'ties.everyone', { count: 1234 }), /^Alle \(1\s234\)$/);
  assert.equal(translate('en', 'ties.everyone', { count: 1234 }), 'Everyone (1,234)');
  assert.equal(formTranslate('en', 'chosen.count', { count: 1234 }), 'You have chosen 1,234 people.');
  assert.match(formTranslate('nn', 'chosen.count', { count: 1234 }), /^Du har valt 1\s234 personar\.$/);
  // A kommunenummer is text, never grouped.
  assert.equal(translate('nb', 'projects.number', { number: '1506' }), 'Kommunenummer 1506');
});

test('regression: nynorsk used the browser’s own formats where the engine lacks nynorsk (Chromium: "1,234.5")', () => {
  // Chromium's ICU has no nynorsk numbers, dates, lists or collation; an Intl object then took the browser's
  // locale. Every Intl object is now made for nn-NO and then nb-NO (tests/e2e/nynorsk-formats.test.mjs runs it
  // in an en-US Chromium).
  assert.deepEqual(intlLocales('nn'), ['nn-NO', 'nb-NO']);
  assert.deepEqual(intlLocales('nb'), ['nb-NO']);
  assert.deepEqual(intlLocales('en'), ['en-GB']);
  // The fallback reads as nynorsk: bokmål's numbers, month names and "og" are nynorsk's too.
  assert.match(new Intl.NumberFormat(['xx-XX', 'nb-NO']).format(1234.5), /^1\s234,5$/);
  assert.equal(new Intl.ListFormat(['xx-XX', 'nb-NO']).format(['A', 'B', 'C']), 'A, B og C');
});

// Counts go to translate() as numbers: a number formatted first ("1") chose the plural form "other" ("1 rader"),
// and a figure and its noun are one message (never `${n} ${t(...)}`), quoted through common.quoted.
test('the views pass counts as numbers, quote through the catalogue and never put a figure beside a word', () => {
  const found = [];
  const files = viewSources();
  assert.ok(files.length > 50);
  for (const file of files) {
    if (file.endsWith('texts.js')) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        const where = `${file.slice(ROOT.length + 1)}:${i + 1}`;
        if (/\bcount: (?:formatNumber|String)\(/.test(line)) found.push(`${where}: a formatted count`);
        if (/[«“]\$\{/.test(line)) found.push(`${where}: quotes built in code`);
        if (/\$\{formatNumber\([^`]*\)\} \$\{t\(/.test(line)) found.push(`${where}: a figure beside a word`);
        if (/t\([^)]*\)\.toLowerCase\(\)/.test(line) && /formatNumber/.test(line))
          found.push(`${where}: a figure beside a lowercased label`);
      });
  }
  assert.deepEqual(found, []);
});
