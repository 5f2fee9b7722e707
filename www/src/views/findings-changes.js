// "Hva bør endres" (tiltak): assessments of kind "change" with owner, status, due date and
// the findings they answer (evidence "finding:<id>"). A list with status, a form to add or
// change one; every change is one undoable edit.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t, formatDate } from '../i18n.js';
import {
  STATUSES,
  saveAssessment,
  deleteAssessment,
  assessmentsOf,
  findingIdsOf,
  bySeverity
} from '../lib/findings.js';

const EMPTY = { id: null, text: '', owner: '', status: 'proposed', due: '', findings: [] };

function ChangeForm({ initial, findings, actions, onDone }) {
  const [v, setV] = useState(initial);
  const [error, setError] = useState('');
  const set = (k) => (e) => setV({ ...v, [k]: e.currentTarget.value });
  const sorted = findings.slice().sort(bySeverity);
  // Checkboxes, not a multi-select list: choosing several needs no Ctrl or Cmd. A chosen finding that is no longer
  // among the findings keeps its place in the change (only what is ticked or unticked here moves).
  const toggleFinding = (id, on) =>
    setV({ ...v, findings: on ? [...v.findings.filter((x) => x !== id), id] : v.findings.filter((x) => x !== id) });
  const submit = async (e) => {
    e.preventDefault();
    if (!v.text.trim()) {
      setError(t('common.required'));
      return;
    }
    const fields = {
      id: v.id || undefined,
      kind: 'change',
      text: v.text.trim(),
      owner: v.owner.trim(),
      status: v.status,
      due: v.due,
      evidence: v.findings.map((id) => `finding:${id}`)
    };
    const result = await actions.editCurrent(
      (doc) => {
        if (fields.id) {
          const old = (doc.assessments || []).find((a) => a.id === fields.id);
          if (old) for (const k of ['owner', 'due']) if (!fields[k]) delete old[k];
        }
        saveAssessment(doc, fields);
      },
      { label: { key: v.id ? 'findings.undo.changeEdit' : 'findings.undo.changeAdd' } }
    );
    if (result.ok) {
      setError('');
      onDone();
    } else {
      setError(result.errors.map((er) => er.message || er.code).join(' '));
    }
  };
  const p = v.id ? `change-${v.id}` : 'change-new';
  return html`
    <form class="change-form" onSubmit=${submit} data-testid="change-form">
      <div class="field">
        <label for=${`${p}-text`}>${t('findings.changeText')} <span class="required-mark">${t('edit.requiredMark')}</span></label>
        <textarea id=${`${p}-text`} rows="2" data-testid="change-text" value=${v.text} onInput=${set('text')}
          aria-invalid=${error && !v.text.trim() ? 'true' : undefined} aria-describedby=${error ? `${p}-error` : undefined}></textarea>
      </div>
      <div class="form-row">
        <div class="field">
          <label for=${`${p}-owner`}>${t('findings.owner')}</label>
          <input id=${`${p}-owner`} type="text" data-testid="change-owner" value=${v.owner} onInput=${set('owner')} maxLength="200" />
        </div>
        <div class="field">
          <label for=${`${p}-status`}>${t('findings.status')}</label>
          <select id=${`${p}-status`} data-testid="change-status" value=${v.status} onChange=${set('status')}>
            ${STATUSES.map((s) => html`<option key=${s} value=${s}>${t(`findings.statusValue.${s}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for=${`${p}-due`}>${t('findings.due')}</label>
          <input id=${`${p}-due`} type="date" data-testid="change-due" value=${v.due} onInput=${set('due')} />
        </div>
      </div>
      <fieldset class="field group-choice change-findings" data-testid="change-findings" aria-describedby=${`${p}-findings-hint`}>
        <legend>${t('findings.answers')}</legend>
        <p class="field-hint" id=${`${p}-findings-hint`}>${t('findings.answersHint')}</p>
        <div class="change-findings-list">
          ${sorted.map(
            (f) => html`<label class="choice" key=${f.id}>
            <input type="checkbox" data-testid="change-finding" value=${f.id} checked=${v.findings.includes(f.id)}
              onChange=${(e) => toggleFinding(f.id, e.currentTarget.checked)} />
            <span>${t('findings.severityTitle', { severity: t(`findings.severity.${f.severity}`), title: f.title })}</span>
          </label>`
          )}
        </div>
      </fieldset>
      ${error ? html`<p class="field-error" id=${`${p}-error`} role="alert">${error}</p>` : null}
      <div class="row-actions">
        <button type="submit" class="button button-primary" data-testid="change-save">${v.id ? t('edit.saveChanges') : t('findings.changeAdd')}</button>
        ${v.id ? html`<button type="button" class="button button-secondary" onClick=${onDone}>${t('common.cancel')}</button>` : null}
      </div>
    </form>`;
}

function ChangeRow({ item, findings, actions, onEdit }) {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const answered = findingIdsOf(item)
    .map((id) => byId.get(id))
    .filter(Boolean);
  return html`
    <tr data-testid="change-row" data-id=${item.id} data-status=${item.status || 'proposed'}>
      <th scope="row">${item.text}</th>
      <td>${item.owner || '–'}</td>
      <td><span class=${`status-pill status-${item.status || 'proposed'}`}>${t(`findings.statusValue.${item.status || 'proposed'}`)}</span></td>
      <td>${item.due ? formatDate(item.due) : '–'}</td>
      <td>${answered.length ? html`<ul class="plain-list small">${answered.map((f) => html`<li key=${f.id}>${f.title}</li>`)}</ul>` : '–'}</td>
      ${
        actions
          ? html`<td class="row-actions">
        <button type="button" class="button button-secondary button-small" data-testid="change-edit" onClick=${() => onEdit(item)}
          aria-label=${t('findings.editNamed', { text: item.text.slice(0, 40) })}>${t('edit.edit')}</button>
        <button type="button" class="button button-danger-quiet button-small" data-testid="change-delete"
          aria-label=${t('findings.deleteNamed', { text: item.text.slice(0, 40) })}
          onClick=${() =>
            actions.updateCurrent(
              (doc) => {
                deleteAssessment(doc, item.id);
              },
              { label: { key: 'findings.undo.changeDelete' } }
            )}>${t('edit.delete')}</button>
      </td>`
          : null
      }
    </tr>`;
}

export function ChangeTable({ items, findings, actions, onEdit }) {
  return html`
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="changes-caption">
      <table class="data-table" data-testid="change-table">
        <caption id="changes-caption" class="visually-hidden">${t('findings.changesTitle')}</caption>
        <thead><tr>
          <th scope="col">${t('findings.changeText')}</th><th scope="col">${t('findings.owner')}</th>
          <th scope="col">${t('findings.status')}</th><th scope="col">${t('findings.due')}</th>
          <th scope="col">${t('findings.answers')}</th>${actions ? html`<th scope="col">${t('edit.actions')}</th>` : null}
        </tr></thead>
        <tbody>${items.map((a) => html`<${ChangeRow} key=${a.id} item=${a} findings=${findings} actions=${actions} onEdit=${onEdit} />`)}</tbody>
      </table>
    </div>`;
}

export function Changes({ doc, result, actions }) {
  const [editing, setEditing] = useState(null);
  const [formKey, setFormKey] = useState(0);
  const items = assessmentsOf(doc, ['change']);
  const findings = result.findings || [];
  const startEdit = (a) =>
    setEditing({
      id: a.id,
      text: a.text || '',
      owner: a.owner || '',
      status: a.status || 'proposed',
      due: a.due || '',
      findings: findingIdsOf(a)
    });
  return html`
    <section class="section" aria-labelledby="changes-title" data-testid="changes">
      <h2 id="changes-title">${t('findings.changesTitle')}</h2>
      <p class="muted">${t('findings.changesIntro')}</p>
      ${
        items.length
          ? html`<${ChangeTable} items=${items} findings=${findings} actions=${actions} onEdit=${startEdit} />`
          : html`<p class="muted" data-testid="changes-empty">${t('findings.changesEmpty')}</p>`
      }
      <h3>${editing ? t('findings.changeEditTitle') : t('findings.changeNewTitle')}</h3>
      <${ChangeForm} key=${editing ? editing.id : `new-${formKey}`} initial=${editing || EMPTY} findings=${findings} actions=${actions}
        onDone=${() => {
          setEditing(null);
          setFormKey(formKey + 1);
        }} />
    </section>`;
}
