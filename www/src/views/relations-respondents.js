// Kontakter › respondents of a round: who was asked, who has answered, the response
// rate and who has not answered yet; and the ties reported by one side only.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t, formatNumber, formatPercent } from '../i18n.js';
import { namedLabel } from '../ui/named-label.js';
import { useSort, SortHeader, SearchBox, CountLine } from '../ui/table-tools.js';
import { searchable, matchesQuery, sortRows } from '../lib/org.js';
import { respondentStatus, setRespondent, askAll } from '../lib/ties.js';
import { orderedUnits } from '../lib/tasks.js';
import { RetiredNote } from './privacy-retention.js';

const list = (doc, key) => (Array.isArray(doc[key]) ? doc[key] : []);

/** The core's figures for one wave (analysis.overview.waves), or null while the analysis runs. */
export function coreWave(result, waveId) {
  const waves = result && result.overview ? result.overview.waves : null;
  return waves ? waves.find((w) => w.id === waveId) || null : null;
}

/** Asked, answered, rate and ties of a wave, as the core counted them (one rate everywhere). */
export function WaveStats({ wave }) {
  const value = (v, format) => (wave ? format(v) : '…');
  return html`
    <dl class="stat-grid stat-grid-small" data-testid="wave-stats" data-ready=${wave ? 'true' : 'false'}>
      <div class="stat"><dt class="stat-label">${t('ties.asked')}</dt><dd class="stat-value" data-testid="wave-asked">${value(wave && wave.asked, formatNumber)}</dd></div>
      <div class="stat"><dt class="stat-label">${t('ties.answered')}</dt><dd class="stat-value" data-testid="wave-answered">${value(wave && wave.responded, formatNumber)}</dd></div>
      <div class="stat"><dt class="stat-label">${t('ties.rate')}</dt><dd class="stat-value" data-testid="wave-rate-value">${wave ? (wave.responseRate === null ? '–' : formatPercent(wave.responseRate)) : '…'}</dd></div>
      <div class="stat"><dt class="stat-label">${t('ties.tiesCount')}</dt><dd class="stat-value" data-testid="wave-ties-count">${value(wave && wave.ties, formatNumber)}</dd></div>
    </dl>`;
}

/** Response per unit, as the core's analysis counts it (shown when the analysis is of this wave). */
export function UnitResponse({ doc, wave, result, lang }) {
  if (!result || result.waveId !== wave.id) return null;
  const names = new Map(list(doc, 'units').map((u) => [u.id, u.name]));
  const rows = sortRows(
    (result.units || []).filter((u) => u.asked > 0),
    (u) => names.get(u.id) || u.id,
    'asc',
    lang
  );
  if (!rows.length) return null;
  return html`
    <details class="unit-response" data-testid="unit-response">
      <summary>${t('ties.unitResponseTitle')}</summary>
      <div class="table-wrap">
        <table class="data-table">
          <caption class="visually-hidden">${t('ties.unitResponseTitle')}</caption>
          <thead><tr>
            <th scope="col">${t('org.unit')}</th><th scope="col" class="num">${t('ties.asked')}</th>
            <th scope="col" class="num">${t('ties.answered')}</th><th scope="col" class="num">${t('ties.rate')}</th>
          </tr></thead>
          <tbody>${rows.map(
            (u) => html`
            <tr key=${u.id} data-testid="unit-response-row" data-id=${u.id}>
              <th scope="row">${names.get(u.id) || u.id}</th><td class="num">${formatNumber(u.asked)}</td>
              <td class="num">${formatNumber(u.responded)}</td><td class="num">${formatPercent(u.responseRate)}</td>
            </tr>`
          )}</tbody>
        </table>
      </div>
    </details>`;
}

