// Entry point (bundled into one classic script by tools/bundle.mjs). Wires the real
// browser pieces (the inlined WASM core, IndexedDB, localStorage, downloads, the URL
// hash) into the app and renders it.
import { render } from 'preact';
import { html } from './ui/html.js';
import { App } from './ui/app.js';
import { createPageCore } from './core.js';
import { createIdbStorage, requestPersistence } from './storage.js';
import { createSnapshotStore } from './snapshot-store.js';
import { createPrefs } from './lib/prefs.js';
import { createStore } from './state/store.js';
import { createDialogs } from './state/dialogs.js';
import { createApp, initialState } from './state/app.js';
import { pickInitialLang } from './i18n.js';
import { newId } from './lib/ids.js';
import { downloadText } from './lib/download.js';
import { viewFromHash, hashForView } from './lib/route.js';
import { VIEW_IDS } from './views/registry.js';
import { createTabSync } from './lib/tab-sync.js';
import { hasUnsaved } from './ui/unsaved.js';
import { createFileAccess } from './lib/file-access.js';
import { createFileHandleStore } from './lib/file-handles.js';
import { rememberVersion, forgetProject } from './version-store.js';

function start() {
  const prefs = createPrefs();
  const store = createStore(initialState(pickInitialLang(prefs.get('lang'))));
  const dialogs = createDialogs(store);
  const core = createPageCore();
  const tabSync = createTabSync(window);
  const app = createApp(
    {
      core,
      storage: createIdbStorage(),
      prefs,
      dialogs,
      download: downloadText,
      newId: () => newId(),
      requestPersistence: () => requestPersistence(),
      views: VIEW_IDS,
      tabSync,
      files: createFileAccess(window, createFileHandleStore()),
      versions: { rememberVersion, forgetProject },
      snapshots: createSnapshotStore()
    },
    store
  );
  // Other tabs learn that this one is gone; leaving with changes another tab's save kept
  // from being stored asks first (the user can still export them).
  window.addEventListener('pagehide', () => {
    tabSync.post({ type: 'closed' });
    app.actions.flushFile();
  });
  // A change waiting for its pause is written to the project's file at once when the page is hidden.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') app.actions.flushFile();
  });
  // The same when storage failed and some project lives only in this tab (state.projects[].stored false), when
  // a form in a dialog has changes not saved yet, and while typed text is on its way into the project (it is
  // kept as a draft too, but only in this browser).
  window.addEventListener('beforeunload', (event) => {
    const { conflict, current, projects, typing } = store.get();
    const unstored = (projects || []).some((p) => p.stored === false);
    const typed = Object.keys(typing || {}).length > 0;
    if (unstored || typed || hasUnsaved() || (conflict && conflict.pending && current && conflict.id === current.id)) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // Keep the URL hash and the active view in step.
  const fromHash = viewFromHash(window.location.hash, VIEW_IDS);
  if (fromHash) app.actions.navigate(fromHash);
  window.addEventListener('hashchange', () => {
    const view = viewFromHash(window.location.hash, VIEW_IDS);
    if (view) app.actions.navigate(view);
  });
  store.subscribe((state) => {
    const wanted = hashForView(state.view);
    if (window.location.hash === wanted || state.phase !== 'ready') return;
    // The first sync (no route in the URL yet) replaces; later view changes add history.
    if (viewFromHash(window.location.hash, VIEW_IDS)) window.history.pushState(null, '', wanted);
    else window.history.replaceState(null, '', wanted);
  });

  render(html`<${App} store=${store} actions=${app.actions} />`, document.getElementById('app'));
  app.actions.init().then(() => {
    document.body.dataset.appReady = 'true';
  });
}

start();
