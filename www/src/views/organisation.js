// Organisasjon: the units (internal and external partners), the people and the target
// groups of the open project, each in a tab with a sortable, searchable table.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { Tabs } from '../ui/table-tools.js';
import { UnitsPanel } from './organisation-units.js';
import { ActorsPanel } from './organisation-actors.js';
import { GroupsPanel } from './organisation-groups.js';
import { LocationsPanel } from './organisation-locations.js';
import { PeopleImportSection } from './organisation-import.js';

const list = (doc, key) => (Array.isArray(doc[key]) ? doc[key] : []);

export function NeedProject({ titleKey, actions }) {
  return html`
    <div class="view">
      <h1 tabindex="-1">${t(titleKey)}</h1>
      <p class="lead" data-testid="no-project">${t('overview.noProject')} ${t('overview.noProjectHint')}</p>
      <p><a class="button button-primary" href="#/projects" onClick=${(e) => {
        e.preventDefault();
        actions.navigate('projects');
      }}>${t('overview.goToProjects')}</a></p>
    </div>`;
}

export function OrganisationView({ state, actions }) {
  const [tab, setTab] = useState(state.focus && state.focus.kind === 'targetGroup' ? 'groups' : 'units');
  const current = state.current;
  if (!current) return html`<${NeedProject} titleKey="org.title" actions=${actions} />`;
  const doc = current.doc;
  const tabs = [
    { id: 'units', label: t('org.tabUnits'), count: list(doc, 'units').length },
    { id: 'actors', label: t('org.tabActors'), count: list(doc, 'actors').length },
    { id: 'groups', label: t('org.tabGroups'), count: list(doc, 'targetGroups').length }
  ];
  const Panel = tab === 'actors' ? ActorsPanel : tab === 'groups' ? GroupsPanel : UnitsPanel;
  return html`
    <div class="view view-organisation">
      <h1 tabindex="-1">${t('org.title')}</h1>
      <p class="lead">${t('org.lead')}</p>
      <${Tabs} idBase="org" tabs=${tabs} active=${tab} onChange=${setTab} label=${t('org.tabsLabel')}>
        <${Panel} doc=${doc} actions=${actions} lang=${state.lang} />
      <//>
      <${PeopleImportSection} state=${state} actions=${actions} />
      <${LocationsPanel} state=${state} doc=${doc} />
    </div>`;
}
