// The measures the app shows, how to format them, and when to add a caveat. Pure.
// Their names, explanations and caveats come from lib/measure-names.js (one source: plain name first,
// technical name second); the warnings about the whole analysis are caveat.* in the locales.

/** kind: 'count' (whole number), 'share' (0–1 shown as %), 'decimal', 'index' (-1…1), 'flag'. */
export const ACTOR_MEASURES = [
  { key: 'degree', kind: 'count', core: true },
  { key: 'inDegree', kind: 'count', core: true },
  { key: 'outDegree', kind: 'count', core: true, needsAnswers: true },
  { key: 'strength', kind: 'count', core: true },
  { key: 'betweenness', kind: 'share', core: true, small: true },
  { key: 'closeness', kind: 'decimal', core: true },
  { key: 'eigenvector', kind: 'decimal', core: true, small: true },
  { key: 'constraint', kind: 'decimal', core: true, lowIsNotable: true },
  { key: 'brokerage', kind: 'count', core: true },
  { key: 'articulationPoint', kind: 'flag', core: true },
  { key: 'harmonic', kind: 'decimal' },
  { key: 'pagerank', kind: 'decimal' },
  { key: 'clustering', kind: 'share' },
  { key: 'coreNumber', kind: 'count' },
  { key: 'effectiveSize', kind: 'decimal' }
];

export const UNIT_MEASURES = [
  { key: 'members', kind: 'count' },
  { key: 'internalTies', kind: 'count' },
  { key: 'externalTies', kind: 'count' },
  { key: 'internalDensity', kind: 'share' },
  { key: 'eiIndex', kind: 'index' },
  { key: 'moreClosedThanChance', kind: 'flag' },
  { key: 'responseRate', kind: 'share' }
];

export const NETWORK_MEASURES = [
  { key: 'nodes', kind: 'count' },
  { key: 'edges', kind: 'count' },
  { key: 'density', kind: 'share' },
  { key: 'reciprocity', kind: 'share', needsAnswers: true },
  { key: 'transitivity', kind: 'share' },
  { key: 'averageClustering', kind: 'share' },
  { key: 'components', kind: 'count' },
  { key: 'largestComponent', kind: 'count' },
  { key: 'diameter', kind: 'decimal', largestOnly: true },
  { key: 'averagePathLength', kind: 'decimal', largestOnly: true },
  { key: 'degreeCentralization', kind: 'share', small: true },
  { key: 'betweennessCentralization', kind: 'share', small: true },
  { key: 'eiIndex', kind: 'index' },
  { key: 'responseRate', kind: 'share' }
];

/**
 * Below this many people, a single tie or a missing answer can move path-based measures and the groups a lot
 * (about 30: the size the measures' caveats name, locales/measures.*.js).
 */
export const SMALL_NETWORK = 30;

/** A node's value for a measure key (brokerage -> its total). */
export function nodeValue(node, key) {
  if (!node) return null;
  if (key === 'brokerage')
    return node.brokerage && typeof node.brokerage.total === 'number' ? node.brokerage.total : null;
  const v = node[key];
  if (typeof v === 'boolean') return v;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Number formatting options for Intl by kind. */
export function formatOptions(kind) {
  switch (kind) {
    case 'count':
      return { maximumFractionDigits: 0 };
    case 'share':
      return { style: 'percent', maximumFractionDigits: 0 };
    case 'index':
      return { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' };
    case 'p': // a permutation p-value: three decimals, so 0.004 does not read as 0
      return { minimumFractionDigits: 3, maximumFractionDigits: 3 };
    default:
      return { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  }
}

/**
 * Caveats that apply to an analysis: [{ key, params }] for i18n (caveat.*).
 * network: the analysis' network object; options: the analysis options used.
 */
/** `minResponseRate`: the project's threshold as the core reports it (analysis.settings); none, no caveat. */
export function caveats(network, options = {}, minResponseRate = null) {
  const out = [];
  if (!network) return out;
  if (typeof network.nodes === 'number' && network.nodes > 0 && network.nodes < SMALL_NETWORK) {
    out.push({ key: 'caveat.small', params: { count: network.nodes, limit: SMALL_NETWORK } });
  }
  if (
    typeof network.responseRate === 'number' &&
    typeof minResponseRate === 'number' &&
    network.responseRate < minResponseRate
  ) {
    out.push({ key: 'caveat.lowResponse', share: network.responseRate, limitShare: minResponseRate });
  }
  if (typeof network.components === 'number' && network.components > 1) {
    out.push({ key: 'caveat.components', params: { count: network.components, largest: network.largestComponent } });
  }
  const sampling = network.pathSampling; // above the core's exact limit: estimated, with an error bound
  if (sampling && typeof sampling.betweennessErrorBound === 'number') out.push({ key: 'caveat.sampled', sampling });
  if (options.weighted) out.push({ key: 'caveat.weighted' });
  if (options.reciprocated) out.push({ key: 'caveat.reciprocated' });
  if (options.minFrequency > 1) out.push({ key: 'caveat.minFrequency', params: { level: options.minFrequency } });
  return out;
}

/** Whether a measure needs its small-network or low-response flag next to it. */
export function measureFlags(def, network, minResponseRate = null) {
  const flags = [];
  if (!network) return flags;
  if (def.small && network.nodes > 0 && network.nodes < SMALL_NETWORK) flags.push('small');
  if (
    def.needsAnswers &&
    typeof network.responseRate === 'number' &&
    typeof minResponseRate === 'number' &&
    network.responseRate < minResponseRate
  )
    flags.push('lowResponse');
  if (def.largestOnly && network.components > 1) flags.push('largestOnly');
  return flags;
}

/**
 * A plain-words level for an actor's value among everyone's: 'high' (top quarter),
 * 'low' (bottom quarter), 'middle', or 'none' when the value is 0 / missing.
 */
export function levelOf(value, values) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'none';
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0 || sorted[sorted.length - 1] === 0) return 'none';
  if (value === 0) return 'none';
  const below = sorted.filter((v) => v < value).length;
  const share = below / sorted.length;
  if (share >= 0.75) return 'high';
  if (share < 0.25) return 'low';
  return 'middle';
}

/** 1-based rank of a value among values (largest first); ties share the better rank. */
export function rankOf(value, values) {
  if (typeof value !== 'number') return null;
  return values.filter((v) => typeof v === 'number' && v > value).length + 1;
}
