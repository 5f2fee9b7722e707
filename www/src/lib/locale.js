// The languages' Intl tags and what depends on them alone: how names are sorted and how a decimal is written.
// A small module of its own so that the survey form (a bundle of its own, which must not carry the app's
// catalogues) and the app (through i18n.js) use the same tags. Pure; no DOM.

/** BCP 47 tags of the languages: the html lang attribute, and the first choice for Intl. */
export const INTL_TAGS = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** The Intl tag of a language; bokmål's for an unknown one. */
export function intlTag(lang) {
  return INTL_TAGS[lang] || INTL_TAGS.nb;
}

// Chromium and Chrome ship ICU without nynorsk's number, date, list and collation data (only its plural rules),
// and an Intl object asked for a locale it lacks falls back to the browser's own: a nynorsk page in an en-US
// browser wrote "1,234.5" and "March 1, 2026" and sorted "Aasen" before "Berg". Nynorsk writes numbers, the
// month names of a date, "A, B og C" and the order of names exactly as bokmål does, so nynorsk asks for nn-NO and
// then nb-NO: an engine with nynorsk data (Node, Firefox) uses it, one without uses bokmål's, never English.
const INTL_LOCALES = { nb: ['nb-NO'], nn: ['nn-NO', 'nb-NO'], en: ['en-GB'] };

/** The locales to give every Intl constructor for `lang`, in order of preference (bokmål's for an unknown one). */
export function intlLocales(lang) {
  return INTL_LOCALES[lang] || INTL_LOCALES.nb;
}

// A collator costs far more to make than to use, and sorting calls for one per list: kept per tag and options.
const collators = new Map();

/** The collator for names in `lang` ("Aa" and "Å" together, "Ø" after "Z" in nb and nn). */
export function collatorFor(lang, options) {
  const locales = intlLocales(lang);
  const key = `${locales}|${options ? JSON.stringify(options) : ''}`;
  let collator = collators.get(key);
  if (!collator) {
    collator = new Intl.Collator(locales, options);
    collators.set(key, collator);
  }
  return collator;
}

/** The decimal separator of `lang`: "," in bokmål and nynorsk, "." in English. */
export function decimalSeparator(lang) {
  const part = new Intl.NumberFormat(intlLocales(lang)).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part ? part.value : '.';
}
