// Banners about the browser's storage, at the top of every view:
// - while projects cannot be stored (no IndexedDB, disk full, a failed write) it says so
//   plainly and offers export, which keeps working from memory: a button that saves the open
//   project to a file at once, and a link to the Data view;
// - while stored records failed validation and were set aside (state.damaged) it says how
//   many and leads to the project list, where each can be downloaded raw or deleted.
import { html } from './html.js';
import { t } from '../i18n.js';

const MESSAGE = {
  unavailable: 'storage.unavailable',
  blocked: 'storage.blocked',
  quota: 'storage.quota',
  failed: 'storage.failed'
};

function StorageProblem({ storage, current, actions }) {
  if (!storage || storage.status === 'ok') return null;
  const goToData = (e) => {
    e.preventDefault();
    actions.navigate('data');
  };
  return html`
    <div class="banner banner-warning" role="alert" data-testid="storage-banner" data-status=${storage.status}>
      <p><strong>${t(MESSAGE[storage.status] || 'storage.failed')}</strong></p>
      <p>${t('storage.exportAdvice')}</p>
      ${storage.detail ? html`<p class="banner-detail">${t('storage.detail', { detail: storage.detail })}</p>` : null}
      <div class="banner-actions">
        ${
          current
            ? html`<button type="button" class="button button-primary" data-testid="storage-export"
          onClick=${() => actions.exportCurrent()}>${t('hardening.exportNow')}</button>`
            : null
        }
        <a href="#/data" class="button button-secondary" data-testid="storage-go-export" onClick=${goToData}>${t('storage.goToExport')}</a>
      </div>
    </div>`;
}

function DamagedNote({ damaged, view, actions }) {
  if (!damaged || damaged.length === 0) return null;
  const goToProjects = (e) => {
    e.preventDefault();
    actions.navigate('projects');
  };
  return html`
    <div class="banner banner-warning" role="status" data-testid="damaged-notice">
      <p>${t('hardening.damagedFound', { count: damaged.length })}</p>
      ${view === 'projects' ? null : html`<p><a href="#/projects" data-testid="damaged-go" onClick=${goToProjects}>${t('hardening.damagedGo')}</a></p>`}
    </div>`;
}

export function StorageBanner({ state, actions }) {
  return html`
    <${StorageProblem} storage=${state.storage} current=${state.current} actions=${actions} />
    <${DamagedNote} damaged=${state.damaged} view=${state.view} actions=${actions} />`;
}
