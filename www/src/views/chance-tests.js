// "Sterkere enn tilfeldig?": the core's tests against chance in words, in Analyse and the report. Does shared
// work go with contact (network.qap.sharedWork), and which units have more internal contact than the same people
// placed at random would give (units[].moreClosedThanChance). The verdicts are the core's; lib/report-model.js
// gathers them, this view only words them.
import { html } from '../ui/html.js';
import { t, formatNumber, formatPercent } from '../i18n.js';
import { chanceTests } from '../lib/report-model.js';
import { measureExplain } from '../lib/measure-names.js';
import { MeasureName, MeasureCaveat } from '../ui/measure-name.js';
import { listText } from '../ui/list-text.js';

function sharedWorkText(w) {
  if (w.state === 'more') return t(w.count === 0 ? 'chance.sharedWork.moreNone' : 'chance.sharedWork.more', w);
  if (w.state === 'not') return t('chance.sharedWork.not', w);
  return t(`chance.sharedWork.${w.state}`);
}

function unitsText(u) {
  if (u.untested) return t('chance.units.untested');
  if (!u.closed.length) return t('chance.units.noneClosed');
  // A large municipality can have hundreds of units: the first twelve by name, the rest counted.
  const names = listText(
    u.closed.map((x) => x.name),
    12,
    (count) => t('chance.units.more', { count })
  );
  return t('chance.units.closed', { count: u.closed.length, units: names });
}

/** The section; `headingLevel` 2 in Analyse, 3 inside the report's section on the network. */
export function ChanceTests({ doc, result, headingLevel = 2 }) {
  const c = chanceTests(doc, result);
  if (!c) return null;
  const Heading = `h${headingLevel}`;
  const { sharedWork: w, units: u } = c;
  const stat = (id, value, verdict, testid) => html`<div class="stat" data-testid=${testid}>
    <dt class="stat-label"><${MeasureName} id=${id} /></dt><dd class="stat-value">${value}</dd>
    <dd class="stat-verdict">${verdict}</dd>
    <dd class="stat-detail">${measureExplain(id)} <${MeasureCaveat} def=${{ key: id }} network=${result.network} always=${true} /></dd></div>`;
  const correlation =
    w.correlation === null ? '–' : formatNumber(w.correlation, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return html`
    <section class=${headingLevel === 2 ? 'section' : 'report-chance'} aria-labelledby="chance-title" data-testid="chance-tests">
      <${Heading} id="chance-title">${t('chance.title')}<//>
      ${c.permutations > 0 ? html`<p class="section-intro">${t('chance.intro', { permutations: c.permutations, level: formatPercent(c.level) })}</p>` : null}
      <dl class="stat-grid stat-grid-compact chance-grid">
        ${stat('sharedWork', correlation, sharedWorkText(w), 'chance-shared-work')}
        ${stat('unit.moreClosedThanChance', u.tested ? t('chance.units.value', { count: u.closed.length, tested: u.tested }) : '–', unitsText(u), 'chance-units')}
      </dl>
    </section>`;
}
