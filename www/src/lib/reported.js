// Tasks people reported in their survey answers (doc.reportedAssignments, written by the core's merge): the
// coordinator accepts each (it becomes an assignment in the responsibility map) or rejects it. Until then the
// core names the person in the findings about that function. Pure document operations; one undo step each in
// the view. A review is stored on the report ("review": "accepted" | "rejected"); a new answer from the same
// person in the same round replaces their reports, so it is reviewed afresh.

const list = (doc, key) => (doc && Array.isArray(doc[key]) ? doc[key] : []);

/** The reports with their index in doc.reportedAssignments: { index, r }; `pending` ones have no review. */
export function reportedTasks(doc, { pending = true } = {}) {
  const out = [];
  list(doc, 'reportedAssignments').forEach((r, index) => {
    if (r && (!pending || !r.review)) out.push({ index, r });
  });
  return out;
}

/** The assignment in the map for the same person, function and unit, if any (the report is then not new). */
export function mappedFor(doc, r) {
  const actor = list(doc, 'actors').find((a) => a.id === r.actorId);
  if (!actor) return null;
  return (
    list(doc, 'assignments').find(
      (a) => a && a.actorId === r.actorId && a.functionId === r.functionId && a.unitId === actor.unitId
    ) || null
  );
}

/**
 * Accept report `index`: an assignment in the person's unit with the reported role and target groups (no
 * decision authority or FTE: the survey does not ask for them), unless the map already has one for that
 * person, function and unit, which is left as it is. Returns false if there is no such pending report.
 */
export function acceptReported(doc, index) {
  const r = list(doc, 'reportedAssignments')[index];
  if (!r || r.review) return false;
  const actor = list(doc, 'actors').find((a) => a.id === r.actorId);
  if (!actor) return false;
  if (!mappedFor(doc, r)) {
    if (!Array.isArray(doc.assignments)) doc.assignments = [];
    doc.assignments.push({
      unitId: actor.unitId,
      actorId: r.actorId,
      functionId: r.functionId,
      targetGroupIds: Array.isArray(r.targetGroupIds) ? [...r.targetGroupIds] : [],
      role: r.role,
      decisionAuthority: false
    });
  }
  doc.reportedAssignments[index] = { ...r, review: 'accepted' };
  return true;
}

export function rejectReported(doc, index) {
  const r = list(doc, 'reportedAssignments')[index];
  if (!r || r.review) return false;
  doc.reportedAssignments[index] = { ...r, review: 'rejected' };
  return true;
}

/** Pending reports grouped by person, in the order of the project's people: [{ actor, items: [{ index, r }] }]. */
export function pendingByPerson(doc) {
  const byActor = new Map();
  for (const item of reportedTasks(doc)) {
    if (!byActor.has(item.r.actorId)) byActor.set(item.r.actorId, []);
    byActor.get(item.r.actorId).push(item);
  }
  return list(doc, 'actors')
    .filter((a) => byActor.has(a.id))
    .map((actor) => ({ actor, items: byActor.get(actor.id) }));
}
