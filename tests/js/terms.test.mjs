// One word per concept (docs/terms.md). The glossary's tables are parsed here, and every text a person reads (the
// app, the report, the survey form, the core's messages, phases and catalogue) is held to them: no rejected synonym
// as a whole word unless EXCEPTIONS below names the text with a reason, every term in use, and the kinds of contact
// and frequencies as data/catalogue.json names them. Regression: the app said "tildeling", "oppdrag" and "oppgave"
// for one assignment, and "kartleggingsrunde", "undersøkelsesrunde" and "runde" for one survey round. The first
// tests hold the app's and the form's contact words to the catalogue (the form said "Samordning av saker" and "Råd
// og veiledning" where the app said "Samarbeid om saker" and "Råd").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate, LANGS } from '../../www/src/i18n.js';
import { CONTACT_WORDS } from '../../www/src/locales/contact-words.js';
import { TEXTS } from '../../www/survey/texts.js';
import { textsOf, wordsOnly } from './fixtures/texts.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const catalogue = JSON.parse(readFileSync(resolve(ROOT, 'data/catalogue.json'), 'utf8'));

for (const lang of LANGS) {
  test(`kinds of contact: the app and the form say the words of contact-words.js (${lang})`, () => {
    for (const type of catalogue.tieTypes) {
      const word = CONTACT_WORDS[lang].tieTypes[type.id];
      assert.ok(word, `contact-words.js has no ${lang} word for ${type.id}`);
      assert.equal(translate(lang, `tieType.${type.id}`), word, `app: ${type.id}`);
      assert.equal(TEXTS[lang][`type.${type.id}`], word, `form: ${type.id}`);
    }
  });

  test(`frequencies: the app and the form say the words of contact-words.js (${lang})`, () => {
    for (const f of catalogue.frequencies) {
      const word = CONTACT_WORDS[lang].frequencies[f.value];
      assert.ok(word, `contact-words.js has no ${lang} word for ${f.value}`);
      assert.equal(translate(lang, `frequency.${f.value}`), word, `app (analysis): ${f.value}`);
      assert.equal(translate(lang, `ties.freq.${f.value}`), word, `app (Relasjoner): ${f.value}`);
      assert.equal(TEXTS[lang][`freq.${f.value}`], word, `form: ${f.value}`);
    }
  });

  test(`kinds of contact and frequencies: the same words as the catalogue (${lang})`, () => {
    for (const type of catalogue.tieTypes) {
      assert.equal(CONTACT_WORDS[lang].tieTypes[type.id], type.name[lang], `tie type ${type.id}`);
    }
    for (const f of catalogue.frequencies) {
      assert.equal(CONTACT_WORDS[lang].frequencies[f.value], f.name[lang], `frequency ${f.value}`);
    }
  });
}

test("the kinds of contact are one list: the app, the map and the form use the catalogue's ids in its order", async () => {
  const { TIE_TYPES } = await import('../../www/src/lib/ties.js');
  const map = await import('../../www/src/lib/network-model.js');
  const form = await import('../../www/survey/model.js');
  const ids = catalogue.tieTypes.map((t) => t.id);
  assert.deepEqual(TIE_TYPES, ids);
  assert.equal(map.TIE_TYPES, TIE_TYPES);
  assert.equal(form.TIE_TYPES, TIE_TYPES);
});

// ---- The glossary (docs/terms.md) ----

/** The rows of the Markdown table under `## heading`, as arrays of trimmed cells (header and rule left out). */
export function tableRows(markdown, heading) {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `docs/terms.md has a section "## ${heading}"`);
  const section = markdown.slice(start + heading.length + 5).split(/\n## /)[0];
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim())
    );
  return rows.slice(2);
}

/** The glossary: terms by id ({ id, nb, nn, en, definition }) and the rejected synonyms ({ id, lang, avoid[], why }). */
export function parseGlossary(markdown) {
  const terms = tableRows(markdown, 'Terms').map(([id, nb, nn, en, definition]) => ({ id, nb, nn, en, definition }));
  const rejected = tableRows(markdown, 'Rejected synonyms').map(([id, lang, avoid, why]) => ({
    id,
    lang,
    avoid: avoid.split(',').map((w) => w.trim()),
    why
  }));
  return { terms, rejected };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A rejected word as a pattern: whole word or phrase, any case, spaces as any white space; a final "*" stands
 * for any ending ("relasjon*": "relasjon", "relasjonene"). O(length).
 */
export function avoidPattern(entry) {
  const stem = entry.endsWith('*') ? entry.slice(0, -1) : entry;
  const body = escape(stem).replace(/ +/g, '\\s+') + (entry.endsWith('*') ? '\\p{L}*' : '');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'iu');
}

