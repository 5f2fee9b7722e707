// Data view sections for sharing: a pseudonymised copy of the open project (what goes, what stays,
// where the key is kept) and the network for other tools (data-network-export.js). Also the line the
// import report adds when the imported file was a pseudonymised copy.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { OpReport } from '../ui/op-report.js';
import { minGroupSize } from '../lib/project.js';
import { NetworkExportSection } from './data-network-export.js';
import { PooledReport } from './data-sharing-report.js';

function PseudoReport({ pseudo }) {
  const status = pseudo ? pseudo.status : 'idle';
  if (status === 'working') return html`<${OpReport} status="working" title=${t('sharing.working')} />`;
  if (status === 'failed')
    return html`<${OpReport} status="failed" testid="pseudo-errors" title=${t('sharing.failed')} errors=${pseudo.errors} />`;
  if (status !== 'ok') return null;
  return html`
    <${OpReport} status="ok" testid="pseudo-ok" title=${t('sharing.done', { file: pseudo.fileName })}>
      <${PooledReport} report=${pseudo.report} />
      ${pseudo.keyAdded ? html`<p data-testid="pseudo-key-added">${t('sharing.keyAdded')}</p>` : null}
    </${OpReport}>`;
}

/** Job titles and locations go only when asked for, with a warning beside the boxes while one is ticked. */
function KeepChoices({ keep, setKeep }) {
  const box = (what, label) => html`
    <div class="control control-check">
      <input type="checkbox" id=${`pseudo-keep-${what}`} data-testid=${`pseudo-keep-${what}`} checked=${keep[what]}
        aria-describedby=${keep.roles || keep.locations ? 'pseudo-keep-warning' : undefined}
        onChange=${(e) => setKeep({ ...keep, [what]: e.currentTarget.checked })} />
      <label for=${`pseudo-keep-${what}`}>${t(label)}</label>
    </div>`;
  return html`
    <fieldset class="control-group">
      <legend>${t('sharing.optionsLegend')}</legend>
      ${box('roles', 'sharing.keepRoles')}
      ${box('locations', 'sharing.keepLocations')}
    </fieldset>
    ${
      keep.roles || keep.locations
        ? html`<p class="field-warning" id="pseudo-keep-warning" data-testid="pseudo-keep-warning">${t('sharing.keepWarning')}</p>`
        : null
    }`;
}

function PseudoSection({ state, actions }) {
  const cur = state.current;
  const [keep, setKeep] = useState({ roles: false, locations: false });
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
      ${
        cur
          ? html`
        <p class="muted" data-testid="pseudo-key-state" data-has-key=${hasKey ? 'true' : 'false'}>
          ${t(hasKey ? 'sharing.hasKey' : 'sharing.noKeyYet')}
        </p>
        <p data-testid="pseudo-floor">${t('sharing.floor', { count: minGroupSize(cur.doc) })}</p>
        <${KeepChoices} keep=${keep} setKeep=${setKeep} />
        <p><button type="button" class="button button-primary" data-testid="export-pseudonymized"
          disabled=${pseudo && pseudo.status === 'working'}
          onClick=${() => actions.exportPseudonymized({ keepRoles: keep.roles, keepLocations: keep.locations })}>${t('sharing.button')}</button></p>
        <div class="report-region" aria-live="polite"><${PseudoReport} pseudo=${pseudo} /></div>`
          : html`<p class="muted">${t('sharing.noProject')}</p>`
      }
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
