// Survey waves, respondents and ties (docs/project-file.md). Pure.
// A tie is what `from` reported about `to` in a wave: frequency 1 = less than monthly,
// 2 = monthly, 3 = weekly, 4 = daily. "Never" is no tie at all (the core refuses 0).

export const FREQUENCIES = [0, 1, 2, 3, 4];
/** The kinds of contact, in the catalogue's order (data/catalogue.json tieTypes; tests/js/terms.test.mjs checks):
 *  the one list the app, the map and the survey form share. */
export const TIE_TYPES = ['information', 'coordination', 'advice', 'referral'];
/** The survey question is about exchanging information, so a new tie starts with that type. */
export const DEFAULT_TYPES = ['information'];

const list = (doc, key) => (doc && Array.isArray(doc[key]) ? doc[key] : []);
const pairKey = (from, to) => `${from}\u0000${to}`;

/** Ties of one wave by (from, to): Map(key -> { index, tie }). */
export function tieIndex(doc, waveId) {
  const map = new Map();
  list(doc, 'ties').forEach((tie, index) => {
    if (tie && tie.waveId === waveId) map.set(pairKey(tie.from, tie.to), { index, tie });
  });
  return map;
}

export function tieKey(from, to) {
  return pairKey(from, to);
}

export function getTie(doc, waveId, from, to) {
  const hit = list(doc, 'ties').find((t) => t && t.waveId === waveId && t.from === from && t.to === to);
  return hit || null;
}

/**
 * Set the frequency `from` reported for `to`. 0 removes the tie. A new tie gets the
 * default types; an existing one keeps its types and other fields. Returns the doc.
 */
export function setTie(doc, waveId, from, to, frequency, types) {
  if (!Array.isArray(doc.ties)) doc.ties = [];
  const i = doc.ties.findIndex((t) => t && t.waveId === waveId && t.from === from && t.to === to);
  const f = Number(frequency);
  if (!(f >= 1 && f <= 4)) {
    if (i >= 0) doc.ties.splice(i, 1);
    return doc;
  }
  if (i >= 0) {
    doc.ties[i] = { ...doc.ties[i], frequency: f };
    if (types) doc.ties[i].types = [...types];
  } else {
    doc.ties.push({ from, to, waveId, frequency: f, types: [...(types || DEFAULT_TYPES)] });
  }
  return doc;
}

/** Turn one tie type on or off for an existing tie. Returns false if there is no tie. */
export function toggleTieType(doc, waveId, from, to, type, on) {
  const tie = (doc.ties || []).find((t) => t && t.waveId === waveId && t.from === from && t.to === to);
  if (!tie) return false;
  const set = new Set(Array.isArray(tie.types) ? tie.types : []);
  if (on) set.add(type);
  else set.delete(type);
  // Keep the known types in their usual order, then any others as they were.
  tie.types = [...TIE_TYPES.filter((x) => set.has(x)), ...[...set].filter((x) => !TIE_TYPES.includes(x))];
  return true;
}

/** Survey status per person in a wave: Map(actorId -> { asked, responded }). */
export function respondentStatus(doc, waveId) {
  const map = new Map();
  for (const r of list(doc, 'respondents')) {
    if (r && r.waveId === waveId) map.set(r.actorId, { asked: true, responded: r.responded === true });
  }
  return map;
}

/**
 * Set whether a person was asked and has answered. Not asked removes the record;
 * answered implies asked.
 */
export function setRespondent(doc, waveId, actorId, { asked, responded }) {
  if (!Array.isArray(doc.respondents)) doc.respondents = [];
  const i = doc.respondents.findIndex((r) => r && r.waveId === waveId && r.actorId === actorId);
  const wantAsked = asked || responded;
  if (!wantAsked) {
    if (i >= 0) doc.respondents.splice(i, 1);
    return doc;
  }
  const rec = { ...(i >= 0 ? doc.respondents[i] : { actorId, waveId }), responded: Boolean(responded) };
  // Marked as not answered: the time of the answer read in last no longer stands, so an answer file read in
  // later is taken whatever its time (the core's newer-answer rule compares against this time).
  if (!responded) delete rec.submittedAt;
  if (i >= 0) doc.respondents[i] = rec;
  else doc.respondents.push(rec);
  return doc;
}

/** Mark everyone in `actorIds` as asked (keeping who has answered). */
export function askAll(doc, waveId, actorIds) {
  const status = respondentStatus(doc, waveId);
  for (const id of actorIds) if (!status.has(id)) setRespondent(doc, waveId, id, { asked: true, responded: false });
  return doc;
}

/** Entering someone's answers means they answered: mark them so (once). Returns true if changed. */
export function markAnswered(doc, waveId, actorId) {
  const s = respondentStatus(doc, waveId).get(actorId);
  if (s && s.responded) return false;
  setRespondent(doc, waveId, actorId, { asked: true, responded: true });
  return true;
}

export function waveUsage(doc, waveId) {
  return {
    ties: list(doc, 'ties').filter((t) => t && t.waveId === waveId).length,
    respondents: list(doc, 'respondents').filter((r) => r && r.waveId === waveId).length
  };
}

/** Delete a wave with its ties and survey status. */
export function deleteWave(doc, waveId) {
  doc.waves = list(doc, 'waves').filter((w) => w.id !== waveId);
  doc.ties = list(doc, 'ties').filter((t) => t.waveId !== waveId);
  doc.respondents = list(doc, 'respondents').filter((r) => r.waveId !== waveId);
  return doc;
}

/** A date typed as YYYY-MM-DD (the date input's value), or '' for none. */
export function isIsoDate(text) {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(new Date(`${text}T00:00:00Z`).getTime());
}
