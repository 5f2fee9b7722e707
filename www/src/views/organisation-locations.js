// Organisasjon, tab "Lokalisering": where units and people sit (the core's
// analysis.locations.places, grouped by place, "not given" last), and, for each pair of
// units that share a function or a target group, whether they sit together and how often
// their people talk. Pairs that sit apart and talk less than weekly are marked in text.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t, formatNumber } from '../i18n.js';
import { projectCounts } from '../ui/count-texts.js';
import { SortableTable } from './analysis-table.js';
import { currentResult } from './analysis-controls.js';
import { NoAnalysis } from './findings-parts.js';
import { placeGroups, frequencyLevel, isSplitPair, countOf } from '../lib/resources.js';

/** The highest frequency in words: daily … less than monthly, or never. */
export function frequencyWord(pair) {
  const level = frequencyLevel(pair);
  return level === 0 ? t('locations.never') : t(`frequency.${level}`);
}

export function sameText(pair) {
  return pair.sameLocation === true
    ? t('locations.same')
    : pair.sameLocation === false
      ? t('locations.apart')
      : t('locations.unknown');
}

const names = (ids, byId) => (ids || []).map((id) => (byId.get(id) || { name: id }).name || id);

function Places({ places }) {
  return html`<div class="loc-places" data-testid="location-places">
    ${places.map(
      (p) => html`
      <section class=${`loc-place${p.location === null ? ' is-unknown' : ''}`} key=${p.location || '\u0000'} data-testid="location-place"
        aria-label=${p.location || t('locations.notGiven')}>
        <h4 class="loc-place-name">${p.location || t('locations.notGiven')}</h4>
        <p class="muted small">${projectCounts({ units: p.units.length, actors: p.actors.length })}</p>
        ${p.units.length ? html`<p class="loc-line"><span class="loc-label">${t('locations.units')}:</span> ${p.units.map((u) => u.name || u.id).join(', ')}</p>` : null}
        ${
          p.actors.length
            ? html`<details class="loc-people"><summary>${t('locations.people', { count: p.actors.length })}</summary>
          <ul class="loc-people-list">${p.actors.map((a) => html`<li key=${a.id}>${a.name || a.id}</li>`)}</ul></details>`
            : null
        }
      </section>`
    )}
  </div>`;
}

function pairColumns(unitsById, functionsById, groupsById) {
  return [
    {
      key: 'pair',
      label: t('locations.col.pair'),
      kind: 'text',
      value: (p) => `${p.nameA} – ${p.nameB}`,
      render: (p) =>
        html`<span aria-hidden="true"><span>${p.nameA}</span> ↔ <span>${p.nameB}</span></span><span class="visually-hidden">${t('locations.pair', { a: p.nameA, b: p.nameB })}</span>`
    },
    {
      key: 'shared',
      label: t('locations.col.shared'),
      kind: 'count',
      value: (p) => countOf(p.sharedFunctions) + countOf(p.sharedTargetGroups),
      render: (p) => html`<span class="loc-shared">
        ${countOf(p.sharedFunctions) ? html`<span>${t('locations.sharedFunctionsList', { count: countOf(p.sharedFunctions), names: names(p.sharedFunctions, functionsById).join(', ') })}</span>` : null}
        ${countOf(p.sharedTargetGroups) ? html`<span>${t('locations.sharedGroupsList', { count: countOf(p.sharedTargetGroups), names: names(p.sharedTargetGroups, groupsById).join(', ') })}</span>` : null}
      </span>`
    },
    { key: 'same', label: t('locations.col.same'), kind: 'text', value: (p) => sameText(p) },
    {
      key: 'ties',
      label: t('locations.col.ties'),
      kind: 'count',
      value: (p) => countOf(p.ties),
      render: (p) => formatNumber(countOf(p.ties))
    },
    {
      key: 'freq',
      label: t('locations.col.freq'),
      kind: 'count',
      value: (p) => frequencyLevel(p),
      render: (p) => frequencyWord(p)
    },
    {
      key: 'split',
      label: t('locations.col.note'),
      kind: 'flag',
      value: (p) => isSplitPair(p),
      render: (p) =>
        isSplitPair(p)
          ? html`<span class="flag flag-duplicate" data-testid="location-split">${t('locations.splitFlag')}</span>`
          : ''
    }
  ];
}

export function LocationsPanel({ state, doc }) {
  const [onlySplit, setOnlySplit] = useState(false);
  const result = currentResult(state);
  const loc = result && result.locations;
  if (!loc) {
    return html`<section class="loc-section" data-testid="locations-section" aria-labelledby="loc-title">
      <h2 id="loc-title" class="visually-hidden">${t('locations.title')}</h2>
      ${result ? html`<p class="muted" data-testid="locations-missing">${t('resources.missing')}</p>` : html`<${NoAnalysis} state=${state} />`}
    </section>`;
  }
  const unitsById = new Map((doc.units || []).map((u) => [u.id, u]));
  const functionsById = new Map((doc.functions || []).map((f) => [f.id, f]));
  const groupsById = new Map((doc.targetGroups || []).map((g) => [g.id, g]));
  const places = placeGroups(loc, doc);
  const allPairs = (loc.pairs || []).map((p) => ({
    ...p,
    nameA: (unitsById.get(p.a) || { name: p.a }).name || p.a,
    nameB: (unitsById.get(p.b) || { name: p.b }).name || p.b
  }));
  const split = allPairs.filter(isSplitPair).length;
  const pairs = onlySplit ? allPairs.filter(isSplitPair) : allPairs;
  return html`
    <section class="loc-section" data-testid="locations-section" aria-labelledby="loc-title">
      <h2 id="loc-title" class="section-heading">${t('locations.title')}</h2>
      <p class="lead-small">${t('locations.lead')}</p>
      <h3>${t('locations.placesTitle')}</h3>
      ${places.length ? html`<${Places} places=${places} />` : html`<p class="empty">${t('locations.noPlaces')}</p>`}
      <h3>${t('locations.pairsTitle')}</h3>
      <p>${t('locations.pairsLead')}</p>
      ${
        allPairs.length === 0
          ? html`<p class="empty" data-testid="locations-no-pairs">${t('locations.noPairs')}</p>`
          : html`
        <div class="panel-head">
          <p class="muted" data-testid="locations-split-count">${t('locations.splitCount', { count: split, total: formatNumber(allPairs.length) })}</p>
          <div class="filter filter-check">
            <input type="checkbox" id="loc-only-split" data-testid="locations-only-split" checked=${onlySplit} onChange=${(e) => setOnlySplit(e.currentTarget.checked)} />
            <label for="loc-only-split">${t('locations.onlySplit')}</label>
          </div>
        </div>
        <${SortableTable} id="loc-pairs" testid="location-pairs" caption=${t('locations.pairsCaption')} captionHidden
          columns=${pairColumns(unitsById, functionsById, groupsById)} rows=${pairs} rowKey=${(p) => `${p.a}|${p.b}`}
          initialSort=${{ key: 'split', dir: 'desc' }} />`
      }
    </section>`;
}
