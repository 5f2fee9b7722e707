// Pieces the import sections share (Data › Importer nettverk, Organisasjon › Importer ansattliste): a file button
// (a real file input, visually hidden inside its label, so it works by keyboard and screen reader), a preview table
// of a file's first rows, and the options of a column select. Everything from a file is rendered as text.
import { html } from './html.js';
import { t } from '../i18n.js';

/** A button-styled label around a hidden file input; onFile(file) for the chosen file, then the input is cleared
 *  (so choosing the same file again reads it again). labelledBy: ids that name the input. */
export function FileButton({ id, testid, accept, labelledBy, chooseLabel, onFile }) {
  const onChange = async (event) => {
    const input = event.currentTarget;
    const chosen = input.files && input.files[0];
    if (chosen) await onFile(chosen);
    input.value = '';
  };
  return html`
    <label class="button button-secondary file-button">
      <input class="visually-hidden" type="file" accept=${accept} data-testid=${testid}
        aria-labelledby=${`${labelledBy} ${id}-choose`} onChange=${onChange} />
      <span id=${`${id}-choose`}>${chooseLabel}</span>
    </label>`;
}

/** The caption of a file's preview: "de første 8 av 12 rader", or "alle 3 rader", "1 rad", "ingen rader" when the
 *  preview shows every row (regression: "de første 1 av 1 rader"). */
export function previewCaption(file, shown, count) {
  return shown < count ? t('preview.first', { file, shown, count }) : t('preview.all', { file, count });
}

/** A scrollable table of a file's first rows; rowNumbers (optional) adds a first column with them. */
export function TablePreview({ id, testid, caption, facts, header, rows, rowNumbers, rowHeader }) {
  return html`
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby=${id} data-testid=${testid}>
      <table class="data-table">
        <caption id=${id} class="table-caption">${caption}${facts ? html`${' '}<span class="muted">${facts}</span>` : null}</caption>
        <thead><tr>
          ${rowNumbers ? html`<th scope="col" class="num">${rowHeader}</th>` : null}
          ${header.map((h, i) => html`<th key=${i} scope="col">${h}</th>`)}
        </tr></thead>
        <tbody>
          ${rows.map(
            (row, r) => html`<tr key=${r}>
            ${rowNumbers ? html`<th scope="row" class="num">${rowNumbers[r]}</th>` : null}
            ${row.map((cell, c) => html`<td key=${c}>${cell}</td>`)}
          </tr>`
          )}
        </tbody>
      </table>
    </div>`;
}

/** Options for a column select: "none" first, then the header's columns. */
export function columnOptions(header, noneLabel) {
  return [{ value: '', label: noneLabel }, ...(header || []).map((h) => ({ value: h, label: h }))];
}
