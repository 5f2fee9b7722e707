// Lists errors from the core (or from this app) with their JSONPath and message.
// Every value is rendered as text: messages may quote the user's file.
import { html } from './html.js';
import { t, hasKey } from '../i18n.js';

function location(err) {
  if (Number.isInteger(err.line) && Number.isInteger(err.column)) return t('errors.line', { line: err.line, column: err.column });
  if (Number.isInteger(err.line)) return t('errors.lineOnly', { line: err.line });
  return '';
}

export function errorText(err) {
  const local = `coreError.${err.code}`;
  if (hasKey(local)) return err.message ? `${t(local)} (${err.message})` : t(local);
  return err.message || err.code;
}

export function ErrorItems({ errors, testid = 'error-item' }) {
  return html`
    <ol class="error-list">
      ${errors.map((err, i) => {
        const text = errorText(err);
        // Import messages already begin with their place ("kanter.csv, linje 14, …"): don't say it twice.
        const placed = Boolean(err.path) && !err.path.startsWith('$') && text.startsWith(err.path);
        const where = placed ? '' : location(err);
        return html`
          <li key=${i} data-testid=${testid}>
            ${placed ? null : html`<code class="error-path" data-testid="error-path">${err.path || '$'}</code>`}
            <span class="error-message">${text}</span>
            <span class="error-meta">
              ${where ? html`<span>${where}</span>` : null}
              ${err.code ? html`<span>${t('errors.code', { code: err.code })}</span>` : null}
            </span>
          </li>`;
      })}
    </ol>`;
}
