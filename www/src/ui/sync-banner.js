// When another tab saved the open project, this tab must not overwrite it silently.
// The banner says what happened and offers the three ways on: show the other tab's
// version, keep this tab's and overwrite, or export this tab's version to a file first.
import { html } from './html.js';
import { t, formatDateTime } from '../i18n.js';

export function SyncBanner({ conflict, current, actions }) {
  if (!conflict || !current || conflict.id !== current.id) return null;
  const when = conflict.theirs && conflict.theirs.updatedAt ? formatDateTime(conflict.theirs.updatedAt) : '';
  return html`
    <div class="banner banner-conflict" role="alert" data-testid="sync-conflict" data-pending=${conflict.pending ? 'true' : 'false'}>
      <h2 class="banner-title">${t('sync.title')}</h2>
      <p>${conflict.pending ? t('sync.bodyPending', { when }) : t('sync.body', { when })}</p>
      <p class="banner-hint">${t('sync.hint')}</p>
      <div class="banner-actions">
        <button type="button" class="button button-primary" data-testid="sync-reload" onClick=${() => actions.reloadTheirs()}>${t('sync.reload')}</button>
        <button type="button" class="button button-secondary" data-testid="sync-keep" onClick=${() => actions.keepMine()}>${t('sync.keep')}</button>
        <button type="button" class="button button-secondary" data-testid="sync-export" onClick=${() => actions.exportCurrent()}>${t('sync.export')}</button>
      </div>
    </div>`;
}

/** A quiet note in the header while another tab has the same project open. */
export function OtherTabsNote({ otherTabs, current }) {
  if (!current || !otherTabs || otherTabs.length === 0) return null;
  return html`<p class="other-tabs" data-testid="other-tabs"><span aria-hidden="true">⧉ </span>${t('sync.otherTabs', { count: otherTabs.length })}</p>`;
}
