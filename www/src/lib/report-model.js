// What the report's tables show, gathered from the project and the core's analysis (pure, DOM-free).
// Nothing here decides a rule or computes a figure the core owns: FTE come from `result.resources`,
// "no one holds this essential function" from the core's `uncovered-function` findings, contact with a
// partner from the core's unit matrix (`result.units[].tiesTo`), response from `result.network` and
// `result.units[]`. This module only joins them with names and puts them in reading order.
import { orderedUnits } from './tasks.js';

const list = (doc, key) => (doc && Array.isArray(doc[key]) ? doc[key] : []);
const nameOf = (x) => (x && typeof x.name === 'string' && x.name ? x.name : String((x && x.id) || ''));
export const ROLE_ORDER = ['responsible', 'performs', 'contributes'];
const rank = (role) => {
  const i = ROLE_ORDER.indexOf(role);
  return i < 0 ? ROLE_ORDER.length : i;
};
const finite = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Function ids the core found held by no one (essential functions: rule `uncovered-function`). */
export function uncoveredFunctionIds(result) {
  const ids = new Set();
  for (const f of (result && result.findings) || []) {
    if (f && f.rule === 'uncovered-function') for (const id of (f.subjects && f.subjects.functions) || []) ids.add(id);
  }
  return ids;
}

/**
 * The responsibility map as a list per function, in the catalogue's order:
 * [{ id, name, essential, uncovered, fte, estimatedFte, unknownAssignments, units: [
 *    { id, name, external, fte, estimatedFte, unknownAssignments, lines: [{ role, person, decisionAuthority,
 *      targetGroups, fte, estimated }] }] }]
 * A function's units come strongest role first (responsible, performs, contributes), then in the unit list's
 * order (internal units before partners); a unit's lines by role, then in the document's order. `person` is
 * the person's name or null (the unit as a whole); `targetGroups` is [] when the assignment names none (it
 * covers all). `fte` is the core's figure (null without an analysis, and for partners, whose time the core
 * does not count as the municipality's). A line's `fte` is its assignment's own figure from the core
 * (`resources.assignments[]`, in the project's order: its own, the estimate with `estimated` true, or null when
 * unknown, for a partner, or without an analysis). O(A log A + U + F) for A assignments, U units, F functions.
 */
