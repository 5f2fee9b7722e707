// Helpers for editing forms: save one item through actions.editCurrent and sort the
// core's messages onto the form's fields by JSONPath; the state and submit such a form
// needs (useItemForm); a confirm dialog for deletes.
import { html } from './html.js';
import { useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { Modal } from './modal.js';
import { issuesForItem } from '../lib/jsonpath.js';
import { errorText } from './error-list.js';

/**
 * Save one item of `list`. apply(doc) changes the draft and returns the item's index
 * (so the core's messages about $.<list>[index].<field> land on <field>).
 * Returns { ok: true, warnings } or { ok: false, fields: { field: [issue] }, other: [issue] }.
 */
export async function saveItem(actions, { list, apply, label }) {
  let index = -1;
  const result = await actions.editCurrent(
    (doc) => {
      index = apply(doc);
    },
    { label }
  );
  if (result.ok) {
    const w = issuesForItem(result.warnings || [], list, index);
    return { ok: true, unchanged: Boolean(result.unchanged), warnings: w.fields, index };
  }
  const sorted = issuesForItem(result.errors, list, index);
  const otherWarnings = [];
  return { ok: false, fields: sorted.fields, other: [...sorted.item, ...sorted.other], warnings: otherWarnings };
}

/**
 * The state and submit of a dialog that edits one item of a project list (a person, a unit, a target group,
 * a function, a survey round):
 *   initial()      the form's first values (called once)
 *   check(form)    the form's own messages, { field: text }; any of them stops the save
 *   save(form)     saveItem's { list, apply, label }
 *   onSaved(form)  after the core accepted the change (close the dialog)
 *   focusInvalid   with own messages, focus the first field marked invalid
 * Returns { form, setForm, set, issues, own, busy, submit }: set(key) gives a field's onInput; issues holds the
 * core's messages ({ fields, other }), own the form's; busy is true while saving; submit is the form's onSubmit.
 */
export function useItemForm(actions, { initial, check = () => ({}), save, onSaved, focusInvalid = false }) {
  const [form, setForm] = useState(initial);
  const [issues, setIssues] = useState({ fields: {}, other: [] });
  const [own, setOwn] = useState({});
  const [busy, setBusy] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async (e) => {
    e.preventDefault();
    const mine = check(form);
    setOwn(mine);
    if (Object.keys(mine).length) {
      const first = focusInvalid ? document.querySelector('.edit-dialog [aria-invalid="true"]') : null;
      if (first) first.focus();
      return;
    }
    setBusy(true);
    const r = await saveItem(actions, save(form));
    setBusy(false);
    if (r.ok) {
      // Saved, but the core had a remark (an FTE above one full position): say so, since the form now closes.
      const remarks = Object.values(r.warnings || {}).flat();
      if (remarks.length && actions.flash)
        actions.flash('edit.savedWithRemark', { message: remarks.map(errorText).join(' ') });
      onSaved(form);
    } else setIssues(r);
  };
  return { form, setForm, set, issues, own, busy, submit };
}

/** Messages for one field from a { fields } map, plus this form's own message (a string). */
export function fieldErrors(issues, key, own) {
  const list = (issues && issues[key]) || [];
  return own ? [own, ...list] : list;
}

/** A delete confirmation. The body (children) says what else goes with the item. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  tone = 'danger',
  testid = 'confirm-dialog',
  confirmDisabled = false
}) {
  return html`
    <${Modal} title=${title} onClose=${onClose} testid=${testid}>
      <div class="confirm-body">${children}</div>
      <div class="dialog-actions">
        <button type="button" class="button button-secondary" data-testid="confirm-cancel" data-autofocus onClick=${onClose}>${t('common.cancel')}</button>
        ${onConfirm ? html`<button type="button" class=${`button button-${tone}`} data-testid="confirm-ok" disabled=${confirmDisabled} onClick=${onConfirm}>${confirmLabel}</button>` : null}
      </div>
    <//>`;
}
