// The privacy texts (lib/privacy-texts.js): the information letter and the DPIA's starting point say what the
// project holds, in the language asked for, mark every missing fact as a gap (and only those), and read the same
// as text to paste. The letter names what the survey form asks in the form's own words (locales/contact-words.js),
// so the two cannot drift apart. Also the privacy facts as typed (lib/text-drafts.js) and the local date the
// retention check uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withLang } from '../../www/src/i18n.js';
import { CONTACT_WORDS } from '../../www/src/locales/contact-words.js';
import {
  privacyFacts,
  letterModel,
  dpiaModel,
  plainText,
  partsText,
  missingPrivacy
} from '../../www/src/lib/privacy-texts.js';
import { setPrivacyField, draftKey, applyDraft } from '../../www/src/lib/text-drafts.js';
import { localDate } from '../../www/src/state/retention-actions.js';

const doc = {
  municipality: { name: 'Eksempel kommune' },
  actors: [],
  settings: {
    privacy: {
      controller: 'Eksempel kommune v/ kommunedirektøren',
      contact: 'Kari Nilsen, kari.nilsen@eksempel.kommune.no',
      answersKeptUntil: '2027-06-30'
    }
  }
};
// What the core's overview says (analysis.overview): 31 people, 13 units (9 internal, 4 external), 18 functions.
const result = {
  overview: { actors: 31, units: { total: 13, internal: 9, external: 4 }, functions: { total: 18 } },
  settings: {}
};
const wave = { id: 'w-2026', label: 'Kartlegging våren 2026', date: '2026-03-01' };

const facts = (d = doc) => privacyFacts(d, result, { wave, today: '2026-02-20' });
const letterText = (lang, d = doc, opts) => withLang(lang, () => plainText(letterModel(facts(d), opts)));
const gapParts = (model) =>
  model.blocks
    .flatMap((b) => (b.type === 'ul' ? b.items.flat() : b.parts || []))
    .filter((p) => typeof p === 'object' && p.gap);