/** A term as a pattern for its use: each word with any ending ("kartleggingsrunde" in "kartleggingsrundene"). */
export function termPattern(term) {
  const body = term
    .split(/\s+/)
    .map((w) => `${escape(w)}\\p{L}*`)
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}`, 'iu');
}

/** "where: «entry» in "text"" for every text of `texts` where an entry of `rejected` (one language) stands. */
export function rejectedFound(texts, rejected) {
  const found = [];
  for (const { avoid } of rejected)
    for (const entry of avoid) {
      const re = avoidPattern(entry);
      for (const [where, text] of texts) if (re.test(text)) found.push({ where, entry, text });
    }
  return found;
}

/** The words around the first match of `re` in `text`, for a readable failure. */
const around = (text, re) => {
  const at = text.search(re);
  return `${at > 30 ? '…' : ''}${text.slice(Math.max(0, at - 30), at + 50).trim()}${at + 50 < text.length ? '…' : ''}`;
};

// Texts where a rejected word is right, each with its reason. `where` as textsOf names a text
// (tests/js/fixtures/texts.mjs); `entry` exactly as the glossary's avoid column writes it.
const EXCEPTIONS = [
  ...['nb', 'nn'].flatMap((lang) => [
    {
      where: [
        `catalogue ${lang}.functions[5].name`,
        `phases ${lang}.phases[1].items[1].help`,
        `phases ${lang}.phases[1].items[8].help`
      ],
      entry: 'tildeling',
      reason: 'the allocation of municipal housing, a function (f-tildeling), not an assignment'
    },
    {
      where: [
        `phases ${lang}.phases[0].purpose`,
        `phases ${lang}.phases[0].items[0].text`,
        `phases ${lang}.phases[1].items[6].help`,
        `phases ${lang}.phases[2].items[1].help`,
        `phases ${lang}.phases[4].items[1].help`
      ],
      entry: 'oppdraget',
      reason: "the chief executive's commission of the project (phase 1), not an assignment in the map"
    },
    {
      where: `app ${lang}.people.columnsHint`,
      entry: 'avdeling',
      reason: 'a heading a staff list may have, which the import recognises'
    }
  ]),
  {
    where: [
      'phases en.phases[0].purpose',
      'phases en.phases[0].items[0].text',
      'phases en.phases[1].items[6].help',
      'phases en.phases[2].items[1].help',
      'phases en.phases[4].items[1].help'
    ],
    entry: 'assignment',
    reason: "the chief executive's commission of the project (phase 1); English says task for a line of the map"
  },
  { where: 'app en.people.columnsHint', entry: 'department', reason: 'a heading a staff list may have' }
];

const glossary = parseGlossary(readFileSync(resolve(ROOT, 'docs/terms.md'), 'utf8'));
const isException = ({ where, entry }) => EXCEPTIONS.some((e) => e.entry === entry && [e.where].flat().includes(where));

test('the glossary is well formed: unique ids, rejected words of known concepts, none another term', () => {
  const ids = glossary.terms.map((t) => t.id);
  assert.ok(ids.length >= 30, `${ids.length} terms`);
  assert.deepEqual(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    [],
    'an id twice'
  );
  for (const t of glossary.terms) assert.ok(t.definition, `${t.id} has a definition`);
  for (const r of glossary.rejected) {
    assert.ok(ids.includes(r.id), `rejected synonyms of an unknown concept ${r.id}`);
    assert.ok(LANGS.includes(r.lang), `${r.id}: language ${r.lang}`);
    assert.ok(r.why, `${r.id} (${r.lang}) says why`);
    for (const entry of r.avoid) {
      const re = avoidPattern(entry);
      for (const t of glossary.terms)
        assert.ok(!re.test(t[r.lang]), `${r.id} (${r.lang}) rejects «${entry}», the term of ${t.id}`);
    }
  }
});

test('the glossary names the kinds of contact and the frequencies as data/catalogue.json does', () => {
  const byId = Object.fromEntries(glossary.terms.map((t) => [t.id, t]));
  const named = [
    ...catalogue.tieTypes.map((t) => [`tieType.${t.id}`, t.name]),
    ...catalogue.frequencies.map((f) => [`frequency.${f.value}`, f.name])
  ];
  for (const [id, name] of named) {
    assert.ok(byId[id], `docs/terms.md has a row ${id}`);
    for (const lang of LANGS) assert.equal(byId[id][lang], name[lang], `${id} (${lang})`);
  }
});

for (const lang of LANGS) {
  test(`${lang}: no rejected synonym in the app, the report, the form or the core's texts`, () => {
    const texts = textsOf(lang);
    assert.ok(texts.length > 1000, `${texts.length} texts`);
    const found = rejectedFound(
      texts,
      glossary.rejected.filter((r) => r.lang === lang)
    )
      .filter((f) => !isException(f))
      .map(({ where, entry, text }) => `${where}: «${entry}» in "${around(text, avoidPattern(entry))}"`);
    assert.deepEqual(found, []);
  });

  test(`${lang}: every term of the glossary is in use`, () => {
    const texts = textsOf(lang).map(([, text]) => text);
    const unused = glossary.terms
      .filter((t) => t[lang] && t[lang] !== '–')
      .filter((t) => !texts.some((text) => termPattern(t[lang]).test(text)))
      .map((t) => `${t.id}: «${t[lang]}»`);
    assert.deepEqual(unused, []);
  });
}

