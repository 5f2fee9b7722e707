// Lists problems from the core (or from this app) in plain words: where (named from the document when it is
// known: "Personen «Kari», årsverk") and what. The JSONPath, the code and the line/column are technical details,
// folded away under one disclosure for whoever needs them (a coordinator never reads "$.projectId" or
// "kode import-missing-mapping"). Every value is rendered as text: messages may quote the user's file.
import { html } from './html.js';
import { t, hasKey } from '../i18n.js';
import { placeInWords } from '../lib/place-words.js';
import { richText } from './rich-text.js';

// "Personen «Kari», årsverk: Må være et tall." is one message (errors.placed); its two parts keep their styles.
const PLACED = {
  place: (text) => html`<span class="error-place" data-testid="error-place">${text}</span>`,
  message: (text) => html`<span class="error-message">${text}</span>`
};

function location(err) {
  if (Number.isInteger(err.line) && Number.isInteger(err.column))
    return t('errors.line', { line: err.line, column: err.column });
  if (Number.isInteger(err.line)) return t('errors.lineOnly', { line: err.line });
  return '';
}

/** An error of the app's own (the core did not answer): its words; what the engine said goes to the technical
 *  details, where a coordinator need not read it. */
const localKey = (err) => (hasKey(`coreError.${err.code}`) ? `coreError.${err.code}` : null);

export function errorText(err) {
  const local = localKey(err);
  if (local) return t(local, err.params || {});
  return err.message || t('errors.unknown');
}

/** The file an error is about, when its path starts with one ("svar-kari.json: $.ties[0].to"). */
const fileOf = (err) => {
  const m = typeof err.path === 'string' ? /^(.*?): \$/.exec(err.path) : null;
  return m ? m[1] : '';
};

/** The place in words, unless the message already names it (import messages begin with "file, line 4, …"). */
export function placeText(err, doc) {
  const text = errorText(err);
  const file = fileOf(err);
  if (file && text.startsWith(file)) return '';
  const place = placeInWords(err.path, doc, t);
  return file && place ? t('place.inFile', { file, place }) : file || place;
}

export function ErrorItems({ errors, testid = 'error-item', doc = null }) {
  const technical = errors.filter((e) => e.path || e.code);
  return html`
    <ol class="error-list">
      ${errors.map((err, i) => {
        const place = placeText(err, doc);
        return html`
          <li key=${i} data-testid=${testid}>
            ${place ? richText('errors.placed', { place, message: errorText(err) }, PLACED) : html`<span class="error-message">${errorText(err)}</span>`}
          </li>`;
      })}
    </ol>
    ${
      technical.length
        ? html`
      <details class="error-tech" data-testid="error-tech">
        <summary>${t('errors.technical')}</summary>
        <ul class="plain-list">
          ${technical.map((err, i) => {
            const where = location(err);
            return html`<li key=${i}>
              <code class="error-path" data-testid="error-path">${err.path || '$'}</code>
              ${err.code ? html` · <span>${t('errors.code', { code: err.code })}</span>` : null}
              ${where ? html` · <span>${where}</span>` : null}
              ${localKey(err) && err.message ? html` · <span data-testid="error-detail">${err.message}</span>` : null}
            </li>`;
          })}
        </ul>
      </details>`
        : null
    }`;
}
