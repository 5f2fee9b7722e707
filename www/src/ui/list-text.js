// A list in running text in the app's language: "A, B og C" / "A, B and C" (Intl.ListFormat, for the language's
// locales: nynorsk falls back to bokmål's "og" where the engine lacks nynorsk, never to the browser's "and").
// With `max`, the rest is counted instead: "A, B og 3 til" (the count's words come from the caller's `more(count)`).
import { getLang, intlLocales } from '../i18n.js';

const formats = new Map();

export function listText(items, max = Infinity, more = null) {
  const shown = items.length > max && more ? [...items.slice(0, max), more(items.length - max)] : items;
  const lang = getLang();
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(intlLocales(lang), { type: 'conjunction' });
    formats.set(lang, format);
  }
  return format.format(shown.map(String));
}

/** Whole sentences, each a message of its own, set one after another ("Figuren viser … Piler viser …"). Only for
 *  complete sentences: pieces of one sentence are one message with placeholders. */
export const sentences = (items) => items.filter(Boolean).join(' ');
