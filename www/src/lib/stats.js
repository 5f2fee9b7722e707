// The overview's figures, as the core computed them (analysis.overview, core/checks/overview.hpp): the app counts
// nothing by a rule of its own (when it did, Oversikt called a function "covered" that Funn said nobody holds). Pure.

const list = (doc, key) => (doc && Array.isArray(doc[key]) ? doc[key] : []);

/**
 * The figures of the open project from its analysis, with names for ids from the document; null until the core
 * has answered for this project. Waves keep the shape the views use ({ …, rate }).
 */
export function projectStats(result, doc) {
  const o = result && result.overview;
  if (!o) return null;
  const names = new Map(
    list(doc, 'functions').map((f) => [f.id, typeof f.name === 'string' && f.name ? f.name : String(f.id)])
  );
  return {
    units: { ...o.units },
    actors: o.actors,
    functions: {
      total: o.functions.total,
      essential: o.functions.essential,
      essentialCovered: o.functions.essentialHeld,
      uncovered: o.functions.uncovered.map((id) => ({ id, name: names.get(id) || id }))
    },
    targetGroups: o.targetGroups,
    assignments: o.assignments,
    reportedPending: o.reportedPending,
    waves: o.waves.map((w) => ({ ...w, rate: w.responseRate })),
    latestWaveId: o.latestWaveId,
    minResponseRate: result.settings ? result.settings.minResponseRate : null
  };
}

/**
 * The most recent wave: latest date, else the last one listed (ties go to the later entry). The one copy in the
 * app of the core's Project::latest_wave, for choosing a round before any analysis exists (the analysis options
 * themselves, the round picker); tests/js/latest-wave.test.mjs checks it against the core.
 */
export function latestWave(waves) {
  if (!waves || !waves.length) return null;
  const dated = waves.filter((w) => typeof w.date === 'string' && w.date);
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
  // Nothing assigned yet is a map not begun, not a list of gaps: an empty project is calm.
  if (stats.functions.total > 0 && stats.assignments === 0) steps.push({ key: 'overview.next.assignFunctions' });
  else if (stats.functions.uncovered.length > 0) {
    steps.push({ key: 'overview.next.assignEssential', params: { count: stats.functions.uncovered.length } });
  }
  if (stats.reportedPending > 0)
    steps.push({ key: 'overview.next.reviewReported', params: { count: stats.reportedPending } });
  const wave = stats.waves.find((w) => w.id === stats.latestWaveId) || null;
  if (!wave) {
    steps.push({ key: 'overview.next.planWave' });
  } else if (wave.ties === 0) {
    steps.push({ key: 'overview.next.collectAnswers', params: { wave: wave.label } });
  } else if (wave.rate !== null && typeof stats.minResponseRate === 'number' && wave.rate < stats.minResponseRate) {
    steps.push({ key: 'overview.next.lowResponse', params: { wave: wave.label }, rateShare: wave.rate });
  }
  if (steps.length === 0) steps.push({ key: 'overview.next.ready' });
  return steps.slice(0, max);
}

/**
 * The first steps of a new project, in order, each { id, done }, from the core's counts: who (units and people,
 * done when someone is registered), tasks (who does which function, done with one assignment), survey (a round
 * with answers or contacts in it), results (findings and report: the last step, never "done"). Oversikt shows
 * them as its start until the first three are done (`startShown`); then the usual overview takes over.
 */
export function startSteps(stats) {
  const answered = (stats.waves || []).some((w) => w.ties > 0 || w.responded > 0);
  return [
    { id: 'who', done: stats.actors > 0 },
    { id: 'tasks', done: stats.assignments > 0 },
    { id: 'survey', done: answered },
    { id: 'results', done: false }
  ];
}

/** Whether Oversikt opens with the start: some of the first three steps is not done yet. */
export function startShown(stats) {
  return startSteps(stats)
    .slice(0, 3)
    .some((s) => !s.done);
}
