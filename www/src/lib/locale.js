// The languages' Intl tags and what depends on them alone: how names are sorted and how a decimal is written.
// A small module of its own so that the survey form (a bundle of its own, which must not carry the app's
// catalogues) and the app (through i18n.js) use the same tags. Pure; no DOM.

/** BCP 47 tags for Intl formatting and the html lang attribute. */
export const INTL_TAGS = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** The Intl tag of a language; bokmål's for an unknown one. */
export function intlTag(lang) {
  return INTL_TAGS[lang] || INTL_TAGS.nb;
}

// A collator costs far more to make than to use, and sorting calls for one per list: kept per tag and options.
const collators = new Map();

/** The collator for names in `lang` ("Aa" and "Å" together, "Ø" after "Z" in nb and nn). */
export function collatorFor(lang, options) {
  const tag = intlTag(lang);
  const key = `${tag}|${options ? JSON.stringify(options) : ''}`;
  let collator = collators.get(key);
  if (!collator) {
    collator = new Intl.Collator(tag, options);
    collators.set(key, collator);
  }
  return collator;
}

/** The decimal separator of `lang`: "," in bokmål and nynorsk, "." in English. */
export function decimalSeparator(lang) {
  const part = new Intl.NumberFormat(intlTag(lang)).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part ? part.value : '.';
}
