// Organisation › Units: internal units and external partners (with the relation to each
// partner: agreement, contact, how often, about what). Sortable, searchable; add, edit,
// delete (a unit with people asks where they go).
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t, formatNumber } from '../i18n.js';
import { Modal, FormActions } from '../ui/modal.js';
import { TextField, SelectField, FormIssues } from '../ui/fields.js';
import { useItemForm, fieldErrors, ConfirmDialog } from '../ui/editor.js';
import { useSort, SortHeader, SearchBox, CountLine, RowActions } from '../ui/table-tools.js';
import { newItemId } from '../lib/entity-ids.js';
import {
  upsert,
  unitFromForm,
  unitUsage,
  deleteUnit,
  searchable,
  matchesQuery,
  sortRows,
  RELATION_FIELDS,
  cleanText
} from '../lib/org.js';

const list = (doc, key) => (Array.isArray(doc[key]) ? doc[key] : []);

function unitRows(doc) {
  const people = new Map();
  const fte = new Map();
  for (const a of list(doc, 'actors')) {
    people.set(a.unitId, (people.get(a.unitId) || 0) + 1);
    if (typeof a.fte === 'number') fte.set(a.unitId, (fte.get(a.unitId) || 0) + a.fte);
  }
  const tasks = new Map();
  for (const a of list(doc, 'assignments')) tasks.set(a.unitId, (tasks.get(a.unitId) || 0) + 1);
  return list(doc, 'units').map((u) => ({
    u,
    people: people.get(u.id) || 0,
    fte: fte.has(u.id) ? Math.round(fte.get(u.id) * 100) / 100 : null,
    tasks: tasks.get(u.id) || 0,
    text: searchable(u.name, u.location, u.sector, ...(u.relation ? Object.values(u.relation) : []))
  }));
}

export function TypeBadge({ external }) {
  return external
    ? html`<span class="type-badge type-external"><span aria-hidden="true">◇ </span>${t('org.external')}</span>`
    : html`<span class="type-badge type-internal"><span aria-hidden="true">■ </span>${t('org.internal')}</span>`;
}

function RelationSummary({ relation }) {
  if (!relation) return html`<p class="cell-note muted">${t('org.relationMissing')}</p>`;
  return html`
    <dl class="relation-summary">
      ${RELATION_FIELDS.filter((k) => relation[k]).map(
        (k) => html`
        <div key=${k}><dt>${t(`org.relation.${k}`)}</dt><dd>${relation[k]}</dd></div>`
      )}
    </dl>`;
}

function UnitForm({ doc, unit, actions, onClose }) {
  const isNew = !unit;
  const { form, setForm, set, issues, own, busy, submit } = useItemForm(actions, {
    initial: () => ({
      id: unit ? unit.id : newItemId(doc, 'units'),
      name: unit ? unit.name : '',
      external: unit ? unit.external === true : false,
      location: (unit && unit.location) || '',
      sector: (unit && unit.sector) || '',
      relation: { ...((unit && unit.relation) || {}) }
    }),
    check: (f) => (cleanText(f.name) ? {} : { name: t('org.nameRequired') }),
    save: (f) => ({
      list: 'units',
      apply: (d) => upsert(d, 'units', unitFromForm(unit, f)),
      label: { key: isNew ? 'history.addUnit' : 'history.editUnit', params: { name: cleanText(f.name) } }
    }),
    onSaved: onClose
  });
  const setRel = (key) => (value) => setForm((f) => ({ ...f, relation: { ...f.relation, [key]: value } }));

  return html`
    <${Modal} title=${isNew ? t('org.newUnit') : t('org.editUnitTitle', { name: unit.name })} onClose=${onClose} testid="unit-dialog">
      <form onSubmit=${submit} novalidate class="edit-form">
        <${FormIssues} errors=${issues.other} />
        <${TextField} id="unit-name" label=${t('org.unitName')} value=${form.name} onInput=${set('name')} required autofocus
          testid="unit-name" errors=${fieldErrors(issues.fields, 'name', own.name)} />
        <fieldset class="field choice-group">
          <legend>${t('org.unitType')}</legend>
          <label class="choice"><input type="radio" name="unit-type" data-testid="unit-internal" checked=${!form.external} onChange=${() => set('external')(false)} /> ${t('org.internalLong')}</label>
          <label class="choice"><input type="radio" name="unit-type" data-testid="unit-external" checked=${form.external} onChange=${() => set('external')(true)} /> ${t('org.externalLong')}</label>
        </fieldset>
        <div class="field-row">
          <${TextField} id="unit-location" label=${t('org.location')} value=${form.location} onInput=${set('location')} testid="unit-location"
            errors=${fieldErrors(issues.fields, 'location')} />
          <${TextField} id="unit-sector" label=${t('org.sector')} value=${form.sector} onInput=${set('sector')} testid="unit-sector"
            errors=${fieldErrors(issues.fields, 'sector')} />
        </div>
        ${
          form.external
            ? html`
          <fieldset class="relation-fields" data-testid="relation-fields">
            <legend>${t('org.relationTitle')}</legend>
            <p class="field-hint">${t('org.relationIntro')}</p>
            <div>
              ${RELATION_FIELDS.map(
                (k) => html`
                <${TextField} key=${k} id=${`unit-rel-${k}`} label=${t(`org.relation.${k}`)} hint=${t(`org.relationHint.${k}`)}
                  value=${form.relation[k] || ''} onInput=${setRel(k)} testid=${`unit-rel-${k}`}
                  errors=${fieldErrors(issues.fields, `relation.${k}`)} />`
              )}
            </div>
          </fieldset>`
            : null
        }
        <${FormActions} onCancel=${onClose} busy=${busy} submitLabel=${isNew ? t('org.addUnit') : t('edit.saveChanges')} />
      </form>
    <//>`;
}

