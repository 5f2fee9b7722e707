// Project list actions: new, open, rename, duplicate, delete, the example municipality,
// and damaged records (downloaded raw, whatever they hold; deleted by their stored key). Each asks through deps.dialogs and changes storage via ctx.
import { projectName, withName, withNewId, cleanName } from '../lib/project.js';
import { slugify } from '../lib/slug.js';
import { rawRecordJson } from '../storage.js';

export function projectActions(ctx) {
  const { store, deps, t } = ctx;
  const get = () => store.get();

  function nameOf(id) {
    const entry = get().projects.find((p) => p.id === id);
    return entry ? entry.name : id;
  }

  async function createProject() {
    const raw = await deps.dialogs.prompt({
      titleKey: 'projects.newDialogTitle',
      labelKey: 'projects.newDialogLabel',
      hintKey: 'projects.newDialogHint',
      confirmKey: 'projects.create',
      initial: ''
    });
    const name = cleanName(raw);
    if (!name) return null;
    const env = await deps.core.newProject({ id: deps.newId(), name, lang: ctx.lang() });
    if (!env.ok) {
      ctx.fail(env.errors);
      return null;
    }
    const doc = await ctx.commit(env.result, { open: true });
    if (doc) {
      ctx.navigate('overview');
      ctx.notice('projects.created', { name: projectName(doc) });
    }
    return doc;
  }

  async function renameProject(id) {
    const loaded = await ctx.loadValidated(id);
    if (!loaded.ok) {
      ctx.fail(loaded.errors);
      return null;
    }
    const raw = await deps.dialogs.prompt({
      titleKey: 'projects.renameDialogTitle',
      labelKey: 'projects.newDialogLabel',
      confirmKey: 'projects.renameSave',
      initial: projectName(loaded.doc)
    });
    const name = cleanName(raw);
    if (!name || name === projectName(loaded.doc)) return null;
    const cur = get().current;
    const doc = await ctx.commit(withName(loaded.doc, name), {
      open: Boolean(cur && cur.id === id),
      label: { key: 'history.renameProject', params: { name } }
    });
    if (doc) ctx.notice('projects.renamed', { name: projectName(doc) });
    return doc;
  }

  async function duplicateProject(id) {
    const loaded = await ctx.loadValidated(id);
    if (!loaded.ok) {
      ctx.fail(loaded.errors);
      return null;
    }
    const copyName = t('projects.copyName', { name: projectName(loaded.doc) });
    const doc = await ctx.commit(withNewId(loaded.doc, deps.newId(), copyName), { open: false });
    if (doc) ctx.notice('projects.duplicated', { name: projectName(doc) });
    return doc;
  }

  async function deleteProject(id) {
    const name = nameOf(id);
    const choice = await deps.dialogs.confirm({
      titleKey: 'projects.deleteDialogTitle',
      titleParams: { name },
      bodyKey: 'projects.deleteDialogBody',
      actions: [{ value: 'delete', labelKey: 'projects.deleteConfirm', tone: 'danger' }]
    });
    if (choice !== 'delete') return false;
    ctx.sessionOnly.delete(id);
    ctx.forget(id);
    try {
      await deps.storage.delete(id);
      if (ctx.onDeleted) ctx.onDeleted(id);
    } catch (e) {
      ctx.storageFailed(e);
    }
    await ctx.forgetSnapshots(id);
    ctx.closeProject(id);
    await ctx.refreshList();
    ctx.notice('projects.deleted', { name });
    return true;
  }

  async function loadDemo() {
    const env = await deps.core.demo({ lang: ctx.lang() });
    if (!env.ok) {
      ctx.fail(env.errors);
      return null;
    }
    let doc = env.result;
    if (await ctx.projectExists(doc.id)) {
      const choice = await deps.dialogs.confirm({
        titleKey: 'projects.demoExistsTitle',
        bodyKey: 'projects.demoExistsBody',
        actions: [
          { value: 'open', labelKey: 'projects.demoOpenExisting', tone: 'primary' },
          { value: 'copy', labelKey: 'projects.demoAddCopy', tone: 'secondary' }
        ]
      });
      if (choice === 'open') {
        await ctx.openProject(doc.id);
        return get().current ? get().current.doc : null;
      }
      if (choice !== 'copy') return null;
      doc = withNewId(doc, deps.newId(), t('projects.copyName', { name: projectName(doc) }));
    }
    const saved = await ctx.commit(doc, { open: true });
    if (saved) {
      ctx.navigate('overview');
      ctx.notice('projects.demoLoaded');
    }
    return saved;
  }

  /** Download a damaged record exactly as stored, so nothing is lost. */
  function exportRaw(id) {
    const item = get().damaged.find((d) => d.id === id);
    if (!item) return null;
    const filename = `${slugify(id, 'bosam')}-raw.json`;
    deps.download(filename, rawRecordJson(item.raw), 'application/json');
    return filename;
  }

  async function deleteDamaged(id) {
    const item = get().damaged.find((d) => d.id === id);
    const choice = await deps.dialogs.confirm({
      titleKey: 'projects.deleteDialogTitle',
      titleParams: { name: id },
      bodyKey: 'projects.deleteDialogBody',
      actions: [{ value: 'delete', labelKey: 'projects.deleteConfirm', tone: 'danger' }]
    });
    if (choice !== 'delete') return false;
    ctx.forget(id);
    try {
      // The key as stored (a number, say), not its string form, or the delete misses it.
      await deps.storage.delete(item && item.key !== undefined ? item.key : id);
    } catch (e) {
      ctx.storageFailed(e);
    }
    await ctx.refreshList();
    return true;
  }

  return { createProject, renameProject, duplicateProject, deleteProject, loadDemo, exportRaw, deleteDamaged };
}
