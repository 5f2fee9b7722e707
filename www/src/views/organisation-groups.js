// Organisation › Target groups, and the form shared with functions (Oppgaver): a name,
// a description and, for functions, whether the function is essential.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t, formatNumber } from '../i18n.js';
import { Modal, FormActions } from '../ui/modal.js';
import { TextField, CheckField, FormIssues } from '../ui/fields.js';
import { useItemForm, fieldErrors, ConfirmDialog } from '../ui/editor.js';
import { useSort, SortHeader, SearchBox, CountLine, RowActions } from '../ui/table-tools.js';
import { newItemId } from '../lib/entity-ids.js';
import {
  upsert,
  namedFromForm,
  targetGroupUsage,
  deleteTargetGroup,
  functionUsage,
  deleteFunction,
  searchable,
  matchesQuery,
  sortRows,
  cleanText
} from '../lib/org.js';

const list = (doc, key) => (Array.isArray(doc[key]) ? doc[key] : []);

// Texts per list: target groups here, functions in the responsibility map.
const KIND = {
  targetGroups: {
    newTitle: 'org.newGroup',
    editTitle: 'org.editGroupTitle',
    add: 'org.addGroup',
    name: 'org.groupName',
    addLabel: 'history.addGroup',
    editLabel: 'history.editGroup',
    testid: 'group'
  },
  functions: {
    newTitle: 'tasks.newFunction',
    editTitle: 'tasks.editFunctionTitle',
    add: 'tasks.addFunction',
    name: 'tasks.functionName',
    addLabel: 'history.addFunction',
    editLabel: 'history.editFunction',
    testid: 'function'
  }
};

export function NamedForm({ doc, listKey, item, actions, onClose, onDelete }) {
  const k = KIND[listKey];
  const isNew = !item;
  const isFunction = listKey === 'functions';
  const { form, set, issues, own, busy, submit } = useItemForm(actions, {
    initial: () => ({
      id: item ? item.id : newItemId(doc, listKey),
      name: item ? item.name : '',
      description: (item && item.description) || '',
      essential: item ? item.essential === true : false
    }),
    check: (f) => (cleanText(f.name) ? {} : { name: t('org.nameRequired') }),
    save: (f) => ({
      list: listKey,
      apply: (d) => upsert(d, listKey, namedFromForm(item, f, isFunction ? { essential: f.essential } : {})),
      label: { key: isNew ? k.addLabel : k.editLabel, params: { name: cleanText(f.name) } }
    }),
    onSaved: onClose
  });
  return html`
    <${Modal} title=${isNew ? t(k.newTitle) : t(k.editTitle, { name: item.name })} onClose=${onClose} testid=${`${k.testid}-dialog`}>
      <form onSubmit=${submit} novalidate class="edit-form">
        <${FormIssues} errors=${issues.other} />
        <${TextField} id=${`${k.testid}-name`} label=${t(k.name)} value=${form.name} onInput=${set('name')} required autofocus
          testid=${`${k.testid}-name`} errors=${fieldErrors(issues.fields, 'name', own.name)} />
        <${TextField} id=${`${k.testid}-description`} label=${t('org.description')} value=${form.description} onInput=${set('description')}
          multiline testid=${`${k.testid}-description`} maxLength=${1000} errors=${fieldErrors(issues.fields, 'description')} />
        ${
          isFunction
            ? html`
          <${CheckField} id="function-essential" label=${t('tasks.essential')} hint=${t('tasks.essentialHint')}
            checked=${form.essential} onChange=${set('essential')} testid="function-essential" />`
            : null
        }
        <${FormActions} onCancel=${onClose} busy=${busy} submitLabel=${isNew ? t(k.add) : t('edit.saveChanges')}
          extra=${!isNew && onDelete ? html`<button type="button" class="button button-danger-quiet" data-testid=${`${k.testid}-delete`} onClick=${onDelete}>${t('edit.delete')}</button>` : null} />
      </form>
    <//>`;
}

