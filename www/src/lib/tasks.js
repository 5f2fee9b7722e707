// The responsibility map (functions × units) laid out from a project: a cell holds the assignments of one
// function in one unit. The marks come from the core (analysis.tasks, core/checks/overview.hpp), never from a
// rule here (when it had one, the app called a function with only contributors "covered" while Funn said nobody holds
// it): duplicate (two or more units hold it) and gap (essential, nobody holds it), for all target groups or for
// the one the view is filtered to. Pure.

export const ROLES = ['responsible', 'performs', 'contributes'];

const list = (doc, key) => (doc && Array.isArray(doc[key]) ? doc[key] : []);

export const cellKey = (functionId, unitId) => `${functionId}|${unitId}`;

/** Does an assignment cover the target group? (No groups listed means all groups.) */
export function covers(assignment, targetGroupId) {
  if (!targetGroupId) return true;
  const ids = assignment && Array.isArray(assignment.targetGroupIds) ? assignment.targetGroupIds : [];
  return ids.length === 0 || ids.includes(targetGroupId);
}

/**
 * A short label for a target-group chip in a narrow cell (the full name goes in the title
 * and for screen readers): an acronym in brackets ("… (ROP)" -> "ROP"), else the name
 * without a leading "Personer med/i/som" (nynorsk "Personar"), "People with/in/who" and without brackets.
 */
export function shortGroupName(name) {
  const text = String(name || '').trim();
  const acronym = /\(([A-ZÆØÅ]{2,6})\)\s*$/.exec(text);
  if (acronym) return acronym[1];
  const cut = text
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/^(personer|personar|people)\s+(med|i|som|with|in|who|at)\s+/i, '')
    .trim();
  return cut ? cut[0].toLocaleUpperCase('nb') + cut.slice(1) : text;
}

/** Internal units first, then external, each in the document's order. */
export function orderedUnits(doc) {
  const units = list(doc, 'units');
  return [...units.filter((u) => !u.external), ...units.filter((u) => u.external)];
}

/**
 * The people a cell's unit can name, grouped by unit: the cell's own unit first (own: true), then the other units
 * in orderedUnits' order, then people whose unit is not in the project (unitId null). Empty groups are left out;
 * people keep the document's order within a group. O(U + A) for U units, A people.
 */
export function peopleByUnit(doc, unitId) {
  const units = orderedUnits(doc);
  const groups = new Map(
    units.map((u) => [u.id, { unitId: u.id, name: u.name || u.id, own: u.id === unitId, people: [] }])
  );
  const stray = { unitId: null, name: '', own: false, people: [] };
  for (const a of list(doc, 'actors')) (groups.get(a && a.unitId) || stray).people.push(a);
  const all = [...groups.values()];
  const own = all.filter((g) => g.own);
  return [...own, ...all.filter((g) => !g.own), stray].filter((g) => g.people.length > 0);
}

/** The core's marks for one function, for all groups or for `targetGroupId`: { holders, duplicate, gap }. */
function marksOf(tasks, functionId, targetGroupId) {
  const row = tasks && Array.isArray(tasks.functions) ? tasks.functions.find((f) => f.id === functionId) : null;
  const marks = row && targetGroupId ? (row.byTargetGroup || {})[targetGroupId] : row;
  return marks
    ? { holders: marks.holders || [], duplicate: !!marks.duplicate, gap: !!marks.gap }
    : { holders: [], duplicate: false, gap: false };
}

/**
 * The matrix. options: { targetGroupId, onlyUsedUnits, tasks } (tasks: the analysis's tasks block; without it,
 * while the analysis runs, nothing is marked).
 * Returns { units, rows: [{ fn, duplicate, gap, holders: [unitId], count }], cells: Map(key -> [{ index, a }]),
 *           duplicates: [functionId], gaps: [functionId], totals: { assignments } }.
 */
export function taskMatrix(doc, { targetGroupId = '', onlyUsedUnits = false, tasks = null } = {}) {
  const cells = new Map();
  const perFunction = new Map();
  const usedUnits = new Set();
  let count = 0;
  list(doc, 'assignments').forEach((a, index) => {
    if (!a || !covers(a, targetGroupId)) return;
    const key = cellKey(a.functionId, a.unitId);
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push({ index, a });
    if (!perFunction.has(a.functionId)) perFunction.set(a.functionId, []);
    perFunction.get(a.functionId).push(a);
    usedUnits.add(a.unitId);
    count += 1;
  });
  const rows = list(doc, 'functions').map((fn) => ({
    fn,
    count: (perFunction.get(fn.id) || []).length,
    ...marksOf(tasks, fn.id, targetGroupId)
  }));
  // "Only units with tasks" shows every unit while none has any (else nothing could be chosen).
  const onlyUsed = onlyUsedUnits && usedUnits.size > 0;
  const units = orderedUnits(doc).filter((u) => !onlyUsed || usedUnits.has(u.id));
  return {
    units,
    rows,
    cells,
    duplicates: rows.filter((r) => r.duplicate).map((r) => r.fn.id),
    gaps: rows.filter((r) => r.gap).map((r) => r.fn.id),
    // FTE is the core's (analysis.resources), never summed here: one figure on the page.
    totals: { assignments: count }
  };
}

/** The assignments of one cell, unfiltered, with their indexes in doc.assignments. */
export function cellAssignments(doc, functionId, unitId) {
  const out = [];
  list(doc, 'assignments').forEach((a, index) => {
    if (a && a.functionId === functionId && a.unitId === unitId) out.push({ index, a });
  });
  return out;
}

/** An assignment from an editor row: { actorId, targetGroupIds, role, decisionAuthority, fte, note? }. */
export function assignmentFromRow(functionId, unitId, row, keep = {}) {
  const a = { ...keep, unitId, functionId, role: row.role };
  if (row.actorId) a.actorId = row.actorId;
  else delete a.actorId;
  a.targetGroupIds = Array.isArray(row.targetGroupIds) ? [...row.targetGroupIds] : [];
  a.decisionAuthority = Boolean(row.decisionAuthority);
  if (typeof row.fte === 'number') a.fte = row.fte;
  else delete a.fte;
  return a;
}

/**
 * Replace the assignments of one cell with `assignments` (already built). They go where
 * the cell's first assignment was (or at the end), so the rest of the list keeps its order.
 * Returns the index of the first new one (for mapping the core's messages to rows).
 */
export function replaceCell(doc, functionId, unitId, assignments) {
  const all = list(doc, 'assignments');
  let at = all.findIndex((a) => a && a.functionId === functionId && a.unitId === unitId);
  const rest = all.filter((a) => !(a && a.functionId === functionId && a.unitId === unitId));
  if (at < 0) at = rest.length;
  doc.assignments = [...rest.slice(0, at), ...assignments, ...rest.slice(at)];
  return at;
}
