// Translation and locale-aware formatting. Pure module: no DOM access at load time,
// so it can be imported by node tests. The current language lives here; the UI
// re-renders after setLang() through the app store.
import nb from './locales/nb.js';
import nn from './locales/nn.js';
import en from './locales/en.js';
import { INTL_TAGS } from './lib/locale.js';

export { INTL_TAGS, collatorFor } from './lib/locale.js';
export const LOCALES = { nb, nn, en };
/** Bokmål, nynorsk and English, as equals; the header offers them in this order. */
export const LANGS = ['nb', 'nn', 'en'];
export const DEFAULT_LANG = 'nb';

let current = DEFAULT_LANG;

export function isLang(value) {
  return LANGS.includes(value);
}

export function getLang() {
  return current;
}

export function setLang(lang) {
  current = isLang(lang) ? lang : DEFAULT_LANG;
  return current;
}

/**
 * Run `fn` with `lang` as the current language, then restore the person's own. For a part of the page that is
 * written in another language than the app (the report in the project's målform): `t` and the formatters read
 * the current language when they are called, so everything `fn` renders synchronously speaks `lang`.
 */
export function withLang(lang, fn) {
  const saved = current;
  current = isLang(lang) ? lang : saved;
  try {
    return fn();
  } finally {
    current = saved;
  }
}

/** The language to start with: a stored choice if valid, else bokmål. */
export function pickInitialLang(stored) {
  return isLang(stored) ? stored : DEFAULT_LANG;
}

// A key missing in nynorsk or English shows the bokmål text rather than crash or show the key; the tests
// (tests/js/i18n.test.mjs) fail on any missing key, so this only guards a running app.
function lookup(lang, key) {
  const table = LOCALES[lang] || LOCALES[DEFAULT_LANG];
  if (Object.prototype.hasOwnProperty.call(table, key)) return table[key];
  if (lang !== DEFAULT_LANG && Object.prototype.hasOwnProperty.call(LOCALES[DEFAULT_LANG], key)) {
    return LOCALES[DEFAULT_LANG][key];
  }
  return undefined;
}

/** Replace {name} placeholders. Values are inserted as plain strings (the UI renders text, never HTML). */
export function interpolate(template, params) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => {
    if (!params || !Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return value === null || value === undefined ? '' : String(value);
  });
}

/**
 * Translate a key. For plural entries ({one, other}) pass params.count.
 * A numeric count is also formatted for the language (so 1234 -> "1 234").
 */
export function translate(lang, key, params) {
  const entry = lookup(lang, key);
  if (entry === undefined) return key;
  let template = entry;
  let values = params;
  if (typeof entry === 'object') {
    const count = params && typeof params.count === 'number' ? params.count : 0;
    const form = intlCached(Intl.PluralRules, INTL_TAGS[lang] || INTL_TAGS.nb, undefined).select(count);
    template = entry[form] !== undefined ? entry[form] : entry.other;
    values = { ...params, count: formatNumber(count, {}, lang) };
  }
  return interpolate(template, values);
}

/** Translate in the current language. */
export function t(key, params) {
  return translate(current, key, params);
}

export function hasKey(key, lang = current) {
  return lookup(lang, key) !== undefined;
}

// Making an Intl formatter costs far more than using one (10,000 map labels: about a second), so
// they are kept per locale and options.
const intlCache = new Map();
function intlCached(Ctor, tag, options) {
  const key = `${Ctor.name}|${tag}|${options ? JSON.stringify(options) : ''}`;
  let made = intlCache.get(key);
  if (!made) {
    made = new Ctor(tag, options);
    intlCache.set(key, made);
  }
  return made;
}

export function formatNumber(value, options = {}, lang = current) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  return intlCached(Intl.NumberFormat, INTL_TAGS[lang] || INTL_TAGS.nb, options).format(value);
}

/** A share in [0, 1] as a percentage, e.g. 0.756 -> "76 %" in bokmål. */
export function formatPercent(share, lang = current) {
  if (typeof share !== 'number' || !Number.isFinite(share)) return '–';
  return formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }, lang);
}

function toDate(value) {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    // A calendar date: read it as local midnight so it never shifts a day.
    const [y, m, d] = value.split('-').map(Number);
    return new Date(y, m - 1, d);
  }
  return new Date(value);
}

/** A calendar date, e.g. "23. november 2026". Returns the input unchanged if it is not a date. */
export function formatDate(value, lang = current) {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return value === undefined || value === null ? '' : String(value);
  return new Intl.DateTimeFormat(INTL_TAGS[lang] || INTL_TAGS.nb, { dateStyle: 'long' }).format(date);
}

/** A moment, e.g. "23. november 2026 kl. 10:12". */
export function formatDateTime(value, lang = current) {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return value === undefined || value === null ? '' : String(value);
  return new Intl.DateTimeFormat(INTL_TAGS[lang] || INTL_TAGS.nb, { dateStyle: 'long', timeStyle: 'short' }).format(
    date
  );
}

/** File sizes for messages: "2,4 MB". */
export function formatBytes(bytes, lang = current) {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), { maximumFractionDigits: 1 }, lang)} MB`;
  if (bytes >= 1024) return `${formatNumber(bytes / 1024, { maximumFractionDigits: 0 }, lang)} kB`;
  return `${formatNumber(bytes, {}, lang)} B`;
}