test('every exception is still needed, and its word is a rejected one', () => {
  const all = LANGS.flatMap((lang) =>
    rejectedFound(
      textsOf(lang),
      glossary.rejected.filter((r) => r.lang === lang)
    )
  );
  const stale = EXCEPTIONS.flatMap((e) =>
    [e.where]
      .flat()
      .filter((where) => !all.some((f) => f.where === where && f.entry === e.entry))
      .map((where) => `${where}: «${e.entry}»`)
  );
  assert.deepEqual(stale, []);
  for (const e of EXCEPTIONS) assert.ok(e.reason, `${e.entry}: a reason`);
});

test('the Measures section names every measure of docs/measures.md', () => {
  const measures = readFileSync(resolve(ROOT, 'docs/measures.md'), 'utf8');
  const section = (md, heading) => md.split(/\n(?=#{2,3} )/).find((s) => s.startsWith(heading)) || '';
  const ids = new Set();
  for (const heading of ['## Per person', '## Whole network'])
    for (const line of section(measures, heading).split('\n'))
      if (line.startsWith('| `')) for (const m of line.split('|')[1].matchAll(/`([\w.]+)`/g)) ids.add(m[1]);
  for (const m of section(measures, '### Brokerage').matchAll(/\*\*(\w+)\*\*/g)) ids.add(m[1]);
  for (const m of section(measures, '## Communities').matchAll(/^- `([\w.]+)`/gm)) ids.add(m[1]);
  assert.ok(ids.size >= 30, `${ids.size} measures in docs/measures.md`);
  const glossaryMeasures = section(readFileSync(resolve(ROOT, 'docs/terms.md'), 'utf8'), '## Measures');
  assert.deepEqual(
    [...ids].filter((id) => !glossaryMeasures.includes(`\`${id}\``)),
    []
  );
});

test('the check itself: whole words and phrases in any case, "*" for any ending, placeholders left out', () => {
  assert.ok(avoidPattern('oppdrag').test('Tre Oppdrag mangler årsverk'));
  assert.ok(!avoidPattern('oppdrag').test('oppdragsgiver'));
  assert.ok(avoidPattern('relasjon*').test('relasjonene'));
  assert.ok(!avoidPattern('relasjon*').test('korrelasjon'));
  assert.ok(avoidPattern('did not respond').test('those who did\nnot respond'));
  assert.ok(!avoidPattern('respond').test('response rate'));
  assert.ok(termPattern('kartleggingsrunde').test('i kartleggingsrundene'));
  assert.ok(termPattern('ikke svart').test('Ikke svart ennå'));
  assert.ok(!termPattern('svart').test('besvart'));
  const found = rejectedFound(
    [
      ['a', 'Legg til tildeling'],
      ['b', 'Tildelingskriterier'],
      ['c', wordsOnly('{responded} av {asked}')],
      ['d', wordsOnly('{n, plural, one {# svar} other {# svar}} fra {respondent}', true)]
    ],
    [{ avoid: ['tildeling', 'responded', 'respondent*', 'other'] }]
  );
  assert.deepEqual(
    found.map((f) => `${f.where}: ${f.entry}`),
    ['a: tildeling']
  );
});
