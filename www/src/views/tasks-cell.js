// Oppgaver › one cell: who in a unit holds a function, for which target groups, with
// what role, FTE and decision authority. Add and remove assignments; saved as one step.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { Modal, FormActions } from '../ui/modal.js';
import { TextField, FormIssues } from '../ui/fields.js';
import { ROLE_GLYPH } from '../ui/table-tools.js';
import { errorText } from '../ui/error-list.js';
import { parseFte, fteInput } from '../lib/org.js';
import { ROLES, cellAssignments, assignmentFromRow, replaceCell, peopleByUnit } from '../lib/tasks.js';
import { issuesByIndex, fieldOf } from '../lib/jsonpath.js';

const list = (doc, key) => (Array.isArray(doc[key]) ? doc[key] : []);
let rowCounter = 0;
const rowKey = () => `r${(rowCounter += 1)}`;

function AssignmentRow({ row, n, doc, unitId, onChange, onRemove, issues, lang }) {
  const id = `asg-${row.key}`;
  const byUnit = peopleByUnit(doc, unitId);
  const groups = list(doc, 'targetGroups');
  const fieldIssues = (key) =>
    issues.filter(
      (i) => fieldOf(i.path) === key || (key === 'targetGroupIds' && fieldOf(i.path).startsWith('targetGroupIds'))
    );
  const general = issues.filter(
    (i) =>
      !['actorId', 'role', 'fte', 'decisionAuthority'].includes(fieldOf(i.path)) &&
      !fieldOf(i.path).startsWith('targetGroupIds')
  );
  const set = (key, value) => onChange({ ...row, [key]: value });
  const toggleGroup = (gid, on) =>
    set('targetGroupIds', on ? [...row.targetGroupIds, gid] : row.targetGroupIds.filter((x) => x !== gid));
  return html`
    <fieldset class="assignment-row" data-testid="assignment-row">
      <legend>${t('tasks.assignmentN', { n })}</legend>
      ${general.length ? html`<${FormIssues} errors=${general} testid="assignment-errors" />` : null}
      <div class="assignment-grid">
        <div class="field">
          <label for=${`${id}-actor`}>${t('tasks.person')}</label>
          <select id=${`${id}-actor`} data-testid="assignment-actor" onChange=${(e) => set('actorId', e.currentTarget.value)}
            aria-invalid=${fieldIssues('actorId').length ? 'true' : undefined}>
            <option value="" selected=${!row.actorId}>${t('tasks.noPerson')}</option>
            ${byUnit.map(
              (
                g
              ) => html`<optgroup key=${g.unitId || '-'} label=${g.own ? t('tasks.peopleInThisUnit', { unit: g.name }) : g.unitId ? g.name : t('tasks.peopleElsewhere')}>
              ${g.people.map((a) => html`<option key=${a.id} value=${a.id} selected=${row.actorId === a.id}>${a.name}${a.role ? ` – ${a.role}` : ''}</option>`)}
            </optgroup>`
            )}
          </select>
          ${fieldIssues('actorId').map((i, k) => html`<p key=${k} class="field-error">${errorText(i)}</p>`)}
        </div>
        <fieldset class="field choice-group role-choice">
          <legend>${t('tasks.roleLabel')}</legend>
          ${ROLES.map(
            (r) => html`
            <label class="choice" key=${r}>
              <input type="radio" name=${`${id}-role`} value=${r} data-testid=${`assignment-role-${r}`} checked=${row.role === r} onChange=${() => set('role', r)} />
              <span class=${`role-glyph role-${r}`} aria-hidden="true">${ROLE_GLYPH[r]}</span> ${t(`tasks.role.${r}`)}
            </label>`
          )}
          ${fieldIssues('role').map((i, k) => html`<p key=${k} class="field-error">${errorText(i)}</p>`)}
        </fieldset>
        <div class="assignment-side">
          <${TextField} id=${`${id}-fte`} label=${t('tasks.fte')} hint=${t('tasks.fteHint')} value=${row.fte} onInput=${(v) => set('fte', v)}
            testid="assignment-fte" inputMode="decimal" maxLength=${8} width="narrow"
            errors=${[...(row.fteError ? [row.fteError] : []), ...fieldIssues('fte')]} />
          <div class="field field-check">
            <input type="checkbox" id=${`${id}-da`} data-testid="assignment-authority" checked=${row.decisionAuthority}
              onChange=${(e) => set('decisionAuthority', e.currentTarget.checked)} />
            <label for=${`${id}-da`}>${t('tasks.decisionAuthority')}</label>
          </div>
        </div>
      </div>
      <fieldset class="field group-choice">
        <legend>${t('tasks.targetGroups')}</legend>
        <p class="field-hint">${t('tasks.targetGroupsHint')}</p>
        <div class="check-columns">
          ${groups.map(
            (g) => html`
            <label class="choice" key=${g.id}>
              <input type="checkbox" data-testid="assignment-group" value=${g.id} checked=${row.targetGroupIds.includes(g.id)}
                onChange=${(e) => toggleGroup(g.id, e.currentTarget.checked)} />
              ${g.name}
            </label>`
          )}
        </div>
        ${fieldIssues('targetGroupIds').map((i, k) => html`<p key=${k} class="field-error">${errorText(i)}</p>`)}
      </fieldset>
      <div class="assignment-foot">
        <button type="button" class="row-button row-button-danger" data-testid="assignment-remove" onClick=${onRemove}>
          ${t('tasks.removeAssignment', { n })}
        </button>
      </div>
    </fieldset>`;
}

