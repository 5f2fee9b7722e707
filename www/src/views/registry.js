// The views, in menu order. A later view (map, findings, phases, report …) is added
// here with its id, its nav label key (nav.<id> in both locales) and its component.
import { ProjectsView } from './projects.js';
import { OverviewView } from './overview.js';
import { DataView } from './data.js';
import { OrganisationView } from './organisation.js';
import { TasksView } from './tasks.js';
import { RelationsView } from './relations.js';
import { NetworkView } from './network.js';
import { AnalysisView } from './analysis.js';
import { FindingsView } from './findings.js';
import { ProcessView } from './process.js';
import { ReportView } from './report-language.js';

export const VIEWS = [
  { id: 'projects', labelKey: 'nav.projects', component: ProjectsView },
  { id: 'overview', labelKey: 'nav.overview', component: OverviewView },
  { id: 'process', labelKey: 'nav.process', component: ProcessView },
  { id: 'organisation', labelKey: 'nav.organisation', component: OrganisationView },
  { id: 'tasks', labelKey: 'nav.tasks', component: TasksView },
  { id: 'relations', labelKey: 'nav.relations', component: RelationsView },
  { id: 'network', labelKey: 'nav.network', component: NetworkView },
  { id: 'analysis', labelKey: 'nav.analysis', component: AnalysisView },
  { id: 'findings', labelKey: 'nav.findings', component: FindingsView },
  { id: 'report', labelKey: 'nav.report', component: ReportView },
  { id: 'data', labelKey: 'nav.data', component: DataView }
];

export const VIEW_IDS = VIEWS.map((v) => v.id);

export function findView(id) {
  return VIEWS.find((v) => v.id === id) || VIEWS[0];
}
