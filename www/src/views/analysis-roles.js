// "Plass i nettverket": the places in the network the core found (nodes[].roles, network.roles) in plain words,
// with the rule each follows at the project's thresholds (result.settings), who has it, and collaborative overload
// (network.overload) as a figure with its meaning. In Analyse (headingLevel 2) and the report (3). The core decides
// who has which place; this view only words it. Names are rendered as text.
import { html } from '../ui/html.js';
import { t, formatPercent } from '../i18n.js';
import { measureExplain } from '../lib/measure-names.js';
import { MeasureName, MeasureCaveat } from '../ui/measure-name.js';
import { listText } from '../ui/list-text.js';

/** The role ids, in the core's order (sna::kRoleIds). */
export const ROLE_IDS = ['central-connector', 'boundary-spanner', 'information-broker', 'peripheral'];

/** The thresholds each role's explanation names: {share} (a share of people) and {count}. */
const THRESHOLDS = {
  'central-connector': ['connectorTopShare', 'connectorMinTies'],
  'boundary-spanner': [null, 'spannerMinUnits'],
  'information-broker': ['brokerTopShare', 'brokerMinCrossUnit'],
  peripheral: [null, 'peripheralMaxTies']
};

/** A role's plain name. */
export const roleName = (id) => t(`roles.${id}.name`);

/** A role's rule in plain words, with the thresholds the core used (analysis.settings). */
export function roleExplain(id, settings = {}) {
  const [share, count] = THRESHOLDS[id];
  const params = { count: typeof settings[count] === 'number' ? settings[count] : 0 };
  if (share) params.share = formatPercent(settings[share]);
  return t(`roles.${id}.explain`, params);
}

/** The count each place's line about a person names: the person's contacts, or the place's threshold. */
const PERSON_COUNT = {
  'central-connector': (node) => node.degree,
  'boundary-spanner': (node, settings) => settings.spannerMinUnits,
  'information-broker': () => 0,
  peripheral: (node) => node.degree
};

/** One short line about the person for one of their places, without the place's name ("har 5 kontakter, …"). */
export function rolePersonText(id, node, settings = {}) {
  const share = THRESHOLDS[id][0];
  const count = PERSON_COUNT[id](node || {}, settings);
  const params = { count: typeof count === 'number' ? count : 0 };
  if (share) params.share = formatPercent(settings[share]);
  return t(`roles.${id}.person`, params);
}

// Overload rests on everyone's answers and, in a small network, on one or two people.
const OVERLOAD_DEF = { key: 'overload', small: true, needsAnswers: true };

function Overload({ network, minResponseRate }) {
  const has = typeof network.overload === 'number';
  return html`
    <dl class="stat-grid stat-grid-compact overload-grid" data-testid="roles-overload">
      <div class="stat">
        <dt class="stat-label"><${MeasureName} id="overload" /></dt>
        <dd class="stat-value">${has ? formatPercent(network.overload) : '–'}</dd>
        <dd class="stat-verdict">${has ? t('roles.overload.detail', { count: network.overloadPeople, people: network.nodes, share: formatPercent(network.overload) }) : t('roles.overload.none')}</dd>
        <dd class="stat-detail">${measureExplain('overload')} <${MeasureCaveat} def=${OVERLOAD_DEF} network=${network} minResponseRate=${minResponseRate} always=${true} /></dd>
      </div>
    </dl>`;
}

/** The section; `headingLevel` 2 in Analyse, 3 inside the report's section on the measures. */
export function NetworkRoles({ doc, result, headingLevel = 2 }) {
  if (!result || !result.network || !Array.isArray(result.nodes)) return null;
  const names = new Map((doc.actors || []).map((a) => [a.id, a.name || a.id]));
  const settings = result.settings || {};
  const Heading = `h${headingLevel}`;
  const Sub = `h${headingLevel + 1}`;
  return html`
    <section class=${headingLevel === 2 ? 'section' : 'report-roles'} aria-labelledby="roles-title" data-testid="network-roles">
      <${Heading} id="roles-title">${t('roles.title')}<//>
      <p class="section-intro">${t('roles.intro')}</p>
      <ul class="role-list">
        ${ROLE_IDS.map((id) => {
          const people = result.nodes.filter((n) => (n.roles || []).includes(id)).map((n) => names.get(n.id) || n.id);
          const who = listText(people, 12, (count) => t('roles.more', { count }));
          return html`<li key=${id} class="role" data-testid=${`role-${id}`}>
            <${Sub} class="role-name">${roleName(id)}<//>
            <p class="role-explain">${roleExplain(id, settings)}</p>
            <p class="role-who" data-testid=${`role-who-${id}`}>${t('roles.who', { count: people.length, names: who })}</p>
          </li>`;
        })}
      </ul>
      <p class="muted">${t('roles.caveat')}</p>
      <${Overload} network=${result.network} minResponseRate=${settings.minResponseRate} />
    </section>`;
}
