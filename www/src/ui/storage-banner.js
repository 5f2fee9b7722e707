// A persistent banner while projects cannot be stored in the browser. It says so
// plainly and points to Export, which keeps working from memory.
import { html } from './html.js';
import { t } from '../i18n.js';

const MESSAGE = { unavailable: 'storage.unavailable', blocked: 'storage.blocked', quota: 'storage.quota', failed: 'storage.failed' };

export function StorageBanner({ storage, onExport }) {
  if (!storage || storage.status === 'ok') return null;
  return html`
    <div class="banner banner-warning" role="alert" data-testid="storage-banner" data-status=${storage.status}>
      <p><strong>${t(MESSAGE[storage.status] || 'storage.failed')}</strong></p>
      <p>${t('storage.exportAdvice')}</p>
      ${storage.detail ? html`<p class="banner-detail">${t('storage.detail', { detail: storage.detail })}</p>` : null}
      <p><a href="#/data" class="button button-secondary" onClick=${onExport}>${t('storage.goToExport')}</a></p>
    </div>`;
}