export function RespondentsPanel({ doc, wave, actions, lang, onEnter, result }) {
  const [query, setQuery] = useState('');
  const [sort, onSort] = useSort('name');
  const status = respondentStatus(doc, wave.id);
  const unitsById = new Map(list(doc, 'units').map((u) => [u.id, u]));
  const actorsById = new Map(list(doc, 'actors').map((a) => [a.id, a]));
  const reported = new Map();
  for (const tie of list(doc, 'ties'))
    if (tie.waveId === wave.id) reported.set(tie.from, (reported.get(tie.from) || 0) + 1);
  const all = list(doc, 'actors').map((a) => {
    const s = status.get(a.id) || { asked: false, responded: false };
    const unit = unitsById.get(a.unitId);
    return {
      a,
      s,
      unit: unit ? unit.name : '',
      ties: reported.get(a.id) || 0,
      text: searchable(a.name, a.role, unit && unit.name)
    };
  });
  const filtered = all.filter((r) => matchesQuery(r.text, query));
  const getters = {
    name: (r) => r.a.name,
    unit: (r) => r.unit,
    asked: (r) => (r.s.asked ? 1 : 0),
    answered: (r) => (r.s.responded ? 1 : 0),
    ties: (r) => r.ties
  };
  const rows = sortRows(filtered, getters[sort.col] || getters.name, sort.dir, lang);
  const change = (a, next) =>
    actions.updateCurrent(
      (d) => {
        setRespondent(d, wave.id, a.id, next);
      },
      {
        label: {
          key: next.responded ? 'history.markAnswered' : next.asked ? 'history.markAsked' : 'history.markNotAsked',
          params: { name: a.name }
        }
      }
    );
  // Who is still waiting: the people listed as asked and not answered (names, not a figure).
  const notAnswered = [...status]
    .filter(([, s]) => !s.responded)
    .map(([id]) => actorsById.get(id))
    .filter(Boolean);
  const notAsked = all.filter((r) => !r.s.asked).length;

  const stats = coreWave(result, wave.id);
  // A round whose answers were deleted: the kept counts, and no list of who was asked to mark again.
  if (stats && stats.retired)
    return html`
      <${RetiredNote} retired=${stats.retired} wave=${stats.label} kind="respondentsNote" />
      <${WaveStats} wave=${stats} />`;
  return html`
    <${WaveStats} wave=${stats} />
    <${UnitResponse} doc=${doc} wave=${wave} result=${result} lang=${lang} />
    <section class="section-tight" aria-labelledby="not-answered-title">
      <h2 id="not-answered-title" class="h3">${t('ties.notAnsweredTitle', { count: notAnswered.length })}</h2>
      ${
        notAnswered.length
          ? html`<ul class="name-chips" data-testid="not-answered">${notAnswered.map((a) => html`<li key=${a.id}>${a.name}</li>`)}</ul>`
          : html`<p class="muted" data-testid="not-answered-none">${status.size ? t('ties.everyoneAnswered') : t('ties.nobodyAsked')}</p>`
      }
    </section>
    <div class="panel-head">
      <div class="filters">
        <${SearchBox} id="resp-search" label=${t('ties.searchPeople')} value=${query} onInput=${setQuery} testid="resp-search" />
      </div>
      ${
        notAsked === 0
          ? null
          : html`<button type="button" class="button button-secondary" data-testid="ask-all"
        onClick=${() =>
          actions.updateCurrent(
            (d) => {
              askAll(
                d,
                wave.id,
                list(d, 'actors').map((a) => a.id)
              );
            },
            { label: { key: 'history.askAll' } }
          )}>
        ${t('ties.askAll', { count: notAsked })}
      </button>`
      }
    </div>
    <${CountLine} shown=${rows.length} total=${all.length} testid="resp-count" />
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="resp-caption">
      <table class="data-table edit-table" data-testid="respondents-table">
        <caption id="resp-caption" class="visually-hidden">${t('ties.respondentsCaption', { wave: wave.label || wave.id })}</caption>
        <thead>
          <tr>
            <${SortHeader} label=${t('ties.person')} col="name" sort=${sort} onSort=${onSort} />
            <${SortHeader} label=${t('org.unit')} col="unit" sort=${sort} onSort=${onSort} />
            <${SortHeader} label=${t('ties.asked')} col="asked" sort=${sort} onSort=${onSort} />
            <${SortHeader} label=${t('ties.answered')} col="answered" sort=${sort} onSort=${onSort} />
            <${SortHeader} label=${t('ties.reported')} col="ties" sort=${sort} onSort=${onSort} num />
            <th scope="col" class="col-actions"><span class="visually-hidden">${t('edit.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`
            <tr key=${r.a.id} data-testid="respondent-row" data-id=${r.a.id} data-status=${r.s.responded ? 'answered' : r.s.asked ? 'waiting' : 'not-asked'}>
              <th scope="row">${r.a.name}</th>
              <td>${r.unit}</td>
              <td>
                <label class="check-inline">
                  <input type="checkbox" data-testid="resp-asked" checked=${r.s.asked}
                    onChange=${(e) => change(r.a, { asked: e.currentTarget.checked, responded: e.currentTarget.checked && r.s.responded })} />
                  <span class="visually-hidden">${t('ties.askedPerson', { name: r.a.name })}</span>
                  <span aria-hidden="true">${r.s.asked ? t('common.yes') : t('common.no')}</span>
                </label>
              </td>
              <td>
                <label class="check-inline">
                  <input type="checkbox" data-testid="resp-answered" checked=${r.s.responded}
                    onChange=${(e) => change(r.a, { asked: true, responded: e.currentTarget.checked })} />
                  <span class="visually-hidden">${t('ties.answeredPerson', { name: r.a.name })}</span>
                  <span aria-hidden="true">${r.s.responded ? t('common.yes') : r.s.asked ? t('ties.waiting') : t('common.no')}</span>
                </label>
              </td>
              <td class="num">${formatNumber(r.ties)}</td>
              <td class="row-actions">
                <button type="button" class="row-button" data-testid="resp-enter" onClick=${() => onEnter(r.a.id)}>
                  ${namedLabel(t('ties.enterAnswers'), t('ties.enterAnswersNamed', { name: r.a.name }))}
                </button>
              </td>
            </tr>`
          )}
        </tbody>
      </table>
    </div>`;
}

