// Cross-tab save rules. Pure. Every stored record carries a revision (1, 2, 3 …) and an
// updatedAt. A tab remembers the revision it loaded or last wrote for the project it has
// open; a write is allowed only if the stored record is still that one. Otherwise another
// tab saved in between, and the user chooses what happens (never a silent overwrite).

/** The revision of a stored record; records from before revisions existed count as 0. */
export function revisionOf(row) {
  return row && Number.isInteger(row.revision) && row.revision >= 0 ? row.revision : 0;
}

/** What a tab remembers about a record it read or wrote. */
export function stampOf(row) {
  return row
    ? { revision: revisionOf(row), updatedAt: typeof row.updatedAt === 'string' ? row.updatedAt : null }
    : null;
}

/** Is the stored record the one this tab knows? Both revision and updatedAt must match. */
export function sameStamp(stored, known) {
  if (!stored || !known) return false;
  const s = stampOf(stored);
  return s.revision === known.revision && s.updatedAt === known.updatedAt;
}

/**
 * Decide a write.
 *   stored:   the record in storage now (or null)
 *   expected: the stamp this tab knows ({ revision, updatedAt }), or null for "no claim"
 *             (a project this tab never opened: import, duplicate, a rename from the list)
 *   force:    the user chose to overwrite
 * Returns { ok: true, revision } (the revision to write) or
 *         { ok: false, stored: { revision, updatedAt } } (someone else saved in between).
 */
export function decideWrite(stored, expected, { force = false } = {}) {
  const next = revisionOf(stored) + 1;
  if (force || !expected) return { ok: true, revision: next };
  // Deleted elsewhere: writing it back loses nothing.
  if (!stored) return { ok: true, revision: expected.revision + 1 };
  if (sameStamp(stored, expected)) return { ok: true, revision: next };
  return { ok: false, stored: stampOf(stored) };
}

/**
 * A message from another tab says it saved project `id` as `stamp`. Is the copy open here
 * now out of date? (Our own echo, or an older stamp, is not.)
 */
export function isNewerElsewhere(message, openId, known) {
  if (!message || message.id !== openId || !known) return false;
  if (!Number.isInteger(message.revision)) return false;
  if (message.revision > known.revision) return true;
  return message.revision === known.revision && message.updatedAt !== known.updatedAt;
}
