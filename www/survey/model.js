// The survey form's data: reading the payload, the answer being written (contacts and tasks),
// validation, the draft and the bosam-answer file (docs/answer-file.md). Pure; no DOM.
import { slugify } from '../src/lib/slug.js';
import { collatorFor } from '../src/lib/locale.js';
import { TIE_TYPES } from '../src/lib/ties.js';

export { TIE_TYPES };
export const FREQUENCIES = [1, 2, 3, 4];
export const ROLES = ['responsible', 'performs', 'contributes'];

const isList = Array.isArray;
const isText = (v) => typeof v === 'string' && v.length > 0;

/** The payload the app put in the form, or null if it is missing or not a survey payload. */
export function readPayload(text) {
  let p;
  try {
    p = JSON.parse(text);
  } catch (e) {
    return null;
  }
  if (!p || p.format !== 'bosam-survey' || !isText(p.projectId) || !p.wave || !isText(p.wave.id)) return null;
  if (!isList(p.people) || !isList(p.units) || !isList(p.functions) || !isList(p.targetGroups)) return null;
  if (!(p.respondent && isText(p.respondent.id)) && !(isList(p.respondents) && p.respondents.length)) return null;
  return p;
}

export function emptyAnswer() {
  return { contacts: [], tasks: {} };
}

/** localStorage key of the draft: one per project, wave and respondent. */
export function draftKey(payload, respondentId) {
  return `bosam-survey-draft:${payload.projectId}:${payload.wave.id}:${respondentId}`;
}

/** A stored draft, cleaned: unknown people, functions, groups and values are dropped. */
export function cleanDraft(raw, payload, respondentId) {
  const people = new Set(payload.people.map((p) => p.id));
  const functions = new Set(payload.functions.map((f) => f.id));
  const groups = new Set(payload.targetGroups.map((g) => g.id));
  const out = emptyAnswer();
  if (!raw || typeof raw !== 'object') return out;
  const seen = new Set();
  for (const c of isList(raw.contacts) ? raw.contacts : []) {
    if (!c || !people.has(c.id) || c.id === respondentId || seen.has(c.id)) continue;
    seen.add(c.id);
    out.contacts.push({
      id: c.id,
      frequency: FREQUENCIES.includes(c.frequency) ? c.frequency : 0,
      types: TIE_TYPES.filter((x) => isList(c.types) && c.types.includes(x))
    });
  }
  const tasks = raw.tasks && typeof raw.tasks === 'object' ? raw.tasks : {};
  for (const [fid, task] of Object.entries(tasks)) {
    if (!functions.has(fid) || !task || !ROLES.includes(task.role)) continue;
    out.tasks[fid] = { role: task.role, groups: (isList(task.groups) ? task.groups : []).filter((g) => groups.has(g)) };
  }
  return out;
}

export function hasContent(answer) {
  return answer.contacts.length > 0 || Object.keys(answer.tasks).length > 0;
}

/** Add or remove a contact (a new one starts with no frequency and "information"). */
export function toggleContact(answer, id, on) {
  const has = answer.contacts.some((c) => c.id === id);
  if (on && !has) return { ...answer, contacts: [...answer.contacts, { id, frequency: 0, types: ['information'] }] };
  if (!on && has) return { ...answer, contacts: answer.contacts.filter((c) => c.id !== id) };
  return answer;
}

export function updateContact(answer, id, change) {
  return { ...answer, contacts: answer.contacts.map((c) => (c.id === id ? { ...c, ...change } : c)) };
}

export function setTask(answer, fid, task) {
  const tasks = { ...answer.tasks };
  if (task && ROLES.includes(task.role)) tasks[fid] = { role: task.role, groups: task.groups || [] };
  else delete tasks[fid];
  return { ...answer, tasks };
}

/**
 * Problems that stop saving: [{ field, key, params }]. field is the id of the control to focus.
 * A shared form needs a name; every contact needs a frequency and at least one kind of contact.
 */
export function validateAnswer(answer, respondentId, nameOf) {
  const errors = [];
  if (!respondentId) errors.push({ field: 'who', key: 'who.missing', params: {} });
  for (const c of answer.contacts) {
    const name = nameOf(c.id);
    if (!FREQUENCIES.includes(c.frequency))
      errors.push({ field: `freq-${c.id}`, key: 'save.noFrequency', params: { name } });
    if (!c.types.length) errors.push({ field: `types-${c.id}`, key: 'save.noType', params: { name } });
  }
  return errors;
}

/** The bosam-answer document (docs/answer-file.md). */
export function buildAnswer(payload, respondentId, answer, now = new Date()) {
  return {
    format: 'bosam-answer',
    schemaVersion: 1,
    projectId: payload.projectId,
    waveId: payload.wave.id,
    respondent: respondentId,
    // Names beside the ids, so that an answer read into the wrong project can be refused in words
    // ("the answer from Kari Nilsen belongs to the survey in Eksempel kommune").
    respondentName: ((payload.people || []).find((p) => p.id === respondentId) || {}).name || '',
    municipality: payload.municipality || '',
    waveLabel: payload.wave.label || '',
    ties: answer.contacts.map((c) => ({
      to: c.id,
      frequency: c.frequency,
      types: TIE_TYPES.filter((x) => c.types.includes(x))
    })),
    assignments: payload.functions
      .filter((f) => answer.tasks[f.id])
      .map((f) => ({
        functionId: f.id,
        targetGroupIds: payload.targetGroups.map((g) => g.id).filter((g) => answer.tasks[f.id].groups.includes(g)),
        role: answer.tasks[f.id].role
      })),
    submittedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z')
  };
}

/** "svar-w-2026-kari-nilsen.json" */
export function answerFilename(waveId, name) {
  return `svar-${slugify(waveId, 'runde')}-${slugify(name, 'respondent')}.json`;
}

/** People grouped by unit (units in the payload's order, people by name), filtered by a query. */
export function groupPeople(payload, query, excludeId, lang) {
  const collator = collatorFor(lang);
  const q = String(query || '')
    .trim()
    .toLocaleLowerCase();
  const units = new Map(payload.units.map((u) => [u.id, u]));
  const groups = new Map();
  for (const p of payload.people) {
    if (p.id === excludeId) continue;
    const unit = units.get(p.unitId);
    const unitName = unit ? unit.name : '';
    if (q && !`${p.name} ${unitName}`.toLocaleLowerCase().includes(q)) continue;
    const key = unit ? unit.id : '';
    if (!groups.has(key)) groups.set(key, { unit: unit || { id: '', name: '', external: false }, people: [] });
    groups.get(key).people.push(p);
  }
  const order = [...payload.units.map((u) => u.id), ''];
  const out = order.filter((id) => groups.has(id)).map((id) => groups.get(id));
  // Municipal units first, partners outside the municipality after them.
  out.sort((a, b) => Number(a.unit.external) - Number(b.unit.external));
  for (const g of out) g.people.sort((a, b) => collator.compare(a.name, b.name));
  return out;
}
