// Renders state.dialog in a native <dialog> opened with showModal(): focus moves into
// the dialog, Esc cancels, the rest of the page is inert, and focus returns to where
// it was. Confirm dialogs start on Cancel, so Enter never deletes by accident.
import { html } from './html.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { ReconcileBody } from './reconcile-dialog.js';

function PromptBody({ dialog, onAnswer }) {
  const [value, setValue] = useState(dialog.initial || '');
  const [error, setError] = useState('');
  const submit = (event) => {
    event.preventDefault();
    if (!value.trim()) {
      setError(t('dialog.nameRequired'));
      return;
    }
    onAnswer(value);
  };
  return html`
    <form class="dialog-form" onSubmit=${submit} novalidate>
      <div class="field">
        <label for="dialog-input">${t(dialog.labelKey)}</label>
        ${dialog.hintKey ? html`<p class="field-hint" id="dialog-hint">${t(dialog.hintKey)}</p>` : null}
        <input
          id="dialog-input"
          type="text"
          data-testid="dialog-input"
          data-autofocus
          autocomplete="off"
          maxlength="200"
          value=${value}
          aria-invalid=${error ? 'true' : undefined}
          aria-describedby=${[dialog.hintKey ? 'dialog-hint' : '', error ? 'dialog-error' : ''].filter(Boolean).join(' ') || undefined}
          onInput=${(e) => {
            setValue(e.currentTarget.value);
            setError('');
          }}
        />
        ${error ? html`<p class="field-error" id="dialog-error">${error}</p>` : null}
      </div>
      <div class="dialog-actions">
        <button type="button" class="button button-secondary" data-testid="dialog-cancel" onClick=${() => onAnswer(null)}>${t('common.cancel')}</button>
        <button type="submit" class="button button-primary" data-testid="dialog-confirm">${t(dialog.confirmKey || 'common.ok')}</button>
      </div>
    </form>`;
}

/** A confirm dialog's checkboxes (descriptor.checks): one per item, the labels rendered as text. */
function Checks({ checks, checked, setChecked }) {
  const toggle = (value, on) => setChecked(on ? [...checked, value] : checked.filter((v) => v !== value));
  return html`
    <fieldset class="choice-group dialog-checks" aria-describedby=${checks.hintKey ? 'dialog-checks-hint' : undefined}>
      <legend>${t(checks.legendKey)}</legend>
      ${checks.hintKey ? html`<p class="field-hint" id="dialog-checks-hint">${t(checks.hintKey)}</p>` : null}
      ${checks.items.map(
        (item, i) => html`
        <label class="choice" key=${item.value}>
          <input type="checkbox" data-testid=${`dialog-check-${i}`} checked=${checked.includes(item.value)}
            onChange=${(e) => toggle(item.value, e.currentTarget.checked)} />
          <span>${item.label}</span>
        </label>`
      )}
    </fieldset>`;
}

function ConfirmBody({ dialog, onAnswer }) {
  const [checked, setChecked] = useState([]);
  // With checkboxes the answer also says which are ticked (in the items' order).
  const answer = (value) =>
    onAnswer(
      dialog.checks && value !== null
        ? { value, checked: dialog.checks.items.map((i) => i.value).filter((v) => checked.includes(v)) }
        : value
    );
  return html`
    <div>
      ${dialog.bodyKey ? html`<p id="dialog-body">${t(dialog.bodyKey, dialog.bodyParams)}</p>` : null}
      ${dialog.checks ? html`<${Checks} checks=${dialog.checks} checked=${checked} setChecked=${setChecked} />` : null}
      <div class="dialog-actions">
        <button type="button" class="button button-secondary" data-testid="dialog-cancel" data-autofocus onClick=${() => onAnswer(null)}>${t('common.cancel')}</button>
        ${(dialog.actions || []).map(
          (a) => html`
          <button
            type="button"
            key=${a.value}
            class=${`button button-${a.tone || 'primary'}`}
            data-testid=${`dialog-${a.value}`}
            onClick=${() => answer(a.value)}
          >${t(a.labelKey, a.labelParams)}</button>`
        )}
      </div>
    </div>`;
}

export function DialogHost({ dialog, onAnswer }) {
  const ref = useRef(null);
  const returnTo = useRef(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (dialog && !el.open) {
      returnTo.current = document.activeElement;
      el.showModal();
      const first = el.querySelector('[data-autofocus]');
      if (first) first.focus();
    } else if (!dialog && el.open) {
      el.close();
      const back = returnTo.current;
      returnTo.current = null;
      if (back && back.isConnected && typeof back.focus === 'function') back.focus();
      else {
        const heading = document.querySelector('main h1');
        if (heading) heading.focus();
      }
    }
  }, [dialog]);

  const cancel = (event) => {
    event.preventDefault();
    onAnswer(null);
  };

  return html`
    <dialog
      ref=${ref}
      class="dialog"
      data-testid="dialog"
      aria-labelledby="dialog-title"
      aria-describedby=${dialog && ((dialog.type === 'confirm' && dialog.bodyKey) || dialog.type === 'reconcile') ? 'dialog-body' : undefined}
      onCancel=${cancel}
    >
      ${
        dialog
          ? html`
        <h2 id="dialog-title" class="dialog-title">${t(dialog.titleKey, dialog.titleParams)}</h2>
        ${
          dialog.type === 'prompt'
            ? html`<${PromptBody} key=${dialog.titleKey + (dialog.initial || '')} dialog=${dialog} onAnswer=${onAnswer} />`
            : dialog.type === 'reconcile'
              ? html`<${ReconcileBody} key=${dialog.key || ''} dialog=${dialog} onAnswer=${onAnswer} />`
              : html`<${ConfirmBody} key=${dialog.titleKey + (dialog.checks ? dialog.checks.items.map((i) => i.value).join('\n') : '')} dialog=${dialog} onAnswer=${onAnswer} />`
        }`
          : null
      }
    </dialog>`;
}
