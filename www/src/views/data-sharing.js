// Data view sections for sharing: a pseudonymised copy of the open project (what goes, what stays,
// where the key is kept) and the network for other tools (data-network-export.js). Also the line the
// import report adds when the imported file was a pseudonymised copy.
import { html } from '../ui/html.js';
import { t } from '../i18n.js';
import { ErrorItems } from '../ui/error-list.js';
import { NetworkExportSection } from './data-network-export.js';

function PseudoReport({ pseudo }) {
  if (!pseudo || pseudo.status === 'idle') return null;
  if (pseudo.status === 'working') return html`<p class="report report-info">${t('sharing.working')}</p>`;
  if (pseudo.status === 'failed') {
    return html`
      <div class="report report-error" role="alert" data-testid="pseudo-errors">
        <p class="report-title">${t('sharing.failed')}</p>
        <${ErrorItems} errors=${pseudo.errors} />
      </div>`;
  }
  return html`
    <div class="report report-ok" data-testid="pseudo-ok">
      <p class="report-title">${t('sharing.done', { file: pseudo.fileName })}</p>
      ${pseudo.keyAdded ? html`<p data-testid="pseudo-key-added">${t('sharing.keyAdded')}</p>` : null}
    </div>`;
}

function PseudoSection({ state, actions }) {
  const cur = state.current;
  const pseudo = (state.sharing || {}).pseudo;
  const hasKey = !!(cur && typeof cur.doc.pseudonymKey === 'string' && cur.doc.pseudonymKey);
  return html`
    <section class="section" aria-labelledby="pseudo-title" data-testid="pseudo-section">
      <h2 id="pseudo-title">${t('sharing.title')}</h2>
      <p>${t('sharing.intro')}</p>
      <ul>
        <li>${t('sharing.removed')}</li>
        <li>${t('sharing.kept')}</li>
        <li>${t('sharing.codes')}</li>
        <li>${t('sharing.caution')}</li>
      </ul>
      <p>${t('sharing.keyExplained')}</p>
      ${cur ? html`
        <p class="muted" data-testid="pseudo-key-state" data-has-key=${hasKey ? 'true' : 'false'}>
          ${t(hasKey ? 'sharing.hasKey' : 'sharing.noKeyYet')}
        </p>
        <p><button type="button" class="button button-primary" data-testid="export-pseudonymized"
          disabled=${pseudo && pseudo.status === 'working'}
          onClick=${() => actions.exportPseudonymized()}>${t('sharing.button')}</button></p>
        <div class="report-region" aria-live="polite"><${PseudoReport} pseudo=${pseudo} /></div>`
    : html`<p class="muted">${t('sharing.noProject')}</p>`}
    </section>`;
}

/** The import report's extra line for a pseudonymised copy (views/data.js shows it under "imported"). */
export function PseudoImportNote({ pseudo }) {
  if (!pseudo) return null;
  return html`<p data-testid="import-pseudo" data-pseudo=${pseudo}>${t(`sharing.imported.${pseudo}`)}</p>`;
}

export function SharingSection({ state, actions }) {
  return html`
    <${PseudoSection} state=${state} actions=${actions} />
    <${NetworkExportSection} state=${state} actions=${actions} />`;
}
