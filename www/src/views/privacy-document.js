// The privacy texts on screen, on paper and as text (lib/privacy-texts.js builds them): one page per document,
// the pages to print (rendered outside the app, straight under <body>, so printing shows them alone, one letter
// per page: styles/privacy.css), and the text to paste with a copy button and a read-only field as its fallback.
// Everything the coordinator typed (the municipality, the controller, the contact) is rendered as text.
import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { html } from '../ui/html.js';
import { t } from '../i18n.js';

/** Parts of a message: text, and the marked gaps where a fact is missing. */
function Parts({ parts }) {
  return parts.map((x, i) => {
    if (typeof x === 'string') return x;
    return x.gap ? html`<mark key=${i} class="doc-gap" data-testid="doc-gap">${x.value}</mark>` : x.value;
  });
}

function Block({ block, level }) {
  const H = `h${level + 1}`;
  switch (block.type) {
    case 'meta':
      return html`<p class="doc-meta"><${Parts} parts=${block.parts} /></p>`;
    case 'h':
      return html`<${H} class="doc-h"><${Parts} parts=${block.parts} /><//>`;
    case 'ul':
      return html`<ul class="doc-list">${block.items.map((item, i) => html`<li key=${i}><${Parts} parts=${item} /></li>`)}</ul>`;
    case 'assess':
      return html`<div class="doc-assess">
        <p class="doc-assess-label">${block.label}</p>
        ${block.parts.length ? html`<p class="doc-assess-prompt"><${Parts} parts=${block.parts} /></p>` : null}
      </div>`;
    default:
      return html`<p><${Parts} parts=${block.parts} /></p>`;
  }
}

/** One document as a page. `level`: the title's heading level (the sections' is one below). */
export function DocumentPage({ model, lang, level = 3, testid }) {
  const H = `h${level}`;
  return html`<article class=${`doc-page doc-${model.kind}`} lang=${lang} data-testid=${testid || `doc-${model.kind}`}>
    <header class="doc-head">
      <${H} class="doc-title"><${Parts} parts=${model.title} /><//>
      ${model.subtitle ? html`<p class="doc-subtitle"><${Parts} parts=${model.subtitle} /></p>` : null}
    </header>
    ${model.blocks.map((b, i) => html`<${Block} key=${i} block=${b} level=${level} />`)}
  </article>`;
}

/**
 * The pages that print: rendered into an element of their own under <body> while this is mounted (print.css hides
 * the rest of the page when it is there), so printing from the tab gives the documents alone, one per page.
 */
export function PrintPages({ pages, lang }) {
  const box = useRef(null);
  useLayoutEffect(() => {
    const el = document.createElement('div');
    el.className = 'print-pages';
    el.setAttribute('data-testid', 'print-pages');
    document.body.appendChild(el);
    box.current = el;
    return () => {
      render(null, el);
      el.remove();
    };
  }, []);
  useLayoutEffect(() => {
    if (!box.current) return;
    render(
      html`${pages.map((p) => html`<${DocumentPage} key=${p.key} model=${p.model} lang=${lang} level=${1} testid=${`print-${p.model.kind}`} />`)}`,
      box.current
    );
  });
  return null;
}

/** Copies `text`: the Clipboard API where the page may use it, else the selected field's text. */
async function copy(text, field) {
  try {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch (e) {
    // file:// pages and some policies refuse the Clipboard API; try the selection below.
  }
  try {
    field.focus();
    field.select();
    return document.execCommand('copy');
  } catch (e) {
    return false;
  }
}

/** "Kopier teksten", what happened, and the text in a read-only field that selects itself when focused. */
export function CopyText({ text, id }) {
  const [status, setStatus] = useState(null); // null | 'copied' | 'failed'
  const field = useRef(null);
  useEffect(() => setStatus(null), [text]);
  const onCopy = async () => setStatus((await copy(text, field.current)) ? 'copied' : 'failed');
  return html`<div class="doc-copy">
    <p><button type="button" class="button button-secondary" data-testid="doc-copy" onClick=${onCopy}>${t('privacyTab.copy')}</button></p>
    <p class=${status === 'failed' ? 'field-warning' : 'doc-copy-status'} role="status" data-testid="doc-copy-status">
      ${status ? t(status === 'copied' ? 'privacyTab.copied' : 'privacyTab.copyFailed') : ''}</p>
    <label for=${id}>${t('privacyTab.textLabel')}</label>
    <textarea id=${id} ref=${field} class="doc-text" rows="8" readOnly data-testid="doc-text" value=${text}
      onFocus=${(e) => e.currentTarget.select()}></textarea>
  </div>`;
}
