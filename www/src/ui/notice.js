// The status line at the top of <main>: results of actions ("Prosjektet er slettet").
// The live region is always in the DOM so screen readers announce changes.
import { html } from './html.js';
import { t } from '../i18n.js';
import { ErrorItems } from './error-list.js';

export function Notice({ notice, onDismiss }) {
  const isError = notice && notice.tone === 'error';
  return html`
    <div class="notice-region" role="status" aria-live="polite" data-testid="notice">
      ${
        notice
          ? html`
        <div class=${`notice ${isError ? 'notice-error' : 'notice-info'}`}>
          <p class="notice-text">${t(notice.key, notice.params)}</p>
          ${isError && notice.errors && notice.errors.length > 1 ? html`<${ErrorItems} errors=${notice.errors} />` : null}
          <button type="button" class="button-link notice-close" onClick=${onDismiss}>${t('common.close')}</button>
        </div>`
          : null
      }
    </div>`;
}
