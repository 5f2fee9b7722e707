// Writing a version of the project (saved to a file, or exported as a download) stamps it: the core sets
// `revision` (a new random stamp, the stamp it was based on, the earlier stamps, when it was written), the app
// remembers the version (version-store.js, so a copy that comes back can be reconciled against it), and the
// working copy takes the same `revision` silently: no undo step, and no new write to the file
// (commitResult's `silent`). So the working copy's revision.stamp always names the version last written.
//   ctx.stampVersion(doc) -> { ok: true, doc: stamped } | { ok: false, errors }
//   ctx.versionWritten(stamped, kind)  kind 'file' | 'export': remember it, and the working copy takes its revision
import { newStamp } from '../lib/stamps.js';

export function stampingActions(ctx) {
  const { store, deps } = ctx;
  const now = () => (deps.now ? deps.now() : new Date());

  async function stampVersion(doc) {
    if (!deps.core || typeof deps.core.stamp !== 'function') {
      return { ok: false, errors: [{ path: '$', code: 'core-missing-function', message: 'stamp' }] };
    }
    const env = await deps.core.stamp(doc, { stamp: newStamp(), savedAt: now().toISOString() });
    if (!env.ok) return { ok: false, errors: env.errors };
    // The app's envelopes carry the answer as `result` (core.js); `data` as the contract writes it.
    const stamped = env.result !== undefined && env.result !== null ? env.result : env.data;
    if (!stamped || typeof stamped !== 'object' || !stamped.revision) {
      return { ok: false, errors: [{ path: '$', code: 'core-bad-response', message: 'stamp: no revision' }] };
    }
    return { ok: true, doc: stamped };
  }

  /** The open (or stored) project `id` takes `revision`, without an undo step or a write to its file. */
  function adoptRevision(id, revision) {
    return ctx.enqueue(async () => {
      const cur = store.get().current;
      let doc;
      if (cur && cur.id === id) doc = cur.doc;
      else {
        const loaded = await ctx.loadValidated(id);
        if (!loaded.ok) return false;
        doc = loaded.doc;
      }
      if (JSON.stringify(doc.revision) === JSON.stringify(revision)) return true;
      const open = Boolean(cur && cur.id === id);
      const result = await ctx.commitResult({ ...doc, revision }, { open, record: false, silent: true });
      return result.ok;
    });
  }

  async function versionWritten(stamped, kind) {
    if (deps.versions && typeof deps.versions.rememberVersion === 'function') {
      try {
        await deps.versions.rememberVersion(stamped, kind);
      } catch (e) {
        // The version is written; not remembering it only means a returning copy finds an older common base.
      }
    }
    return adoptRevision(stamped.id, stamped.revision);
  }

  ctx.stampVersion = stampVersion;
  ctx.versionWritten = versionWritten;
  ctx.adoptRevision = adoptRevision;
  return {};
}
