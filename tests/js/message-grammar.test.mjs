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
  'preview.first': { shown: [8], count: [9, 12] }
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

const views = {
  counts: () => import('../../www/src/ui/count-texts.js'),
  preview: () => import('../../www/src/ui/file-preview.js'),
  analysis: () => import('../../www/src/views/analysis.js')
};

// Hand-written: what a careful writer of each language writes for 0, 1, 2 and 5.
// prettier-ignore
const EXPECTED = [
  ['count.people', (c) => translate(getLang(), 'count.people', { count: c }), {
    nb: ['0 personer', '1 person', '2 personer', '5 personer'],
    nn: ['0 personar', '1 person', '2 personar', '5 personar'],
    en: ['0 people', '1 person', '2 people', '5 people'] }],
  ['count.ties', (c) => translate(getLang(), 'count.ties', { count: c }), {
    nb: ['0 kontakter', '1 kontakt', '2 kontakter', '5 kontakter'],
    nn: ['0 kontaktar', '1 kontakt', '2 kontaktar', '5 kontaktar'],
    en: ['0 contacts', '1 contact', '2 contacts', '5 contacts'] }],
  ['count.units', (c) => translate(getLang(), 'count.units', { count: c }), {
    nb: ['0 enheter', '1 enhet', '2 enheter', '5 enheter'],
    nn: ['0 einingar', '1 eining', '2 einingar', '5 einingar'],
    en: ['0 units', '1 unit', '2 units', '5 units'] }],
  ['projectCounts', async (c) => (await views.counts()).projectCounts({ units: c, actors: c }), {
    nb: ['0 enheter · 0 personer', '1 enhet · 1 person', '2 enheter · 2 personer', '5 enheter · 5 personer'],
    nn: ['0 einingar · 0 personar', '1 eining · 1 person', '2 einingar · 2 personar', '5 einingar · 5 personar'],
    en: ['0 units · 0 people', '1 unit · 1 person', '2 units · 2 people', '5 units · 5 people'] }],
  ['waveDeleteBody', async (c) => (await views.counts()).waveDeleteBody({ ties: c, respondents: c }), {
    nb: ['Runden slettes, med 0 kontakter og svarstatusen til 0 personer.',
      'Runden slettes, med 1 kontakt og svarstatusen til 1 person.',
      'Runden slettes, med 2 kontakter og svarstatusen til 2 personer.',
      'Runden slettes, med 5 kontakter og svarstatusen til 5 personer.'],
    nn: ['Runden blir sletta, med 0 kontaktar og svarstatusen til 0 personar.',
      'Runden blir sletta, med 1 kontakt og svarstatusen til 1 person.',
      'Runden blir sletta, med 2 kontaktar og svarstatusen til 2 personar.',
      'Runden blir sletta, med 5 kontaktar og svarstatusen til 5 personar.'],
    en: ['The round is deleted, with 0 contacts and the answer status of 0 people.',
      'The round is deleted, with 1 contact and the answer status of 1 person.',
      'The round is deleted, with 2 contacts and the answer status of 2 people.',
      'The round is deleted, with 5 contacts and the answer status of 5 people.'] }],
  ['previewCaption (every row shown)', async (c) => (await views.preview()).previewCaption('a.csv', c, c), {
    nb: ['Forhåndsvisning av a.csv: ingen rader', 'Forhåndsvisning av a.csv: 1 rad',
      'Forhåndsvisning av a.csv: alle 2 rader', 'Forhåndsvisning av a.csv: alle 5 rader'],
    nn: ['Førehandsvising av a.csv: ingen rader', 'Førehandsvising av a.csv: 1 rad',
      'Førehandsvising av a.csv: alle 2 rader', 'Førehandsvising av a.csv: alle 5 rader'],
    en: ['Preview of a.csv: no rows', 'Preview of a.csv: 1 row', 'Preview of a.csv: all 2 rows',
      'Preview of a.csv: all 5 rows'] }],
  ['findings.count', (c) => translate(getLang(), 'findings.count', { shown: c, count: c }), {
    nb: ['Ingen funn', 'Viser 1 av 1 funn', 'Viser 2 av 2 funn', 'Viser 5 av 5 funn'],
    nn: ['Ingen funn', 'Viser 1 av 1 funn', 'Viser 2 av 2 funn', 'Viser 5 av 5 funn'],
    en: ['No findings', 'Showing 1 of 1 finding', 'Showing 2 of 2 findings', 'Showing 5 of 5 findings'] }],
  ['findings.groupCount', (c) => translate(getLang(), 'findings.groupCount', { count: c }), {
    nb: ['0 funn', 'ett funn', '2 funn', '5 funn'],
    nn: ['0 funn', 'eitt funn', '2 funn', '5 funn'],
    en: ['0 findings', 'one finding', '2 findings', '5 findings'] }],
  ['netimport.done', (c) => translate(getLang(), 'netimport.done', { label: 'Høst', count: c }), {
    nb: ['Runden «Høst» er lagt til med 0 kontakter.', 'Runden «Høst» er lagt til med 1 kontakt.',
      'Runden «Høst» er lagt til med 2 kontakter.', 'Runden «Høst» er lagt til med 5 kontakter.'],
    nn: ['Runden «Høst» er lagd til med 0 kontaktar.', 'Runden «Høst» er lagd til med 1 kontakt.',
      'Runden «Høst» er lagd til med 2 kontaktar.', 'Runden «Høst» er lagd til med 5 kontaktar.'],
    en: ['The round “Høst” was added with 0 contacts.', 'The round “Høst” was added with 1 contact.',
      'The round “Høst” was added with 2 contacts.', 'The round “Høst” was added with 5 contacts.'] }],
  ['netimport.actorsFound', (c) => translate(getLang(), 'netimport.actorsFound', { count: c }), {
    nb: ['0 personer ble funnet i prosjektet.', '1 person ble funnet i prosjektet.',
      '2 personer ble funnet i prosjektet.', '5 personer ble funnet i prosjektet.'],
    nn: ['0 personar vart funne i prosjektet.', '1 person vart funnen i prosjektet.',
      '2 personar vart funne i prosjektet.', '5 personar vart funne i prosjektet.'],
    en: ['0 people were found in the project.', '1 person was found in the project.',
      '2 people were found in the project.', '5 people were found in the project.'] }],
  ['netimport.actorsAdded', (c) => translate(getLang(), 'netimport.actorsAdded', { count: c }), {
    nb: ['Ingen nye personer ble lagt til.', '1 ny person ble lagt til.', '2 nye personer ble lagt til.',
      '5 nye personer ble lagt til.'],
    nn: ['Ingen nye personar vart lagde til.', '1 ny person vart lagd til.', '2 nye personar vart lagde til.',
      '5 nye personar vart lagde til.'],
    en: ['No new people were added.', '1 new person was added.', '2 new people were added.',
      '5 new people were added.'] }],
  ['netimport.graphmlDirected', (c) => translate(getLang(), 'netimport.graphmlDirected', { count: c }), {
    nb: ['(rettet graf med 0 noder)', '(rettet graf med 1 node)', '(rettet graf med 2 noder)', '(rettet graf med 5 noder)'],
    nn: ['(retta graf med 0 nodar)', '(retta graf med 1 node)', '(retta graf med 2 nodar)', '(retta graf med 5 nodar)'],
    en: ['(directed graph with 0 nodes)', '(directed graph with 1 node)', '(directed graph with 2 nodes)',
      '(directed graph with 5 nodes)'] }],
  ['caveat.components', async (c) => (await views.analysis()).caveatText({ key: 'caveat.components', params: { count: 2, largest: c } }), {
    nb: ['Nettverket består av 2 adskilte deler. Avstander måles i den største delen (0 personer).',
      'Nettverket består av 2 adskilte deler. Avstander måles i den største delen (1 person).',
      'Nettverket består av 2 adskilte deler. Avstander måles i den største delen (2 personer).',
      'Nettverket består av 2 adskilte deler. Avstander måles i den største delen (5 personer).'],
    nn: ['Nettverket består av 2 åtskilde delar. Avstandar blir målte i den største delen (0 personar).',
      'Nettverket består av 2 åtskilde delar. Avstandar blir målte i den største delen (1 person).',
      'Nettverket består av 2 åtskilde delar. Avstandar blir målte i den største delen (2 personar).',
      'Nettverket består av 2 åtskilde delar. Avstandar blir målte i den største delen (5 personar).'],
    en: ['The network has 2 separate parts. Distances are measured in the largest part (0 people).',
      'The network has 2 separate parts. Distances are measured in the largest part (1 person).',
      'The network has 2 separate parts. Distances are measured in the largest part (2 people).',
      'The network has 2 separate parts. Distances are measured in the largest part (5 people).'] }],
  ['unitsDetail', async (c) => (await views.counts()).unitsDetail(5, c), {
    nb: ['5 i kommunen, 0 eksterne', '5 i kommunen, 1 ekstern', '5 i kommunen, 2 eksterne', '5 i kommunen, 5 eksterne'],
    nn: ['5 i kommunen, 0 eksterne', '5 i kommunen, 1 ekstern', '5 i kommunen, 2 eksterne', '5 i kommunen, 5 eksterne'],
    en: ['5 in the municipality, 0 external', '5 in the municipality, 1 external',
      '5 in the municipality, 2 external', '5 in the municipality, 5 external'] }],
  ['functionsDetail', async (c) => (await views.counts()).functionsDetail(c, c), {
    nb: ['0 av 0 vesentlige er tildelt noen', '1 av 1 vesentlig er tildelt noen', '2 av 2 vesentlige er tildelt noen',
      '5 av 5 vesentlige er tildelt noen'],
    nn: ['0 av 0 vesentlege er tildelte nokon', '1 av 1 vesentleg er tildelt nokon',
      '2 av 2 vesentlege er tildelte nokon', '5 av 5 vesentlege er tildelte nokon'],
    en: ['0 of 0 essential ones are assigned to someone', '1 of 1 essential one is assigned to someone',
      '2 of 2 essential ones are assigned to someone', '5 of 5 essential ones are assigned to someone'] }],
  ['process.progress', (c) => translate(getLang(), 'process.progress', { done: c, count: c, all: c, total: 5 }), {
    nb: ['0 av 0 påkrevde punkter gjort (0 av 5 i alt)', '1 av 1 påkrevd punkt gjort (1 av 5 i alt)',
      '2 av 2 påkrevde punkter gjort (2 av 5 i alt)', '5 av 5 påkrevde punkter gjort (5 av 5 i alt)'],
    nn: ['0 av 0 påkravde punkt gjort (0 av 5 i alt)', '1 av 1 påkravd punkt gjort (1 av 5 i alt)',
      '2 av 2 påkravde punkt gjort (2 av 5 i alt)', '5 av 5 påkravde punkt gjort (5 av 5 i alt)'],
    en: ['0 of 0 required items done (0 of 5 in all)', '1 of 1 required item done (1 of 5 in all)',
      '2 of 2 required items done (2 of 5 in all)', '5 of 5 required items done (5 of 5 in all)'] }],
  ['overview.allFindings', (c) => translate(getLang(), 'overview.allFindings', { count: c }), {
    nb: ['Gå til Funn', 'Se funnet', 'Se alle 2 funn', 'Se alle 5 funn'],
    nn: ['Gå til Funn', 'Sjå funnet', 'Sjå alle 2 funn', 'Sjå alle 5 funn'],
    en: ['Go to Findings', 'See the finding', 'See all 2 findings', 'See all 5 findings'] }],
  ['report.summaryText', (c) => translate(getLang(), 'report.summaryText', { count: c, warning: c, info: c }), {
    nb: ['Analysen ga 0 kritiske funn, 0 som bør sjekkes og 0 til orientering.',
      'Analysen ga 1 kritisk funn, 1 som bør sjekkes og 1 til orientering.',
      'Analysen ga 2 kritiske funn, 2 som bør sjekkes og 2 til orientering.',
      'Analysen ga 5 kritiske funn, 5 som bør sjekkes og 5 til orientering.'],
    nn: ['Analysen gav 0 kritiske funn, 0 som bør sjekkast, og 0 til orientering.',
      'Analysen gav 1 kritisk funn, 1 som bør sjekkast, og 1 til orientering.',
      'Analysen gav 2 kritiske funn, 2 som bør sjekkast, og 2 til orientering.',
      'Analysen gav 5 kritiske funn, 5 som bør sjekkast, og 5 til orientering.'],
    en: ['The analysis gave 0 critical findings, 0 worth checking and 0 for information.',
      'The analysis gave 1 critical finding, 1 worth checking and 1 for information.',
      'The analysis gave 2 critical findings, 2 worth checking and 2 for information.',
      'The analysis gave 5 critical findings, 5 worth checking and 5 for information.'] }],
  ['map.note.made', (c) => translate(getLang(), 'map.note.made', { count: c }), {
    nb: ['Laget med Bosam · 0 personer. Tegnet i nettleseren; ingen data er sendt noe sted.',
      'Laget med Bosam · 1 person. Tegnet i nettleseren; ingen data er sendt noe sted.',
      'Laget med Bosam · 2 personer. Tegnet i nettleseren; ingen data er sendt noe sted.',
      'Laget med Bosam · 5 personer. Tegnet i nettleseren; ingen data er sendt noe sted.'],
    nn: ['Laga med Bosam · 0 personar. Teikna i nettlesaren; ingen data er sende nokon stad.',
      'Laga med Bosam · 1 person. Teikna i nettlesaren; ingen data er sende nokon stad.',
      'Laga med Bosam · 2 personar. Teikna i nettlesaren; ingen data er sende nokon stad.',
      'Laga med Bosam · 5 personar. Teikna i nettlesaren; ingen data er sende nokon stad.'],
    en: ['Made with Bosam · 0 people. Drawn in the browser; no data was sent anywhere.',
      'Made with Bosam · 1 person. Drawn in the browser; no data was sent anywhere.',
      'Made with Bosam · 2 people. Drawn in the browser; no data was sent anywhere.',
      'Made with Bosam · 5 people. Drawn in the browser; no data was sent anywhere.'] }],
  ['networkSize', async (c) => (await views.counts()).networkSize(c, c), {
    nb: ['0 personer · 0 kontakter', '1 person · 1 kontakt', '2 personer · 2 kontakter', '5 personer · 5 kontakter'],
    nn: ['0 personar · 0 kontaktar', '1 person · 1 kontakt', '2 personar · 2 kontaktar', '5 personar · 5 kontaktar'],
    en: ['0 people · 0 contacts', '1 person · 1 contact', '2 people · 2 contacts', '5 people · 5 contacts'] }],
  ['mapLabel', async (c) => (await views.counts()).mapLabel('Kart', c, 5), {
    nb: ['Kart: nettverkskart med 0 personer og 5 kontakter', 'Kart: nettverkskart med 1 person og 5 kontakter',
      'Kart: nettverkskart med 2 personer og 5 kontakter', 'Kart: nettverkskart med 5 personer og 5 kontakter'],
    nn: ['Kart: nettverkskart med 0 personar og 5 kontaktar', 'Kart: nettverkskart med 1 person og 5 kontaktar',
      'Kart: nettverkskart med 2 personar og 5 kontaktar', 'Kart: nettverkskart med 5 personar og 5 kontaktar'],
    en: ['Kart: network map with 0 people and 5 contacts', 'Kart: network map with 1 person and 5 contacts',
      'Kart: network map with 2 people and 5 contacts', 'Kart: network map with 5 people and 5 contacts'] }],
  ['unitNodeLabel', async (c) => (await views.counts()).unitNodeLabel({ name: 'NAV', members: c, internal: c, externalTies: c }), {
    nb: ['NAV: 0 personer, 0 interne kontakter, 0 kontakter til andre enheter. Velg for å vise enhetens nettverk.',
      'NAV: 1 person, 1 intern kontakt, 1 kontakt til andre enheter. Velg for å vise enhetens nettverk.',
      'NAV: 2 personer, 2 interne kontakter, 2 kontakter til andre enheter. Velg for å vise enhetens nettverk.',
      'NAV: 5 personer, 5 interne kontakter, 5 kontakter til andre enheter. Velg for å vise enhetens nettverk.'],
    nn: ['NAV: 0 personar, 0 interne kontaktar, 0 kontaktar til andre einingar. Vel for å vise nettverket til eininga.',
      'NAV: 1 person, 1 intern kontakt, 1 kontakt til andre einingar. Vel for å vise nettverket til eininga.',
      'NAV: 2 personar, 2 interne kontaktar, 2 kontaktar til andre einingar. Vel for å vise nettverket til eininga.',
      'NAV: 5 personar, 5 interne kontaktar, 5 kontaktar til andre einingar. Vel for å vise nettverket til eininga.'],
    en: ['NAV: 0 people, 0 internal contacts, 0 contacts to other units. Select to show the unit’s network.',
      'NAV: 1 person, 1 internal contact, 1 contact to other units. Select to show the unit’s network.',
      'NAV: 2 people, 2 internal contacts, 2 contacts to other units. Select to show the unit’s network.',
      'NAV: 5 people, 5 internal contacts, 5 contacts to other units. Select to show the unit’s network.'] }],
  ['analysisView.responses', (c) => translate(getLang(), 'analysisView.responses', { responded: c, count: c, rate: '40 %' }), {
    nb: ['0 av 0 spurte svarte (40 %).', '1 av 1 spurt svarte (40 %).', '2 av 2 spurte svarte (40 %).',
      '5 av 5 spurte svarte (40 %).'],
    nn: ['0 av 0 spurde svara (40 %).', '1 av 1 spurt svara (40 %).', '2 av 2 spurde svara (40 %).',
      '5 av 5 spurde svara (40 %).'],
    en: ['0 of 0 people asked answered (40 %).', '1 of 1 person asked answered (40 %).',
      '2 of 2 people asked answered (40 %).', '5 of 5 people asked answered (40 %).'] }],
  ['ties.oneSidedSummary', (c) => translate(getLang(), 'ties.oneSidedSummary', { count: c, notNamed: c, notAnswered: 0 }), {
    nb: ['0 kontakter er oppgitt av bare én side: 0 der den andre svarte uten å nevne personen, og 0 der den andre ikke har svart.',
      '1 kontakt er oppgitt av bare én side: 1 der den andre svarte uten å nevne personen, og 0 der den andre ikke har svart.',
      '2 kontakter er oppgitt av bare én side: 2 der den andre svarte uten å nevne personen, og 0 der den andre ikke har svart.',
      '5 kontakter er oppgitt av bare én side: 5 der den andre svarte uten å nevne personen, og 0 der den andre ikke har svart.'],
    nn: ['0 kontaktar er oppgitte av berre éi side: 0 der den andre svara utan å nemne personen, og 0 der den andre ikkje har svara.',
      '1 kontakt er oppgitt av berre éi side: 1 der den andre svara utan å nemne personen, og 0 der den andre ikkje har svara.',
      '2 kontaktar er oppgitte av berre éi side: 2 der den andre svara utan å nemne personen, og 0 der den andre ikkje har svara.',
      '5 kontaktar er oppgitte av berre éi side: 5 der den andre svara utan å nemne personen, og 0 der den andre ikkje har svara.'],
    en: ['0 contacts are reported by one side only: 0 where the other answered without naming the person, and 0 where the other has not answered.',
      '1 contact is reported by one side only: 1 where the other answered without naming the person, and 0 where the other has not answered.',
      '2 contacts are reported by one side only: 2 where the other answered without naming the person, and 0 where the other has not answered.',
      '5 contacts are reported by one side only: 5 where the other answered without naming the person, and 0 where the other has not answered.'] }],
  ['communities.countDetail', (c) => translate(getLang(), 'communities.countDetail', { count: c }), {
    nb: ['Til sammenligning: 0 formelle enheter.', 'Til sammenligning: 1 formell enhet.',
      'Til sammenligning: 2 formelle enheter.', 'Til sammenligning: 5 formelle enheter.'],
    nn: ['Til samanlikning: 0 formelle einingar.', 'Til samanlikning: 1 formell eining.',
      'Til samanlikning: 2 formelle einingar.', 'Til samanlikning: 5 formelle einingar.'],
    en: ['For comparison: 0 formal units.', 'For comparison: 1 formal unit.', 'For comparison: 2 formal units.',
      'For comparison: 5 formal units.'] }],
  ['compare.points', (c) => translate(getLang(), 'compare.points', { count: c, value: String(c) }), {
    nb: ['0 prosentpoeng', '1 prosentpoeng', '2 prosentpoeng', '5 prosentpoeng'],
    nn: ['0 prosentpoeng', '1 prosentpoeng', '2 prosentpoeng', '5 prosentpoeng'],
    en: ['0 percentage points', '1 percentage point', '2 percentage points', '5 percentage points'] }],
  ['tasks.sumGaps', (c) => translate(getLang(), 'tasks.sumGaps', { count: c }), {
    nb: ['0 vesentlige uten ansvarlig', '1 vesentlig uten ansvarlig', '2 vesentlige uten ansvarlig',
      '5 vesentlige uten ansvarlig'],
    nn: ['0 vesentlege utan ansvarleg', '1 vesentleg utan ansvarleg', '2 vesentlege utan ansvarleg',
      '5 vesentlege utan ansvarleg'],
    en: ['0 essential without anyone responsible', '1 essential without anyone responsible',
      '2 essential without anyone responsible', '5 essential without anyone responsible'] }],
  ['tasks.sumFunctions', (c) => translate(getLang(), 'tasks.sumFunctions', { count: c }), {
    nb: ['0 funksjoner', '1 funksjon', '2 funksjoner', '5 funksjoner'],
    nn: ['0 funksjonar', '1 funksjon', '2 funksjonar', '5 funksjonar'],
    en: ['0 functions', '1 function', '2 functions', '5 functions'] }],
  ['reported.sumPending', (c) => translate(getLang(), 'reported.sumPending', { count: c }), {
    nb: ['0 oppgitte oppgaver venter på vurdering', '1 oppgitt oppgave venter på vurdering',
      '2 oppgitte oppgaver venter på vurdering', '5 oppgitte oppgaver venter på vurdering'],
    nn: ['0 oppgitte oppgåver ventar på vurdering', '1 oppgitt oppgåve ventar på vurdering',
      '2 oppgitte oppgåver ventar på vurdering', '5 oppgitte oppgåver ventar på vurdering'],
    en: ['0 reported tasks waiting for review', '1 reported task waiting for review',
      '2 reported tasks waiting for review', '5 reported tasks waiting for review'] }],
  ['resources.sumBelow', (c) => translate(getLang(), 'resources.sumBelow', { count: c, threshold: 0.5 }), {
    nb: ['0 vesentlige funksjoner under 0,5 årsverk', '1 vesentlig funksjon under 0,5 årsverk',
      '2 vesentlige funksjoner under 0,5 årsverk', '5 vesentlige funksjoner under 0,5 årsverk'],
    nn: ['0 vesentlege funksjonar under 0,5 årsverk', '1 vesentleg funksjon under 0,5 årsverk',
      '2 vesentlege funksjonar under 0,5 årsverk', '5 vesentlege funksjonar under 0,5 årsverk'],
    en: ['0 essential functions below 0.5 FTE', '1 essential function below 0.5 FTE',
      '2 essential functions below 0.5 FTE', '5 essential functions below 0.5 FTE'] }],
  ['edit.countAll', (c) => translate(getLang(), 'edit.countAll', { count: c }), {
    nb: ['Viser ingen', 'Viser én', 'Viser alle 2', 'Viser alle 5'],
    nn: ['Viser ingen', 'Viser éin', 'Viser alle 2', 'Viser alle 5'],
    en: ['Showing none', 'Showing one', 'Showing all 2', 'Showing all 5'] }],
  ['ties.notAnsweredTitle', (c) => translate(getLang(), 'ties.notAnsweredTitle', { count: c }), {
    nb: ['Har ikke svart ennå (0)', 'Har ikke svart ennå (1)', 'Har ikke svart ennå (2)', 'Har ikke svart ennå (5)'],
    nn: ['Har ikkje svara enno (0)', 'Har ikkje svara enno (1)', 'Har ikkje svara enno (2)', 'Har ikkje svara enno (5)'],
    en: ['Not answered yet (0)', 'Not answered yet (1)', 'Not answered yet (2)', 'Not answered yet (5)'] }],
  ['people.added', (c) => translate(getLang(), 'people.added', { count: c }), {
    nb: ['0 personer lagt til', '1 person lagt til', '2 personer lagt til', '5 personer lagt til'],
    nn: ['0 personar lagde til', '1 person lagd til', '2 personar lagde til', '5 personar lagde til'],
    en: ['0 people added', '1 person added', '2 people added', '5 people added'] }],
  ['data.importErrorCount', (c) => translate(getLang(), 'data.importErrorCount', { count: c }), {
    nb: ['Kontrollen fant 0 feil:', 'Kontrollen fant én feil:', 'Kontrollen fant 2 feil:', 'Kontrollen fant 5 feil:'],
    nn: ['Kontrollen fann 0 feil:', 'Kontrollen fann éin feil:', 'Kontrollen fann 2 feil:', 'Kontrollen fann 5 feil:'],
    en: ['The check found 0 errors:', 'The check found one error:', 'The check found 2 errors:',
      'The check found 5 errors:'] }],
  ['form chosen.count', (c) => formTranslate(getLang(), 'chosen.count', { count: c }), {
    nb: ['Du har valgt 0 personer.', 'Du har valgt 1 person.', 'Du har valgt 2 personer.', 'Du har valgt 5 personer.'],
    nn: ['Du har valt 0 personar.', 'Du har valt 1 person.', 'Du har valt 2 personar.', 'Du har valt 5 personar.'],
    en: ['You have chosen 0 people.', 'You have chosen 1 person.', 'You have chosen 2 people.',
      'You have chosen 5 people.'] }],
  ['form people.shown', (c) => formTranslate(getLang(), 'people.shown', { count: c }), {
    nb: ['0 personer vises', '1 person vises', '2 personer vises', '5 personer vises'],
    nn: ['0 personar blir viste', '1 person blir vist', '2 personar blir viste', '5 personar blir viste'],
    en: ['0 people shown', '1 person shown', '2 people shown', '5 people shown'] }],
  ['form save.errorsTitle', (c) => formTranslate(getLang(), 'save.errorsTitle', { count: c }), {
    nb: ['Rett opp 0 ting før du lagrer:', 'Rett opp 1 ting før du lagrer:', 'Rett opp 2 ting før du lagrer:',
      'Rett opp 5 ting før du lagrer:'],
    nn: ['Rett opp 0 ting før du lagrar:', 'Rett opp 1 ting før du lagrar:', 'Rett opp 2 ting før du lagrar:',
      'Rett opp 5 ting før du lagrar:'],
    en: ['Fix 0 things before saving:', 'Fix 1 thing before saving:', 'Fix 2 things before saving:',
      'Fix 5 things before saving:'] }]
];

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
