// The views, in menu order. A later view (map, findings, phases, report …) is added
// here with its id, its nav label key (nav.<id> in both locales) and its component.
import { ProjectsView } from './projects.js';
import { OverviewView } from './overview.js';
import { DataView } from './data.js';

export const VIEWS = [
  { id: 'projects', labelKey: 'nav.projects', component: ProjectsView },
  { id: 'overview', labelKey: 'nav.overview', component: OverviewView },
  { id: 'data', labelKey: 'nav.data', component: DataView }
];

export const VIEW_IDS = VIEWS.map((v) => v.id);

export function findView(id) {
  return VIEWS.find((v) => v.id === id) || VIEWS[0];
}
