// A list in running text in the app's language: "A, B og C" / "A, B and C" (Intl.ListFormat). With `max`, the
// rest is counted instead: "A, B og 3 til" (the count's words come from the caller's `more(count)`).
import { getLang, INTL_TAGS } from '../i18n.js';

export function listText(items, max = Infinity, more = null) {
  const shown = items.length > max && more ? [...items.slice(0, max), more(items.length - max)] : items;
  return new Intl.ListFormat(INTL_TAGS[getLang()] || 'nb-NO', { type: 'conjunction' }).format(shown.map(String));
}
