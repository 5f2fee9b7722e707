// One quote style per language, in every text a person reads (the app's, the survey form's, the core's, the
// catalogue's): « » in bokmål and nynorsk, “ ” in English. A straight " is left only where a message names the
// character itself ("a quotation mark (")"). Regression: English findings read `No one holds "X"` beside
// `“X” in Tasks`, the core's messages quoting one way and the app's the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textsOf } from './fixtures/texts.mjs';

const STRAIGHT = /"/;
const NAMES_THE_MARK = /\("\)/g; // "(")": the character itself, not a quotation
const OTHER = { nb: /[“”]/, nn: /[“”]/, en: /[«»]/ };

/** The texts of `lang` that quote in another style than the language's: [where, text]. O(total length). */
export function offStyle(texts, lang) {
  return texts.filter(([, text]) => {
    const t = text.replace(NAMES_THE_MARK, '');
    return STRAIGHT.test(t) || OTHER[lang].test(t);
  });
}

for (const lang of ['nb', 'nn', 'en']) {
  test(`${lang}: every text quotes ${lang === 'en' ? 'with “ ”' : 'with « »'} and never with straight quotes`, () => {
    const texts = textsOf(lang);
    assert.ok(texts.length > 1000, `${texts.length} texts`);
    assert.deepEqual(offStyle(texts, lang), []);
  });
}

test("the check can fail: a straight quote, and the other language's marks, are caught", () => {
  assert.equal(offStyle([['a', 'No one holds "Bostøtte"']], 'en').length, 1);
  assert.equal(offStyle([['a', 'Ingen har “Bostøtte”']], 'nb').length, 1);
  assert.equal(offStyle([['a', 'Bostøtte «x»']], 'en').length, 1);
  assert.equal(offStyle([['a', 'a quotation mark (") is never closed']], 'en').length, 0);
});
