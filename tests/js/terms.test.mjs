// One word per concept across the app, the survey form and the catalogue (regression: the form said "Samordning
// av saker" and "Råd og veiledning" where the app said "Samarbeid om saker" and "Råd"). The catalogue
// (data/catalogue.json) holds the words; the app's and the form's catalogues must say exactly the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate, LANGS } from '../../www/src/i18n.js';
import { CONTACT_WORDS } from '../../www/src/locales/contact-words.js';
import { TEXTS } from '../../www/survey/texts.js';

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
