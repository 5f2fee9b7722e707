// Counts for the overview, straight from the project document. Pure.
// (Network measures come from the core's analyze(); these are only tallies.)

/** Response rates below this get a "what next" hint. A UI hint only; the core's
 * low-response-rate finding has its own documented threshold. */
export const LOW_RESPONSE_HINT = 0.7;

const list = (doc, key) => (doc && Array.isArray(doc[key]) ? doc[key] : []);

function waveStats(doc, wave) {
  const ties = list(doc, 'ties').filter((tie) => tie && tie.waveId === wave.id
    && !(typeof tie.frequency === 'number' && tie.frequency < 1)).length;
  const asked = new Set();
  const responded = new Set();
  for (const r of list(doc, 'respondents')) {
    if (!r || r.waveId !== wave.id) continue;
    asked.add(r.actorId);
    if (r.responded === true) responded.add(r.actorId);
  }
  return {
    id: wave.id,
    label: typeof wave.label === 'string' && wave.label ? wave.label : String(wave.id),
    date: typeof wave.date === 'string' ? wave.date : '',
    ties,
    asked: asked.size,
    responded: responded.size,
    rate: asked.size > 0 ? responded.size / asked.size : null
  };
}

export function projectStats(doc) {
  const units = list(doc, 'units');
  const external = units.filter((u) => u && u.external === true).length;
  const functions = list(doc, 'functions');
  const assigned = new Set(list(doc, 'assignments').map((a) => a && a.functionId));
  const essential = functions.filter((f) => f && f.essential === true);
  const uncovered = essential.filter((f) => !assigned.has(f.id))
    .map((f) => ({ id: f.id, name: typeof f.name === 'string' && f.name ? f.name : String(f.id) }));
  return {
    units: { total: units.length, internal: units.length - external, external },
    actors: list(doc, 'actors').length,
    functions: {
      total: functions.length,
      essential: essential.length,
      essentialCovered: essential.length - uncovered.length,
      uncovered
    },
    targetGroups: list(doc, 'targetGroups').length,
    assignments: list(doc, 'assignments').length,
    reportedPending: list(doc, 'reportedAssignments').filter((r) => r && !r.review).length,
    waves: list(doc, 'waves').filter((w) => w && w.id !== undefined).map((w) => waveStats(doc, w))
  };
}

/** The most recent wave: latest date, else the last one listed. */
export function latestWave(waves) {
  if (!waves.length) return null;
  const dated = waves.filter((w) => w.date);
  if (dated.length === 0) return waves[waves.length - 1];
  return dated.reduce((best, w) => (w.date >= best.date ? w : best));
}

/**
 * Up to `max` hints, each { key, params } for i18n ('overview.next.*'),
 * most basic first. Percent values are left as numbers (rateShare) for formatting.
 */
export function nextSteps(stats, max = 3) {
  const steps = [];
  if (stats.units.total === 0) steps.push({ key: 'overview.next.addUnits' });
  else if (stats.units.external === 0) steps.push({ key: 'overview.next.addExternal' });
  if (stats.actors === 0) steps.push({ key: 'overview.next.addActors' });
  if (stats.functions.total === 0) steps.push({ key: 'overview.next.addFunctions' });
  // Nothing assigned yet is a map not begun, not a list of gaps (issue 12: an empty project must be calm).
  if (stats.functions.total > 0 && stats.assignments === 0) steps.push({ key: 'overview.next.assignFunctions' });
  else if (stats.functions.uncovered.length > 0) {
    steps.push({ key: 'overview.next.assignEssential', params: { count: stats.functions.uncovered.length } });
  }
  if (stats.reportedPending > 0) steps.push({ key: 'overview.next.reviewReported', params: { count: stats.reportedPending } });
  const wave = latestWave(stats.waves);
  if (!wave) {
    steps.push({ key: 'overview.next.planWave' });
  } else if (wave.ties === 0) {
    steps.push({ key: 'overview.next.collectAnswers', params: { wave: wave.label } });
  } else if (wave.rate !== null && wave.rate < LOW_RESPONSE_HINT) {
    steps.push({ key: 'overview.next.lowResponse', params: { wave: wave.label }, rateShare: wave.rate });
  }
  if (steps.length === 0) steps.push({ key: 'overview.next.ready' });
  return steps.slice(0, max);
}
