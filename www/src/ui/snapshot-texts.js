// The words of a snapshot (state/snapshot-actions.js): its summary, its reason and how long ago it was taken. The
// core counted what changed (core.changes: { counts, changes }); this only says it, one message per kind of
// change, the messages listed in the language's way (listText). Shared by the Data view and its tests.
import { t, getLang, hasKey } from '../i18n.js';
import { listText } from './list-text.js';
import { elapsed } from '../lib/relative-time.js';

// The kinds in the order the summary names them, and whether each is said as added / changed / removed or as
// one count of every change (the survey's status, reported tasks, the checklist) or as a fact without a count.
const PER_ACTION = ['unit', 'person', 'function', 'targetGroup', 'assignment', 'wave', 'tie', 'assessment'];
const ALL_IN_ONE = ['respondent', 'reportedAssignment', 'phaseItem'];
const FACTS = ['settings', 'municipality', 'other'];
const ACTIONS = ['added', 'changed', 'removed'];

const total = (c) => (c ? (c.added || 0) + (c.changed || 0) + (c.removed || 0) : 0);

/** The phrases for a core `changes` result, in order ("2 nye personer", "1 enhet endret", …). */
export function changePhrases(changes) {
  const out = [];
  for (const kind of PER_ACTION) {
    for (const action of ACTIONS) {
      const n = changes[kind] ? changes[kind][action] || 0 : 0;
      if (n > 0) out.push(t(`snapshots.change.${kind}.${action}`, { count: n }));
    }
  }
  for (const kind of ALL_IN_ONE) {
    const n = total(changes[kind]);
    if (n > 0) out.push(t(`snapshots.change.${kind}`, { count: n }));
  }
  for (const kind of FACTS) if (total(changes[kind]) > 0) out.push(t(`snapshots.change.${kind}`));
  return out;
}

/** A phrase list as the cell's text: the first letter upper case (a phrase may begin with a word). */
function sentenceStart(text) {
  return text ? text.charAt(0).toLocaleUpperCase(getLang() === 'en' ? 'en' : 'nb') + text.slice(1) : text;
}

/** The one line under a snapshot: what changed since the one before, or what the first one holds. */
export function summaryText(summary) {
  if (!summary || !summary.counts) return t('snapshots.noSummary');
  if (!summary.changes) {
    const c = summary.counts;
    return t('snapshots.holds', {
      list: listText([
        t('count.units', { count: c.unit || 0 }),
        t('count.people', { count: c.person || 0 }),
        t('snapshots.count.assignment', { count: c.assignment || 0 }),
        t('count.ties', { count: c.tie || 0 })
      ])
    });
  }
  const phrases = changePhrases(summary.changes);
  return phrases.length ? sentenceStart(listText(phrases)) : t('snapshots.same');
}

/** "for 5 minutter siden" for a moment seen from `now`. */
export function agoText(takenAt, now = new Date()) {
  const e = elapsed(takenAt, now);
  if (!e) return '';
  return e.unit === 'now' ? t('snapshots.ago.now') : t(`snapshots.ago.${e.unit}`, { count: e.count });
}

/** Why it was taken; a reason this version of Bosam does not know (a newer one wrote it) says nothing. */
export const reasonText = (reason) => (hasKey(`snapshots.reason.${reason}`) ? t(`snapshots.reason.${reason}`) : '');
