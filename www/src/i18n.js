// Translation and locale-aware formatting. Pure module: no DOM access at load time,
// so it can be imported by node tests. The current language lives here; the UI
// re-renders after setLang() through the app store.
import nb from './locales/nb.js';
import nn from './locales/nn.js';
import en from './locales/en.js';
import { intlLocales } from './lib/locale.js';

export { INTL_TAGS, collatorFor, intlLocales } from './lib/locale.js';
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
 * The text of an entry for a count: a string as it is; a plural entry ({one, other}, and `zero` where nought
 * reads better in words, "ingen rader") by the language's plural rules. A count that is not a number is read as
 * 0: pass counts as numbers, never formatted (a formatted "1" chose "other": "1 rader").
 */
function pluralText(entry, count, lang) {
  if (typeof entry !== 'object') return entry;
  const n = typeof count === 'number' ? count : 0;
  if (n === 0 && entry.zero !== undefined) return entry.zero;
  const form = intlCached(Intl.PluralRules, lang, undefined).select(n);
  return entry[form] !== undefined ? entry[form] : entry.other;
}

/** Every number among the values written for the language (1234 -> "1 234"); other values as they are. */
function formatValues(params, lang) {
  const out = {};
  for (const [name, value] of Object.entries(params || {})) {
    out[name] = typeof value === 'number' ? formatNumber(value, {}, lang) : value;
  }
  return out;
}

/**
 * Translate a key. For plural entries pass params.count (a number). Every number among the params is written
 * for the language (so 1234 -> "1 234"); pass text (a kommunenummer, a version) as a string.
 */
export function translate(lang, key, params) {
  const entry = lookup(lang, key);
  if (entry === undefined) return key;
  return interpolate(pluralText(entry, params && params.count, lang), formatValues(params, lang));
}

/**
 * The same text as translate(), in parts: strings, and { name, value } where a placeholder stood (the value as
 * translate() writes it). For a view that sets a figure apart (in bold, or as a component) while the sentence
 * stays one message: "<strong>3</strong> funksjoner", never the figure and a separate word.
 */
export function translateParts(lang, key, params) {
  const entry = lookup(lang, key);
  if (entry === undefined) return [key];
  const values = formatValues(params, lang);
  const parts = [];
  let at = 0;
  const template = pluralText(entry, params && params.count, lang);
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (!Object.prototype.hasOwnProperty.call(values, m[1])) continue;
    if (m.index > at) parts.push(template.slice(at, m.index));
    const value = values[m[1]];
    parts.push({ name: m[1], value: value === null || value === undefined ? '' : value });
    at = m.index + m[0].length;
  }
  if (at < template.length) parts.push(template.slice(at));
  return parts;
}

/** Translate in the current language. */
export function t(key, params) {
  return translate(current, key, params);
}

export function hasKey(key, lang = current) {
  return lookup(lang, key) !== undefined;
}

// Making an Intl formatter costs far more than using one (10,000 map labels: about a second), so
// they are kept per language and options. Each is made for the language's locales (lib/locale.js: nynorsk
// falls back to bokmål's formats, never to the browser's).
const intlCache = new Map();
function intlCached(Ctor, lang, options) {
  const key = `${Ctor.name}|${lang}|${options ? JSON.stringify(options) : ''}`;
  let made = intlCache.get(key);
  if (!made) {
    made = new Ctor(intlLocales(lang), options);
    intlCache.set(key, made);
  }
  return made;
}

export function formatNumber(value, options = {}, lang = current) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  return intlCached(Intl.NumberFormat, lang, options).format(value);
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
  return intlCached(Intl.DateTimeFormat, lang, { dateStyle: 'long' }).format(date);
}

/** A moment, e.g. "23. november 2026 kl. 10:12". */
export function formatDateTime(value, lang = current) {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return value === undefined || value === null ? '' : String(value);
  return intlCached(Intl.DateTimeFormat, lang, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A time of day, e.g. "10:42". */
export function formatTime(value, lang = current) {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return value === undefined || value === null ? '' : String(value);
  return intlCached(Intl.DateTimeFormat, lang, { timeStyle: 'short' }).format(date);
}

/** A short day for a recent moment: "25. nov." this year, "25. nov. 2025" another year. */
export function formatShortDate(value, lang = current, now = new Date()) {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return value === undefined || value === null ? '' : String(value);
  const options =
    date.getFullYear() === now.getFullYear() ? { day: 'numeric', month: 'short' } : { dateStyle: 'medium' };
  return intlCached(Intl.DateTimeFormat, lang, options).format(date);
}

/** File sizes for messages: "2,4 MB". */
export function formatBytes(bytes, lang = current) {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), { maximumFractionDigits: 1 }, lang)} MB`;
  if (bytes >= 1024) return `${formatNumber(bytes / 1024, { maximumFractionDigits: 0 }, lang)} kB`;
  return `${formatNumber(bytes, {}, lang)} B`;
}
