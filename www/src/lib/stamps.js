// The revision stamp a project carries once a version of it was written to a file or exported (see
// docs/project-file.md, `revision`). The core sets the field (core.stamp); the app makes the random stamp.
import { randomHex } from './random.js';

/** A new stamp: "r-" and 16 lowercase hex digits (64 random bits). */
export function newStamp() {
  return `r-${randomHex(8)}`;
}

/**
 * `doc` with the `revision` of `from` (or without one when `from` has none). Undo, redo and restoring an older
 * state give back the project's content, never an older stamp: the working copy's stamp always names the
 * version last written, so the next version written is based on it.
 */
export function withRevisionOf(doc, from) {
  if (!doc || typeof doc !== 'object') return doc;
  const revision = from && typeof from === 'object' ? from.revision : undefined;
  if (JSON.stringify(doc.revision) === JSON.stringify(revision)) return doc;
  const { revision: _old, ...rest } = doc;
  return revision === undefined ? rest : { ...rest, revision };
}
