// What a pseudonymised copy pooled and dropped, shown as the copy is saved: every pool with the units it took
// (name and number of people), and the job titles and locations taken out or kept. The core decides all of it
// (api::pseudonymize's report, core/survey/pool.hpp); this only puts it in words.
import { html } from '../ui/html.js';
import { t, formatNumber } from '../i18n.js';

function PoolTable({ pools }) {
  return html`
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="pooled-caption">
      <table class="data-table" data-testid="pooled-table">
        <caption id="pooled-caption" class="table-caption">${t('sharing.pooledCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('sharing.col.unit')}</th>
            <th scope="col" class="num">${t('sharing.col.people')}</th>
            <th scope="col">${t('sharing.col.pool')}</th>
          </tr>
        </thead>
        <tbody>
          ${pools.flatMap((p) =>
            p.units.map(
              (u) => html`
              <tr key=${`${p.id}/${u.id}`} data-testid="pooled-unit" data-unit=${u.id} data-pool=${p.id}>
                <th scope="row">${u.name}</th>
                <td class="num">${formatNumber(u.people)}</td>
                <td>${p.name}</td>
              </tr>`
            )
          )}
        </tbody>
      </table>
    </div>`;
}

/** report: { minGroupSize, people, belowFloor, pools: [{ id, name, people, units: [{ id, name, people }] }],
 *  dropped: { roles, locations }, kept: { roles, locations } }. */
export function PooledReport({ report }) {
  if (!report) return null;
  const floor = report.minGroupSize;
  const pools = Array.isArray(report.pools) ? report.pools : [];
  const widened = pools.some((p) => p.units.some((u) => u.people >= floor));
  const dropped = report.dropped || {};
  const kept = report.kept || {};
  const fate = (what, keptKey, droppedKey) =>
    kept[what]
      ? html`<li key=${what} data-testid=${`pseudo-kept-${what}`}>${t(keptKey)}</li>`
      : dropped[what] > 0
        ? html`<li key=${what} data-testid=${`pseudo-dropped-${what}`}>${t(droppedKey, { count: dropped[what] })}</li>`
        : null;
  const fates = [
    fate('roles', 'sharing.keptRoles', 'sharing.droppedRoles'),
    fate('locations', 'sharing.keptLocations', 'sharing.droppedLocations')
  ].filter(Boolean);
  return html`
    <div class="pooled-report" data-testid="pseudo-pooled">
      ${
        pools.length
          ? html`
        <p>${t('sharing.pooledIntro', { count: floor })}</p>
        <ul data-testid="pooled-pools">
          ${pools.map(
            (p) => html`<li key=${p.id} data-testid="pooled-pool" data-pool=${p.id}>
              ${t('sharing.poolLine', {
                pool: p.name,
                people: t('sharing.peopleCount', { count: p.people }),
                units: t('sharing.unitCount', { count: p.units.length })
              })}
            </li>`
          )}
        </ul>
        <${PoolTable} pools=${pools} />
        ${widened ? html`<p class="muted">${t('sharing.widened', { count: floor })}</p>` : null}`
          : html`<p data-testid="pooled-none">${t('sharing.pooledNone', { count: floor })}</p>`
      }
      ${
        report.belowFloor
          ? html`<p class="field-warning" data-testid="pooled-below-floor">${t('sharing.belowFloor', {
              people: t('sharing.peopleCount', { count: report.people }),
              count: floor
            })}</p>`
          : null
      }
      ${fates.length ? html`<ul>${fates}</ul>` : null}
    </div>`;
}
