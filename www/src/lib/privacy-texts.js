// The privacy texts a municipality needs before a survey, written from the project: an information letter to the
// people asked (what is asked, why, the legal basis, that answering is voluntary, who sees what, how long answers
// are kept, rights and whom to contact) and a starting point for the data-protection impact assessment (DPIA), with
// the facts filled in and places for the municipality's own assessment. Pure: the texts are messages
// (locales/letters.*.js) in the current language; the caller chooses it with i18n's withLang. Each document is a
// list of blocks of parts (lib/privacy-texts shape below), rendered as printable pages (views/privacy-document.js)
// and as plain text to paste (plainText). A fact not filled in (the retention date, the controller, the contact)
// is a part marked `gap`, shown marked on the page and in brackets in the text, and listed in `gaps`.
//
// A document: { kind: 'letter' | 'dpia', title: parts, subtitle: parts | null, blocks, gaps: [field] }
// A block:    { type: 'meta' | 'h' | 'p', parts } | { type: 'ul', items: [parts] } | { type: 'assess', label, parts }
//             (a place for the municipality's own words: a label, and what to consider, or nothing)
// Parts:      [string | { name, value, gap }]: a message's text, its placeholders set apart (i18n translateParts).
import { getLang, t, translateParts, formatDate } from '../i18n.js';

/** The facts fields the letter needs; each missing one is a gap. */
export const PRIVACY_FIELDS = ['controller', 'contact', 'answersKeptUntil'];

/** The default privacy floor of shared copies (settings.minGroupSize), until the core reports the project's own. */
const DEFAULT_MIN_GROUP = 5;

const text = (v) => (typeof v === 'string' ? v.trim() : '');

/** settings.privacy as three texts ('' where not set). */
export function privacySettings(doc) {
  const p = (doc && doc.settings && doc.settings.privacy) || {};
  return { controller: text(p.controller), contact: text(p.contact), answersKeptUntil: text(p.answersKeptUntil) };
}

/** The fields of settings.privacy still to fill in, in the order the form shows them. */
export function missingPrivacy(doc) {
  const p = privacySettings(doc);
  return PRIVACY_FIELDS.filter((f) => !p[f]);
}

/**
 * What the texts say about this project: the coordinator's facts (settings.privacy), the municipality, the round,
 * and the counts as the core made them (analysis.overview: people, units, functions). `result` is the open
 * project's analysis; `wave` the round the letter goes with (or null); `today` YYYY-MM-DD.
 */
export function privacyFacts(doc, result, { wave = null, today = '' } = {}) {
  const o = (result && result.overview) || null;
  const settings = (result && result.settings) || {};
  const own = doc && doc.settings && Number.isInteger(doc.settings.minGroupSize) ? doc.settings.minGroupSize : null;
  return {
    ...privacySettings(doc),
    municipality: text(doc && doc.municipality && doc.municipality.name),
    wave: wave ? { label: text(wave.label) || String(wave.id), date: text(wave.date) } : null,
    people: o ? o.actors : 0,
    units: o ? o.units.total : 0,
    external: o ? o.units.external : 0,
    functions: o ? o.functions.total : 0,
    minGroupSize: Number.isInteger(settings.minGroupSize) ? settings.minGroupSize : own || DEFAULT_MIN_GROUP,
    today
  };
}

/** A message as parts; the placeholders named in `gaps` are marked (their value is the gap's own words). */
function msg(key, params = {}, gaps = []) {
  return translateParts(getLang(), key, params).map((p) =>
    typeof p === 'string' ? p : { ...p, gap: gaps.includes(p.name) }
  );
}

/** The value of a fact, or the words of its gap; and whether it is one. */
function fact(f, field, format = (v) => v) {
  return f[field] ? [format(f[field]), false] : [t(`letter.gap.${field}`), true];
}

const h = (key, params) => ({ type: 'h', parts: msg(key, params) });
const p = (key, params, gaps) => ({ type: 'p', parts: msg(key, params, gaps) });
const assess = (key) => ({ type: 'assess', label: t('dpia.assessLabel'), parts: msg(key) });
/** A place to write with only a label (who assessed it, and when). */
const blank = (key) => ({ type: 'assess', label: t(key), parts: [] });

/** A paragraph with one fact in it: `name` is the placeholder, `field` the fact (a gap when missing). */
function withFact(key, f, field, name = field, extra = {}, format) {
  const [value, gap] = fact(f, field, format);
  return p(key, { ...extra, [name]: value }, gap ? [name] : []);
}

const gapsOf = (f, fields) => fields.filter((field) => !f[field]);
const date = (v) => formatDate(v);

