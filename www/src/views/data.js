// Data and privacy: the file the project is kept in, import (file input; drag-and-drop is window-wide), export of the
// open project, "delete all local data", the privacy statement and version numbers.
import { html } from '../ui/html.js';
import { t, formatBytes } from '../i18n.js';
import { ErrorItems } from '../ui/error-list.js';
import { OpReport } from '../ui/op-report.js';
import { PrivacyStatement } from './privacy.js';
import { projectName } from '../lib/project.js';
import { APP_VERSION } from '../lib/version.js';
import { SharingSection, PseudoImportNote } from './data-sharing.js';
import { NetworkImportSection } from './data-network-import.js';
import { FileSection } from './data-file.js';
import { SnapshotsSection } from './data-snapshots.js';

function ImportReport({ report }) {
  if (!report) return null;
  const file = report.fileName;
  const onlyFirst = report.onlyFirst ? html`<p>${t('data.importOnlyFirst', { file })}</p>` : null;
  switch (report.status) {
    case 'checking':
      return html`<${OpReport} status="working" title=${t('data.importing', { file })} />`;
    case 'failed':
      return html`
        <${OpReport} status="failed" testid="import-errors" title=${t(report.titleKey || 'data.importFailed', { file })} errors=${report.errors} doc=${report.doc}>
          ${onlyFirst}
          <p>${t('data.importErrorCount', { count: report.errors.length })}</p>
        </${OpReport}>`;
    case 'refused':
      return html`<${OpReport} status="failed" testid="import-errors" title=${
        report.reason === 'tooLarge'
          ? t('data.importTooLarge', { file, size: formatBytes(report.size), max: formatBytes(report.max) })
          : t('data.importReadFailed', { file, message: report.message })
      } />`;
    case 'nothingNew':
      return html`<${OpReport} status="info" testid="import-nothing-new" title=${t(report.messageKey, { file, name: report.name })} />`;
    case 'reconciled':
      return html`
        <${OpReport} status="ok" testid="import-reconciled" title=${t('reconcile.reportTitle', { file, name: report.name })}>
          ${report.choices ? html`<p>${t('reconcile.reportChoices', { count: report.choices })}</p>` : null}
        </${OpReport}>`;
    case 'cancelled':
      return html`<${OpReport} status="info" testid="import-cancelled" title=${t('data.importCancelled', { file })} />`;
    case 'ok':
      return html`
        <${OpReport} status="ok" testid="import-ok" title=${t('data.importOk', { name: report.name, file })}>
          <${PseudoImportNote} pseudo=${report.pseudo} />
          ${onlyFirst}
          ${
            report.warnings && report.warnings.length
              ? html`
            <p>${t('data.importWarnings', { count: report.warnings.length })}</p>
            <${ErrorItems} errors=${report.warnings} testid="warning-item" />`
              : null
          }
        </${OpReport}>`;
    default:
      return null;
  }
}

export function DataView({ state, actions }) {
  const current = state.current;
  const version = state.coreVersion || {};
  const onFile = async (event) => {
    const input = event.currentTarget;
    const file = input.files && input.files[0];
    if (file) await actions.importFile(file);
    input.value = '';
  };
  return html`
    <div class="view view-data">
      <h1 tabindex="-1">${t('data.title')}</h1>

      <${FileSection} state=${state} actions=${actions} />

      <section class="section" aria-labelledby="import-title">
        <h2 id="import-title">${t('data.importTitle')}</h2>
        <p>${t('data.importIntro')}</p>
        <div class="field">
          <label class="button button-secondary file-button">
            <input class="visually-hidden" type="file" accept=".json,application/json" data-testid="import-file" onChange=${onFile} />
            ${t('data.importLabel')}
          </label>
        </div>
        <div class="report-region" aria-live="polite" data-testid="import-report">
          <${ImportReport} report=${state.importReport} />
        </div>
      </section>

      <section class="section" aria-labelledby="export-title">
        <h2 id="export-title">${t('data.exportTitle')}</h2>
        <p>${t('data.exportIntro')}</p>
        ${
          current
            ? html`<p><button type="button" class="button button-primary" data-testid="export-json" onClick=${() => actions.exportCurrent()}>${t('data.exportButton', { name: projectName(current.doc) })}</button></p>`
            : html`<p class="muted" data-testid="export-none">${t('data.exportNoProject')}</p>`
        }
      </section>

      <${SnapshotsSection} state=${state} actions=${actions} />

      <${NetworkImportSection} state=${state} actions=${actions} />

      <${SharingSection} state=${state} actions=${actions} />

      <${PrivacyStatement} />

      <section class="section" aria-labelledby="clear-title">
        <h2 id="clear-title">${t('data.clearTitle')}</h2>
        <p>${t('data.clearIntro')}</p>
        <p><button type="button" class="button button-danger" data-testid="clear-all" onClick=${() => actions.clearAll()}>${t('data.clearButton')}</button></p>
      </section>

      <section class="section" aria-labelledby="version-title">
        <h2 id="version-title">${t('data.versionTitle')}</h2>
        <p class="muted" data-testid="version">${t('data.version', { app: APP_VERSION, core: version.version || '?', schema: version.schemaVersion || '?' })}</p>
      </section>
    </div>`;
}
