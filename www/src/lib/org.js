// Editing the organisation part of a project (units, actors, target groups, functions).
// Pure: each function takes a document (a draft the caller may change) and returns
// what the views need. Deleting keeps the document valid: whatever refers to the deleted
// item is moved or removed, and the views say so before asking.
import { collatorFor, decimalSeparator } from './locale.js';

const list = (doc, key) => (doc && Array.isArray(doc[key]) ? doc[key] : []);

/** Text the user typed: trimmed, inner whitespace collapsed. */
export function cleanText(value, max = 500) {
  return String(value === null || value === undefined ? '' : value)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/**
 * An FTE share (årsverk) as typed: "0,5", "0.5", ",25", "50 %" (a per cent sign makes it per cent: 0.5), ""
 * (not given). A bare number is an FTE and must be 0–1 ("50" is refused, not guessed: in a form a slip of the
 * comma should be caught; the staff-list import, where whole columns are per cent, reads "50" as 50 %).
 * Returns { ok: true, value } (value undefined when empty) or { ok: false, reason: 'number' | 'range' }.
 */
export function parseFte(text) {
  // Spaces, also the no-break spaces Excel and the Norwegian number format put before "%", are ignored.
  const raw = String(text === null || text === undefined ? '' : text).replace(/[\s\u00a0\u202f]+/g, '');
  if (raw === '') return { ok: true, value: undefined };
  const percent = raw.endsWith('%');
  const normal = (percent ? raw.slice(0, -1) : raw).replace(',', '.');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(normal)) return { ok: false, reason: 'number' };
  const number = Number(normal);
  if (!Number.isFinite(number)) return { ok: false, reason: 'number' };
  // Above 1 (or 100 %) is allowed here: the core says whether it is plausible (the fte-above-one warning shown
  // on the field), so the form and a file the core accepts never disagree.
  const value = percent ? number / 100 : number;
  return { ok: true, value: Math.round(value * 1000) / 1000 };
}

/** An FTE for an input field, in the language's decimal style (0,5 in bokmål and nynorsk). */
export function fteInput(value, lang = 'nb') {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  return String(Math.round(value * 1000) / 1000).replace('.', decimalSeparator(lang));
}

function setOrDrop(obj, key, value) {
  if (value === undefined || value === null || value === '') delete obj[key];
  else obj[key] = value;
}

/** Put `item` in doc[key]: replace the one with the same id, or add it. Returns its index. */
export function upsert(doc, key, item) {
  if (!Array.isArray(doc[key])) doc[key] = [];
  const i = doc[key].findIndex((x) => x && x.id === item.id);
  if (i >= 0) {
    doc[key][i] = item;
    return i;
  }
  doc[key].push(item);
  return doc[key].length - 1;
}

export const RELATION_FIELDS = ['agreement', 'contact', 'frequency', 'about'];

/** A unit from form values. Keeps fields the form does not edit (sector, note …). */
export function unitFromForm(existing, form) {
  const u = { ...(existing || {}), id: form.id };
  u.name = cleanText(form.name, 200);
  u.external = Boolean(form.external);
  setOrDrop(u, 'location', cleanText(form.location, 200));
  setOrDrop(u, 'sector', cleanText(form.sector, 200));
  const relation = {};
  for (const k of RELATION_FIELDS) {
    const v = cleanText(form.relation && form.relation[k], 500);
    if (v) relation[k] = v;
  }
  if (u.external && Object.keys(relation).length) u.relation = relation;
  else delete u.relation;
  return u;
}

export function actorFromForm(existing, form, fte) {
  const a = { ...(existing || {}), id: form.id };
  a.name = cleanText(form.name, 200);
  a.unitId = form.unitId;
  setOrDrop(a, 'role', cleanText(form.role, 200));
  setOrDrop(a, 'location', cleanText(form.location, 200));
  setOrDrop(a, 'fte', fte);
  return a;
}

export function namedFromForm(existing, form, { essential } = {}) {
  const x = { ...(existing || {}), id: form.id, name: cleanText(form.name, 200) };
  setOrDrop(x, 'description', cleanText(form.description, 1000));
  if (essential !== undefined) x.essential = Boolean(essential);
  return x;
}