/** The ties of the wave only one side reported, as the core lists them (analysis.overview.waves[].oneSided). */
export function OneSidedPanel({ doc, wave, lang, result }) {
  const core = coreWave(result, wave.id);
  if (!core) return html`<p class="muted" data-testid="one-sided-waiting">${t('findings.state.waiting')}</p>`;
  const items = core.oneSided || [];
  const actorsById = new Map(list(doc, 'actors').map((a) => [a.id, a]));
  const name = (id) => (actorsById.get(id) ? actorsById.get(id).name : id);
  const rows = sortRows(items, (x) => name(x.from), 'asc', lang);
  const notNamed = items.filter((x) => x.reason === 'not-named').length;
  return html`
    <p>${t('ties.oneSidedIntro')}</p>
    <p class="muted" data-testid="one-sided-summary">${t('ties.oneSidedSummary', { count: items.length, notNamed, notAnswered: items.length - notNamed })}</p>
    ${
      items.length === 0
        ? html`<p class="empty" data-testid="one-sided-none">${t('ties.oneSidedNone')}</p>`
        : html`
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="one-sided-caption">
        <table class="data-table" data-testid="one-sided-table">
          <caption id="one-sided-caption" class="visually-hidden">${t('ties.oneSidedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('ties.reportedBy')}</th>
              <th scope="col">${t('ties.about')}</th>
              <th scope="col">${t('ties.frequency')}</th>
              <th scope="col">${t('ties.why')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (x) => html`
              <tr key=${`${x.from}>${x.to}`} data-testid="one-sided-row">
                <th scope="row">${name(x.from)}</th>
                <td>${name(x.to)}</td>
                <td>${t(`ties.freq.${x.frequency}`)}</td>
                <td>${x.reason === 'not-named' ? t('ties.reasonNotNamed', { name: name(x.to) }) : t('ties.reasonNotAnswered', { name: name(x.to) })}</td>
              </tr>`
            )}
          </tbody>
        </table>
      </div>`
    }`;
}

export { orderedUnits };
