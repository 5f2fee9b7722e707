// One word per concept across the app, the survey form and the catalogue (regression: the form said "Samordning
// av saker" and "Råd og veiledning" where the app said "Samarbeid om saker" and "Råd"). The catalogue
// (data/catalogue.json) holds the words; the app's and the form's catalogues must say exactly the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate } from '../../www/src/i18n.js';
import { TEXTS } from '../../www/survey/texts.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const catalogue = JSON.parse(readFileSync(resolve(ROOT, 'data/catalogue.json'), 'utf8'));

for (const lang of ['nb', 'en']) {
  test(`kinds of contact: the same words in the catalogue, the app and the form (${lang})`, () => {
    for (const type of catalogue.tieTypes) {
      const word = type.name[lang];
      assert.equal(translate(lang, `tieType.${type.id}`), word, `app: ${type.id}`);
      assert.equal(TEXTS[lang][`type.${type.id}`], word, `form: ${type.id}`);
    }
  });

  test(`frequencies: the same words in the catalogue, the app and the form (${lang})`, () => {
    for (const f of catalogue.frequencies) {
      const word = f.name[lang];
      assert.equal(translate(lang, `frequency.${f.value}`), word, `app (analysis): ${f.value}`);
      assert.equal(translate(lang, `ties.freq.${f.value}`), word, `app (Relasjoner): ${f.value}`);
      assert.equal(TEXTS[lang][`freq.${f.value}`], word, `form: ${f.value}`);
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
