// The measures' names: the one source for what a coordinator reads about a measure, in Analyse, the map's size
// menu, the person panel, Funn's numbers and the report. Each measure has a plain name first and its technical
// name second ("Bro mellom andre (betweenness)"), an explanation of what a high and a low value mean in this
// work, and, where it applies, a caveat for small networks or missing answers. The texts are messages in
// locales/measures.<lang>.js (measure.<id>.plain, .technical, .short, .explain, .caveat); this module says which
// measures exist and which of those messages each has, and puts them together. Pure: no DOM.
// tests/js/measure-names.test.mjs holds every measure shown to its texts in nb, nn and en.
import { translate, getLang } from '../i18n.js';
import { SMALL_NETWORK } from './measures.js';

/**
 * Every measure with a name, by id. Flags:
 * - everyday: a count or share whose plain name is the ordinary word (people, relations, response rate): no
 *   technical name;
 * - short: a short plain name for a table column (the person table);
 * - caveat: a caveat message exists;
 * - nameOf: the measure shares another's name (a unit's E-I index is the network's, with its own explanation).
 */
export const MEASURES = {
  degree: { short: true, caveat: true },
  inDegree: { short: true, caveat: true },
  outDegree: { short: true, caveat: true },
  strength: { short: true, caveat: true },
  betweenness: { short: true, caveat: true },
  closeness: { short: true, caveat: true },
  harmonic: { short: true, caveat: true },
  eigenvector: { short: true, caveat: true },
  pagerank: { short: true, caveat: true },
  constraint: { short: true, caveat: true },
  effectiveSize: { short: true, caveat: true },
  brokerage: { short: true, caveat: true },
  articulationPoint: { short: true, caveat: true },
  clustering: { short: true, caveat: true },
  coreNumber: { short: true, caveat: true },

  nodes: { everyday: true },
  edges: { everyday: true },
  ties: { everyday: true },
  density: { caveat: true },
  reciprocity: { caveat: true },
  transitivity: { caveat: true },
  averageClustering: { caveat: true },
  components: { caveat: true },
  largestComponent: {},
  diameter: { caveat: true },
  averagePathLength: { caveat: true },
  degreeCentralization: { caveat: true },
  betweennessCentralization: { caveat: true },
  eiIndex: { caveat: true },
  responseRate: { everyday: true },
  isolates: { caveat: true },
  sharedWork: { caveat: true },
  overload: { caveat: true },

  'unit.members': { everyday: true },
  'unit.internalTies': { everyday: true },
  'unit.externalTies': { everyday: true },
  'unit.internalDensity': { caveat: true },
  'unit.eiIndex': { nameOf: 'eiIndex', short: true, caveat: true },
  'unit.responseRate': { nameOf: 'responseRate', everyday: true },
  'unit.moreClosedThanChance': { short: true, caveat: true },

  communities: { caveat: true },
  modularity: { caveat: true },
  nmi: { caveat: true },
  ari: { caveat: true }
};

/** The measures of the informal groups (Analyse › Uformelle grupper), in the order shown. */
export const GROUP_MEASURES = ['communities', 'modularity', 'nmi', 'ari'];

/** The abbreviations that must never stand alone, and the measure whose plain name goes with each. */
export const ABBREVIATIONS = {
  NMI: 'nmi',
  ARI: 'ari',
  'E-I': 'eiIndex',
  PageRank: 'pagerank',
  Leiden: 'communities',
  QAP: 'sharedWork'
};

function def(id) {
  const d = MEASURES[id];
  if (!d) throw new Error(`unknown measure: ${id}`);
  return d;
}

const nameId = (id) => def(id).nameOf || id;

/** The message keys a measure has: [key, required] pairs (what the test checks in every language). */
export function measureKeys(id) {
  const d = def(id);
  const own = nameId(id);
  const keys = [`measure.${own}.plain`, `measure.${id}.explain`];
  if (!d.everyday) keys.push(`measure.${own}.technical`);
  if (d.short) keys.push(`measure.${id}.short`);
  if (d.caveat) keys.push(`measure.${id}.caveat`);
  return keys;
}

/** The plain name: "Bro mellom andre". */
export function measureName(id, lang = getLang()) {
  return translate(lang, `measure.${nameId(id)}.plain`);
}

/** The technical name ("betweenness"), or null for an everyday figure. */
export function measureTechnical(id, lang = getLang()) {
  return def(id).everyday ? null : translate(lang, `measure.${nameId(id)}.technical`);
}

/** Plain name first, technical second: "Bro mellom andre (betweenness)"; an everyday figure's plain name alone. */
export function measureLabel(id, lang = getLang()) {
  const technical = measureTechnical(id, lang);
  const plain = measureName(id, lang);
  return technical ? translate(lang, 'measure.label', { plain, technical }) : plain;
}

/** The technical name as it follows the plain one, "(betweenness)", or null. */
export function measureTechnicalNote(id, lang = getLang()) {
  const technical = measureTechnical(id, lang);
  return technical ? translate(lang, 'measure.technicalNote', { technical }) : null;
}

/** A short plain name for a table column (the plain name where there is no short one). */
export function measureShort(id, lang = getLang()) {
  return def(id).short ? translate(lang, `measure.${id}.short`) : measureName(id, lang);
}

/** The label in running text ("… · bro mellom andre (betweenness): 34 %"): the first letter in lower case. */
export function measureInline(id, lang = getLang()) {
  const label = measureLabel(id, lang);
  return label.charAt(0).toLocaleLowerCase(lang) + label.slice(1);
}

/** What it is, and what a high and a low value mean. */
export function measureExplain(id, lang = getLang()) {
  return translate(lang, `measure.${id}.explain`, { limit: SMALL_NETWORK });
}

/** When to be careful with it, as a sentence, or null. */
export function measureCaveat(id, lang = getLang()) {
  return def(id).caveat ? translate(lang, `measure.${id}.caveat`, { limit: SMALL_NETWORK }) : null;
}

/** The caveat with its lead ("Forbehold: …"), or null. */
export function measureCaveatLine(id, lang = getLang()) {
  const caveat = measureCaveat(id, lang);
  return caveat ? translate(lang, 'measure.caveatLine', { caveat }) : null;
}
