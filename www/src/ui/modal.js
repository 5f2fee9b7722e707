// A modal editor: a native <dialog> opened with showModal() while the component is
// mounted. Focus moves to the first [data-autofocus] (or the first field), Esc and
// Cancel close it, and focus returns to where it was (or to `returnFocus`, a selector,
// when the opener is gone, e.g. after a delete).
import { html } from './html.js';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n.js';
import { markUnsaved, clearUnsaved } from './unsaved.js';

const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

export function Modal({ title, onClose, children, testid = 'edit-dialog', wide = false, returnFocus }) {
  const ref = useRef(null);
  const opener = useRef(null);

  useEffect(() => {
    const el = ref.current;
    opener.current = document.activeElement;
    if (el && !el.open) el.showModal();
    const first = el && (el.querySelector('[data-autofocus]') || el.querySelector(`form ${FOCUSABLE}`));
    if (first) first.focus();
    // Typing in a form makes it unsaved until it is submitted (from then on the edit queue has it, and a reload
    // in the middle of that save is the storage layer's business) or the dialog closes: reloading then asks.
    const token = {};
    const onInput = (e) => {
      if (e.target && e.target.closest && e.target.closest('form')) markUnsaved(token);
    };
    const onSubmit = () => clearUnsaved(token);
    if (el) {
      el.addEventListener('input', onInput);
      el.addEventListener('submit', onSubmit);
    }
    return () => {
      if (el) {
        el.removeEventListener('input', onInput);
        el.removeEventListener('submit', onSubmit);
      }
      clearUnsaved(token);
      if (el && el.open) el.close();
      const back = opener.current;
      // Let the view re-render first (the opener may have been replaced).
      setTimeout(() => {
        if (back && back.isConnected && typeof back.focus === 'function') back.focus();
        else {
          const target = (returnFocus && document.querySelector(returnFocus)) || document.querySelector('main h1');
          if (target) target.focus();
        }
      }, 0);
    };
  }, []);

  return html`
    <dialog
      ref=${ref}
      class=${`dialog edit-dialog${wide ? ' edit-dialog-wide' : ''}`}
      data-testid=${testid}
      aria-labelledby=${`${testid}-title`}
      onCancel=${(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div class="edit-dialog-head">
        <h2 id=${`${testid}-title`} class="dialog-title">${title}</h2>
        <button type="button" class="icon-button" aria-label=${t('common.close')} onClick=${onClose} data-testid=${`${testid}-close`}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      ${children}
    </dialog>`;
}

/** The Save / Cancel row of a form in a Modal. */
export function FormActions({ onCancel, submitLabel, busy = false, extra = null }) {
  return html`
    <div class="dialog-actions form-actions">
      ${extra ? html`<div class="form-actions-extra">${extra}</div>` : null}
      <button type="button" class="button button-secondary" data-testid="form-cancel" onClick=${onCancel}>${t('common.cancel')}</button>
      <button type="submit" class="button button-primary" data-testid="form-save" disabled=${busy}>${submitLabel}</button>
    </div>`;
}
