// Where a problem is, in words a coordinator reads: "$.actors[3].fte" of a document becomes "Personen «Kari
// Nilsen», årsverk". The JSONPath itself is for the CLI and the technical details, never the main text.
// `words` is the caller's translation function (t), so this module stays pure. Returns '' when the place is the
// whole file or not a path; an item missing from `doc` (or no doc) is named by its number.
import { parsePath } from './jsonpath.js';

const LISTS = {
  units: 'unit',
  actors: 'actor',
  functions: 'function',
  targetGroups: 'group',
  waves: 'wave',
  assignments: 'assignment',
  ties: 'tie',
  respondents: 'respondent',
  assessments: 'assessment',
  reportedAssignments: 'reported'
};
const FIELDS = new Set([
  'name',
  'unitId',
  'actorId',
  'functionId',
  'fte',
  'role',
  'from',
  'to',
  'frequency',
  'waveId',
  'targetGroupIds',
  'id',
  'location',
  'external',
  'label',
  'date',
  'types',
  'decisionAuthority',
  'relation',
  'respondent',
  'responded',
  'essential',
  'kind',
  'status',
  'owner',
  'due',
  'text',
  'review',
  'sector',
  'projectId',
  'municipality',
  'ties',
  'assignments'
]);

// A name is quoted in full up to this length; a longer one (a pasted paragraph, a hostile 10 MB name) is cut.
const NAME_MAX = 60;
const short = (name) => (name.length > NAME_MAX ? `${name.slice(0, NAME_MAX)}…` : name);

const listOf = (doc, key) => (doc && Array.isArray(doc[key]) ? doc[key] : []);
const nameOf = (doc, key, id) => {
  const hit = listOf(doc, key).find((x) => x && x.id === id);
  return short(hit && typeof hit.name === 'string' && hit.name ? hit.name : typeof id === 'string' ? id : '');
};

function itemWords(doc, list, index, words) {
  const kind = LISTS[list];
  const item = listOf(doc, list)[index];
  const n = index + 1;
  if (!item || typeof item !== 'object') return words(`place.${kind}.nth`, { n });
  if (
    (kind === 'unit' || kind === 'actor' || kind === 'function' || kind === 'group') &&
    typeof item.name === 'string' &&
    item.name
  ) {
    return words(`place.${kind}.named`, { name: short(item.name) });
  }
  if (kind === 'wave' && (item.label || item.id))
    return words('place.wave.named', { name: short(String(item.label || item.id)) });
  if (kind === 'assignment') {
    return words('place.assignment.of', {
      n,
      fn: nameOf(doc, 'functions', item.functionId),
      unit: nameOf(doc, 'units', item.unitId)
    });
  }
  if (kind === 'tie')
    return words('place.tie.of', { n, from: nameOf(doc, 'actors', item.from), to: nameOf(doc, 'actors', item.to) });
  if (kind === 'respondent' || kind === 'reported')
    return words(`place.${kind}.of`, { n, name: nameOf(doc, 'actors', item.actorId) });
  return words(`place.${kind}.nth`, { n });
}

export function placeInWords(path, doc, words) {
  const bare = typeof path === 'string' ? path.replace(/^[^$]*: (?=\$)/, '') : path; // "svar.json: $.x" -> "$.x"
  const parts = parsePath(bare);
  if (!parts || parts.length === 0) return '';
  let item = '';
  let rest = parts;
  if (LISTS[parts[0]] && typeof parts[1] === 'number') {
    item = itemWords(doc, parts[0], parts[1], words);
    rest = parts.slice(2);
  } else if (parts[0] === 'municipality') {
    item = words('place.municipality');
    rest = parts.slice(1);
  } else if (parts[0] === 'format' || parts[0] === 'schemaVersion') {
    return '';
  }
  const name = rest.find((p) => typeof p === 'string');
  const field = !name ? '' : FIELDS.has(name) ? words(`place.field.${name}`) : words('place.field.other', { name });
  // The item and its field are one message ("Personen «Kari», årsverk"), so a language may order them its way.
  return item && field ? words('place.itemField', { item, field }) : item || field;
}
