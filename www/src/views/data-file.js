// Data view: keep the project in a file (state/file-actions.js). Where the browser cannot (Firefox), one plain
// sentence says so and points to export and import, which keep working everywhere.
import { html } from '../ui/html.js';
import { t } from '../i18n.js';
import { fileStatusText } from '../ui/file-status.js';

export function OpenFileButton({ actions, testid = 'open-file', describedBy }) {
  return html`<button type="button" class="button button-secondary" data-testid=${testid} aria-describedby=${describedBy}
    onClick=${() => actions.openFile()}>${t('files.open')}</button>`;
}

export function FileSection({ state, actions }) {
  const { current, file, fileSupport } = state;
  const tied = Boolean(file && current && file.projectId === current.id);
  let body;
  if (!fileSupport) {
    body = html`<p class="file-unsupported" data-testid="file-unsupported">${t('files.unsupported')}</p>`;
  } else {
    body = html`
      <p>${t('files.intro')}</p>
      ${tied ? html`<p class="file-where" data-testid="file-where">${fileStatusText(file).text}</p>` : null}
      <div class="toolbar">
        ${
          current
            ? html`<button type="button" class=${`button ${tied ? 'button-secondary' : 'button-primary'}`}
            data-testid="save-as-file" onClick=${() => actions.saveAsFile()}>${t(tied ? 'files.saveAsOther' : 'files.saveAs')}</button>`
            : null
        }
        <${OpenFileButton} actions=${actions} />
        ${
          tied
            ? html`<button type="button" class="button button-secondary" data-testid="file-disconnect"
            onClick=${() => actions.disconnectFile()}>${t('files.disconnect')}</button>`
            : null
        }
      </div>`;
  }
  return html`
    <section class="section" aria-labelledby="file-title" data-testid="file-section">
      <h2 id="file-title">${t('files.title')}</h2>
      ${body}
    </section>`;
}