/** The information letter to the people asked. `recipient`: a name for one person's letter, else to everyone. */
export function letterModel(f, { recipient = null } = {}) {
  const blocks = [
    { type: 'meta', parts: recipient ? msg('letter.to', { name: recipient }) : msg('letter.toAll') },
    f.wave
      ? {
          type: 'meta',
          parts: f.wave.date
            ? msg('letter.roundDated', { wave: f.wave.label, date: date(f.wave.date) })
            : msg('letter.round', { wave: f.wave.label })
        }
      : null,
    f.municipality ? p('letter.intro', { municipality: f.municipality }) : p('letter.introNoName'),
    h('letter.askedTitle'),
    p('letter.askedContacts', { count: f.people }),
    p('letter.askedTasks', { count: f.functions }),
    p('letter.askedNot'),
    h('letter.whyTitle'),
    p('letter.why'),
    h('letter.basisTitle'),
    p('letter.basis'),
    h('letter.voluntaryTitle'),
    p('letter.voluntary'),
    h('letter.whoTitle'),
    p('letter.whoGroup'),
    p('letter.whoReport'),
    p('letter.whoShared', { count: f.minGroupSize }),
    h('letter.keptTitle'),
    withFact('letter.kept', f, 'answersKeptUntil', 'date', {}, date),
    h('letter.rightsTitle'),
    p('letter.rights'),
    h('letter.contactTitle'),
    withFact('letter.controller', f, 'controller'),
    withFact('letter.contact', f, 'contact')
  ].filter(Boolean);
  return {
    kind: 'letter',
    title: msg('letter.title'),
    subtitle: f.municipality ? [f.municipality] : null,
    blocks,
    gaps: gapsOf(f, PRIVACY_FIELDS)
  };
}

/** The starting point for the data-protection impact assessment: facts filled in, the assessment left open. */
export function dpiaModel(f) {
  const units = t('count.units', { count: f.units });
  const blocks = [
    { type: 'meta', parts: msg('dpia.made', { date: date(f.today) }) },
    p('dpia.intro'),
    h('dpia.purposeTitle'),
    p('dpia.purpose'),
    withFact('dpia.controller', f, 'controller'),
    p('dpia.basis'),
    assess('dpia.purposeAssess'),
    h('dpia.dataTitle'),
    {
      type: 'ul',
      items: [
        msg('dpia.dataPeople', { count: f.people, units }),
        msg('dpia.dataAnswers'),
        msg('dpia.dataMap'),
        msg('dpia.dataNot')
      ]
    },
    assess('dpia.dataAssess'),
    h('dpia.whoTitle'),
    p('dpia.whoStaff'),
    p('dpia.whoExternal', { count: f.external }),
    p('dpia.whoNamed'),
    assess('dpia.whoAssess'),
    h('dpia.sourcesTitle'),
    p('dpia.sources'),
    h('dpia.recipientsTitle'),
    {
      type: 'ul',
      items: [
        msg('dpia.recipientsGroup'),
        msg('dpia.recipientsReport'),
        msg('dpia.recipientsShared', { count: f.minGroupSize }),
        msg('dpia.recipientsNone')
      ]
    },
    assess('dpia.recipientsAssess'),
    h('dpia.storageTitle'),
    p('dpia.storage'),
    p('dpia.storageFiles'),
    assess('dpia.storageAssess'),
    h('dpia.retentionTitle'),
    withFact('dpia.retention', f, 'answersKeptUntil', 'date', {}, date),
    p('dpia.retentionCopies'),
    assess('dpia.retentionAssess'),
    h('dpia.risksTitle'),
    {
      type: 'ul',
      items: [msg('dpia.riskSmallUnits'), msg('dpia.riskInference'), msg('dpia.riskCopies'), msg('dpia.riskPressure')]
    },
    assess('dpia.risksAssess'),
    h('dpia.measuresTitle'),
    {
      type: 'ul',
      items: [
        msg('dpia.measurePseudonym', { count: f.minGroupSize }),
        (() => {
          const [value, gap] = fact(f, 'answersKeptUntil', date);
          return msg('dpia.measureRetention', { date: value }, gap ? ['date'] : []);
        })(),
        msg('dpia.measureAccess'),
        msg('dpia.measureOffline'),
        msg('dpia.measureVoluntary'),
        msg('dpia.measureWording')
      ]
    },
    assess('dpia.measuresAssess'),
    h('dpia.conclusionTitle'),
    assess('dpia.conclusionAssess'),
    blank('dpia.signed')
  ];
  return {
    kind: 'dpia',
    title: msg('dpia.title'),
    subtitle: f.municipality ? msg('dpia.subtitle', { municipality: f.municipality }) : null,
    blocks,
    gaps: gapsOf(f, ['controller', 'answersKeptUntil'])
  };
}

/** Parts as one string: placeholders by their value (a gap's words are already in brackets). */
export const partsText = (parts) => parts.map((x) => (typeof x === 'string' ? x : x.value)).join('');

/** A document as text to paste into an e-mail or a word processor: headings on their own lines, lists with •. */
export function plainText(model) {
  const out = [partsText(model.title) + (model.subtitle ? `\n${partsText(model.subtitle)}` : '')];
  for (const b of model.blocks) {
    if (b.type === 'ul') out.push(b.items.map((item) => `• ${partsText(item)}`).join('\n'));
    else if (b.type === 'assess') out.push(`${b.label}:${b.parts.length ? ` ${partsText(b.parts)}` : ''}\n\n\n`);
    else out.push(partsText(b.parts));
  }
  return `${out.join('\n\n').replace(/\n{4,}/g, '\n\n\n')}\n`;
}
