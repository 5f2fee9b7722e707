// The browser's File System Access API (Chromium and Edge, from file:// too; not Firefox or Safari): the
// pickers, and what its errors mean in words a coordinator can act on. The handles themselves (getFile,
// createWritable, queryPermission, requestPermission) are used by state/file-actions.js, so node tests can
// give it handles of their own.

/** Whether this browser can keep a project in a file it writes to (pickers and writable streams). */
export function fileAccessSupported(win) {
  return Boolean(
    win &&
    typeof win.showSaveFilePicker === 'function' &&
    typeof win.showOpenFilePicker === 'function' &&
    win.FileSystemFileHandle &&
    typeof win.FileSystemFileHandle.prototype.createWritable === 'function'
  );
}

/**
 * The kind of a failure, for the message the user reads:
 *   'cancelled' the user closed the picker; 'denied' no permission (any more); 'gone' the file was moved,
 *   renamed or deleted; 'full' no room on the disk or share; 'busy' another program holds the file;
 *   'failed' anything else (its technical text goes under details).
 */
export function fileErrorKind(err) {
  const name = err && typeof err === 'object' ? err.name : '';
  const message = err && typeof err === 'object' && typeof err.message === 'string' ? err.message : String(err);
  if (name === 'AbortError') return 'cancelled';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError') return 'gone';
  if (name === 'QuotaExceededError' || /quota|no space|disk (is )?full/i.test(message)) return 'full';
  if (name === 'NoModificationAllowedError' || name === 'InvalidStateError') return 'busy';
  return 'failed';
}

const ACCEPT = { 'application/json': ['.json'] };

/**
 * The pickers, for state/file-actions.js's deps.files. Each resolves to a handle, or null when the user
 * cancelled; other failures are thrown (fileErrorKind says what they were).
 * `description` names the file type in the picker ("Bosam-prosjekt").
 */
export function createFileAccess(win, handles) {
  const supported = fileAccessSupported(win);
  const cancelled = (e) => {
    if (fileErrorKind(e) === 'cancelled') return null;
    throw e;
  };
  return {
    supported,
    handles,
    pickSave: ({ suggestedName, description }) =>
      win
        .showSaveFilePicker({ id: 'bosam-project', suggestedName, types: [{ description, accept: ACCEPT }] })
        .catch(cancelled),
    pickOpen: ({ description }) =>
      win
        .showOpenFilePicker({ id: 'bosam-project', multiple: false, types: [{ description, accept: ACCEPT }] })
        .then((list) => (list && list[0]) || null, cancelled)
  };
}
