// Form fields with a label, an optional hint, and the messages that belong to them
// (the core's errors mapped by JSONPath, or this form's own checks). The control is
// marked aria-invalid and described by the hint and the messages.
import { html } from './html.js';
import { t } from '../i18n.js';
import { errorText } from './error-list.js';

/** Messages under a field: errors first, then warnings. items: [{ message, code } | string]. */
function Messages({ id, errors = [], warnings = [] }) {
  if (!errors.length && !warnings.length) return null;
  return html`
    <div id=${id} class="field-messages">
      ${errors.map((e, i) => html`<p key=${`e${i}`} class="field-error" data-testid="field-error">${typeof e === 'string' ? e : errorText(e)}</p>`)}
      ${warnings.map((w, i) => html`<p key=${`w${i}`} class="field-warning" data-testid="field-warning">${typeof w === 'string' ? w : errorText(w)}</p>`)}
    </div>`;
}

function describedBy(id, hint, errors, warnings) {
  const parts = [];
  if (hint) parts.push(`${id}-hint`);
  if ((errors && errors.length) || (warnings && warnings.length)) parts.push(`${id}-msg`);
  return parts.length ? parts.join(' ') : undefined;
}

export function TextField({
  id,
  label,
  value,
  onInput,
  hint,
  errors = [],
  warnings = [],
  required = false,
  testid,
  type = 'text',
  multiline = false,
  autofocus = false,
  inputMode,
  maxLength = 500,
  width
}) {
  const common = {
    id,
    value: value === undefined || value === null ? '' : value,
    'data-testid': testid,
    'aria-invalid': errors.length ? 'true' : undefined,
    'aria-required': required ? 'true' : undefined,
    'aria-describedby': describedBy(id, hint, errors, warnings),
    'data-autofocus': autofocus ? '' : undefined,
    maxLength,
    onInput: (e) => onInput(e.currentTarget.value)
  };
  return html`
    <div class=${`field${width ? ` field-${width}` : ''}`}>
      <label for=${id}>${label}${required ? html` <span class="required-mark">${t('edit.requiredMark')}</span>` : null}</label>
      ${hint ? html`<p class="field-hint" id=${`${id}-hint`}>${hint}</p>` : null}
      ${
        multiline
          ? html`<textarea rows="3" ...${common}></textarea>`
          : html`<input type=${type} autocomplete="off" inputmode=${inputMode} ...${common} />`
      }
      <${Messages} id=${`${id}-msg`} errors=${errors} warnings=${warnings} />
    </div>`;
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  hint,
  errors = [],
  required = false,
  testid,
  autofocus = false
}) {
  return html`
    <div class="field">
      <label for=${id}>${label}${required ? html` <span class="required-mark">${t('edit.requiredMark')}</span>` : null}</label>
      ${hint ? html`<p class="field-hint" id=${`${id}-hint`}>${hint}</p>` : null}
      <select
        id=${id}
        data-testid=${testid}
        data-autofocus=${autofocus ? '' : undefined}
        aria-invalid=${errors.length ? 'true' : undefined}
        aria-describedby=${describedBy(id, hint, errors)}
        onChange=${(e) => onChange(e.currentTarget.value)}
      >
        ${options.map((o) =>
          o.group
            ? html`<optgroup key=${`g-${o.group}`} label=${o.group}>${o.options.map((x) => html`<option key=${x.value} value=${x.value} selected=${x.value === value}>${x.label}</option>`)}</optgroup>`
            : html`<option key=${o.value} value=${o.value} selected=${o.value === value}>${o.label}</option>`
        )}
      </select>
      <${Messages} id=${`${id}-msg`} errors=${errors} />
    </div>`;
}

export function CheckField({ id, label, checked, onChange, hint, testid, disabled = false }) {
  return html`
    <div class="field field-check">
      <input
        type="checkbox"
        id=${id}
        data-testid=${testid}
        checked=${Boolean(checked)}
        disabled=${disabled}
        aria-describedby=${hint ? `${id}-hint` : undefined}
        onChange=${(e) => onChange(e.currentTarget.checked)}
      />
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="field-hint" id=${`${id}-hint`}>${hint}</p>` : null}
    </div>`;
}

/** Problems that are not about one field: shown at the top of a form, announced. */
export function FormIssues({ errors = [], testid = 'form-errors' }) {
  if (!errors.length) return null;
  return html`
    <div class="report report-error form-issues" role="alert" data-testid=${testid}>
      <p class="report-title">${t('edit.formHasErrors')}</p>
      <ul>
        ${errors.map((e, i) => html`<li key=${i}>${typeof e === 'string' ? e : errorText(e)}</li>`)}
      </ul>
    </div>`;
}
