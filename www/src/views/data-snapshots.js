// Data view section "Tidligere versjoner": the open project's snapshots (state.snapshots, newest first) with
// when, why and what changed, and "Gjenopprett" per row (actions.restoreSnapshot: one undo step). The summary
// is the core's count of changes, worded by ui/snapshot-texts.js; nothing from the project is shown as HTML.
import { html } from '../ui/html.js';
import { t, formatDateTime } from '../i18n.js';
import { namedLabel } from '../ui/named-label.js';
import { sentences } from '../ui/list-text.js';
import { summaryText, agoText, reasonText } from '../ui/snapshot-texts.js';
import { KEEP_PER_PROJECT } from '../snapshot-store.js';

function Row({ item, busy, actions, now }) {
  const time = formatDateTime(item.takenAt);
  return html`
    <tr data-testid="snapshot-row" data-reason=${item.reason}>
      <td>
        <time datetime=${item.takenAt}>
          <span class="snapshot-ago">${agoText(item.takenAt, now)}</span>
          <span class="snapshot-when muted">${time}</span>
        </time>
      </td>
      <td data-testid="snapshot-reason">${reasonText(item.reason)}</td>
      <td data-testid="snapshot-summary">${summaryText(item.summary)}</td>
      <td class="col-actions">
        <button type="button" class="button button-secondary button-small" data-testid="snapshot-restore"
          disabled=${busy} aria-busy=${busy ? 'true' : undefined} onClick=${() => actions.restoreSnapshot(item.id)}>
          ${namedLabel(t('snapshots.restore'), t('snapshots.restoreNamed', { name: time }))}
        </button>
      </td>
    </tr>`;
}

function Body({ state, actions }) {
  const s = state.snapshots || {};
  if (!state.current) return html`<p class="muted" data-testid="snapshots-none">${t('snapshots.noProject')}</p>`;
  const failure = s.failed
    ? html`<p class="report report-info" data-testid="snapshots-failed">${sentences([
        t(s.failed === 'quota' ? 'snapshots.failed.quota' : 'snapshots.failed.other'),
        t('snapshots.failedHint')
      ])}</p>`
    : null;
  if (s.status === 'loading' || s.projectId !== state.current.id)
    return html`${failure}<p class="muted">${t('snapshots.loading')}</p>`;
  const items = s.items || [];
  if (!items.length) return html`${failure}<p class="muted" data-testid="snapshots-none">${t('snapshots.none')}</p>`;
  const now = new Date();
  return html`
    ${failure}
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="snapshots-caption">
      <table class="data-table snapshot-table" data-testid="snapshot-list">
        <caption id="snapshots-caption" class="visually-hidden">${t('snapshots.caption', { count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">${t('snapshots.colTime')}</th>
            <th scope="col">${t('snapshots.colReason')}</th>
            <th scope="col">${t('snapshots.colSummary')}</th>
            <th scope="col" class="col-actions"><span class="visually-hidden">${t('edit.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${items.map((item) => html`<${Row} key=${item.id} item=${item} now=${now} actions=${actions} busy=${s.restoring !== null && s.restoring !== undefined} />`)}
        </tbody>
      </table>
    </div>`;
}

export function SnapshotsSection({ state, actions }) {
  return html`
    <section class="section" aria-labelledby="snapshots-title" data-testid="snapshots">
      <h2 id="snapshots-title">${t('snapshots.title')}</h2>
      <p class="section-intro">${t('snapshots.intro', { keep: KEEP_PER_PROJECT })}</p>
      <${Body} state=${state} actions=${actions} />
    </section>`;
}