export function DeleteNamed({ doc, listKey, item, actions, onClose }) {
  const isFunction = listKey === 'functions';
  const used = isFunction ? functionUsage(doc, item.id) : targetGroupUsage(doc, item.id);
  const confirm = async () => {
    const r = await actions.editCurrent(
      (d) => {
        if (isFunction) deleteFunction(d, item.id);
        else deleteTargetGroup(d, item.id);
      },
      { label: { key: isFunction ? 'history.deleteFunction' : 'history.deleteGroup', params: { name: item.name } } }
    );
    if (r.ok) {
      onClose();
      actions.flash('edit.deleted', { name: item.name });
    }
  };
  return html`
    <${ConfirmDialog} title=${t('edit.deleteTitle', { name: item.name })} confirmLabel=${t('edit.delete')} onConfirm=${confirm} onClose=${onClose}
      testid=${isFunction ? 'delete-function-dialog' : 'delete-group-dialog'}>
      ${used ? html`<p>${isFunction ? t('tasks.functionAssignmentsGo', { count: used }) : t('org.groupInAssignments', { count: used })}</p>` : html`<p>${t('edit.notUsed')}</p>`}
      <p class="muted">${t('edit.undoHint')}</p>
    <//>`;
}

export function GroupsPanel({ doc, actions, lang }) {
  const [query, setQuery] = useState('');
  const [sort, onSort] = useSort('name');
  const [editing, setEditing] = useState(null);
  const all = list(doc, 'targetGroups').map((g) => ({
    g,
    used: targetGroupUsage(doc, g.id),
    text: searchable(g.name, g.description)
  }));
  const filtered = all.filter((r) => matchesQuery(r.text, query));
  const getters = { name: (r) => r.g.name, used: (r) => r.used };
  const rows = sortRows(filtered, getters[sort.col] || getters.name, sort.dir, lang);
  const find = (id) => list(doc, 'targetGroups').find((g) => g.id === id);
  return html`
    <div class="panel-head">
      <div class="filters">
        <${SearchBox} id="group-search" label=${t('org.searchGroups')} value=${query} onInput=${setQuery} testid="group-search" />
      </div>
      <button type="button" class="button button-primary" data-testid="add-group" onClick=${() => setEditing({ mode: 'new' })}>
        <span aria-hidden="true">+ </span>${t('org.newGroup')}
      </button>
    </div>
    <${CountLine} shown=${rows.length} total=${all.length} testid="group-count" />
    ${
      all.length === 0
        ? html`<p class="empty">${t('org.groupsEmpty')}</p>`
        : html`
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="groups-caption">
        <table class="data-table edit-table" data-testid="groups-table">
          <caption id="groups-caption" class="visually-hidden">${t('org.groupsCaption')}</caption>
          <thead>
            <tr>
              <${SortHeader} label=${t('org.groupName')} col="name" sort=${sort} onSort=${onSort} />
              <th scope="col">${t('org.description')}</th>
              <${SortHeader} label=${t('org.groupUsed')} col="used" sort=${sort} onSort=${onSort} num />
              <th scope="col" class="col-actions"><span class="visually-hidden">${t('edit.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`
              <tr key=${r.g.id} data-testid="group-row" data-id=${r.g.id}>
                <th scope="row"><span class="row-name">${r.g.name}</span></th>
                <td>${r.g.description || html`<span class="muted">–</span>`}</td>
                <td class="num">${formatNumber(r.used)}</td>
                <${RowActions} name=${r.g.name} testid="group" onEdit=${() => setEditing({ mode: 'edit', item: r.g })}
                  onDelete=${() => setEditing({ mode: 'delete', item: r.g })} />
              </tr>`
            )}
          </tbody>
        </table>
      </div>`
    }
    ${
      editing && editing.mode !== 'delete'
        ? html`
      <${NamedForm} doc=${doc} listKey="targetGroups" item=${editing.item ? find(editing.item.id) : null} actions=${actions} onClose=${() => setEditing(null)} />`
        : null
    }
    ${
      editing && editing.mode === 'delete'
        ? html`
      <${DeleteNamed} doc=${doc} listKey="targetGroups" item=${editing.item} actions=${actions} onClose=${() => setEditing(null)} />`
        : null
    }`;
}
