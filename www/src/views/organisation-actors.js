// Organisation › People: name, unit, role or title, FTE (the whole position, 0–1,
// decimal comma accepted) and location. Sortable, searchable, filter by unit.
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
  actorFromForm,
  actorUsage,
  deleteActor,
  parseFte,
  fteInput,
  searchable,
  matchesQuery,
  sortRows,
  cleanText
} from '../lib/org.js';
import { orderedUnits } from '../lib/tasks.js';

const list = (doc, key) => (Array.isArray(doc[key]) ? doc[key] : []);

export function unitOptions(doc) {
  const units = orderedUnits(doc);
  const internal = units.filter((u) => !u.external).map((u) => ({ value: u.id, label: u.name }));
  const external = units.filter((u) => u.external).map((u) => ({ value: u.id, label: u.name }));
  const out = [];
  if (internal.length) out.push({ group: t('org.internalGroup'), options: internal });
  if (external.length) out.push({ group: t('org.externalGroup'), options: external });
  return out;
}

function ActorForm({ doc, actor, actions, onClose, lang, defaultUnit }) {
  const isNew = !actor;
  const units = list(doc, 'units');
  const { form, set, issues, own, busy, submit } = useItemForm(actions, {
    initial: () => ({
      id: actor ? actor.id : newItemId(doc, 'actors'),
      name: actor ? actor.name : '',
      unitId: actor ? actor.unitId : defaultUnit || (units[0] ? units[0].id : ''),
      role: (actor && actor.role) || '',
      fte: actor ? fteInput(actor.fte, lang) : '',
      location: (actor && actor.location) || ''
    }),
    check: (f) => {
      const mine = {};
      if (!cleanText(f.name)) mine.name = t('org.nameRequired');
      if (!f.unitId) mine.unitId = t('org.unitRequired');
      const fte = parseFte(f.fte);
      if (!fte.ok) mine.fte = t('org.fteNumber');
      return mine;
    },
    focusInvalid: true,
    save: (f) => ({
      list: 'actors',
      apply: (d) => upsert(d, 'actors', actorFromForm(actor, f, parseFte(f.fte).value)),
      label: { key: isNew ? 'history.addActor' : 'history.editActor', params: { name: cleanText(f.name) } }
    }),
    onSaved: onClose
  });

  if (!units.length) {
    return html`
      <${ConfirmDialog} title=${t('org.newActor')} onClose=${onClose} testid="actor-dialog">
        <p>${t('org.needUnitFirst')}</p>
      <//>`;
  }
  return html`
    <${Modal} title=${isNew ? t('org.newActor') : t('org.editActorTitle', { name: actor.name })} onClose=${onClose} testid="actor-dialog">
      <form onSubmit=${submit} novalidate class="edit-form">
        <${FormIssues} errors=${issues.other} />
        <${TextField} id="actor-name" label=${t('org.actorName')} hint=${t('org.actorNameHint')} value=${form.name} onInput=${set('name')} required autofocus
          testid="actor-name" errors=${fieldErrors(issues.fields, 'name', own.name)} />
        <${SelectField} id="actor-unit" label=${t('org.unit')} value=${form.unitId} onChange=${set('unitId')} required testid="actor-unit"
          options=${unitOptions(doc)} errors=${fieldErrors(issues.fields, 'unitId', own.unitId)} />
        <${TextField} id="actor-role" label=${t('org.role')} hint=${t('org.roleHint')} value=${form.role} onInput=${set('role')} testid="actor-role"
          errors=${fieldErrors(issues.fields, 'role')} />
        <div class="field-row">
          <${TextField} id="actor-fte" label=${t('org.fte')} hint=${t('org.fteHint')} value=${form.fte} onInput=${set('fte')} testid="actor-fte"
            inputMode="decimal" maxLength=${8} width="narrow" errors=${fieldErrors(issues.fields, 'fte', own.fte)} />
          <${TextField} id="actor-location" label=${t('org.location')} value=${form.location} onInput=${set('location')} testid="actor-location"
            errors=${fieldErrors(issues.fields, 'location')} />
        </div>
        <${FormActions} onCancel=${onClose} busy=${busy} submitLabel=${isNew ? t('org.addActor') : t('edit.saveChanges')} />
      </form>
    <//>`;
}

function DeleteActor({ doc, actor, actions, onClose }) {
  const usage = actorUsage(doc, actor.id);
  const confirm = async () => {
    const r = await actions.editCurrent(
      (d) => {
        deleteActor(d, actor.id);
      },
      { label: { key: 'history.deleteActor', params: { name: actor.name } } }
    );
    if (r.ok) {
      onClose();
      actions.flash('org.actorDeleted', { name: actor.name });
    }
  };
  return html`
    <${ConfirmDialog} title=${t('org.deleteActorTitle', { name: actor.name })} confirmLabel=${t('org.deleteActor')} onConfirm=${confirm} onClose=${onClose} testid="delete-actor-dialog">
      <p>${t('org.deleteActorBody')}</p>
      <ul>
        ${usage.ties ? html`<li>${t('org.actorTiesGo', { count: usage.ties })}</li>` : null}
        ${usage.respondents ? html`<li>${t('org.actorSurveyGo', { count: usage.respondents })}</li>` : null}
        ${usage.assignments ? html`<li>${t('org.actorTasksStay', { count: usage.assignments })}</li>` : null}
      </ul>
      <p class="muted">${t('edit.undoHint')}</p>
    <//>`;
}