test('the letter in bokmål names the controller, the contact, the date and the round, with no gap', () => {
  const model = withLang('nb', () => letterModel(facts()));
  assert.deepEqual(model.gaps, []);
  assert.deepEqual(gapParts(model), []);
  const text = letterText('nb');
  assert.match(text, /Behandlingsansvarlig: Eksempel kommune v\/ kommunedirektøren/);
  assert.match(text, /Kontaktperson for kartleggingen: Kari Nilsen, kari\.nilsen@eksempel\.kommune\.no/);
  assert.match(text, /Svarene lagres til og med 30\. juni 2027\./);
  assert.match(text, /Kartleggingsrunde: «Kartlegging våren 2026», 1\. mars 2026/);
  assert.match(text, /^Informasjon om kartleggingen av boligsosialt samarbeid\nEksempel kommune\n/);
  assert.match(text, /navnene og enhetene til de 31 personene/);
  assert.match(text, /hvilke av de 18 boligsosiale oppgavene/);
  assert.match(text, /færre enn 5 personer er slått sammen/); // the default floor of shared copies
  assert.match(text, /artikkel 6 nr\. 1 bokstav e/);
  assert.match(text, /lov 20\. desember 2022 nr\. 121 om kommunenes ansvar på det boligsosiale feltet/);
  assert.match(text, /klage til Datatilsynet/);
  assert.doesNotMatch(text, /[{}]|\[|undefined|NaN/);
});

test('the letter in nynorsk is nynorsk, with the same facts', () => {
  const text = letterText('nn');
  assert.match(text, /^Informasjon om kartlegginga av bustadsosialt samarbeid\n/);
  assert.match(text, /Svara blir lagra til og med 30\. juni 2027\./);
  assert.match(text, /Kontaktperson for kartlegginga: Kari Nilsen/);
  assert.match(text, /Behandlingsansvarleg: Eksempel kommune v\/ kommunedirektøren/);
  assert.match(text, /Det er frivillig å svare/);
  assert.match(text, /bustadsosial lov/);
  assert.doesNotMatch(text, /\b(ikke|hvem|hva|boligsosiale|spørreskjemaet)\b/i);
  assert.doesNotMatch(text, /[{}]|\[/);
});

test('the letter names every kind of contact and every frequency the form offers, in the form’s words', () => {
  for (const lang of ['nb', 'nn', 'en']) {
    const text = letterText(lang).toLowerCase();
    for (const word of Object.values(CONTACT_WORDS[lang].tieTypes))
      assert.ok(text.includes(word.toLowerCase()), `${lang}: ${word}`);
    for (const word of Object.values(CONTACT_WORDS[lang].frequencies))
      assert.ok(text.includes(word.toLowerCase().split(' ')[0]), `${lang}: ${word}`);
  }
});

test('a missing fact is a marked gap in the letter and the DPIA, and the letter lists it', () => {
  const bare = { ...doc, settings: { privacy: { contact: 'Kari Nilsen' } } };
  assert.deepEqual(missingPrivacy(bare), ['controller', 'answersKeptUntil']);
  const model = withLang('nb', () => letterModel(facts(bare)));
  assert.deepEqual(model.gaps, ['controller', 'answersKeptUntil']);
  assert.deepEqual(
    gapParts(model).map((p) => p.value),
    ['[dato mangler]', '[behandlingsansvarlig mangler]']
  );
  assert.match(letterText('nb', bare), /Svarene lagres til og med \[dato mangler\]\./);
  assert.match(letterText('nn', bare), /Svara blir lagra til og med \[dato manglar\]\./);
  const dpia = withLang('nb', () => dpiaModel(facts(bare)));
  assert.deepEqual(dpia.gaps, ['controller', 'answersKeptUntil']);
  assert.equal(gapParts(dpia).length, 3); // the controller, the retention section and the measure
});

test('one letter per person starts with the name; the general one speaks to everyone asked', () => {
  assert.match(letterText('nb', doc, { recipient: 'Ola Hansen' }), /\nTil Ola Hansen\n/);
  assert.match(letterText('nb'), /\nTil deg som blir spurt om å svare på spørreskjemaet\n/);
  const noName = { ...doc, municipality: { name: '' } };
  const model = withLang('nb', () => letterModel(facts(noName)));
  assert.equal(model.subtitle, null);
  assert.match(letterText('nb', noName), /\n\nKommunen kartlegger hvordan/);
});

test('the DPIA: ten numbered sections, the facts filled in, a place for each assessment', () => {
  const model = withLang('nb', () => dpiaModel(facts()));
  const headings = model.blocks.filter((b) => b.type === 'h').map((b) => partsText(b.parts));
  assert.equal(headings.length, 10);
  headings.forEach((h, i) => assert.ok(h.startsWith(`${i + 1}. `), h));
  assert.equal(model.blocks.filter((b) => b.type === 'assess').length, 10); // nine sections to assess, and who signs
  const text = withLang('nb', () => plainText(model));
  assert.match(text, /31 personer i 13 enheter/); // the units in the municipality and the partners
  assert.match(text, /Kontaktpersoner hos 4 eksterne samarbeidspartnere\./);
  assert.match(text, /Laget av Bosam 20\. februar 2026 fra prosjektet\./);
  assert.match(text, /Identifisering i små enheter/);
  assert.match(text, /Svarene slettes etter 30\. juni 2027/);
  assert.match(text, /\nKommunens vurdering: Er grunnlaget riktig/);
  assert.match(text, /\n• Arbeidsgruppen: alle opplysningene, med navn\./);
  assert.match(text, /\nVurdert av og dato:\n/);
  const en = withLang('en', () => plainText(dpiaModel(facts())));
  assert.match(en, /^Data protection impact assessment \(DPIA\): a starting point\n/);
});

test('the floor of shared copies is the one the core reports for the project', () => {
  const own = { ...result, settings: { minGroupSize: 8 } };
  const f = privacyFacts(doc, own, { wave: null });
  assert.match(
    withLang('nb', () => plainText(letterModel(f))),
    /færre enn 8 personer/
  );
});

test('privacy facts as typed: trimmed, and an empty field leaves no trace', () => {
  const d = { settings: { language: 'nb' } };
  setPrivacyField(d, 'contact', '  Kari  ');
  assert.deepEqual(d.settings, { language: 'nb', privacy: { contact: 'Kari' } });
  setPrivacyField(d, 'contact', '   ');
  assert.deepEqual(d.settings, { language: 'nb' });
  setPrivacyField(d, 'pseudonymKey', 'x'); // not a privacy field: nothing happens
  assert.deepEqual(d.settings, { language: 'nb' });
  const draft = { kind: 'privacy', field: 'answersKeptUntil', value: '2027-06-30' };
  assert.equal(draftKey(draft), 'privacy:answersKeptUntil');
  const e = {};
  applyDraft(e, draft);
  assert.deepEqual(e, { settings: { privacy: { answersKeptUntil: '2027-06-30' } } });
});

test('today is the local calendar day', () => {
  assert.equal(localDate(new Date(2027, 0, 5, 23, 59)), '2027-01-05');
  assert.equal(localDate(new Date(2027, 11, 31, 0, 1)), '2027-12-31');
});
