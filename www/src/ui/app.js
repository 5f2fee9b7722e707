// The shell: skip link, header, navigation, storage banner, status line, the active
// view, the dialog host and the window-wide drop zone.
import { html } from './html.js';
import { useEffect, useRef, useState, useCallback } from 'preact/hooks';
import { t, INTL_TAGS } from '../i18n.js';
import { Header } from './header.js';
import { Nav } from './nav.js';
import { Notice } from './notice.js';
import { StorageBanner } from './storage-banner.js';
import { SyncBanner } from './sync-banner.js';
import { FileBanner, BackupNotice } from './file-status.js';
import { DialogHost } from './dialog-host.js';
import { DropZone } from './drop-zone.js';
import { VIEWS, findView } from '../views/registry.js';
import { projectName } from '../lib/project.js';
import { revealFocus } from './reveal.js';

function useStore(store) {
  const [state, setState] = useState(store.get());
  useEffect(() => store.subscribe(setState), [store]);
  return state;
}

function focusMainHeading() {
  const heading = document.querySelector('main h1') || document.getElementById('main');
  if (heading) heading.focus();
}

function Fatal({ message }) {
  return html`
    <main id="main" class="fatal" tabindex="-1">
      <h1>${t('app.fatalTitle')}</h1>
      <p>${t('app.fatalBody')}</p>
      ${message ? html`<p class="muted">${t('app.fatalDetail', { detail: message })}</p>` : null}
    </main>`;
}

export function App({ store, actions }) {
  const state = useStore(store);
  const firstView = useRef(true);
  const view = findView(state.view);

  // Language: the html lang attribute follows the switch.
  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.documentElement.dataset.locale = INTL_TAGS[state.lang];
  }, [state.lang]);

  // Title names the view and the open project.
  const name = state.current ? projectName(state.current.doc) : '';
  useEffect(() => {
    const viewName = t(view.labelKey);
    document.title = name
      ? t('app.documentTitleProject', { view: viewName, project: name })
      : t('app.documentTitle', { view: viewName });
  }, [view, name, state.lang]);

  // After a change of view, move focus to its heading so keyboard and screen-reader
  // users start at the top of the new content.
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    focusMainHeading();
  }, [state.view]);

  // A link from a finding to its subject: show the row, then forget the selection.
  useEffect(() => {
    if (!state.focus) return;
    revealFocus(state.focus);
    actions.clearFocus();
  }, [state.focus, state.view]);

  const onFiles = useCallback(
    (files) => {
      actions.navigate('data');
      actions.importFile(files[0], { droppedCount: files.length });
    },
    [actions]
  );

  const skip = (event) => {
    event.preventDefault();
    focusMainHeading();
  };

  if (state.phase === 'fatal') return html`<${Fatal} message=${state.fatal} />`;
  if (state.phase !== 'ready') {
    return html`<main id="main" class="loading" tabindex="-1" aria-busy="true"><p>${t('app.loading')}</p></main>`;
  }

  const View = view.component;
  // Keyed by the open project: a view's own state (a chosen round, a half-done import, filters) never carries
  // over into another project.
  return html`
    <div class="app" data-app-ready="true">
      <a class="skip-link" href="#main" onClick=${skip}>${t('app.skipLink')}</a>
      <${Header} state=${state} actions=${actions} />
      <div class="app-body">
        <${Nav} views=${VIEWS} active=${view.id} onNavigate=${(id) => actions.navigate(id)} />
        <main id="main" class="app-main" tabindex="-1" data-view=${view.id}>
          <${StorageBanner} state=${state} actions=${actions} />
          <${SyncBanner} conflict=${state.conflict} current=${state.current} actions=${actions} />
          <${FileBanner} file=${state.file} current=${state.current} actions=${actions} />
          <${BackupNotice} state=${state} actions=${actions} />
          <${Notice} notice=${state.notice} onDismiss=${actions.dismissNotice} />
          <${View} key=${state.current ? state.current.id : ''} state=${state} actions=${actions} />
        </main>
      </div>
      <${DialogHost} dialog=${state.dialog} onAnswer=${actions.answerDialog} />
      <${DropZone} onFiles=${onFiles} actions=${actions} />
    </div>`;
}
