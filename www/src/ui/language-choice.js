// A choice of bokmål, nynorsk or English as a labelled select, for the project's målform (Oversikt) and the
// report's language (Rapport). Each language is named in its own words (lang.nb …), whatever the app speaks.
import { html } from './html.js';
import { t, LANGS } from '../i18n.js';

export function LanguageChoice({ id, testid, label, hint, value, onChange }) {
  return html`<div class="language-choice">
    <label for=${id}>${label}</label>
    <select id=${id} data-testid=${testid} value=${value} aria-describedby=${hint ? `${id}-hint` : undefined}
      onChange=${(e) => onChange(e.currentTarget.value)}>
      ${LANGS.map((code) => html`<option key=${code} value=${code} lang=${code}>${t(`lang.${code}`)}</option>`)}
    </select>
    ${hint ? html`<p class="field-hint" id=${`${id}-hint`}>${hint}</p>` : null}
  </div>`;
}
