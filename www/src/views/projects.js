// The project list: new, open, rename, duplicate, delete; the example municipality;
// and records in storage that failed validation ("damaged"), which can be downloaded raw.
import { html } from '../ui/html.js';
import { t, formatDateTime } from '../i18n.js';
import { projectCounts } from '../ui/count-texts.js';
import { ErrorItems } from '../ui/error-list.js';
import { namedLabel } from '../ui/named-label.js';
import { OpenFileButton } from './data-file.js';

function focusHeading() {
  const heading = document.querySelector('main h1');
  if (heading) heading.focus();
}

function ProjectCard({ project, isCurrent, actions }) {
  const label = (key) => namedLabel(t(`projects.${key}`), t(`projects.${key}Named`, { name: project.name }));
  const { units, actors, number } = project.summary;
  const counts = projectCounts({ units, actors });
  return html`
    <li class=${`project-card${isCurrent ? ' is-current' : ''}`} data-testid="project-item" data-project-id=${project.id}>
      <div class="project-card-main">
        <h2 class="project-card-title" data-testid="project-name">${project.name}</h2>
        ${isCurrent ? html`<span class="badge">${t('projects.current')}</span>` : null}
        ${project.stored ? null : html`<span class="badge badge-warning">${t('projects.notStored')}</span>`}
        <p class="project-meta">
          ${number ? html`<span>${t('projects.number', { number })}</span>` : null}
          <span>${counts}</span>
          <span>${t('projects.updated', { date: formatDateTime(project.updatedAt) })}</span>
        </p>
      </div>
      <div class="project-card-actions">
        <button type="button" class="button button-primary" data-testid="project-open" onClick=${() => actions.openProject(project.id)}>${label('open')}</button>
        <button type="button" class="button button-secondary" data-testid="project-rename" onClick=${() => actions.renameProject(project.id)}>${label('rename')}</button>
        <button type="button" class="button button-secondary" data-testid="project-duplicate" onClick=${() => actions.duplicateProject(project.id)}>${label('duplicate')}</button>
        <button type="button" class="button button-danger-quiet" data-testid="project-delete" onClick=${async () => {
          if (await actions.deleteProject(project.id)) focusHeading();
        }}>${label('delete')}</button>
      </div>
    </li>`;
}

function DamagedList({ damaged, actions }) {
  if (!damaged.length) return null;
  return html`
    <section class="section damaged" aria-labelledby="damaged-title" data-testid="damaged-section">
      <h2 id="damaged-title">${t('projects.damagedTitle')}</h2>
      <p>${t('projects.damagedIntro')}</p>
      <ul class="damaged-list">
        ${damaged.map(
          (item) => html`
          <li key=${item.id} class="damaged-item" data-testid="damaged-item" data-id=${item.id}>
            <p class="damaged-name">${t('projects.damagedName', { id: item.id })}</p>
            <details>
              <summary>${t('projects.damagedErrors', { count: item.errors.length })}</summary>
              <${ErrorItems} errors=${item.errors} />
            </details>
            <div class="project-card-actions">
              <button type="button" class="button button-secondary" data-testid="damaged-export" onClick=${() => actions.exportRaw(item.id)}>${namedLabel(t('projects.exportRaw'), t('projects.exportRawNamed', { name: item.id }))}</button>
              <button type="button" class="button button-danger-quiet" data-testid="damaged-delete" onClick=${async () => {
                if (await actions.deleteDamaged(item.id)) focusHeading();
              }}>${namedLabel(t('projects.delete'), t('projects.deleteNamed', { name: item.id }))}</button>
            </div>
          </li>`
        )}
      </ul>
    </section>`;
}

export function ProjectsView({ state, actions }) {
  const currentId = state.current ? state.current.id : null;
  return html`
    <div class="view view-projects">
      <h1 tabindex="-1">${t('projects.title')}</h1>
      <p class="lead">${t('projects.intro')}</p>
      <div class="toolbar">
        <button type="button" class="button button-primary" data-testid="new-project" onClick=${() => actions.createProject()}>${t('projects.new')}</button>
        <button type="button" class="button button-secondary" data-testid="load-demo" onClick=${() => actions.loadDemo()}>${t('projects.loadDemo')}</button>
        ${state.fileSupport ? html`<${OpenFileButton} actions=${actions} testid="projects-open-file" describedBy="projects-file-hint" />` : null}
        <a class="button button-secondary" href="#/data" data-testid="projects-import-link"
          aria-describedby=${state.fileSupport ? 'projects-file-hint' : undefined} onClick=${(e) => {
            e.preventDefault();
            actions.navigate('data', { focus: true });
          }}>${t('projects.importLink')}</a>
      </div>
      ${state.fileSupport ? html`<p class="muted small toolbar-hint" id="projects-file-hint" data-testid="projects-file-hint">${t('files.openOrImport')}</p>` : null}
      ${
        state.projects.length === 0
          ? html`<p class="empty" data-testid="projects-empty">${t('projects.empty')}</p>`
          : html`
          <ul class="project-list" aria-label=${t('projects.listLabel')} data-testid="project-list">
            ${state.projects.map((p) => html`<${ProjectCard} key=${p.id} project=${p} isCurrent=${p.id === currentId} actions=${actions} />`)}
          </ul>`
      }
      <${DamagedList} damaged=${state.damaged} actions=${actions} />
    </div>`;
}
