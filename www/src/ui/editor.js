// Helpers for editing forms: save one item through actions.editCurrent and sort the
// core's messages onto the form's fields by JSONPath; a confirm dialog for deletes.
import { html } from './html.js';
import { t } from '../i18n.js';
import { Modal } from './modal.js';
import { issuesForItem } from '../lib/jsonpath.js';

/**
 * Save one item of `list`. apply(doc) changes the draft and returns the item's index
 * (so the core's messages about $.<list>[index].<field> land on <field>).
 * Returns { ok: true, warnings } or { ok: false, fields: { field: [issue] }, other: [issue] }.
 */
export async function saveItem(actions, { list, apply, label }) {
  let index = -1;
  const result = await actions.editCurrent((doc) => {
    index = apply(doc);
  }, { label });
  if (result.ok) {
    const w = issuesForItem(result.warnings || [], list, index);
    return { ok: true, unchanged: Boolean(result.unchanged), warnings: w.fields, index };
  }
  const sorted = issuesForItem(result.errors, list, index);
  const otherWarnings = [];
  return { ok: false, fields: sorted.fields, other: [...sorted.item, ...sorted.other], warnings: otherWarnings };
}

/** Messages for one field from a { fields } map, plus this form's own message (a string). */
export function fieldErrors(issues, key, own) {
  const list = (issues && issues[key]) || [];
  return own ? [own, ...list] : list;
}

/** A delete confirmation. The body (children) says what else goes with the item. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose, tone = 'danger', testid = 'confirm-dialog', confirmDisabled = false }) {
  return html`
    <${Modal} title=${title} onClose=${onClose} testid=${testid}>
      <div class="confirm-body">${children}</div>
      <div class="dialog-actions">
        <button type="button" class="button button-secondary" data-testid="confirm-cancel" data-autofocus onClick=${onClose}>${t('common.cancel')}</button>
        ${onConfirm ? html`<button type="button" class=${`button button-${tone}`} data-testid="confirm-ok" disabled=${confirmDisabled} onClick=${onConfirm}>${confirmLabel}</button>` : null}
      </div>
    <//>`;
}
