// Bokmål and nynorsk kept apart: a nynorsk text must not slip into bokmål forms ("ikke", "enhet", "spørreskjema"),
// nor a bokmål text into nynorsk ones ("ikkje", "eining", "berre"). Reads every text of the app's catalogues, the
// survey form's, the contact words, the core's (data/messages, data/catalogue.json, data/phases.json) and the
// example municipality's (data/demo/texts.json), and fails on any listed word standing as a whole word (any case).
// The lists are forms that are wrong in the other standard (Språkrådet's 2012 nynorsk norm, its bokmål norm);
// words both standards share ("hjelp", "også", "nå" as in "nå ut", "for eksempel") are left out on purpose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES } from '../../www/src/i18n.js';
import { CONTACT_WORDS } from '../../www/src/locales/contact-words.js';
import { TEXTS } from '../../www/survey/texts.js';
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const data = (path) => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));

// prettier-ignore
const BOKMAL_ONLY = [
  'ikke', 'hvem', 'hva', 'hvordan', 'hvilke', 'hvilken', 'hvilket', 'hvis', 'hvor', 'hvorfor', 'hver', 'hvert',
  'hverandre', 'enhet', 'enheten', 'enheter', 'enhetene', 'bare', 'kun', 'mye', 'noen', 'noe', 'ukentlig',
  'månedlig', 'daglig', 'mens', 'spørreskjema', 'spørreskjemaet', 'spørreskjemaer', 'ansatt', 'ansatte',
  'ansvarlig', 'bolig', 'boligen', 'boliger', 'boligsosial', 'boligsosialt', 'boligsosiale', 'bostøtte', 'fra',
  'selv', 'ble', 'kommer', 'gjøre', 'gjør', 'være', 'vært', 'dere', 'deres', 'disse', 'hele', 'uten', 'navn',
  'navnet', 'navnene', 'tjeneste', 'tjenesten', 'tjenester', 'tjenestene', 'mulig', 'tilgjengelig', 'vanlig',
  'tydelig', 'vesentlig', 'vesentlige', 'gjennomsnittlig', 'sted', 'stedet', 'steder', 'lagret', 'slettet',
  'endret', 'ennå', 'allerede', 'senere', 'eneste', 'annen', 'annet', 'egen', 'eget', 'jeg', 'dem', 'hun', 'ham',
  'hennes', 'oppgave', 'oppgaven', 'oppgaver', 'oppgavene', 'personer', 'personene', 'funksjoner', 'relasjoner',
  'kontakter', 'kartleggingsrunder', 'tall', 'nøkkeltall', 'nettleser', 'nettleseren', 'bruker', 'brukere',
  'filen', 'velg', 'åpne', 'åpen', 'åpent', 'skjul', 'viktigste', 'høy', 'lav', 'sier', 'ga', 'fikk', 'hjem',
  'sammen', 'sammenlign', 'uke', 'måned', 'ganger', 'gang', 'vei', 'bro', 'beregning', 'flere', 'mer', 'samme',
  'gjelder', 'trenger', 'finnes', 'brukes', 'lagres', 'vises', 'slettes', 'sjelden', 'sjeldnere', 'beboere'
];

// prettier-ignore
const NYNORSK_ONLY = [
  'ikkje', 'kven', 'kva', 'korleis', 'kvifor', 'kvar', 'kvart', 'eining', 'eininga', 'einingar', 'einingane',
  'berre', 'mykje', 'nokon', 'noko', 'nokre', 'frå', 'eg', 'heile', 'vekentleg', 'månadleg', 'dagleg',
  'spørjeskjema', 'spørjeskjemaet', 'ansvarleg', 'bustad', 'bustadsosialt', 'bustadsosiale', 'namn', 'sjølv',
  'medan', 'enno', 'dei', 'ho', 'òg', 'eit', 'ein', 'ei', 'oppgåve', 'oppgåver', 'personar', 'einingar', 'tal'
];

/** The texts of `lang` in a core data file, where every text is an object {nb, nn, en}. */
function dataTexts(where, value, lang, out) {
  if (Array.isArray(value)) value.forEach((v, i) => dataTexts(`${where}[${i}]`, v, lang, out));
  else if (value && typeof value === 'object') {
    if (typeof value[lang] === 'string' && 'nb' in value) out.push([where, value[lang]]);
    else for (const [k, v] of Object.entries(value)) dataTexts(`${where}.${k}`, v, lang, out);
  }
}

/**
 * Every text of a language as [where, text]: the app's catalogue, the form's texts, the contact words, the
 * core's messages, catalogue and phases, and the example municipality's texts. ICU syntax ({n, plural, one {…}})
 * is part of a core message's text; its keywords (plural, select, one, other) are English in every language and
 * are removed before the check.
 */
function textsOf(lang) {
  const out = [];
  const add = (where, value) => {
    if (typeof value === 'string') out.push([where, value]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) add(`${where}.${k}`, v);
  };
  add(`app ${lang}`, LOCALES[lang]);
  add(`form ${lang}`, TEXTS[lang]);
  add(`contact-words ${lang}`, CONTACT_WORDS[lang]);
  for (const [key, pattern] of Object.entries(data(`data/messages/${lang}.json`)))
    out.push([`core ${lang} ${key}`, pattern.replace(/\{\w+, (plural|select),|\b(one|other|=\d+)\s*\{|\{\w+\}/g, ' ')]);
  dataTexts(`catalogue ${lang}`, data('data/catalogue.json'), lang, out);
  dataTexts(`phases ${lang}`, data('data/phases.json'), lang, out);
  dataTexts(`demo ${lang}`, data('data/demo/texts.json'), lang, out);
  return out;
}

/** Where each listed word stands as a whole word ("ikke" in "ikke lagret", not in "ikkevold"). */
function wordsFound(texts, words) {
  const found = [];
  for (const word of words) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${word}(?![\\p{L}\\p{N}_])`, 'iu');
    for (const [where, text] of texts) if (re.test(text)) found.push(`${where}: «${word}» in "${text}"`);
  }
  return found;
}

test('nynorsk texts use no bokmål-only word', () => {
  const texts = textsOf('nn');
  assert.ok(texts.length > 1000, `${texts.length} nynorsk texts`);
  assert.deepEqual(wordsFound(texts, BOKMAL_ONLY), []);
});

test('bokmål texts use no nynorsk-only word', () => {
  const texts = textsOf('nb');
  assert.ok(texts.length > 1000, `${texts.length} bokmål texts`);
  assert.deepEqual(wordsFound(texts, NYNORSK_ONLY), []);
});

test('the check itself: a whole word in any case is caught, a word inside another word is not', () => {
  const texts = [
    ['a', 'Dette er Ikke lagra.'],
    ['b', 'Ikkevald er eit ord.'],
    ['c', 'Eininga («enhet») er sletta.']
  ];
  assert.deepEqual(wordsFound(texts, ['ikke', 'enhet']), [
    'a: «ikke» in "Dette er Ikke lagra."',
    'c: «enhet» in "Eininga («enhet») er sletta."'
  ]);
});
