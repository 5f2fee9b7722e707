// Synthetic municipalities for benchmarks and scale tests: n actors in units of about 20 (block structure),
// average degree about 8, 70 % of relationships inside a unit; 80 % of relationships reported by both sides,
// frequencies 1-4. Deterministic for a seed (mulberry32), so every tool sees the same network. With `functions`
// F > 0, the responsibility map too: F functions, each unit working on two of them, every person assigned to
// one of their unit's two and, one time in three, to one more function anywhere (what the tests against
// chance read: shared work goes with contact inside units). With `missing` M > 0, about that share of the people
// (drawn from a stream of their own, so the network is the same) have not answered: their own reports are gone
// and the analysis reconstructs them (robustness to missing answers).
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid bosam-project document with one wave. O(n + m). */
export function generateProject(
  n,
  { seed = 1, unitSize = 20, averageDegree = 8, internalShare = 0.7, functions: functionCount = 0, missing = 0 } = {}
) {
  const rand = mulberry32(seed);
  const pick = (k) => Math.floor(rand() * k);
  const unitCount = Math.max(1, Math.round(n / unitSize));
  const units = Array.from({ length: unitCount }, (_, u) => ({
    id: `u-${u}`,
    name: `Enhet ${u + 1}`,
    external: false
  }));
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `a-${i}`,
    name: `Person ${i + 1}`,
    unitId: `u-${i % unitCount}`
  }));
  const members = units.map(() => []);
  actors.forEach((a, i) => members[i % unitCount].push(i));

  const edges = new Set();
  const target = Math.round((n * averageDegree) / 2);
  let guard = target * 20;
  while (edges.size < target && guard-- > 0) {
    let u, v;
    if (rand() < internalShare) {
      const m = members[pick(unitCount)];
      if (m.length < 2) continue;
      u = m[pick(m.length)];
      v = m[pick(m.length)];
    } else {
      u = pick(n);
      v = pick(n);
    }
    if (u === v) continue;
    edges.add(u < v ? `${u},${v}` : `${v},${u}`);
  }
  const ties = [];
  for (const key of edges) {
    const [u, v] = key.split(',').map(Number);
    const f = 1 + pick(4);
    const both = rand() < 0.8;
    const first = rand() < 0.5;
    if (both || first) ties.push({ from: `a-${u}`, to: `a-${v}`, waveId: 'w-1', frequency: f, types: ['information'] });
    if (both || !first)
      ties.push({
        from: `a-${v}`,
        to: `a-${u}`,
        waveId: 'w-1',
        frequency: both ? Math.max(1, f - pick(2)) : f,
        types: ['information']
      });
  }
  const functions = Array.from({ length: functionCount }, (_, f) => ({
    id: `f-${f}`,
    name: `Oppgave ${f + 1}`,
    essential: f % 3 === 0
  }));
  const assignments = [];
  if (functionCount > 0)
    actors.forEach((a, i) => {
      const u = i % unitCount;
      const home = (u + pick(2)) % functionCount;
      const add = (f) =>
        assignments.push({
          unitId: a.unitId,
          actorId: a.id,
          functionId: `f-${f}`,
          targetGroupIds: [],
          role: 'performs'
        });
      add(home);
      if (rand() < 1 / 3) {
        const other = pick(functionCount);
        if (other !== home) add(other);
      }
    });
  const silent = new Set();
  if (missing > 0) {
    const draw = mulberry32(seed ^ 0x6d15);
    for (const a of actors) if (draw() < missing) silent.add(a.id);
  }
  return {
    format: 'bosam-project',
    schemaVersion: 1,
    id: `bench-${n}-${seed}`,
    municipality: { name: `Syntetisk kommune (${n})`, number: '' },
    units,
    actors,
    targetGroups: [],
    functions,
    assignments,
    waves: [{ id: 'w-1', label: 'Syntetisk runde', date: '2026-01-01' }],
    respondents: actors.map((a) => ({ actorId: a.id, waveId: 'w-1', responded: !silent.has(a.id) })),
    ties: silent.size ? ties.filter((t) => !silent.has(t.from)) : ties,
    assessments: [],
    phases: {}
  };
}

/** The undirected relationships of a generated project (either side reported), as [u, v] index pairs. */
export function undirectedEdges(project) {
  const index = new Map(project.actors.map((a, i) => [a.id, i]));
  const seen = new Set();
  const out = [];
  for (const t of project.ties) {
    const u = index.get(t.from),
      v = index.get(t.to);
    const key = u < v ? `${u},${v}` : `${v},${u}`;
    if (u === v || seen.has(key)) continue;
    seen.add(key);
    out.push([u, v]);
  }
  return out;
}
