// Where the open project is kept, in words (state/file-actions.js):
// - FileStatus, in the header: "Lagret i «kommune.bosam.json» kl. 10:42", "Lagrer i …", or that the file
//   needs attention;
// - FileBanner, at the top of every view, when the user must act: give access again after a reload, the file
//   was saved by someone else (reconcile, or save under another name), or a write failed. It always says that
//   the project is safe in the browser;
// - BackupNotice: the project has gone a week without a copy in a file (calm; it can be put off).
import { html } from './html.js';
import { t, formatShortDate, formatTime } from '../i18n.js';

function sameDay(a, b) {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** The header's line for the file: its text and a tone for the pill. */
export function fileStatusText(file, now = new Date()) {
  if (!file) return null;
  const name = file.name;
  if (file.status === 'checking') return { tone: 'saving', text: t('files.statusChecking', { file: name }) };
  if (file.status === 'permission') return { tone: 'attention', text: t('files.statusPermission', { file: name }) };
  if (file.status === 'changed') return { tone: 'attention', text: t('files.statusChanged', { file: name }) };
  if (file.status === 'error') return { tone: 'attention', text: t('files.statusError', { file: name }) };
  if (file.dirty || file.writing) return { tone: 'saving', text: t('files.statusSaving', { file: name }) };
  if (!file.savedAt) return { tone: 'saved', text: t('files.statusKept', { file: name }) };
  const at = new Date(file.savedAt);
  return sameDay(at, now)
    ? { tone: 'saved', text: t('files.statusSavedAt', { file: name, time: formatTime(at) }) }
    : {
        tone: 'saved',
        text: t('files.statusSavedOn', { file: name, date: formatShortDate(at), time: formatTime(at) })
      };
}

export function FileStatus({ file, current }) {
  if (!file || !current || file.projectId !== current.id) return null;
  const { tone, text } = fileStatusText(file);
  return html`<p class=${`file-status file-${tone}`} title=${text} data-testid="file-status" data-state=${file.status}
    data-dirty=${file.dirty || file.writing ? 'true' : 'false'}><span class="file-status-text">${text}</span></p>`;
}

const ERROR_KEY = {
  gone: 'files.errorGone',
  full: 'files.errorFull',
  busy: 'files.errorBusy',
  failed: 'files.errorFailed'
};

function Detail({ detail }) {
  if (!detail) return null;
  return html`
    <details class="error-tech">
      <summary>${t('errors.technical')}</summary>
      <p class="banner-detail" data-testid="file-error-detail">${detail}</p>
    </details>`;
}

export function FileBanner({ file, current, actions }) {
  if (!file || !current || file.projectId !== current.id) return null;
  const name = file.name;
  const saveAs = html`<button type="button" class="button button-secondary" data-testid="file-save-as-other"
    onClick=${() => actions.saveAsFile()}>${t('files.saveAsOther')}</button>`;
  if (file.status === 'permission') {
    return html`
      <div class="banner banner-file" role="status" data-testid="file-banner" data-state="permission">
        <p><strong>${t(file.error === 'denied' ? 'files.deniedTitle' : 'files.permissionTitle', { file: name })}</strong></p>
        <p>${t('files.permissionBody')}</p>
        <div class="banner-actions">
          <button type="button" class="button button-primary" data-testid="file-reconnect"
            onClick=${() => actions.reconnectFile()}>${t('files.reconnect', { file: name })}</button>
          ${file.error === 'denied' ? saveAs : null}
        </div>
      </div>`;
  }
  if (file.status === 'changed') {
    return html`
      <div class="banner banner-conflict" role="alert" data-testid="file-banner" data-state="changed">
        <h2 class="banner-title">${t('files.changedTitle', { file: name })}</h2>
        <p>${t('files.changedBody', { file: name })}</p>
        <p class="banner-hint">${t(file.theirs === 'project' ? 'files.changedHint' : 'files.changedUnreadable')}</p>
        <div class="banner-actions">
          ${
            file.theirs === 'project'
              ? html`<button type="button" class="button button-primary" data-testid="file-reconcile"
            onClick=${() => actions.reconcileFile()}>${t('files.reconcile')}</button>`
              : null
          }
          ${saveAs}
        </div>
      </div>`;
  }
  if (file.status === 'error') {
    return html`
      <div class="banner banner-warning" role="alert" data-testid="file-banner" data-state="error" data-error=${file.error}>
        <p><strong>${t(ERROR_KEY[file.error] || ERROR_KEY.failed, { file: name })}</strong></p>
        <p>${t('files.safeInBrowser')}</p>
        <${Detail} detail=${file.detail} />
        <div class="banner-actions">
          ${
            file.error === 'gone'
              ? null
              : html`<button type="button" class="button button-primary" data-testid="file-retry"
            onClick=${() => actions.retryFile()}>${t('files.retry')}</button>`
          }
          ${saveAs}
        </div>
      </div>`;
  }
  return null;
}

export function BackupNotice({ state, actions }) {
  const { backup, current, fileSupport } = state;
  if (!backup || !current || backup.projectId !== current.id) return null;
  const key = backup.since === 'saved' ? 'files.backupSaved' : 'files.backupMade';
  return html`
    <div class="banner banner-calm" role="status" data-testid="backup-notice">
      <p>${t(key, { count: backup.days })} ${t('files.backupWhy')}</p>
      <div class="banner-actions">
        ${
          fileSupport
            ? html`<button type="button" class="button button-primary" data-testid="backup-save"
          onClick=${() => actions.saveAsFile()}>${t('files.saveAs')}</button>`
            : html`<button type="button" class="button button-primary" data-testid="backup-export"
          onClick=${() => actions.exportCurrent()}>${t('files.download')}</button>`
        }
        <button type="button" class="button button-secondary" data-testid="backup-later"
          onClick=${() => actions.putOffBackup()}>${t('files.later')}</button>
      </div>
    </div>`;
}