export function CellEditor({ doc, fn, unit, actions, onClose, lang, holders }) {
  const [rows, setRows] = useState(() => {
    const existing = cellAssignments(doc, fn.id, unit.id).map(({ a }) => ({
      key: rowKey(),
      keep: a,
      actorId: a.actorId || '',
      role: a.role,
      targetGroupIds: Array.isArray(a.targetGroupIds) ? [...a.targetGroupIds] : [],
      decisionAuthority: a.decisionAuthority === true,
      fte: fteInput(a.fte, lang)
    }));
    return existing.length ? existing : [newRow(holders)];
  });
  const [errors, setErrors] = useState({ byRow: {}, other: [] });
  const [busy, setBusy] = useState(false);

  function newRow(h) {
    return {
      key: rowKey(),
      keep: {},
      actorId: '',
      role: h && h.length ? 'contributes' : 'responsible',
      targetGroupIds: [],
      decisionAuthority: false,
      fte: ''
    };
  }

  const submit = async (e) => {
    e.preventDefault();
    let bad = false;
    const checked = rows.map((r) => {
      const f = parseFte(r.fte);
      if (!f.ok) bad = true;
      return { ...r, fteValue: f.ok ? f.value : undefined, fteError: f.ok ? '' : t('org.fteNumber') };
    });
    setRows(checked);
    if (bad) return;
    setBusy(true);
    let base = 0;
    const result = await actions.editCurrent(
      (d) => {
        const built = checked.map((r) =>
          assignmentFromRow(
            fn.id,
            unit.id,
            {
              actorId: r.actorId,
              targetGroupIds: r.targetGroupIds,
              role: r.role,
              decisionAuthority: r.decisionAuthority,
              fte: r.fteValue
            },
            r.keep
          )
        );
        base = replaceCell(d, fn.id, unit.id, built);
      },
      { label: { key: 'history.editCell', params: { fn: fn.name, unit: unit.name } } }
    );
    setBusy(false);
    if (result.ok) {
      onClose();
      return;
    }
    const byIndex = issuesByIndex(result.errors, 'assignments');
    const byRow = {};
    const claimed = new Set();
    checked.forEach((r, i) => {
      if (byIndex[base + i]) {
        byRow[r.key] = byIndex[base + i];
        byIndex[base + i].forEach((x) => claimed.add(x));
      }
    });
    setErrors({ byRow, other: result.errors.filter((x) => !claimed.has(x)) });
  };

  return html`
    <${Modal} title=${t('tasks.cellTitle', { fn: fn.name, unit: unit.name })} onClose=${onClose} testid="cell-dialog" wide>
      <form onSubmit=${submit} novalidate class="edit-form">
        <p class="field-hint">${t('tasks.cellIntro')}</p>
        <${FormIssues} errors=${errors.other} />
        ${rows.length === 0 ? html`<p class="empty-note" data-testid="cell-empty">${t('tasks.cellEmpty')}</p>` : null}
        ${rows.map(
          (r, i) => html`
          <${AssignmentRow} key=${r.key} row=${r} n=${i + 1} doc=${doc} unitId=${unit.id} lang=${lang}
            issues=${errors.byRow[r.key] || []}
            onChange=${(next) => setRows((all) => all.map((x) => (x.key === r.key ? next : x)))}
            onRemove=${() => setRows((all) => all.filter((x) => x.key !== r.key))} />`
        )}
        <p>
          <button type="button" class="button button-secondary" data-testid="assignment-add" onClick=${() => setRows((all) => [...all, newRow(holders)])}>
            <span aria-hidden="true">+ </span>${t('tasks.addAssignment')}
          </button>
        </p>
        <${FormActions} onCancel=${onClose} busy=${busy} submitLabel=${t('edit.saveChanges')} />
      </form>
    <//>`;
}
