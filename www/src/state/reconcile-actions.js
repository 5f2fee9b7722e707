// Taking in a colleague's changed copy of a project kept here (docs/reconcile.md). When an imported file has the
// id of a stored project, core.relate says how the two versions relate:
//   same, theirs-older       -> merged as below over that very version when it is kept here, so a file edited
//                               after it was written (its stamp unchanged) still shows its edits; nothing new is
//                               said plainly. Not kept: the same content is "nothing new", else the old choice
//   theirs-newer, diverged   -> the newest shared version this browser kept (version-store.js findBase) is the
//                               base; core.reconcile merges item by item; the dialog (ui/reconcile-dialog.js) shows
//                               what the file brings and asks once per conflict; the result is applied as ONE undo
//                               step, after a snapshot of the version it replaces
//   unrelated, or no base    -> not handled here: the caller offers "Erstatt" / "Behold begge"
// The merge itself runs in the analysis Worker (core.js): a large project takes about a second.
import { projectName } from '../lib/project.js';
import { newStamp } from '../lib/stamps.js';
import * as keptVersions from '../version-store.js';

/** Whether a reconcile result takes nothing from the file (no change of theirs, nothing removed, no conflict). */
export function bringsNothing(result) {
  const summary = (result && result.summary) || {};
  const theirs = summary.theirs || {};
  const changes = ['added', 'changed', 'deleted'].some((k) => theirs[k] && Object.keys(theirs[k]).length > 0);
  return !changes && !(summary.removed || []).length && !(result.conflicts || []).length;
}

/** Two versions with the same content, whatever their stamps. */
export function sameContent(a, b) {
  const { revision: _a, ...restA } = a || {};
  const { revision: _b, ...restB } = b || {};
  return JSON.stringify(restA) === JSON.stringify(restB);
}

/** How many times the dialog may come back because a choice opened a new conflict (a unit kept or let go). */
const MAX_ROUNDS = 3;