function DeleteUnit({ doc, unit, actions, onClose }) {
  const usage = unitUsage(doc, unit.id);
  const others = list(doc, 'units').filter((u) => u.id !== unit.id);
  const [moveTo, setMoveTo] = useState(others.length ? others[0].id : '');
  const hasPeople = usage.actors.length > 0;
  const confirm = async () => {
    const r = await actions.editCurrent(
      (d) => {
        const out = deleteUnit(d, unit.id, { moveTo: hasPeople ? moveTo : undefined });
        if (!out.ok) return false;
        return undefined;
      },
      { label: { key: hasPeople ? 'history.deleteUnitMove' : 'history.deleteUnit', params: { name: unit.name } } }
    );
    if (r.ok) {
      onClose();
      actions.flash('org.unitDeleted', { name: unit.name });
    }
  };
  return html`
    <${ConfirmDialog}
      title=${t('org.deleteUnitTitle', { name: unit.name })}
      confirmLabel=${hasPeople ? t('org.moveAndDelete') : t('org.deleteUnit')}
      onConfirm=${hasPeople && !others.length ? null : confirm}
      onClose=${onClose}
      testid="delete-unit-dialog"
    >
      ${
        hasPeople
          ? html`
        <p data-testid="delete-unit-blocked">${t('org.unitHasPeople', { count: usage.actors.length, name: unit.name })}</p>
        <ul class="name-list" data-testid="delete-unit-people">
          ${usage.actors.map((a) => html`<li key=${a.id}>${a.name}${a.role ? html` <span class="muted">– ${a.role}</span>` : null}</li>`)}
        </ul>
        ${
          others.length
            ? html`
          <${SelectField} id="move-to" label=${t('org.moveTo')} value=${moveTo} onChange=${setMoveTo} testid="move-to"
            options=${others.map((u) => ({ value: u.id, label: u.name }))} />`
            : html`<p class="field-error">${t('org.cannotDeleteOnly')}</p>`
        }`
          : html`<p>${t('org.deleteUnitBody')}</p>`
      }
      ${usage.assignments ? html`<p>${t('org.unitAssignmentsGo', { count: usage.assignments })}</p>` : null}
      <p class="muted">${t('edit.undoHint')}</p>
    <//>`;
}

