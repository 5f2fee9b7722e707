// The measures' plain names (lib/measure-names.js, locales/measures.*.js). Every measure a coordinator reads in
// Analyse, the map's size menu, the person panel, Funn and the report has, in bokmål, nynorsk and English, a
// plain name first, its technical name second (not for the everyday figures: people, relations, response
// rate) and an explanation; and the abbreviations NMI, ARI, E-I, PageRank and Leiden never stand alone in a
// message (regression: "Samsvar, justert (ARI)", "PageRank" and "E-I-indeks" were names of their own).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, LANGS } from '../../www/src/i18n.js';
import { TEXTS } from '../../www/survey/texts.js';
import {
  MEASURES,
  GROUP_MEASURES,
  ABBREVIATIONS,
  measureKeys,
  measureLabel,
  measureName,
  measureTechnical,
  measureExplain,
  measureCaveat,
  measureInline
} from '../../www/src/lib/measure-names.js';
import {
  ACTOR_MEASURES,
  NETWORK_MEASURES,
  UNIT_MEASURES,
  SMALL_NETWORK,
  measureFlags
} from '../../www/src/lib/measures.js';
import { SIZE_MEASURES } from '../../www/src/lib/map-style.js';
import { FIGURES as COMPARE_FIGURES } from '../../www/src/views/network-compare.js';
import { MEASURE_OF as REFERENCE_MEASURES } from '../../www/src/views/analysis-reference.js';
import { MEASURES as REPORT_MEASURES } from '../../www/src/views/report-method.js';
import { MEASURE_NUMBERS } from '../../www/src/views/findings-parts.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'www/src');

/** Ids of measures named in the views' source: <MeasureName id="x" />, measureLabel('x'), measureExplain('x') … */
function idsInSource() {
  const out = new Map();
  for (const dir of ['views', 'ui']) {
    for (const file of readdirSync(join(SRC, dir)).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(join(SRC, dir, file), 'utf8');
      const re =
        /MeasureName\} id="([\w.]+)"|measure(?:Label|Name|Short|Explain|Caveat|CaveatLine|Inline)\('([\w.]+)'\)/g;
      for (const m of text.matchAll(re)) out.set(m[1] || m[2], `${dir}/${file}`);
    }
  }
  return out;
}

/** Every measure a coordinator can see, with where it is shown. */
function shownMeasures() {
  const shown = new Map();
  const add = (id, where) => shown.set(id, shown.has(id) ? `${shown.get(id)}, ${where}` : where);
  ACTOR_MEASURES.forEach((d) => add(d.key, 'Analyse › Personer'));
  NETWORK_MEASURES.forEach((d) => add(d.key, 'Analyse › Nøkkeltall'));
  UNIT_MEASURES.forEach((d) => add(`unit.${d.key}`, 'Analyse › Enheter'));
  GROUP_MEASURES.forEach((id) => add(id, 'Analyse › Uformelle grupper'));
  Object.values(REFERENCE_MEASURES).forEach((id) => add(id, 'Analyse › Sammenlign med en annen kommune'));
  COMPARE_FIGURES.forEach((f) => add(f.key, 'Nettverkskart › Sammenlign runder'));
  SIZE_MEASURES.filter((m) => m !== 'none').forEach((id) => add(id, 'Nettverkskart › Størrelse etter'));
  REPORT_MEASURES.forEach((id) => add(id, 'Rapport › Hva tallene betyr'));
  MEASURE_NUMBERS.forEach((id) => add(id, 'Funn › Tallene'));
  for (const [id, file] of idsInSource()) add(id, file);
  return shown;
}

// The figures whose plain name is the ordinary word and which have no technical name. Pinned, so a new measure
// cannot do without a technical name by being marked everyday.
const EVERYDAY = [
  'nodes',
  'edges',
  'ties',
  'responseRate',
  'unit.members',
  'unit.internalTies',
  'unit.externalTies',
  'unit.responseRate'
];

test('the measures shown are known, and the list of them covers Analyse, the size menu, the panel and the report', () => {
  const shown = shownMeasures();
  for (const [id, where] of shown) assert.ok(MEASURES[id], `${id} (${where}) is not in lib/measure-names.js`);
  // Spot checks that the sources above are read at all: a measure from each place.
  for (const id of [
    'betweenness',
    'density',
    'unit.eiIndex',
    'nmi',
    'ari',
    'pagerank',
    'isolates',
    'articulationPoint'
  ])
    assert.ok(shown.has(id), id);
  assert.deepEqual(
    Object.keys(MEASURES).filter((id) => MEASURES[id].everyday),
    EVERYDAY
  );
});

