// The report box for one operation (import, export, pseudonymised copy, reference load …):
// a neutral line while it runs, an alert with the errors when it failed, a confirmation when it worked.
// Callers keep their own status → text mapping (titles and test ids differ per status) and put this
// inside their `aria-live` region; this only draws the box, so every report looks and reads the same.
import { html } from './html.js';
import { ErrorItems } from './error-list.js';

/**
 * status: 'working' or 'info' (a short neutral line), 'failed' (role="alert": title, children, then
 * `errors` as a list when given), 'ok' (title, then children); anything else (idle, null) shows nothing.
 * testid and role go on the box; errorTestid on each listed error; doc (when known) names the places in words.
 */
export function OpReport({ status, testid, title, errors, errorTestid, role, children, doc = null }) {
  if (status === 'working' || status === 'info')
    return html`<p class="report report-info" data-testid=${testid}>${title}</p>`;
  if (status === 'failed') {
    return html`
      <div class="report report-error" role="alert" data-testid=${testid}>
        <p class="report-title">${title}</p>
        ${children}
        ${errors ? html`<${ErrorItems} errors=${errors} testid=${errorTestid} doc=${doc} />` : null}
      </div>`;
  }
  if (status !== 'ok') return null;
  return html`
    <div class="report report-ok" role=${role} data-testid=${testid}>
      <p class="report-title">${title}</p>
      ${children}
    </div>`;
}