/** Who and what refers to a unit. */
export function unitUsage(doc, unitId) {
  return {
    actors: list(doc, 'actors').filter((a) => a.unitId === unitId),
    assignments: list(doc, 'assignments').filter((a) => a.unitId === unitId).length
  };
}

/**
 * Delete a unit. Its people must be moved first (moveTo = another unit's id), else
 * nothing happens and { ok: false, reason: 'has-actors' } comes back. The unit's
 * assignments are removed.
 */
export function deleteUnit(doc, unitId, { moveTo } = {}) {
  const usage = unitUsage(doc, unitId);
  if (usage.actors.length && !(moveTo && moveTo !== unitId && list(doc, 'units').some((u) => u.id === moveTo))) {
    return { ok: false, reason: 'has-actors' };
  }
  for (const a of list(doc, 'actors')) if (a.unitId === unitId) a.unitId = moveTo;
  doc.assignments = list(doc, 'assignments').filter((a) => a.unitId !== unitId);
  doc.units = list(doc, 'units').filter((u) => u.id !== unitId);
  return { ok: true, moved: usage.actors.length, assignments: usage.assignments };
}

/** What refers to a person. */
export function actorUsage(doc, actorId) {
  return {
    ties: list(doc, 'ties').filter((t) => t.from === actorId || t.to === actorId).length,
    respondents: list(doc, 'respondents').filter((r) => r.actorId === actorId).length,
    assignments: list(doc, 'assignments').filter((a) => a.actorId === actorId).length
  };
}

/** Delete a person: their ties and survey status go; their assignments stay with the unit. */
export function deleteActor(doc, actorId) {
  doc.actors = list(doc, 'actors').filter((a) => a.id !== actorId);
  doc.ties = list(doc, 'ties').filter((t) => t.from !== actorId && t.to !== actorId);
  doc.respondents = list(doc, 'respondents').filter((r) => r.actorId !== actorId);
  for (const a of list(doc, 'assignments')) if (a.actorId === actorId) delete a.actorId;
  return doc;
}

export function targetGroupUsage(doc, id) {
  return list(doc, 'assignments').filter((a) => Array.isArray(a.targetGroupIds) && a.targetGroupIds.includes(id))
    .length;
}

/** Delete a target group and take it out of every assignment. */
export function deleteTargetGroup(doc, id) {
  doc.targetGroups = list(doc, 'targetGroups').filter((g) => g.id !== id);
  for (const a of list(doc, 'assignments')) {
    if (Array.isArray(a.targetGroupIds)) a.targetGroupIds = a.targetGroupIds.filter((g) => g !== id);
  }
  return doc;
}

export function functionUsage(doc, id) {
  return list(doc, 'assignments').filter((a) => a.functionId === id).length;
}

export function deleteFunction(doc, id) {
  doc.functions = list(doc, 'functions').filter((f) => f.id !== id);
  doc.assignments = list(doc, 'assignments').filter((a) => a.functionId !== id);
  return doc;
}

/** Lower-case text for searching, so "nav" finds "NAV-kontoret". */
export function searchable(...parts) {
  return parts
    .filter((p) => p !== undefined && p !== null)
    .join(' ')
    .toLocaleLowerCase('nb');
}

export function matchesQuery(text, query) {
  const q = cleanText(query).toLocaleLowerCase('nb');
  if (!q) return true;
  return q.split(' ').every((word) => text.includes(word));
}

/**
 * Sort rows by a column. `get(row)` gives a string or a number (null/undefined last).
 * Stable for equal values.
 */
export function sortRows(rows, get, dir = 'asc', lang = 'nb') {
  const collator = collatorFor(lang, { numeric: true, sensitivity: 'base' });
  const sign = dir === 'desc' ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i, v: get(row) }))
    .sort((a, b) => {
      const an = a.v === null || a.v === undefined || a.v === '';
      const bn = b.v === null || b.v === undefined || b.v === '';
      if (an || bn) return an === bn ? a.i - b.i : an ? 1 : -1;
      const c =
        typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.row);
}