for (const lang of LANGS) {
  test(`every measure shown has a plain name, a technical name and an explanation in ${lang}`, () => {
    const table = LOCALES[lang];
    const missing = [];
    for (const [id, where] of shownMeasures()) {
      for (const key of measureKeys(id)) {
        const value = table[key];
        if (typeof value !== 'string' || value.trim() === '') missing.push(`${key} (${where})`);
      }
    }
    assert.deepEqual(missing, []);
  });

  test(`plain name first, technical name second, and the explanation is more than the name (${lang})`, () => {
    for (const id of Object.keys(MEASURES)) {
      const plain = measureName(id, lang);
      const technical = measureTechnical(id, lang);
      const label = measureLabel(id, lang);
      if (MEASURES[id].everyday) {
        assert.equal(technical, null, id);
        assert.equal(label, plain, id);
      } else {
        assert.equal(label, `${plain} (${technical})`, id);
        assert.notEqual(plain.toLowerCase(), technical.toLowerCase(), `${id}: the plain name is the technical one`);
        // The plain name is plain: no abbreviation in it.
        for (const abbr of Object.keys(ABBREVIATIONS)) assert.ok(!plain.includes(abbr), `${id}: «${plain}»`);
      }
      const explain = measureExplain(id, lang);
      // An explanation says more than the name; a measure's says what it is and what high and low mean.
      assert.ok(explain.length > plain.length + (MEASURES[id].everyday ? 0 : 40), `${id}: «${explain}»`);
      assert.ok(!/\{\w+\}/.test(explain), `${id}: a placeholder is left in «${explain}»`);
      const caveat = measureCaveat(id, lang);
      if (MEASURES[id].caveat) assert.ok(caveat && !/\{\w+\}/.test(caveat), `${id}: caveat «${caveat}»`);
      else assert.equal(caveat, null, id);
    }
  });
}

test('worked examples: betweenness, the E-I index and a unit’s E-I index, in nb, nn and en', () => {
  assert.equal(measureLabel('betweenness', 'nb'), 'Bro mellom andre (betweenness)');
  assert.equal(measureLabel('betweenness', 'nn'), 'Bru mellom andre (betweenness)');
  assert.equal(measureLabel('betweenness', 'en'), 'Bridge between others (betweenness)');
  assert.equal(measureLabel('eiIndex', 'nn'), 'Kontakt på tvers av einingar (E-I-indeks)');
  assert.equal(measureLabel('unit.eiIndex', 'nn'), measureLabel('eiIndex', 'nn'), 'one name for one concept');
  assert.equal(measureLabel('responseRate', 'nb'), 'Svarprosent');
  assert.equal(measureInline('betweenness', 'nb'), 'bro mellom andre (betweenness)');
  assert.match(measureCaveat('betweenness', 'nb'), /under 30 personer/);
  assert.match(measureCaveat('betweenness', 'nn'), /under 30 personar/);
});

test('the small-network flag starts where the caveats say: under 30 people', () => {
  const betweenness = ACTOR_MEASURES.find((d) => d.key === 'betweenness');
  assert.equal(SMALL_NETWORK, 30);
  assert.deepEqual(measureFlags(betweenness, { nodes: 29 }), ['small']);
  assert.deepEqual(measureFlags(betweenness, { nodes: 30 }), []);
});

test('no measure text is left over: every measure.* message belongs to a measure in lib/measure-names.js', () => {
  const known = new Set(['measure.label', 'measure.technicalNote', 'measure.caveatLine']);
  for (const id of Object.keys(MEASURES)) measureKeys(id).forEach((k) => known.add(k));
  for (const lang of LANGS) {
    const extra = Object.keys(LOCALES[lang]).filter((k) => k.startsWith('measure.') && !known.has(k));
    assert.deepEqual(extra, [], lang);
  }
});

