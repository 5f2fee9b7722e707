// Pieces shared by Funn, Oversikt and Rapport: the severity marker (icon and word, not
// colour alone), the numbers of a finding in plain words, links to its subjects, and the
// "waiting for the analysis" states.
import { html } from '../ui/html.js';
import { t, formatNumber, formatPercent } from '../i18n.js';
import { measureInline } from '../lib/measure-names.js';

const ICONS = { critical: '✖', warning: '▲', info: 'ℹ' };

export function SeverityBadge({ severity }) {
  return html`<span class=${`severity severity-${severity}`} data-severity=${severity}>
    <span class="severity-icon" aria-hidden="true">${ICONS[severity] || '•'}</span>${t(`findings.severity.${severity}`)}</span>`;
}

// Keys whose value is a share (0..1) or an index, shown as such; the rest as counts.
// Betweenness is a share of shortest paths, shown as a percentage like in Analyse and the finding's own text.
const SHARES = new Set(['betweenness', 'threshold', 'share', 'oneSidedShare', 'responseRate', 'minResponseRate']);
// Numbers that are measures are named as everywhere else, plain name first: "bro mellom andre (betweenness)".
export const MEASURE_NUMBERS = new Set(['betweenness', 'eiIndex']);
const NUMBER_KEYS = [
  'betweenness',
  'peopleCutOff',
  'nonRespondents',
  'reportedHolders',
  'holders',
  'units',
  'contactPersons',
  'tiesToInternal',
  'degree',
  'unitsWithDecisionAuthority',
  'assignments',
  'withDecisionAuthority',
  'required',
  'ties',
  'sharedFunctions',
  'sharedTargetGroups',
  'internalTies',
  'externalTies',
  'eiIndex',
  'people',
  'responseRate',
  'asked',
  'responded',
  'oneSided',
  'total',
  'share'
];

/** The numbers a finding rests on, as "label: value" pairs in plain words (known keys only). */
export function numberPairs(finding) {
  const n = finding.numbers || {};
  const pairs = [];
  for (const key of NUMBER_KEYS) {
    const v = n[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    let value;
    if (key === 'eiIndex') value = formatNumber(v, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    else if (SHARES.has(key)) value = formatPercent(v);
    else value = formatNumber(v);
    pairs.push({ key, label: MEASURE_NUMBERS.has(key) ? measureInline(key) : t(`findings.num.${key}`), value });
  }
  if (typeof n.threshold === 'number' && finding.rule === 'bottleneck') {
    pairs.push({ key: 'threshold', label: t('findings.num.threshold'), value: formatPercent(n.threshold) });
  }
  if (typeof n.answered === 'boolean')
    pairs.push({
      key: 'answered',
      label: t('findings.num.answered'),
      value: t(n.answered ? 'findings.yes' : 'findings.no')
    });
  return pairs;
}

export function Numbers({ finding }) {
  const pairs = numberPairs(finding);
  if (!pairs.length) return null;
  return html`<p class="finding-numbers" data-testid="finding-numbers"><span class="finding-numbers-label">${t('findings.numbers')}</span>
    ${pairs.map((p, i) => html`<span key=${p.key}>${i ? ' · ' : ' '}${p.label}: <strong>${p.value}</strong></span>`)}</p>`;
}

const nameIn = (doc, listName, id) => {
  const item = ((doc && doc[listName]) || []).find((x) => x.id === id);
  return item ? item.name || id : id;
};

/** Links to the subjects in other views: map (actors), Organisasjon (units, groups), Oppgaver (functions). */
export function SubjectLinks({ doc, finding, actions }) {
  const s = finding.subjects || {};
  const links = [
    ...(s.actors || []).map((id) => ({
      kind: 'actor',
      id,
      text: t('findings.linkActor', { name: nameIn(doc, 'actors', id) })
    })),
    ...(s.functions || []).map((id) => ({
      kind: 'function',
      id,
      text: t('findings.linkFunction', { name: nameIn(doc, 'functions', id) })
    })),
    ...(s.units || []).map((id) => ({
      kind: 'unit',
      id,
      text: t('findings.linkUnit', { name: nameIn(doc, 'units', id) })
    })),
    ...(s.targetGroups || []).map((id) => ({
      kind: 'targetGroup',
      id,
      text: t('findings.linkGroup', { name: nameIn(doc, 'targetGroups', id) })
    }))
  ];
  if (!links.length) return null;
  const href = { actor: '#/network', function: '#/tasks', unit: '#/organisation', targetGroup: '#/organisation' };
  return html`<ul class="subject-links" aria-label=${t('findings.subjectsLabel')}>
    ${links.slice(0, 8).map(
      (l) => html`<li key=${`${l.kind}-${l.id}`}>
      <a href=${href[l.kind]} data-testid="subject-link" data-kind=${l.kind} data-id=${l.id}
        onClick=${(e) => {
          e.preventDefault();
          actions.showSubject(l.kind, l.id);
        }}>${l.text}</a></li>`
    )}
  </ul>`;
}

/** What a view shows while there is no analysis to read from. */
export function analysisState(state) {
  const a = state.analysis;
  if (!a) return 'waiting';
  if (a.status === 'no-wave') return 'no-wave';
  if (a.status === 'error') return 'error';
  return 'waiting';
}

export function NoAnalysis({ state }) {
  const s = analysisState(state);
  return html`<p class="lead" data-testid="findings-waiting">${t(`findings.state.${s}`)}</p>`;
}

export function NeedProject({ titleKey, actions }) {
  return html`
    <div class="view">
      <h1 tabindex="-1">${t(titleKey)}</h1>
      <p class="lead" data-testid="view-no-project">${t('overview.noProject')} ${t('overview.noProjectHint')}</p>
      <p><a class="button button-primary" href="#/projects" onClick=${(e) => {
        e.preventDefault();
        actions.navigate('projects');
      }}>${t('overview.goToProjects')}</a></p>
    </div>`;
}

/** A progress bar with its text (the bar is decoration; the text carries the meaning). */
export function Progress({ done, total, label, testid }) {
  const pct = total > 0 ? Math.round((done / total) * 100) : 0;
  return html`<div class="progress" data-testid=${testid}>
    <span class="progress-text">${label}</span>
    <span class="progress-bar" aria-hidden="true"><span class="progress-fill" style=${`width:${pct}%`}></span></span>
  </div>`;
}
