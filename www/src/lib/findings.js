// Findings, assessments (strengths, weaknesses, tiltak) and phase progress: pure helpers
// the Funn, Prosess, Rapport and Oversikt views share, and the document operations they
// pass to actions.editCurrent/updateCurrent. DOM-free.

export const SEVERITIES = ['critical', 'warning', 'info'];
export const STATUSES = ['proposed', 'agreed', 'in-progress', 'done', 'dropped'];
const RANK = { critical: 0, warning: 1, info: 2 };

export const bySeverity = (a, b) => (RANK[a.severity] ?? 3) - (RANK[b.severity] ?? 3);

/** Findings in severity order, filtered by rule, severity and unit ('' = all). */
export function filterFindings(findings, { rule = '', severity = '', unit = '' } = {}) {
  return (findings || [])
    .filter(
      (f) =>
        (!rule || f.rule === rule) &&
        (!severity || f.severity === severity) &&
        (!unit || ((f.subjects && f.subjects.units) || []).includes(unit))
    )
    .slice()
    .sort(bySeverity);
}

export function groupBySeverity(findings) {
  return SEVERITIES.map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) })).filter(
    (g) => g.items.length
  );
}

export const rulesOf = (findings) => [...new Set((findings || []).map((f) => f.rule))].sort();

export function unitsOf(findings) {
  const ids = new Set();
  for (const f of findings || []) for (const u of (f.subjects && f.subjects.units) || []) ids.add(u);
  return [...ids];
}

/** The first n findings, critical first, one per rule before a rule repeats; phase-incomplete
 *  findings are left out (the phases speak for themselves). */
export function topFindings(findings, n = 5) {
  const sorted = (findings || [])
    .filter((f) => f.rule !== 'phase-incomplete')
    .slice()
    .sort(bySeverity);
  const seen = new Set();
  const first = [];
  const rest = [];
  for (const f of sorted) {
    if (seen.has(f.rule)) rest.push(f);
    else {
      seen.add(f.rule);
      first.push(f);
    }
  }
  return [...first, ...rest].slice(0, n).sort(bySeverity);
}

export const lowResponseFinding = (findings) => (findings || []).find((f) => f.rule === 'low-response-rate') || null;

// ---------- assessments ----------

export const assessmentsOf = (doc, kinds) => ((doc && doc.assessments) || []).filter((a) => kinds.includes(a.kind));
export const rejectedDrafts = (doc) => (Array.isArray(doc && doc.rejectedDrafts) ? doc.rejectedDrafts : []);

/** Drafts neither accepted (an assessment carries their draftId) nor rejected. */
export function openDrafts(doc, drafts) {
  const used = new Set(((doc && doc.assessments) || []).map((a) => a.draftId).filter(Boolean));
  const rejected = new Set(rejectedDrafts(doc));
  return (drafts || []).filter((d) => !d.accepted && !used.has(d.id) && !rejected.has(d.id));
}

function uniqueId(doc, prefix) {
  const ids = new Set(((doc && doc.assessments) || []).map((a) => a.id));
  let n = ids.size + 1;
  while (ids.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

function clean(a) {
  const out = {};
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === '') continue;
    out[k] = v;
  }
  if (!out.evidence) out.evidence = [];
  return out;
}

/** doc operation: accept a draft (text possibly edited). Returns the new assessment's id. */
export function acceptDraft(doc, draft, text) {
  doc.assessments = doc.assessments || [];
  const id = uniqueId(doc, draft.kind === 'strength' ? 's' : 'w');
  doc.assessments.push(
    clean({
      id,
      kind: draft.kind,
      text: (text || draft.text).trim(),
      evidence: [...(draft.evidence || [])],
      draftId: draft.id
    })
  );
  return id;
}

export function rejectDraft(doc, draftId) {
  const list = rejectedDrafts(doc);
  if (!list.includes(draftId)) doc.rejectedDrafts = [...list, draftId];
}

export function restoreDrafts(doc) {
  delete doc.rejectedDrafts;
}

/** doc operation: add (no id) or replace (id) an assessment. */
export function saveAssessment(doc, fields) {
  doc.assessments = doc.assessments || [];
  if (fields.id) {
    const i = doc.assessments.findIndex((a) => a.id === fields.id);
    if (i >= 0) {
      doc.assessments[i] = clean({ ...doc.assessments[i], ...fields });
      return fields.id;
    }
  }
  const prefix = fields.kind === 'change' ? 'c' : fields.kind === 'strength' ? 's' : 'w';
  const id = uniqueId(doc, prefix);
  doc.assessments.push(clean({ ...fields, id }));
  return id;
}

export function deleteAssessment(doc, id) {
  doc.assessments = (doc.assessments || []).filter((a) => a.id !== id);
}

export const findingIdsOf = (a) => (a.evidence || []).filter((e) => e.startsWith('finding:')).map((e) => e.slice(8));

/**
 * What one evidence reference of an assessment points at, as { kind, key, params } for the view to word
 * (or null when the thing is gone). Kinds: finding (params.title), units (params.a, params.b: unit names),
 * network (key: responseRate | coverage | …). Unknown units fall back to their ids so nothing is hidden.
 */
export function describeEvidence(ref, { findings, doc } = {}) {
  if (typeof ref !== 'string') return null;
  const colon = ref.indexOf(':');
  if (colon < 0) return null;
  const kind = ref.slice(0, colon);
  const rest = ref.slice(colon + 1);
  if (kind === 'finding') {
    const f = (findings || []).find((x) => x.id === rest);
    return f ? { kind, key: rest, params: { title: f.title } } : null;
  }
  if (kind === 'units') {
    const units = (doc && doc.units) || [];
    const name = (id) => (units.find((u) => u.id === id) || {}).name || id;
    const [a, b] = rest.split('+');
    return b === undefined
      ? { kind: 'unit', key: a, params: { a: name(a) } }
      : { kind, key: rest, params: { a: name(a), b: name(b) } };
  }
  if (kind === 'network') return { kind, key: rest, params: {} };
  return null;
}

// ---------- phases ----------

/** doc operation: change one checklist item of a phase ({ done, note, date }). */
export function setPhaseItem(doc, number, itemId, change) {
  doc.phases = doc.phases || {};
  const key = String(number);
  const phase = doc.phases[key] || (doc.phases[key] = {});
  phase.items = phase.items || {};
  const item = { ...(phase.items[itemId] || {}), ...change };
  for (const k of ['note', 'date']) if (item[k] === '' || item[k] === null) delete item[k];
  if (typeof item.done !== 'boolean') item.done = false;
  phase.items[itemId] = item;
}

export function setPhaseNote(doc, number, note) {
  doc.phases = doc.phases || {};
  const key = String(number);
  const phase = doc.phases[key] || (doc.phases[key] = {});
  if (note && note.trim()) phase.note = note;
  else delete phase.note;
}

/** The phase to work on: the first not complete (else the last), and its first undone required item. */
export function nextPhaseStep(phases) {
  const list = phases || [];
  const phase = list.find((p) => !p.complete) || list[list.length - 1] || null;
  if (!phase) return null;
  const item =
    (phase.items || []).find((i) => i.required && !i.done) || (phase.items || []).find((i) => !i.done) || null;
  return { phase, item };
}

export const share = (done, total) => (total > 0 ? Math.min(1, done / total) : 0);