test('views name measures only through lib/measure-names.js (no t("measure.…") of their own)', () => {
  const found = [];
  for (const dir of ['views', 'ui', 'lib']) {
    for (const file of readdirSync(join(SRC, dir)).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(join(SRC, dir, file), 'utf8');
      if (file !== 'measure-names.js' && /\bt\(\s*[`'"]measure\./.test(text)) found.push(`${dir}/${file}`);
    }
  }
  assert.deepEqual(found, []);
});

// ---- The abbreviations never stand alone ----
//
// The rule: in every message a coordinator can read — the app's catalogue in each language (every area, the
// report's included: LOCALES), the survey form's texts, and the core's messages (data/messages/<lang>.json:
// findings, drafts, phases) — wherever NMI, ARI, E-I, PageRank or Leiden stands as a word of its own (letters
// or digits on neither side; "E-I-indeks" and "Leiden-metoden" count), the SAME message (the same string; for a
// plural entry, the same form) also holds the plain name of the measure the abbreviation belongs to, in the same
// language, in any case: NMI and ARI their own «Samsvar med enhetene …», E-I «Kontakt på tvers av enheter»,
// PageRank «Nevnt av de mye nevnte», Leiden «Uformelle grupper» (ABBREVIATIONS in lib/measure-names.js). The
// one exception is a measure's own `measure.<id>.technical`, which is only shown after its plain name
// (measureLabel, checked above).

/** Every message of a language as [where, text]. */
function messagesOf(lang) {
  const out = [];
  const add = (where, value) => {
    if (typeof value === 'string') out.push([where, value]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) add(`${where}.${k}`, v);
  };
  for (const [key, value] of Object.entries(LOCALES[lang])) {
    if (/^measure\.[\w.]+\.technical$/.test(key)) continue;
    add(`app ${lang} ${key}`, value);
  }
  add(`form ${lang}`, TEXTS[lang]);
  const core = JSON.parse(readFileSync(join(ROOT, `data/messages/${lang}.json`), 'utf8'));
  for (const [key, value] of Object.entries(core)) add(`core ${lang} ${key}`, value);
  return out;
}

/** The messages where an abbreviation stands without its plain name. plainOf(measureId) gives the plain name. */
function aloneAbbreviations(messages, plainOf) {
  const found = [];
  for (const [abbr, id] of Object.entries(ABBREVIATIONS)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${abbr}(?![\\p{L}\\p{N}])`, 'u');
    const plain = plainOf(id).toLowerCase();
    for (const [where, text] of messages) {
      if (re.test(text) && !text.toLowerCase().includes(plain))
        found.push(`${where}: ${abbr} without «${plainOf(id)}» in "${text}"`);
    }
  }
  return found;
}

for (const lang of LANGS) {
  test(`NMI, ARI, E-I, PageRank and Leiden never stand alone in a message (${lang})`, () => {
    const messages = messagesOf(lang);
    assert.ok(messages.length > 1000, `${messages.length} messages`);
    assert.deepEqual(
      aloneAbbreviations(messages, (id) => measureName(id, lang)),
      []
    );
  });
}

test('the check itself: an abbreviation alone is caught, with its plain name or inside another word it is not', () => {
  const plainOf = (id) => measureName(id, 'nb');
  const messages = [
    ['a', 'Samsvar, justert (ARI)'],
    ['b', 'Samsvar med enhetene, justert for tilfeldigheter (ARI): 0,44'],
    ['c', 'E-I-indeks −0,67'],
    ['d', '(kontakt på tvers av enheter, E-I-indeks: −0,67)'],
    ['e', 'Funnet med Leiden-metoden.'],
    ['f', 'PageRanking og NMIs er ikke ord vi bruker.']
  ];
  assert.deepEqual(
    aloneAbbreviations(messages, plainOf).map((s) => s.split(':')[0]),
    ['a', 'c', 'e']
  );
});

test('docs/measures.md lists every measure with the names the app uses', () => {
  const doc = readFileSync(join(ROOT, 'docs/measures.md'), 'utf8');
  const section = doc.split('## Names in the app')[1].split('\n## ')[0];
  const rows = new Map();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const m = /^`([\w.]+)`$/.exec(cells[1] || '');
    if (m) rows.set(m[1], cells.slice(3, 7));
  }
  assert.deepEqual([...rows.keys()].sort(), Object.keys(MEASURES).sort());
  for (const [id, [nb, nn, en, technical]] of rows) {
    assert.deepEqual([nb, nn, en], [measureName(id, 'nb'), measureName(id, 'nn'), measureName(id, 'en')], id);
    const [tNb, tNn, tEn] = LANGS.map((lang) => measureTechnical(id, lang));
    assert.equal(tNb, tNn, `${id}: nb and nn share a technical name`);
    assert.equal(technical, tNb === null ? '—' : tNb === tEn ? tNb : `${tNb} (nb, nn); ${tEn} (en)`, id);
  }
});
