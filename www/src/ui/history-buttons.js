// Undo and redo: two header buttons whose labels say what they will undo or redo, and
// the keyboard shortcuts Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd on a Mac). In a text
// field the browser's own text undo wins; in a modal dialog the shortcuts are off.
import { html } from './html.js';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n.js';

function labelText(label) {
  return label && label.key ? t(label.key, label.params) : t('history.someChange');
}

function isTextEntry(el) {
  if (!el || !el.tagName) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(
    (el.type || '').toLowerCase()
  );
}

/** Which history step a key press asks for: 'undo', 'redo' or null. Exported for tests. */
export function shortcutFor(e) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = (e.key || '').toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

export function HistoryButtons({ history, actions, hasProject }) {
  const latest = useRef({ history, actions, hasProject });
  latest.current = { history, actions, hasProject };

  useEffect(() => {
    const onKey = (e) => {
      const step = shortcutFor(e);
      if (!step || e.defaultPrevented) return;
      const { history: h, actions: a, hasProject: open } = latest.current;
      if (!open || isTextEntry(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      if (step === 'undo' && h.canUndo) a.undo();
      if (step === 'redo' && h.canRedo) a.redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!hasProject) return null;
  const undoTitle = history.canUndo
    ? t('history.undoWhat', { label: labelText(history.undoLabel) })
    : t('history.nothingToUndo');
  const redoTitle = history.canRedo
    ? t('history.redoWhat', { label: labelText(history.redoLabel) })
    : t('history.nothingToRedo');
  return html`
    <div class="history-buttons" role="group" aria-label=${t('history.group')}>
      <button
        type="button"
        class="history-button"
        data-testid="undo"
        aria-disabled=${history.canUndo ? undefined : 'true'}
        aria-keyshortcuts="Control+Z"
        aria-label=${undoTitle}
        title=${`${undoTitle} (Ctrl+Z)`}
        onClick=${() => {
          if (history.canUndo) actions.undo();
        }}
      >
        <span class="history-icon" aria-hidden="true">↶</span>
        <span class="history-text" aria-hidden="true">${t('history.undo')}</span>
      </button>
      <button
        type="button"
        class="history-button"
        data-testid="redo"
        aria-disabled=${history.canRedo ? undefined : 'true'}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        aria-label=${redoTitle}
        title=${`${redoTitle} (Ctrl+Shift+Z)`}
        onClick=${() => {
          if (history.canRedo) actions.redo();
        }}
      >
        <span class="history-icon" aria-hidden="true">↷</span>
        <span class="history-text" aria-hidden="true">${t('history.redo')}</span>
      </button>
    </div>`;
}
