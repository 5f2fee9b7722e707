// Rules for keeping a project in a file the user chose (state/file-actions.js). Pure.
//
// Before each write the app looks at the file on disk. It never overwrites a file someone else saved since
// this app last read or wrote it (a colleague on the municipality's share, another program): then it stops
// writing and asks. What the app remembers about the file after each read or write ("known"):
//   { size, lastModified, stamp }   (stamp: revision.stamp inside the file, or null when it has none)

/** Whether the file's size and modification time are still the ones recorded. */
export function sameFileMeta(known, meta) {
  return Boolean(known && meta) && known.size === meta.size && known.lastModified === meta.lastModified;
}

/**
 * Decide whether the file may be written over.
 *   known:   what was recorded after the last read or write (null: never read: refuse)
 *   meta:    { size, lastModified } of the file now
 *   content: undefined when the file has not been read, { stamp } (the file's revision.stamp or null) after
 *            reading it, or { unreadable: true } when it is not a project file (not JSON, not an object)
 * Returns { write: true }, { read: true } (size or time changed: read the file and ask again), or
 * { write: false, reason: 'changed' }.
 * Size and time alone are not proof: copying, a sync tool or a backup program may touch a file without
 * changing it. So a file whose size or time changed still counts as ours when it carries the stamp this app
 * wrote last and has the same size; anything else (another stamp, no stamp, not JSON) is someone else's.
 */
export function fileWriteDecision(known, meta, content) {
  if (!known || !meta) return { write: false, reason: 'changed' };
  if (sameFileMeta(known, meta)) return { write: true };
  if (content === undefined) return { read: true };
  if (!content || content.unreadable) return { write: false, reason: 'changed' };
  if (known.stamp && content.stamp === known.stamp && meta.size === known.size) return { write: true };
  return { write: false, reason: 'changed' };
}

/** The stamp (revision.stamp) of a parsed project file, or null. */
export function stampInFile(doc) {
  const revision = doc && typeof doc === 'object' ? doc.revision : null;
  return revision && typeof revision.stamp === 'string' && revision.stamp ? revision.stamp : null;
}

/**
 * Whether `doc` already holds the version stamped `stamp`: it is that version, was reconciled with it
 * (`mergedFrom`), or descends from it (`lineage`). Then the file holding that version may be written over
 * again. A version without a stamp can never be proven held.
 */
export function holdsVersion(doc, stamp) {
  const revision = doc && typeof doc === 'object' ? doc.revision : null;
  if (!stamp || !revision || typeof revision !== 'object') return false;
  if (revision.stamp === stamp || revision.mergedFrom === stamp || revision.basedOn === stamp) return true;
  return Array.isArray(revision.lineage) && revision.lineage.includes(stamp);
}

/** After this many days without a copy in a file, the app says so. */
export const BACKUP_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

function time(value) {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? ms : null;
}

/**
 * How long the project has gone without being written to a file or exported: from `revision.savedAt` of the
 * working copy (the version last written, contract of the revision stamp), or, never written, from when this
 * browser first had it (`firstSeen`, ISO or ms). Returns { days (whole days), since: 'saved' | 'made' } or null
 * when neither is known.
 */
export function backupAge(doc, firstSeen, now) {
  const savedAt = time(doc && doc.revision ? doc.revision.savedAt : null);
  const from = savedAt !== null ? savedAt : time(firstSeen);
  if (from === null) return null;
  const days = Math.max(0, Math.floor((time(now instanceof Date ? now.getTime() : now) - from) / DAY_MS));
  return { days, since: savedAt !== null ? 'saved' : 'made' };
}

/** Whether the week-without-a-copy notice is due. */
export function backupDue(age) {
  return Boolean(age) && age.days >= BACKUP_DAYS;
}
