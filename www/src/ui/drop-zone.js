// Drag-and-drop import onto the whole window. While a file is dragged over the page an
// overlay says where it will go; dropping starts the same import as the file input.
// Survey answers are routed apart: if any dropped file is a bosam-answer file, the whole
// batch goes to the answer import (all or nothing, Kontakter shows the report; a project
// file among them is refused there by name); otherwise the first file is a project import.
import { html } from './html.js';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { looksLikeAnswer } from '../lib/survey-form.js';

/** The start of a file (enough to see its "format"), or '' if it cannot be read. */
async function head(file) {
  try {
    const part = typeof file.slice === 'function' ? file.slice(0, 65536) : file;
    return await part.text();
  } catch (e) {
    return '';
  }
}

/** Whether any of the files is a survey answer. O(files), reading at most 64 KiB of each. */
export async function hasAnswerFile(files) {
  for (const file of files) if (looksLikeAnswer(await head(file))) return true;
  return false;
}

/** Send dropped files where they belong: answers to the answer import, the rest to project import. */
export async function routeDroppedFiles(files, { onFiles, actions }) {
  const list = Array.from(files);
  if (actions && actions.importAnswerFiles && (await hasAnswerFile(list))) {
    actions.navigate('relations');
    return actions.importAnswerFiles(list);
  }
  return onFiles(files);
}

function hasFiles(event) {
  const types = event.dataTransfer && event.dataTransfer.types;
  return Boolean(types && Array.prototype.indexOf.call(types, 'Files') !== -1);
}

export function DropZone({ onFiles, actions = null }) {
  const [active, setActive] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setActive(true);
    };
    const over = (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const drop = (e) => {
      const files = e.dataTransfer && e.dataTransfer.files;
      if (!hasFiles(e) && !(files && files.length)) return;
      // Stop the browser from navigating to the dropped file.
      e.preventDefault();
      depth = 0;
      setActive(false);
      if (files && files.length > 0) routeDroppedFiles(files, { onFiles, actions });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles, actions]);

  return active ? html`<div class="drop-overlay" aria-hidden="true"><p>${t('data.dropHint')}</p></div>` : null;
}
