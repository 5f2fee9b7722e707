// «Når noen ikke har svart»: the core's robustness to missing answers in plain words, in Analyse (with the tables)
// and, shorter, in the report. How many did not answer, how many contacts were filled in from what others
// reported, which figures change most, and which findings do not hold. Nothing when everyone answered.
import { html } from '../ui/html.js';
import { t, formatNumber } from '../i18n.js';
import { missingAnswers } from '../lib/robustness.js';
import { measureLabel, measureInline } from '../lib/measure-names.js';
import { ACTOR_MEASURES } from '../lib/measures.js';
import { MeasureName } from '../ui/measure-name.js';
import { formatCell } from './analysis-table.js';
import { listText } from '../ui/list-text.js';

const NETWORK_ROWS = 6;
const PEOPLE_SHORT = 3;
const two = { minimumFractionDigits: 2, maximumFractionDigits: 2 };

/** A person's value, finer than the tables' usual format, so a change shows: PageRank 0,0198 → 0,0269 rather than
 *  0,02 → 0,03, betweenness to a tenth of a percent. */
function personValue(value, kind) {
  if (kind === 'share') return formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
  if (kind === 'decimal') return formatNumber(value, { maximumSignificantDigits: 3 });
  return formatCell(value, kind);
}

/** The network's figures that read differently once the contacts are filled in (as formatted: a change below the
 *  shown precision is no change to a reader), in the core's order. */
function changedNetwork(m) {
  return m.network
    .map((x) => ({ ...x, before: formatCell(x.observed, x.kind), after: formatCell(x.reconstructed, x.kind) }))
    .filter((x) => x.before !== x.after)
    .slice(0, NETWORK_ROWS);
}

function NetworkTable({ rows, idPrefix }) {
  if (!rows.length) return html`<p data-testid="robust-network-none">${t('robust.noNetworkChange')}</p>`;
  return html`
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby=${`${idPrefix}-network-caption`}>
      <table class="data-table" data-testid="robust-network">
        <caption id=${`${idPrefix}-network-caption`} class="table-caption">${t('robust.networkCaption')}</caption>
        <thead><tr><th scope="col">${t('robust.col.measure')}</th><th scope="col" class="num">${t('robust.col.observed')}</th><th scope="col" class="num">${t('robust.col.reconstructed')}</th></tr></thead>
        <tbody>${rows.map(
          (x) =>
            html`<tr key=${x.measure}><th scope="row">${measureLabel(x.measure)}</th><td class="num">${x.before}</td><td class="num">${x.after}</td></tr>`
        )}</tbody>
      </table>
    </div>`;
}

// The person table's plain view (its measures without «Vis alle mål»): the same measures, named as its columns.
const PLAIN_PEOPLE = new Set(ACTOR_MEASURES.filter((d) => d.core).map((d) => d.key));

function PeopleTable({ people: all }) {
  const people = all.filter((p) => PLAIN_PEOPLE.has(p.measure));
  if (!people.length) return html`<p data-testid="robust-people-none">${t('robust.noPeopleChange')}</p>`;
  const person = (p, x) =>
    t('robust.person', {
      name: x.name,
      observed: personValue(x.observed, p.kind),
      reconstructed: personValue(x.reconstructed, p.kind)
    });
  return html`
    <p>${t('robust.peopleIntro')}${people.length < all.length ? ` ${t('robust.peoplePlain', { option: t('table.allMeasures') })}` : ''}</p>
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="robust-people-caption">
      <table class="data-table" data-testid="robust-people">
        <caption id="robust-people-caption" class="table-caption">${t('robust.peopleCaption')}</caption>
        <thead><tr><th scope="col">${t('robust.col.measure')}</th><th scope="col" class="num">${t('robust.col.changed')}</th><th scope="col" class="num">${t('robust.col.rank')}</th><th scope="col">${t('robust.col.largest')}</th></tr></thead>
        <tbody>${people.map(
          (p) => html`<tr key=${p.measure}>
            <th scope="row"><${MeasureName} id=${p.measure} short=${true} /></th>
            <td class="num">${formatNumber(p.changed)}</td>
            <td class="num">${p.rankCorrelation === null ? '–' : formatNumber(p.rankCorrelation, two)}</td>
            <td>${listText(p.largest.map((x) => person(p, x)))}</td></tr>`
        )}</tbody>
      </table>
    </div>`;
}

function FindingsLine({ m }) {
  if (m.notHolding.length)
    return html`<p data-testid="robust-findings">${t('robust.findingsNot', {
      count: m.notHolding.length,
      titles: listText(m.notHolding.map((f) => t('robust.findingTitle', { title: f.title })))
    })}</p>`;
  return m.checked ? html`<p data-testid="robust-findings">${t('robust.findingsHold')}</p>` : null;
}

/** The section; `headingLevel` 2 in Analyse (with the table per person), 3 inside the report's section on the
 *  network (the people's figures in one sentence). */
export function MissingAnswers({ doc, result, headingLevel = 2 }) {
  const m = missingAnswers(doc, result);
  if (!m) return null;
  const Heading = `h${headingLevel}`;
  const inReport = headingLevel !== 2;
  const idPrefix = inReport ? 'report-robust' : 'robust';
  const shortPeople = m.people
    .slice(0, PEOPLE_SHORT)
    .map((p) => t('robust.peopleItem', { measure: measureInline(p.measure), count: p.changed }));
  return html`
    <section class=${inReport ? 'report-robust robust' : 'section robust'} aria-labelledby=${`${idPrefix}-title`} data-testid="robustness">
      <${Heading} id=${`${idPrefix}-title`}>${t('robust.title')}<//>
      <p class="section-intro">${t('robust.intro', { count: m.nonRespondents })} ${t('robust.filled', { count: m.reconstructedTies })}</p>
      ${m.reciprocated ? null : html`<p>${t('robust.either', { a: measureInline('betweenness'), b: measureInline('closeness'), option: t('analysis.reciprocated') })}</p>`}
      <${NetworkTable} rows=${changedNetwork(m)} idPrefix=${idPrefix} />
      ${
        inReport
          ? html`<p data-testid="robust-people-short">${shortPeople.length ? t('robust.peopleShort', { list: listText(shortPeople) }) : t('robust.noPeopleChange')}</p>`
          : html`<${PeopleTable} people=${m.people} />`
      }
      <${FindingsLine} m=${m} />
    </section>`;
}
