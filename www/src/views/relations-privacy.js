// Kontakter › Personvern: what a municipality needs before it sends the survey. The facts of the privacy texts
// (settings.privacy: the controller, the contact, the day the answers are kept until; saved while typing), the
// information letter to the people asked and the starting point for the DPIA (lib/privacy-texts.js) in the
// project's målform or another language, to print (one letter per page, or one per person with their name) or to
// copy as text, and deleting the answers once the day has passed (views/privacy-retention.js).
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t, withLang } from '../i18n.js';
import { useAutosave } from '../ui/autosave.js';
import { projectLanguage } from '../lib/project.js';
import { sortRows } from '../lib/org.js';
import { LanguageChoice } from '../ui/language-choice.js';
import { listText } from '../ui/list-text.js';
import { privacySettings, privacyFacts, letterModel, dpiaModel, plainText } from '../lib/privacy-texts.js';
import { localDate } from '../state/retention-actions.js';
import { DocumentPage, PrintPages, CopyText } from './privacy-document.js';
import { RetentionSection } from './privacy-retention.js';

function FactField({ actions, field, saved, type = 'text', label, hint }) {
  const input = useAutosave(actions, saved, { kind: 'privacy', field, label });
  const id = `privacy-${field}`;
  return html`<div class=${`field${type === 'date' ? ' field-narrow' : ''}`}>
    <label for=${id}>${label}</label>
    <p class="field-hint" id=${`${id}-hint`}>${hint}</p>
    <input id=${id} type=${type} autocomplete="off" maxLength="500" data-testid=${id} aria-describedby=${`${id}-hint`}
      value=${input.value} onInput=${input.onInput} onBlur=${input.onBlur} />
  </div>`;
}

function Facts({ doc, actions }) {
  const saved = privacySettings(doc);
  return html`<section class="section-tight" aria-labelledby="privacy-facts-title" data-testid="privacy-facts">
    <h2 id="privacy-facts-title" class="h3">${t('privacyTab.factsTitle')}</h2>
    <${FactField} actions=${actions} field="controller" saved=${saved.controller} label=${t('privacyTab.controller')}
      hint=${t('privacyTab.controllerHint')} />
    <${FactField} actions=${actions} field="contact" saved=${saved.contact} label=${t('privacyTab.contact')}
      hint=${t('privacyTab.contactHint')} />
    <${FactField} actions=${actions} field="answersKeptUntil" type="date" saved=${saved.answersKeptUntil}
      label=${t('privacyTab.keptUntil')} hint=${t('privacyTab.keptUntilHint')} />
  </section>`;
}

/** What the document still lacks, in the app's language, or that it is complete. */
function Gaps({ gaps }) {
  if (!gaps.length)
    return html`<p class="doc-complete" data-testid="doc-gaps" data-gaps="0">${t('privacyTab.complete')}</p>`;
  const list = listText(gaps.map((f) => t(`privacyTab.gapField.${f}`)));
  return html`<p class="doc-missing" role="note" data-testid="doc-gaps" data-gaps=${gaps.length}>
    ${t('privacyTab.gaps', { count: gaps.length, list })}</p>`;
}

function Documents({ doc, wave, result, lang: appLang }) {
  const [kind, setKind] = useState('letter');
  const [chosenLang, setLang] = useState(null);
  const [perPerson, setPerPerson] = useState(false);
  const own = projectLanguage(doc);
  const lang = chosenLang || own || appLang;
  const facts = privacyFacts(doc, result, { wave, today: localDate(new Date()) });
  const people = sortRows(doc.actors || [], (a) => a.name, 'asc', lang).map((a) => a.name || a.id);
  const model = withLang(lang, () => (kind === 'dpia' ? dpiaModel(facts) : letterModel(facts)));
  const text = withLang(lang, () => plainText(model));
  const printed =
    kind === 'letter' && perPerson
      ? people.map((name, i) => ({
          key: `p${i}`,
          model: withLang(lang, () => letterModel(facts, { recipient: name }))
        }))
      : [{ key: 'one', model }];
  const hint = own
    ? t('privacyTab.languageHint', { language: t(`lang.word.${own}`) })
    : t('privacyTab.languageHintNone');
  return html`<section class="section-tight privacy-docs" aria-labelledby="privacy-docs-title" data-testid="privacy-docs">
    <h2 id="privacy-docs-title" class="h3">${t('privacyTab.docsTitle')}</h2>
    <div class="doc-controls">
      <fieldset class="choice-group">
        <legend>${t('privacyTab.docChoice')}</legend>
        ${['letter', 'dpia'].map(
          (
            k
          ) => html`<label key=${k} class="choice"><input type="radio" name="privacy-doc" value=${k} checked=${kind === k}
            data-testid=${`doc-kind-${k}`} onChange=${() => setKind(k)} /> ${t(k === 'letter' ? 'privacyTab.docLetter' : 'privacyTab.docDpia')}</label>`
        )}
      </fieldset>
      <${LanguageChoice} id="privacy-doc-lang" testid="doc-lang" label=${t('privacyTab.languageLabel')} hint=${hint}
        value=${lang} onChange=${(v) => setLang(v === own ? null : v)} />
    </div>
    <${Gaps} gaps=${model.gaps} />
    ${result ? null : html`<p class="muted" data-testid="doc-waiting">${t('privacyTab.waiting')}</p>`}
    <div class="doc-actions">
      <button type="button" class="button button-primary" data-testid="doc-print" onClick=${() => window.print()}>${t('privacyTab.print')}</button>
      ${
        kind === 'letter'
          ? html`<div class="control control-check">
              <input type="checkbox" id="doc-per-person" data-testid="doc-per-person" checked=${perPerson}
                onChange=${(e) => setPerPerson(e.currentTarget.checked)} />
              <label for="doc-per-person">${t('privacyTab.perPerson', { count: people.length })}</label>
            </div>`
          : null
      }
    </div>
    <${CopyText} text=${text} id="doc-text" />
    <div class="doc-preview" role="region" aria-label=${t('privacyTab.previewLabel')} tabindex="0">
      <${DocumentPage} model=${model} lang=${lang} level=${3} />
    </div>
    <${PrintPages} pages=${printed} lang=${lang} />
  </section>`;
}

export function PrivacyPanel({ doc, wave, actions, lang, result }) {
  return html`<div class="privacy-panel" data-testid="privacy-panel">
    <p class="section-intro">${t('privacyTab.lead')}</p>
    <${Facts} doc=${doc} actions=${actions} />
    <${RetentionSection} doc=${doc} actions=${actions} />
    <${Documents} doc=${doc} wave=${wave} result=${result} lang=${lang} />
  </div>`;
}