export function UnitsPanel({ doc, actions, lang }) {
  const [query, setQuery] = useState('');
  const [type, setType] = useState('all');
  const [sort, onSort] = useSort('name');
  const [editing, setEditing] = useState(null); // { mode: 'edit' | 'new' | 'delete', unit }
  const all = unitRows(doc);
  const filtered = all.filter(
    (r) => matchesQuery(r.text, query) && (type === 'all' || (type === 'external') === (r.u.external === true))
  );
  const getters = {
    name: (r) => r.u.name,
    type: (r) => (r.u.external ? 1 : 0),
    location: (r) => r.u.location,
    people: (r) => r.people,
    fte: (r) => r.fte,
    tasks: (r) => r.tasks
  };
  const rows = sortRows(filtered, getters[sort.col] || getters.name, sort.dir, lang);
  const find = (id) => list(doc, 'units').find((u) => u.id === id);

  return html`
    <div class="panel-head">
      <div class="filters">
        <${SearchBox} id="unit-search" label=${t('org.searchUnits')} value=${query} onInput=${setQuery} testid="unit-search" />
        <div class="filter">
          <label for="unit-type-filter">${t('org.showType')}</label>
          <select id="unit-type-filter" data-testid="unit-type-filter" onChange=${(e) => setType(e.currentTarget.value)}>
            <option value="all" selected=${type === 'all'}>${t('org.typeAll')}</option>
            <option value="internal" selected=${type === 'internal'}>${t('org.typeInternal')}</option>
            <option value="external" selected=${type === 'external'}>${t('org.typeExternal')}</option>
          </select>
        </div>
      </div>
      <button type="button" class="button button-primary" data-testid="add-unit" onClick=${() => setEditing({ mode: 'new' })}>
        <span aria-hidden="true">+ </span>${t('org.newUnit')}
      </button>
    </div>
    <${CountLine} shown=${rows.length} total=${all.length} testid="unit-count" />
    ${
      all.length === 0
        ? html`<p class="empty" data-testid="units-empty">${t('org.unitsEmpty')}</p>`
        : html`
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="units-caption">
        <table class="data-table edit-table edit-table-top" data-testid="units-table">
          <caption id="units-caption" class="visually-hidden">${t('org.unitsCaption')}</caption>
          <thead>
            <tr>
              <${SortHeader} label=${t('org.unitName')} col="name" sort=${sort} onSort=${onSort} />
              <${SortHeader} label=${t('org.unitType')} col="type" sort=${sort} onSort=${onSort} />
              <${SortHeader} label=${t('org.people')} col="people" sort=${sort} onSort=${onSort} num />
              <${SortHeader} label=${t('org.fteSum')} col="fte" sort=${sort} onSort=${onSort} num />
              <${SortHeader} label=${t('org.tasks')} col="tasks" sort=${sort} onSort=${onSort} num />
              <th scope="col" class="col-actions"><span class="visually-hidden">${t('edit.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`
              <tr key=${r.u.id} data-testid="unit-row" data-id=${r.u.id}>
                <th scope="row">
                  <span class="row-name" data-testid="unit-row-name">${r.u.name}</span>
                  ${r.u.location ? html`<span class="cell-note muted">${r.u.location}</span>` : null}
                  ${r.u.external ? html`<${RelationSummary} relation=${r.u.relation} />` : null}
                </th>
                <td><${TypeBadge} external=${r.u.external === true} /></td>
                <td class="num" data-testid="unit-people">${formatNumber(r.people)}</td>
                <td class="num">${r.fte === null ? '–' : formatNumber(r.fte, { maximumFractionDigits: 2 })}</td>
                <td class="num">${formatNumber(r.tasks)}</td>
                <${RowActions} name=${r.u.name} testid="unit" onEdit=${() => setEditing({ mode: 'edit', unit: r.u })}
                  onDelete=${() => setEditing({ mode: 'delete', unit: r.u })} />
              </tr>`
            )}
          </tbody>
        </table>
      </div>`
    }
    ${
      editing && editing.mode !== 'delete'
        ? html`
      <${UnitForm} doc=${doc} unit=${editing.unit ? find(editing.unit.id) : null} actions=${actions} onClose=${() => setEditing(null)} />`
        : null
    }
    ${
      editing && editing.mode === 'delete'
        ? html`
      <${DeleteUnit} doc=${doc} unit=${editing.unit} actions=${actions} onClose=${() => setEditing(null)} />`
        : null
    }`;
}
