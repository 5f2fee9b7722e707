// Helpers for project documents (docs/project-file.md). Pure; they never mutate their input.

import { isLang } from '../i18n.js';

export function cloneDoc(doc) {
  return JSON.parse(JSON.stringify(doc));
}

/** The display name of a project is its municipality's name. */
export function projectName(doc) {
  const name = doc && doc.municipality && doc.municipality.name;
  return typeof name === 'string' ? name.trim() : '';
}

export function municipalityNumber(doc) {
  const n = doc && doc.municipality && doc.municipality.number;
  return typeof n === 'string' || typeof n === 'number' ? String(n).trim() : '';
}

export function withName(doc, name) {
  const copy = cloneDoc(doc);
  copy.municipality = { ...(copy.municipality || {}), name: String(name).trim() };
  return copy;
}

/** A copy that is a separate project: new id, optionally a new name. It remembers the id it was copied from,
 *  so answers to the original's survey read into the copy are refused with words that say so. */
export function withNewId(doc, id, name) {
  const copy = name === undefined ? cloneDoc(doc) : withName(doc, name);
  if (copy.id !== id && typeof copy.id === 'string') copy.copiedFrom = copy.id;
  copy.id = id;
  return copy;
}

const list = (doc, key) => (doc && Array.isArray(doc[key]) ? doc[key] : []);

/** The project's målform (settings.language: the default language of its forms and report), or null when the
 *  project has none. The core checks the value; this only reads it. */
export function projectLanguage(doc) {
  const lang = doc && doc.settings && doc.settings.language;
  return isLang(lang) ? lang : null;
}

/** A copy with the målform set (null removes it). */
export function withLanguage(doc, lang) {
  const copy = cloneDoc(doc);
  const settings = { ...(copy.settings || {}) };
  if (lang) settings.language = lang;
  else delete settings.language;
  copy.settings = settings;
  return copy;
}

/** settings.minGroupSize, the floor of shared copies: its default and limits as the core has them
 *  (core/model/project.hpp; tests/js/floor.test.mjs holds them to the core, which checks every value). */
export const MIN_GROUP_SIZE = Object.freeze({ default: 5, min: 2, max: 50 });

/** The project's floor of shared copies: the stored whole number, or the default. */
export function minGroupSize(doc) {
  const n = doc && doc.settings && doc.settings.minGroupSize;
  return Number.isInteger(n) && n >= MIN_GROUP_SIZE.min && n <= MIN_GROUP_SIZE.max ? n : MIN_GROUP_SIZE.default;
}

/** A copy with the floor set (null removes it, so the default applies). The core checks the value. */
export function withMinGroupSize(doc, n) {
  const copy = cloneDoc(doc);
  const settings = { ...(copy.settings || {}) };
  if (n === null || n === undefined) delete settings.minGroupSize;
  else settings.minGroupSize = n;
  copy.settings = settings;
  return copy;
}

/** Small numbers shown in the project list. */
export function listSummary(doc) {
  return {
    units: list(doc, 'units').length,
    actors: list(doc, 'actors').length,
    number: municipalityNumber(doc)
  };
}

/** Normalise a user-typed name: trimmed, inner whitespace collapsed, capped. */
export function cleanName(value, maxLength = 200) {
  return String(value === null || value === undefined ? '' : value)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength);
}
