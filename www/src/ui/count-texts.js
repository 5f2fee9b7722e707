// Texts that count more than one thing. Each is one message, and each count in it agrees with its noun in every
// language: the message's own {one, other} forms follow one count, and the others come in as counted nouns,
// messages too (count.people: "1 person" / "2 personer"). Shared by the views that say the same thing (the
// project list; Oversikt and the report's first page; the map, its exports and the report's figure) and pinned
// by tests/js/message-grammar.test.mjs. Numbers go in as numbers: translate() writes them for the language.
import { t } from '../i18n.js';

const people = (n) => t('count.people', { count: n });
const ties = (n) => t('count.ties', { count: n });

/** The project list's "3 enheter · 12 personer" (regression: "1 enheter · 1 personer"). */
export function projectCounts({ units, actors }) {
  return t('projects.counts', { units: t('count.units', { count: units }), people: people(actors) });
}

/** A map's size under its title: "12 personer · 30 relasjoner" (the map's exports, the report's figure). */
export function networkSize(nodes, edges) {
  return t('map.exportSubtitle', { people: people(nodes), ties: ties(edges) });
}

/** The map's accessible name: its title and its size. */
export function mapLabel(title, nodes, edges) {
  return t('map.ariaLabel', { title, people: people(nodes), ties: ties(edges) });
}

/** A unit on the map of units, for a screen reader: its people, its ties inside and to other units. */
export function unitNodeLabel({ name, members, internal, externalTies }) {
  return t('units.nodeAria', {
    name,
    count: members,
    internal: t('units.internalTies', { count: internal }),
    external: t('units.externalTies', { count: externalTies })
  });
}

/** Under "Enheter" (Oversikt, the report's key figures): "14 i kommunen, 1 ekstern". */
export function unitsDetail(internal, external) {
  return t('overview.unitsDetail', { internal, count: external });
}

/** Under "Funksjoner": "5 av 6 vesentlige er tildelt noen". */
export function functionsDetail(essential, covered) {
  return t('overview.functionsDetail', {
    count: covered,
    essential: t('overview.essentialCount', { count: essential })
  });
}

/** The delete-wave dialog (regression: "med 1 relasjoner og svarstatusen til 1 personer"). */
export function waveDeleteBody({ ties: n, respondents }) {
  return t('ties.deleteWaveBody', { count: n, people: people(respondents) });
}