export function reconcileActions(ctx) {
  const { store, deps } = ctx;
  // deps.versions may offer only some of version-store.js's functions (the app passes rememberVersion).
  const kept = deps.versions || {};
  const versions = {
    findBase: kept.findBase || keptVersions.findBase,
    rememberVersion: kept.rememberVersion || keptVersions.rememberVersion
  };
  const now = () => (deps.now ? deps.now() : new Date());
  const report = (importReport) => store.set({ importReport });
  const said = (status, fileName, name, key) => {
    report({ status, fileName, name, messageKey: key });
    ctx.notice(key, { file: fileName, name });
  };

  /** The merge of base, mine and theirs with these choices: the core's envelope. */
  const merge = (base, mine, theirs, choices) =>
    deps.core.reconcile(base, mine, theirs, {
      choices,
      stamp: newStamp(),
      savedAt: now().toISOString(),
      lang: ctx.lang()
    });

  /** The dialog for a result; resolves the choices, or null when cancelled. */
  async function ask(result, fileName, existing, round) {
    const answer = await deps.dialogs.reconcile({
      key: `${fileName}-${round}`,
      titleKey: 'reconcile.title',
      titleParams: { file: fileName },
      existing,
      lines: bringsNothing({ summary: result.summary }) ? [] : result.summary.lines.theirs,
      taken: bringsNothing({ summary: result.summary }) ? [] : result.summary.taken || [],
      removed: result.summary.lines.removed,
      removedItems: result.summary.removed || [],
      conflicts: result.conflicts
    });
    return answer && typeof answer === 'object' ? answer.choices || {} : null;
  }

  /** Apply the merged project to the stored one: a snapshot of the version it replaces, then one undo step. */
  async function apply(project, fileName, theirs) {
    await ctx.takeSnapshot('reconcile', { id: project.id });
    const open = store.get().current;
    // Open it first, so the merge is an undoable step of the project rather than a fresh start.
    if (!open || open.id !== project.id) await ctx.openProject(project.id, { quiet: true, goTo: null });
    const result = await ctx.enqueue(() =>
      ctx.commitResult(project, { open: true, label: { key: 'reconcile.historyLabel', params: { file: fileName } } })
    );
    // The colleague's copy is kept as a version, so the next copy from the same colleague finds it as its base.
    if (result.ok) await Promise.resolve(versions.rememberVersion(theirs, 'file')).catch(() => false);
    return result;
  }

  /**
   * A file whose id is a stored project's, already through the door. Resolves { handled: false } when the caller
   * should offer replace or keep both (related: true when the copies could be compared but share no version kept
   * here), else { handled: true, saved } (saved: the merged document, or null when nothing changed or the user
   * cancelled).
   */
  async function importCopy(theirs, fileName) {
    const loaded = await ctx.loadValidated(theirs.id);
    if (!loaded.ok) return { handled: false };
    const mine = loaded.doc;
    const name = projectName(mine);
    const related = await deps.core.relate(mine, theirs, { lang: ctx.lang() });
    if (!related.ok) return { handled: false };
    const { relation, commonStamps } = related.result;
    const theirsStamp = theirs.revision && typeof theirs.revision.stamp === 'string' ? theirs.revision.stamp : '';
    // The base: for a newer or diverged copy the newest shared version kept here; for the same or an older
    // version, that very version, so a file edited after it was written (its stamp unchanged) still shows its edits.
    let candidates;
    if (relation === 'same' || relation === 'theirs-older') candidates = theirsStamp ? [theirsStamp] : [];
    else if (relation === 'theirs-newer' || relation === 'diverged') candidates = commonStamps;
    else return { handled: false, related: true };
    let base = null;
    try {
      base = candidates.length ? await versions.findBase(theirs.id, candidates) : null;
    } catch (e) {
      base = null;
    }
    const nothingKey =
      relation === 'same'
        ? 'reconcile.sameVersion'
        : relation === 'theirs-older'
          ? 'reconcile.olderVersion'
          : 'reconcile.nothingNew';
    if (!base) {
      if (relation === 'same' && sameContent(mine, theirs)) {
        said('nothingNew', fileName, name, nothingKey);
        return { handled: true, saved: null };
      }
      return { handled: false, related: true };
    }

    let env = await merge(base, mine, theirs, {});
    if (env.ok && bringsNothing(env.result)) {
      said('nothingNew', fileName, name, nothingKey);
      return { handled: true, saved: null };
    }
    let choices = {};
    for (let round = 0; env.ok && round < MAX_ROUNDS; round += 1) {
      const asked = env.result;
      const answer = await ask(asked, fileName, name, round);
      if (!answer) {
        report({ status: 'cancelled', fileName });
        return { handled: true, saved: null };
      }
      if (!asked.conflicts.length) return finish(await apply(asked.project, fileName, theirs), fileName, 0);
      choices = { ...choices, ...answer };
      env = await merge(base, mine, theirs, choices);
      // A choice can open a new conflict (a unit kept or let go with people in it): then the dialog asks again.
      if (env.ok && env.result.project)
        return finish(await apply(env.result.project, fileName, theirs), fileName, env.result.conflicts.length);
    }
    report({ status: 'failed', fileName, errors: env.ok ? [] : env.errors, titleKey: 'reconcile.failed' });
    return { handled: true, saved: null };
  }

  function finish(applied, fileName, choiceCount) {
    if (!applied.ok) {
      report({ status: 'failed', fileName, errors: applied.errors || [], titleKey: 'reconcile.failed' });
      return { handled: true, saved: null };
    }
    const name = projectName(applied.doc);
    report({ status: 'reconciled', fileName, name, choices: choiceCount });
    ctx.notice('reconcile.done', { file: fileName, name });
    return { handled: true, saved: applied.doc };
  }

  /**
   * The project's own file was saved by someone else (state/file-actions.js reconcileFile): the same flow as an
   * import of that version. Without a shared version kept here it says so, and nothing changes (the file stays as
   * the colleague saved it). Resolves the merged document, or null.
   */
  async function reconcileWithFile(theirs, fileName) {
    const file = store.get().file;
    const name = fileName || (file && file.name) || projectName(theirs);
    const result = await importCopy(theirs, name);
    if (!result.handled) ctx.notice('reconcile.noBaseFile', { file: name }, 'error');
    return result.handled ? result.saved : null;
  }
  ctx.reconcileWithFile = reconcileWithFile;

  return { importCopy, reconcileWithFile };
}
