// Top bar: app name, open project, its save state and the file it is kept in, language switch.
import { html } from './html.js';
import { t, LANGS } from '../i18n.js';
import { projectName } from '../lib/project.js';
import { HistoryButtons } from './history-buttons.js';
import { namedLabel } from './named-label.js';
import { OtherTabsNote } from './sync-banner.js';
import { FileStatus } from './file-status.js';

const SAVE_KEY = { saved: 'save.saved', saving: 'save.saving', unsaved: 'save.unsaved' };

/** The truth about saving: text typed into an autosaving field and not yet in the project is not "Lagret". */
function SaveStatus({ current, typing }) {
  if (!current) return null;
  const typed = Object.keys(typing || {}).length > 0;
  const state = typed && current.saveState !== 'unsaved' ? 'typing' : current.saveState || 'saved';
  const cls = state === 'typing' ? 'saving' : state;
  const status = t(state === 'typing' ? 'save.typing' : SAVE_KEY[state] || 'save.unsaved');
  return html`
    <p class=${`save-status save-${cls}`} role="status" data-testid="save-status" data-state=${state}>
      <span class="save-dot" aria-hidden="true"></span>
      ${namedLabel(status, t('save.statusNamed', { status }))}
    </p>`;
}

export function Header({ state, actions }) {
  const current = state.current;
  return html`
    <header class="app-header">
      <div class="brand">
        <span class="brand-name">${t('app.name')}</span>
        <span class="brand-tagline">${t('app.tagline')}</span>
      </div>
      <div class="header-project">
        <p class="project-label">
          <span class="project-label-key">${t('header.project')}:</span>
          ${' '}
          <span class="project-name" data-testid="header-project-name">${current ? projectName(current.doc) : t('header.noProject')}</span>
        </p>
        <${SaveStatus} current=${current} typing=${state.typing} />
        <${FileStatus} file=${state.file} current=${current} />
        <${OtherTabsNote} otherTabs=${state.otherTabs} current=${current} />
      </div>
      <${HistoryButtons} history=${state.history} actions=${actions} hasProject=${Boolean(current)} />
      <div class="lang-switch" role="group" aria-label=${t('header.language')}>
        ${LANGS.map(
          (lang) => html`
          <button
            type="button"
            key=${lang}
            lang=${lang}
            class="lang-button"
            aria-pressed=${state.lang === lang ? 'true' : 'false'}
            data-testid=${`lang-${lang}`}
            onClick=${() => actions.setLang(lang)}
          >${t(`lang.${lang}`)}</button>`
        )}
      </div>
    </header>`;
}