export function responsibilityMap(doc, result) {
  const units = orderedUnits(doc);
  const unitPos = new Map(units.map((u, i) => [u.id, i]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const actors = new Map(list(doc, 'actors').map((a) => [a.id, a]));
  const groups = new Map(list(doc, 'targetGroups').map((g) => [g.id, g]));
  const res = result && result.resources;
  const fnRes = new Map(((res && res.functions) || []).map((f) => [f.id, f]));
  const cellFte = new Map();
  for (const u of (res && res.units) || []) {
    for (const b of u.byFunction || []) {
      cellFte.set(`${b.functionId}|${u.id}`, {
        fte: finite(b.fte),
        estimatedFte: finite(b.estimatedFte) || 0,
        unknownAssignments: finite(b.unknownAssignments) || 0
      });
    }
  }
  const uncovered = uncoveredFunctionIds(result);
  const byAssignment = Array.isArray(res && res.assignments) ? res.assignments : [];

  const byFunction = new Map();
  list(doc, 'assignments').forEach((a, index) => {
    if (!a) return;
    if (!byFunction.has(a.functionId)) byFunction.set(a.functionId, new Map());
    const cells = byFunction.get(a.functionId);
    if (!cells.has(a.unitId)) cells.set(a.unitId, []);
    cells.get(a.unitId).push({ a, index });
  });

  return list(doc, 'functions').map((fn) => {
    const cells = byFunction.get(fn.id) || new Map();
    const r = fnRes.get(fn.id);
    const rows = [...cells.entries()].map(([unitId, items]) => {
      const unit = unitById.get(unitId) || { id: unitId, name: unitId };
      const external = unit.external === true;
      // A partner's time is not the municipality's: no figure on its lines either (shown as –).
      const own = (index) => (external ? null : byAssignment[index] || null);
      const lines = items
        .slice()
        .sort((x, y) => rank(x.a.role) - rank(y.a.role) || x.index - y.index)
        .map(({ a, index }) => ({
          role: a.role,
          person: a.actorId ? nameOf(actors.get(a.actorId) || { id: a.actorId }) : null,
          decisionAuthority: a.decisionAuthority === true,
          targetGroups: (Array.isArray(a.targetGroupIds) ? a.targetGroupIds : []).map((id) =>
            nameOf(groups.get(id) || { id })
          ),
          fte: own(index) ? finite(own(index).fte) : null,
          estimated: !!(own(index) && own(index).estimated && finite(own(index).fte) !== null)
        }));
      const key = `${fn.id}|${unitId}`;
      const cell = external ? null : cellFte.get(key) || null;
      return {
        id: unitId,
        name: nameOf(unit),
        external,
        fte: cell ? cell.fte : null,
        estimatedFte: cell ? cell.estimatedFte : 0,
        unknownAssignments: cell ? cell.unknownAssignments : 0,
        best: Math.min(...lines.map((l) => rank(l.role))),
        pos: unitPos.has(unitId) ? unitPos.get(unitId) : units.length,
        lines
      };
    });
    rows.sort((x, y) => x.best - y.best || x.pos - y.pos);
    return {
      id: fn.id,
      name: nameOf(fn),
      essential: fn.essential === true,
      uncovered: uncovered.has(fn.id),
      fte: r ? finite(r.fte) : null,
      estimatedFte: r ? finite(r.estimatedFte) || 0 : 0,
      unknownAssignments: r ? finite(r.unknownAssignments) || 0 : 0,
      units: rows.map(({ best, pos, ...row }) => row)
    };
  });
}

/**
 * The internal units: [{ id, name, locations: [text], people }]. `locations`: the unit's registered place,
 * then other places its people are registered at (as written, first seen first).
 */
export function internalUnits(doc) {
  const actors = list(doc, 'actors');
  return list(doc, 'units')
    .filter((u) => u && u.external !== true)
    .map((u) => {
      const members = actors.filter((a) => a && a.unitId === u.id);
      const places = [];
      const add = (p) => {
        const text = typeof p === 'string' ? p.trim() : '';
        if (text && !places.includes(text)) places.push(text);
      };
      add(u.location);
      for (const a of members) add(a.location);
      return { id: u.id, name: nameOf(u), locations: places, people: members.length };
    });
}

/**
 * The external partners: [{ id, name, location, relation: { agreement, contact, frequency, about } (only the
 * fields given), people, contact }]. `contact` is null without an analysis, else { ties, units: [{ id, name,
 * ties }] }: the core's count of ties between the partner's people and each internal unit, largest first.
 */
export function externalPartners(doc, result) {
  const units = list(doc, 'units');
  const internal = new Map(units.filter((u) => u && u.external !== true).map((u) => [u.id, u]));
  const rows = new Map(((result && result.units) || []).map((u) => [u.id, u]));
  const actors = list(doc, 'actors');
  return units
    .filter((u) => u && u.external === true)
    .map((u) => {
      const relation = {};
      for (const k of ['agreement', 'contact', 'frequency', 'about']) {
        const v = u.relation && typeof u.relation[k] === 'string' ? u.relation[k].trim() : '';
        if (v) relation[k] = v;
      }
      let contact = null;
      if (result) {
        const row = rows.get(u.id);
        const tiesTo = (row && row.tiesTo) || {};
        const withUnits = Object.entries(tiesTo)
          .filter(([id, n]) => internal.has(id) && n > 0)
          .map(([id, n]) => ({ id, name: nameOf(internal.get(id)), ties: n }))
          .sort((a, b) => b.ties - a.ties || a.name.localeCompare(b.name, 'nb'));
        contact = { ties: withUnits.reduce((s, x) => s + x.ties, 0), units: withUnits };
      }
      return {
        id: u.id,
        name: nameOf(u),
        location: typeof u.location === 'string' ? u.location.trim() : '',
        relation,
        people: actors.filter((a) => a && a.unitId === u.id).length,
        contact
      };
    });
}

/**
 * Response per unit from the core (`result.units[].asked/responded/responseRate`), in the unit list's order;
 * partners only when someone there was asked. null while the core does not give them (older cores had only
 * the network's totals).
 */
export function unitResponse(doc, result) {
  const rows = (result && result.units) || [];
  if (!rows.some((r) => r && typeof r.asked === 'number')) return null;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const shown = (u) => u && byId.has(u.id) && (u.external !== true || (finite(byId.get(u.id).asked) || 0) > 0);
  return list(doc, 'units')
    .filter(shown)
    .map((u) => {
      const r = byId.get(u.id);
      return {
        id: u.id,
        name: nameOf(u),
        asked: finite(r.asked) || 0,
        responded: finite(r.responded) || 0,
        responseRate: finite(r.responseRate)
      };
    });
}

/** The response of the whole round from the core: { rate, asked, responded } (rate null when no one was asked). */
/**
 * The network figures the report shows: the analysis's, or for a round whose answers were deleted after the
 * retention date the figures the core kept from them (same names; `answered` is the analysis's `responded`).
 */
export function reportNetwork(result) {
  if (result && result.retired) return { ...result.retired.figures, responded: result.retired.figures.answered };
  return (result && result.network) || {};
}

export function networkResponse(result) {
  const net = reportNetwork(result);
  return { rate: finite(net.responseRate), asked: finite(net.asked) || 0, responded: finite(net.responded) || 0 };
}

/**
 * A QAP result of the core ({ correlation, p, permutations, moreThanChance } or null) as what the texts need:
 * { state, correlation, count?, permutations? }, state 'none' (null: nothing to correlate), 'untested' (no
 * permutations drawn) or the core's verdict 'more' / 'not'; `count` is how many permutations gave an association
 * at least as strong (p · permutations).
 */
export function qapResult(w) {
  if (w && typeof w.moreThanChance === 'boolean')
    return {
      state: w.moreThanChance ? 'more' : 'not',
      correlation: finite(w.correlation),
      count: Math.round(w.p * w.permutations),
      permutations: w.permutations
    };
  return w ? { state: 'untested', correlation: finite(w.correlation) } : { state: 'none', correlation: null };
}

/**
 * The core's tests against chance, joined with names, for Analyse and the report: null without them (no analysis,
 * or an older core), else { level, permutations, sharedWork, units }. sharedWork: network.qap.sharedWork as
 * qapResult() gives it ('none': no ties, or no one shares a function). units: `tested` (units with a
 * verdict), `closed` ([{ id, name }] of those the core found with more internal contact than chance, in the unit
 * list's order) and `untested` (no permutations drawn). Nothing is decided here.
 */
export function chanceTests(doc, result) {
  const q = result && result.network && result.network.qap;
  if (!q) return null;
  const permutations = finite(q.permutations) || 0;
  const sharedWork = qapResult(q.sharedWork);
  const verdicts = new Map(
    (result.units || [])
      .filter((u) => u && typeof u.moreClosedThanChance === 'boolean')
      .map((u) => [u.id, u.moreClosedThanChance])
  );
  const closed = list(doc, 'units')
    .filter((u) => u && verdicts.get(u.id) === true)
    .map((u) => ({ id: u.id, name: nameOf(u) }));
  return {
    level: finite(q.level),
    permutations,
    sharedWork,
    units: { tested: verdicts.size, closed, untested: permutations === 0 }
  };
}
