// The project lives in a file the user chooses (File System Access API: Chromium and Edge; see
// lib/file-access.js). Once the open project is tied to a file, every change is written there too: a pause
// after the last change (FILE_WRITE_DELAY_MS), or at once when the page is hidden (flushFile). Each write
// goes through the API's writable stream, which replaces the file only when it is closed, and each version
// written is stamped (state/stamping.js). Browser storage stays the working copy: whatever happens to the
// file, nothing is lost there.
// Before each write the file on disk is checked (lib/file-check.js). If someone else saved it since this app
// last read or wrote it, the app never overwrites it: it stops writing there, says so, and offers to
// reconcile the two versions or to save under another name.
// The handle is kept per project (lib/file-handles.js); after a reload the browser asks for permission again,
// which needs a click (reconnectFile).
//   state.file = { projectId, name, status, error, detail, savedAt, dirty, writing, theirs } | null
//     status: 'checking' | 'ok' | 'permission' (a click must give access) | 'changed' (someone else saved
//             the file; `theirs` tells whether it is a readable project) | 'error' (error: 'gone' | 'full' |
//             'busy' | 'failed'; detail: the technical text)
//   state.fileSupport: whether this browser can do it at all
//   state.backup = { projectId, days, since: 'saved' | 'made' } when the open project has gone a week without
//                  a copy in a file (lib/file-check.js backupAge)
import { projectName } from '../lib/project.js';
import { slugify } from '../lib/slug.js';
import { fileWriteDecision, stampInFile, holdsVersion, backupAge, backupDue } from '../lib/file-check.js';
import { fileErrorKind } from '../lib/file-access.js';

export const FILE_WRITE_DELAY_MS = 1500;
/** States in which nothing is written until the user acts. */
const WAITING = new Set(['checking', 'permission', 'changed']);

/** The name offered in the save picker: "eksempel-kommune.bosam.json" (no date: the file lives on). */
export function projectFileName(doc) {
  return `${slugify(projectName(doc))}.bosam.json`;
}

const messageOf = (e) => (e && typeof e === 'object' && e.message ? String(e.message) : String(e || ''));

function readProject(text) {
  try {
    const doc = JSON.parse(text);
    return doc && typeof doc === 'object' && !Array.isArray(doc) ? doc : null;
  } catch (e) {
    return null;
  }
}

async function permissionOf(handle, ask) {
  const fn = ask ? handle.requestPermission : handle.queryPermission;
  if (typeof fn !== 'function') return 'granted';
  return fn.call(handle, { mode: 'readwrite' });
}

