// Bokmål and nynorsk kept apart: a nynorsk text must not slip into bokmål forms ("ikke", "enhet", "spørreskjema"),
// nor a bokmål text into nynorsk ones ("ikkje", "eining", "berre"). Reads every text of the app's catalogues, the
// survey form's, the contact words, the core's (data/messages, data/catalogue.json, data/phases.json) and the
// example municipality's (data/demo/texts.json), and fails on any listed word standing as a whole word (any case).
// The lists are forms that are wrong in the other standard (Språkrådet's 2012 nynorsk norm, its bokmål norm);
// words both standards share ("hjelp", "også", "nå" as in "nå ut", "for eksempel") are left out on purpose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textsOf, wordsFound } from './fixtures/texts.mjs';

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
