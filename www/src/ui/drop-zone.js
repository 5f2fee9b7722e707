// Drag-and-drop import onto the whole window. While a file is dragged over the page an
// overlay says where it will go; dropping starts the same import as the file input.
import { html } from './html.js';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.js';

function hasFiles(event) {
  const types = event.dataTransfer && event.dataTransfer.types;
  return Boolean(types && Array.prototype.indexOf.call(types, 'Files') !== -1);
}

export function DropZone({ onFiles }) {
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
      if (files && files.length > 0) onFiles(files);
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
  }, [onFiles]);

  return active ? html`<div class="drop-overlay" aria-hidden="true"><p>${t('data.dropHint')}</p></div>` : null;
}