export function fileActions(ctx) {
  const { store, deps, t } = ctx;
  const files = deps.files || null;
  const supported = Boolean(files && files.supported);
  const handles = files && files.handles ? files.handles : null;
  const delay = Number.isFinite(deps.fileWriteDelay) ? deps.fileWriteDelay : FILE_WRITE_DELAY_MS;
  const now = () => (deps.now ? deps.now() : new Date());
  let tie = null; // the open project's file: the stored record plus status, changes, doc, theirs
  let timer = null;
  let chain = Promise.resolve();
  let generation = 0; // a tie made or dropped since an attach began wins over that attach
  let opening = false; // "Åpne fil" is bringing a file in: its import is not a change to write
  const putOff = new Set(); // projects whose week-without-a-copy notice was put off for this session

  store.set({ fileSupport: supported });

  function publish() {
    const f = tie;
    store.set({
      file: f
        ? {
            projectId: f.projectId,
            name: f.name,
            status: f.status,
            error: f.error || null,
            detail: f.detail || '',
            savedAt: f.savedAt || null,
            dirty: Boolean(f.dirty),
            writing: Boolean(f.writing),
            theirs: f.status === 'changed' ? (f.theirs ? 'project' : 'unreadable') : null
          }
        : null
    });
  }
  const publishIf = (f) => {
    if (f === tie) publish();
  };

  async function saveRecord(f) {
    if (!handles) return;
    const { projectId, handle, name, known, savedAt, dirty } = f;
    try {
      await handles.put({ projectId, handle, name, known, savedAt, dirty: Boolean(dirty) });
    } catch (e) {
      // Then the tie lasts for this session only; the file and the working copy are both fine.
    }
  }

  function setTie(f) {
    if (timer) clearTimeout(timer);
    timer = null;
    generation += 1;
    tie = f;
    publish();
    refreshBackup();
  }

  function failed(f, err, detail) {
    const kind = err ? fileErrorKind(err) : 'failed';
    f.status = kind === 'denied' ? 'permission' : 'error';
    f.error = kind;
    f.detail = detail || messageOf(err);
    publishIf(f);
    return false;
  }

  /** Compare the file on disk with what this app last read or wrote there. */
  async function checkDisk(f) {
    let file;
    try {
      file = await f.handle.getFile();
    } catch (e) {
      return { error: e };
    }
    const meta = { size: file.size, lastModified: file.lastModified };
    let decision = fileWriteDecision(f.known, meta);
    let theirs = null;
    if (decision.read) {
      theirs = readProject(await file.text().catch(() => ''));
      decision = fileWriteDecision(f.known, meta, theirs ? { stamp: stampInFile(theirs) } : { unreadable: true });
      // Only touched (copied, synced): still the version written here; remember its new time.
      if (decision.write) f.known = { ...f.known, lastModified: meta.lastModified };
    }
    return decision.write ? { ok: true } : { changed: true, theirs, meta };
  }

  function changedOnDisk(f, disk) {
    f.status = 'changed';
    f.theirs = disk.theirs;
    f.theirsMeta = disk.meta;
    publishIf(f);
    return false;
  }

  async function docToWrite(f) {
    const cur = store.get().current;
    if (cur && cur.id === f.projectId) return cur.doc;
    if (f.doc) return f.doc;
    const loaded = await ctx.loadValidated(f.projectId);
    return loaded.ok ? loaded.doc : null;
  }

  /** Write the project to its file, after checking the file (unless the user just chose it in the picker). */
  async function writeNow(f, { fresh = false } = {}) {
    if (!fresh && (!f.dirty || WAITING.has(f.status) || f.error === 'gone')) return false;
    const changesBefore = f.changes;
    f.writing = true;
    publishIf(f);
    try {
      if (!fresh) {
        const disk = await checkDisk(f);
        if (disk.error) return failed(f, disk.error);
        if (disk.changed) return changedOnDisk(f, disk);
      }
      const doc = await docToWrite(f);
      if (!doc) return failed(f, null, 'the project could not be read from browser storage');
      const stamped = await ctx.stampVersion(doc);
      if (!stamped.ok) return failed(f, null, stamped.errors.map((e) => e.message || e.code).join('; '));
      const text = `${JSON.stringify(stamped.doc, null, 2)}\n`;
      try {
        const writable = await f.handle.createWritable();
        try {
          await writable.write(text);
          await writable.close();
        } catch (e) {
          await Promise.resolve(writable.abort && writable.abort()).catch(() => {});
          throw e;
        }
      } catch (e) {
        return failed(f, e);
      }
      let meta = { size: new TextEncoder().encode(text).length, lastModified: null };
      try {
        const after = await f.handle.getFile();
        meta = { size: after.size, lastModified: after.lastModified };
      } catch (e) {
        // The next check then reads the file and finds our stamp in it.
      }
      f.known = { ...meta, stamp: stamped.doc.revision.stamp };
      f.savedAt = stamped.doc.revision.savedAt;
      f.dirty = f.changes !== changesBefore;
      f.status = 'ok';
      f.error = null;
      f.detail = '';
      await saveRecord(f);
      await ctx.versionWritten(stamped.doc, 'file');
      if (f.dirty && f === tie) schedule();
      return true;
    } finally {
      f.writing = false;
      publishIf(f);
    }
  }

  function flush(f, opts) {
    const job = chain.then(() => writeNow(f, opts));
    chain = job.catch(() => false);
    return job;
  }

  function schedule() {
    if (!tie || WAITING.has(tie.status) || tie.error === 'gone') return;
    if (timer) clearTimeout(timer);
    const f = tie;
    timer = setTimeout(() => {
      timer = null;
      flush(f);
    }, delay);
  }

  /** Write a pending change at once (the page is being hidden or closed). */
  function flushFile() {
    if (!timer || !tie) return chain;
    clearTimeout(timer);
    timer = null;
    return flush(tie);
  }

  /** Access granted: is the file still the one written last? Then write what changed meanwhile. */
  async function verify(f) {
    const disk = await checkDisk(f);
    if (f !== tie) return false;
    if (disk.error) return failed(f, disk.error);
    if (disk.changed) return changedOnDisk(f, disk);
    f.status = 'ok';
    f.error = null;
    publish();
    if (f.dirty) return flush(f);
    return true;
  }

  /** The open project changed to `id`: find its file, if it has one. */
  async function attach(id) {
    if (tie && tie.projectId !== id) {
      const left = tie;
      const pending = Boolean(timer);
      setTie(null);
      if (pending) flush(left);
    }
    if (!id || !handles || opening || (tie && tie.projectId === id)) return;
    const gen = generation;
    let rec = null;
    try {
      rec = await handles.get(id);
    } catch (e) {
      rec = null;
    }
    const cur = store.get().current;
    if (!rec || !rec.handle || gen !== generation || !cur || cur.id !== id) return;
    const f = { ...rec, status: 'checking', changes: 0 };
    setTie(f);
    let permission;
    try {
      permission = await permissionOf(f.handle, false);
    } catch (e) {
      permission = 'denied';
    }
    if (f !== tie) return;
    if (permission !== 'granted') {
      f.status = 'permission';
      publish();
      return;
    }
    await verify(f);
  }

  function refreshBackup() {
    const cur = store.get().current;
    let backup = null;
    if (cur) {
      const key = `firstSeen.${cur.id}`;
      let seen = deps.prefs.get(key);
      if (!seen) {
        seen = now().toISOString();
        deps.prefs.set(key, seen);
      }
      const age = backupAge(cur.doc, seen, now());
      // A project kept in a file needs no reminder: its file banner speaks when something is wrong there.
      const kept = tie && tie.projectId === cur.id;
      if (backupDue(age) && !kept && !putOff.has(cur.id))
        backup = { projectId: cur.id, days: age.days, since: age.since };
    }
    const before = store.get().backup;
    if (JSON.stringify(before || null) !== JSON.stringify(backup)) store.set({ backup });
  }

  /**
   * The file was saved by someone else, and now the working copy holds their version (reconciled, or taken):
   * the file may be written again, starting from what is on disk now.
   */
  function resumeIfReconciled(f, doc) {
    const stamp = stampInFile(f.theirs);
    if (f.status !== 'changed' || !f.theirs || !holdsVersion(doc, stamp)) return;
    f.known = { ...f.theirsMeta, stamp };
    f.theirs = null;
    f.status = 'ok';
    // Their version taken as it is is already in the file; anything else (a merge) is written there.
    f.dirty = doc.revision.stamp !== stamp;
    saveRecord(f);
    publish();
    if (f.dirty) schedule();
  }

  // Hooks (state/app.js calls onCommitted after every kept change; the others are chained after sync's).
  ctx.onCommitted = (doc, { silent = false } = {}) => {
    const f = tie;
    if (f && f.projectId === doc.id) resumeIfReconciled(f, doc);
    if (f && f.projectId === doc.id && !silent && !opening) {
      f.changes = (f.changes || 0) + 1;
      f.doc = doc;
      if (!f.dirty) {
        f.dirty = true;
        saveRecord(f);
        publish();
      }
      schedule();
    } else if (f && f.projectId === doc.id) f.doc = doc;
    refreshBackup();
  };
  const openedBefore = ctx.onOpened;
  ctx.onOpened = (id) => {
    if (openedBefore) openedBefore(id);
    attach(id);
    refreshBackup();
  };
  const deletedBefore = ctx.onDeleted;
  ctx.onDeleted = (id) => {
    if (deletedBefore) deletedBefore(id);
    if (id === null || (tie && tie.projectId === id)) setTie(null);
    if (handles) (id === null ? handles.clear() : handles.delete(id)).catch(() => {});
    if (id !== null) deps.prefs.remove(`firstSeen.${id}`);
  };

  async function saveAsFile() {
    const cur = store.get().current;
    if (!cur || !supported) return false;
    let handle;
    try {
      handle = await files.pickSave({ suggestedName: projectFileName(cur.doc), description: t('files.type') });
    } catch (e) {
      ctx.notice('files.pickFailed', { message: messageOf(e) }, 'error');
      return false;
    }
    if (!handle) return false;
    const f = { projectId: cur.id, handle, name: handle.name, known: null, savedAt: null, dirty: true, changes: 0 };
    f.status = 'ok';
    setTie(f);
    // The user chose this file in the picker (and agreed there to replace it if it existed): no check first.
    const ok = await flush(f, { fresh: true });
    if (ok) ctx.notice('files.savedAs', { file: f.name });
    return ok;
  }

  async function openFile() {
    if (!supported) return null;
    let handle;
    let file;
    try {
      handle = await files.pickOpen({ description: t('files.type') });
      if (!handle) return null;
      file = await handle.getFile();
    } catch (e) {
      ctx.notice('files.openFailed', { message: messageOf(e) }, 'error');
      return null;
    }
    const peek = readProject(await file.text().catch(() => ''));
    const id = peek && typeof peek.id === 'string' ? peek.id : null;
    const stamp = stampInFile(peek);
    const name = handle.name || file.name;
    opening = true;
    let saved = null;
    let sameVersion = false;
    try {
      // This browser's copy of the same version (the file was saved from here, then the tie was lost): open it.
      const local = id && stamp && (await ctx.projectExists(id)) ? await ctx.loadValidated(id) : null;
      if (local && local.ok && stampInFile(local.doc) === stamp) {
        sameVersion = (await ctx.openProject(id, { goTo: null })) ? local.doc : null;
        saved = sameVersion;
      } else saved = await ctx.importFile(file);
    } finally {
      opening = false;
    }
    if (!saved) {
      ctx.navigate('data'); // the import report there says why
      return null;
    }
    ctx.navigate('overview');
    if (saved.id !== id) {
      ctx.notice('files.openedAsCopy', { name: projectName(saved), file: name });
      return saved;
    }
    const f = {
      projectId: saved.id,
      handle,
      name,
      known: { size: file.size, lastModified: file.lastModified, stamp },
      savedAt: peek.revision && peek.revision.savedAt ? peek.revision.savedAt : null,
      // Changes made here after that version was written go to the file now.
      dirty: Boolean(sameVersion) && JSON.stringify(sameVersion) !== JSON.stringify(peek),
      changes: 0,
      status: 'ok'
    };
    setTie(f);
    await saveRecord(f);
    ctx.notice('files.opened', { name: projectName(saved), file: name });
    if (f.dirty) await flush(f);
    return saved;
  }

  /** After a reload, or when access was lost: ask the browser for access (needs the user's click). */
  async function reconnectFile() {
    const f = tie;
    if (!f) return false;
    let permission;
    try {
      permission = await permissionOf(f.handle, true);
    } catch (e) {
      permission = 'denied';
    }
    if (f !== tie) return false;
    if (permission !== 'granted') {
      f.status = 'permission';
      f.error = 'denied';
      publish();
      return false;
    }
    f.status = 'checking';
    f.error = null;
    publish();
    return verify(f);
  }

  /** Try a failed write again (the disk had no room, another program held the file …). */
  function retryFile() {
    const f = tie;
    if (!f || f.status !== 'error') return Promise.resolve(false);
    f.status = 'ok';
    f.dirty = true;
    return flush(f);
  }

  /** Stop writing the project to its file (the file stays as it is). */
  async function disconnectFile() {
    const f = tie;
    if (!f) return false;
    setTie(null);
    if (handles) await handles.delete(f.projectId).catch(() => {});
    ctx.notice('files.disconnected', { file: f.name });
    return true;
  }

  /**
   * The file was saved by someone else: bring the two versions together (reconcile-actions.js, the three-way
   * merge, which asks the user about conflicts). Writing to the file resumes only once the working copy holds
   * the file's version (resumeIfReconciled, on the commit of the result): a reconcile given up, or "keep both",
   * leaves the file as the colleague saved it.
   */
  async function reconcileFile() {
    const f = tie;
    if (!f || f.status !== 'changed' || !f.theirs) return false;
    // Reconcile call site: reconcileWithFile(theirsDoc) from state/reconcile-actions.js.
    if (typeof ctx.reconcileWithFile !== 'function') {
      ctx.notice('files.reconcileMissing', { file: f.name }, 'error');
      return false;
    }
    await ctx.reconcileWithFile(f.theirs);
    return f === tie && f.status === 'ok';
  }

  function putOffBackup() {
    const cur = store.get().current;
    if (cur) putOff.add(cur.id);
    refreshBackup();
  }

  return {
    saveAsFile,
    openFile,
    reconnectFile,
    retryFile,
    disconnectFile,
    reconcileFile,
    flushFile,
    putOffBackup,
    /** Resolves when file writes started so far are done (tests use it). */
    fileSettled: () => chain
  };
}
