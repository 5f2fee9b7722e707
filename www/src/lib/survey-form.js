// Survey forms: what a respondent's form carries and how it goes into the form template.
// The template (www/survey, bundled by tools/bundle.mjs into one HTML string and injected
// into the app base64-encoded as __BOSAM_SURVEY_TEMPLATE_B64__) holds one data element
//   <script type="application/json" id="bosam-survey-data">{"bosamSurvey":"payload"}</script>
// whose content is replaced by the payload. Pure; no DOM.
import { slugify } from './slug.js';
import { projectLanguage } from './project.js';

/* global __BOSAM_SURVEY_TEMPLATE_B64__ */

/** The exact text inside the template's data element that the payload replaces. */
export const PAYLOAD_MARKER = '{"bosamSurvey":"payload"}';
export const PAYLOAD_ELEMENT_ID = 'bosam-survey-data';

const list = (doc, key) => (doc && Array.isArray(doc[key]) ? doc[key] : []);
const str = (v) => (v === undefined || v === null ? '' : String(v));

/** The bundled form template, or null when running unbundled (node tests, dev). */
export function surveyTemplate() {
  if (typeof __BOSAM_SURVEY_TEMPLATE_B64__ !== 'string') return null;
  return decodeBase64Utf8(__BOSAM_SURVEY_TEMPLATE_B64__);
}

export function decodeBase64Utf8(b64) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

/**
 * JSON that is safe as the text of a <script type="application/json"> element: "<" can never
 * start "</script" or "<!--", and ">" / "&" are escaped too for good measure; U+2028/2029 are
 * escaped so the text is also valid JavaScript. JSON.parse gives back exactly the same value.
 */
export function jsonForScript(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * What one form needs and nothing more: the roster (ids, names, unit names), functions and
 * target groups, the project and wave ids, and who answers (respondentId) or, for a shared
 * form, the list of names to pick from (respondentIds). No ties, notes or assessments.
 */
export function surveyPayload(doc, waveId, { respondentId = null, respondentIds = [] } = {}) {
  const wave = list(doc, 'waves').find((w) => w && w.id === waveId);
  if (!wave) throw new Error(`unknown wave: ${waveId}`);
  const actors = list(doc, 'actors');
  const byId = new Map(actors.map((a) => [a.id, a]));
  const unitIds = new Set(actors.map((a) => a.unitId));
  const person = (a) => ({ id: str(a.id), name: str(a.name) || str(a.id), unitId: str(a.unitId) });
  const payload = {
    format: 'bosam-survey',
    schemaVersion: 1,
    projectId: str(doc.id),
    municipality: str(doc.municipality && doc.municipality.name),
    lang: projectLanguage(doc) || 'nb', // the form opens in the project's målform; the respondent may switch
    wave: { id: str(wave.id), label: str(wave.label) || str(wave.id) },
    respondent: null,
    respondents: [],
    units: list(doc, 'units')
      .filter((u) => unitIds.has(u.id))
      .map((u) => ({ id: str(u.id), name: str(u.name) || str(u.id), external: u.external === true })),
    people: actors.map(person),
    functions: list(doc, 'functions').map((f) => ({ id: str(f.id), name: str(f.name) || str(f.id) })),
    targetGroups: list(doc, 'targetGroups').map((g) => ({ id: str(g.id), name: str(g.name) || str(g.id) }))
  };
  if (respondentId !== null) {
    const a = byId.get(respondentId);
    if (!a) throw new Error(`unknown respondent: ${respondentId}`);
    payload.respondent = { id: str(a.id), name: str(a.name) || str(a.id) };
  } else {
    payload.respondents = respondentIds.filter((id) => byId.has(id)).map((id) => person(byId.get(id)));
  }
  return payload;
}

/** The template with the payload in its data element. Throws if the template is not one. */
export function fillSurveyForm(template, payload) {
  const text = String(template || '');
  const count = text.split(PAYLOAD_MARKER).length - 1;
  if (count !== 1) throw new Error(`the survey template must contain the payload marker exactly once (found ${count})`);
  // split/join, not String.replace: "$&" in a name must stay literal.
  return text.split(PAYLOAD_MARKER).join(jsonForScript(payload));
}

/** "skjema-w-2026-kari-nilsen.html", or "skjema-w-2026-felles.html" for a shared form. */
export function surveyFormFilename(waveId, respondentName = null) {
  const who = respondentName === null ? 'felles' : slugify(respondentName, 'respondent');
  return `skjema-${slugify(waveId, 'runde')}-${who}.html`;
}

/** Whether a file's text (or its start) is a Bosam answer file rather than a project. */
export function looksLikeAnswer(text) {
  return /"format"\s*:\s*"bosam-answer"/.test(String(text || '').slice(0, 65536));
}
