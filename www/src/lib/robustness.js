// Robustness to missing answers as Analyse and the report show it: the core's `robustness` (the network computed
// once more with non-respondents' contacts filled in from what others reported about them; docs/analysis.md)
// joined with names and the kind of each figure. Pure, DOM-free. Every figure, its order (most changed first) and
// every verdict (findings' numbers.robust) is the core's; this module only joins and picks.
import { ACTOR_MEASURES, NETWORK_MEASURES } from './measures.js';

const list = (doc, key) => (doc && Array.isArray(doc[key]) ? doc[key] : []);
const finite = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const NETWORK_KIND = new Map(
  [...NETWORK_MEASURES, { key: 'ties', kind: 'count' }, { key: 'overload', kind: 'share' }].map((m) => [m.key, m.kind])
);
const PERSON_KIND = new Map(ACTOR_MEASURES.map((m) => [m.key, m.kind]));

/**
 * null when the core reconstructed nothing (everyone asked answered, no analysis, or an older core); else
 * { nonRespondents, reconstructedTies, reciprocated,
 *   network: [{ measure, kind, observed, reconstructed }]            (the core's order: largest change first),
 *   people:  [{ measure, kind, rankCorrelation, changed, largest: [{ id, name, observed, reconstructed }] }]
 *            (only measures where someone changed, most changed first),
 *   notHolding: [{ id, title }] (findings whose numbers.robust is false), checked (findings with numbers.robust) }.
 */
export function missingAnswers(doc, result) {
  const r = result && result.robustness;
  if (!r || typeof r !== 'object' || !Array.isArray(r.network) || !Array.isArray(r.people)) return null;
  const names = new Map(list(doc, 'actors').map((a) => [a.id, (a && a.name) || a.id]));
  const checked = ((result && result.findings) || []).filter(
    (f) => f && f.numbers && typeof f.numbers.robust === 'boolean'
  );
  return {
    nonRespondents: finite(r.nonRespondents) || 0,
    reconstructedTies: finite(r.reconstructedTies) || 0,
    reciprocated: !!(result.options && result.options.reciprocated),
    network: r.network.map((m) => ({
      measure: m.measure,
      kind: NETWORK_KIND.get(m.measure) || 'decimal',
      observed: finite(m.observed),
      reconstructed: finite(m.reconstructed)
    })),
    people: r.people
      .filter((p) => finite(p.changed) > 0)
      .map((p) => ({
        measure: p.measure,
        kind: PERSON_KIND.get(p.measure) || 'decimal',
        rankCorrelation: finite(p.rankCorrelation),
        changed: p.changed,
        largest: (p.largest || []).map((x) => ({
          id: x.id,
          name: names.get(x.id) || x.id,
          observed: finite(x.observed),
          reconstructed: finite(x.reconstructed)
        }))
      })),
    notHolding: checked.filter((f) => f.numbers.robust === false).map((f) => ({ id: f.id, title: f.title })),
    checked: checked.length
  };
}