export function ActorsPanel({ doc, actions, lang }) {
  const [query, setQuery] = useState('');
  const [unitFilter, setUnitFilter] = useState('');
  const [sort, onSort] = useSort('name');
  const [editing, setEditing] = useState(null);
  const unitsById = new Map(list(doc, 'units').map((u) => [u.id, u]));
  const unitName = (id) => (unitsById.get(id) ? unitsById.get(id).name : '?');
  const all = list(doc, 'actors').map((a) => ({
    a,
    unit: unitName(a.unitId),
    text: searchable(a.name, a.role, a.location, unitName(a.unitId))
  }));
  const filtered = all.filter((r) => matchesQuery(r.text, query) && (!unitFilter || r.a.unitId === unitFilter));
  const getters = {
    name: (r) => r.a.name,
    unit: (r) => r.unit,
    role: (r) => r.a.role,
    fte: (r) => r.a.fte,
    location: (r) => r.a.location
  };
  const rows = sortRows(filtered, getters[sort.col] || getters.name, sort.dir, lang);
  const fteTotal = filtered.reduce((s, r) => s + (typeof r.a.fte === 'number' ? r.a.fte : 0), 0);
  const find = (id) => list(doc, 'actors').find((a) => a.id === id);

  return html`
    <div class="panel-head">
      <div class="filters">
        <${SearchBox} id="actor-search" label=${t('org.searchActors')} value=${query} onInput=${setQuery} testid="actor-search" />
        <div class="filter">
          <label for="actor-unit-filter">${t('org.unit')}</label>
          <select id="actor-unit-filter" data-testid="actor-unit-filter" onChange=${(e) => setUnitFilter(e.currentTarget.value)}>
            <option value="" selected=${!unitFilter}>${t('org.allUnits')}</option>
            ${orderedUnits(doc).map((u) => html`<option key=${u.id} value=${u.id} selected=${unitFilter === u.id}>${u.name}</option>`)}
          </select>
        </div>
      </div>
      <button type="button" class="button button-primary" data-testid="add-actor" onClick=${() => setEditing({ mode: 'new' })}>
        <span aria-hidden="true">+ </span>${t('org.newActor')}
      </button>
    </div>
    <${CountLine} shown=${rows.length} total=${all.length} testid="actor-count" />
    ${
      all.length === 0
        ? html`<p class="empty" data-testid="actors-empty">${t('org.actorsEmpty')}</p>`
        : html`
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="actors-caption">
        <table class="data-table edit-table" data-testid="actors-table">
          <caption id="actors-caption" class="visually-hidden">${t('org.actorsCaption')}</caption>
          <thead>
            <tr>
              <${SortHeader} label=${t('org.actorName')} col="name" sort=${sort} onSort=${onSort} />
              <${SortHeader} label=${t('org.unit')} col="unit" sort=${sort} onSort=${onSort} />
              <${SortHeader} label=${t('org.role')} col="role" sort=${sort} onSort=${onSort} />
              <${SortHeader} label=${t('org.fteShort')} col="fte" sort=${sort} onSort=${onSort} num />
              <${SortHeader} label=${t('org.location')} col="location" sort=${sort} onSort=${onSort} />
              <th scope="col" class="col-actions"><span class="visually-hidden">${t('edit.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`
              <tr key=${r.a.id} data-testid="actor-row" data-id=${r.a.id}>
                <th scope="row"><span class="row-name" data-testid="actor-row-name">${r.a.name}</span></th>
                <td>${r.unit}</td>
                <td>${r.a.role || html`<span class="muted">–</span>`}</td>
                <td class="num" data-testid="actor-row-fte">${typeof r.a.fte === 'number' ? formatNumber(r.a.fte, { maximumFractionDigits: 3 }) : '–'}</td>
                <td>${r.a.location || html`<span class="muted">–</span>`}</td>
                <${RowActions} name=${r.a.name} testid="actor" onEdit=${() => setEditing({ mode: 'edit', actor: r.a })}
                  onDelete=${() => setEditing({ mode: 'delete', actor: r.a })} />
              </tr>`
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan="3">${t('org.fteTotal')}</th>
              <td class="num" data-testid="actor-fte-total">${formatNumber(fteTotal, { maximumFractionDigits: 2 })}</td>
              <td colspan="2"></td>
            </tr>
          </tfoot>
        </table>
      </div>`
    }
    ${
      editing && editing.mode !== 'delete'
        ? html`
      <${ActorForm} doc=${doc} actor=${editing.actor ? find(editing.actor.id) : null} actions=${actions} lang=${lang}
        defaultUnit=${unitFilter} onClose=${() => setEditing(null)} />`
        : null
    }
    ${
      editing && editing.mode === 'delete'
        ? html`
      <${DeleteActor} doc=${doc} actor=${editing.actor} actions=${actions} onClose=${() => setEditing(null)} />`
        : null
    }`;
}
