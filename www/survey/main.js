// The survey form's page (bundled by tools/bundle.mjs into one HTML file with no network
// access). Reads the payload the app put in #bosam-survey-data, keeps a draft in
// localStorage, validates, and saves a bosam-answer file through a download.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../src/ui/html.js';
import { downloadText } from '../src/lib/download.js';
import { translate, FORM_LANGS } from './texts.js';
import {
  readPayload,
  emptyAnswer,
  draftKey,
  cleanDraft,
  hasContent,
  toggleContact,
  updateContact,
  setTask,
  validateAnswer,
  buildAnswer,
  answerFilename
} from './model.js';
import { PeoplePicker, ChosenList } from './people.js';
import { TaskList } from './tasks.js';

const drafts = {
  load(key) {
    try {
      const raw = window.localStorage.getItem(key);
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null;
    }
  },
  save(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
      return true;
    } catch (e) {
      return false;
    }
  },
  remove(key) {
    try {
      window.localStorage.removeItem(key);
    } catch (e) {
      // nothing stored, nothing to remove
    }
  }
};

function Privacy({ t }) {
  return html`
    <section class="card privacy" aria-labelledby="privacy-title" data-testid="privacy">
      <h2 id="privacy-title" class="h2">${t('privacy.title')}</h2>
      <ul>
        <li>${t('privacy.voluntary')}</li>
        <li>${t('privacy.what')}</li>
        <li>${t('privacy.who')}</li>
        <li>${t('privacy.stored')}</li>
        <li>${t('privacy.file')}</li>
      </ul>
    </section>`;
}

/** The respondent's choice of bokmål, nynorsk or English: one button each, named in its own language. */
function LangSwitch({ lang, onLang, t }) {
  return html`
    <div class="lang-switch" role="group" aria-label=${t('lang.label')} data-testid="form-lang">
      ${FORM_LANGS.map(
        (code) => html`<button type="button" key=${code} lang=${code} class="button button-quiet lang"
          aria-pressed=${code === lang ? 'true' : 'false'} data-testid=${`lang-${code}`}
          onClick=${() => onLang(code)}>${t(`lang.${code}`)}</button>`
      )}
    </div>`;
}

function Form({ payload }) {
  const [lang, setLang] = useState(FORM_LANGS.includes(payload.lang) ? payload.lang : 'nb'); // the målform
  const t = (key, params) => translate(lang, key, params);
  const shared = !payload.respondent;
  const [respondentId, setRespondentId] = useState(shared ? '' : payload.respondent.id);
  const [answer, setAnswer] = useState(emptyAnswer);
  const [query, setQuery] = useState('');
  const [errors, setErrors] = useState([]);
  const [status, setStatus] = useState(null); // { key, params, tone }
  const [draftOk, setDraftOk] = useState(true);
  const errorBox = useRef(null);
  const names = new Map(payload.people.map((p) => [p.id, p.name]));
  const nameOf = (id) => names.get(id) || id;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = shared ? t('title') : t('titleFor', { name: payload.respondent.name });
  }, [lang]);

  // Restore the draft when the respondent is known (at once, or after the name is picked).
  useEffect(() => {
    if (!respondentId) return;
    const stored = drafts.load(draftKey(payload, respondentId));
    const restored = cleanDraft(stored, payload, respondentId);
    if (hasContent(restored)) {
      setAnswer(restored);
      setStatus({ key: 'draft.restored', tone: 'info' });
    } else {
      setAnswer((a) => cleanDraft(a, payload, respondentId));
    }
  }, [respondentId]);

  const change = (next) => {
    setAnswer(next);
    if (errors.length) setErrors(validateAnswer(next, respondentId, nameOf));
    if (respondentId) setDraftOk(drafts.save(draftKey(payload, respondentId), next));
  };

  const clearDraft = () => {
    if (respondentId) drafts.remove(draftKey(payload, respondentId));
    setAnswer(emptyAnswer());
    setErrors([]);
    setStatus({ key: 'draft.cleared', tone: 'info' });
  };

  const save = () => {
    const found = validateAnswer(answer, respondentId, nameOf);
    setErrors(found);
    if (found.length) {
      setStatus(null);
      setTimeout(() => errorBox.current && errorBox.current.focus(), 0);
      return;
    }
    const doc = buildAnswer(payload, respondentId, answer);
    const file = answerFilename(payload.wave.id, nameOf(respondentId));
    downloadText(file, `${JSON.stringify(doc, null, 2)}\n`, 'application/json');
    setStatus({ key: 'save.done', params: { file }, tone: 'ok' });
  };

  const focusField = (id) => {
    const el = document.getElementById(
      id.replace(/^(freq|types)-(.*)$/, (m, p, rest) => `${p}-${rest.replace(/[^A-Za-z0-9_-]/g, '_')}`)
    );
    if (el) el.focus();
  };

  return html`
    <header class="top">
      <div class="top-inner">
        <p class="brand">${payload.municipality || 'Bosam'}</p>
        <${LangSwitch} lang=${lang} onLang=${setLang} t=${t} />
      </div>
    </header>
    <main class="page" id="main">
      <h1>${shared ? t('title') : t('titleFor', { name: payload.respondent.name })}</h1>
      <p class="lead">${t('intro', { municipality: payload.municipality || t('intro.municipality') })}</p>
      <p class="muted">${t('wave', { wave: payload.wave.label })}</p>
      <${Privacy} t=${t} />
      ${
        shared
          ? html`
        <section class="card" aria-labelledby="who-title">
          <h2 id="who-title" class="h2">${t('who.title')}</h2>
          <label for="who" class="label">${t('who.label')}</label>
          <select id="who" class="input select" data-testid="who" onChange=${(e) => setRespondentId(e.currentTarget.value)}>
            <option value="" selected=${!respondentId}>${t('who.choose')}</option>
            ${payload.respondents.map((p) => html`<option key=${p.id} value=${p.id} selected=${p.id === respondentId}>${p.name}</option>`)}
          </select>
        </section>`
          : null
      }
      <section class="card" aria-labelledby="people-title">
        <h2 id="people-title" class="h2">${t('people.title')}</h2>
        <p>${t('people.help')}</p>
        <div class="two-col">
          <${PeoplePicker} payload=${payload} answer=${answer} respondentId=${respondentId} query=${query} onQuery=${setQuery}
            onToggle=${(id, on) => change(toggleContact(answer, id, on))} t=${t} lang=${lang} />
          <${ChosenList} payload=${payload} answer=${answer} errors=${errors} t=${t}
            onToggle=${(id, on) => change(toggleContact(answer, id, on))}
            onChange=${(id, c) => change(updateContact(answer, id, c))} />
        </div>
      </section>
      <section class="card" aria-labelledby="tasks-title">
        <h2 id="tasks-title" class="h2">${t('tasks.title')}</h2>
        <p>${t('tasks.help')}</p>
        <${TaskList} payload=${payload} answer=${answer} t=${t} onTask=${(fid, task) => change(setTask(answer, fid, task))} />
      </section>
      <section class="card" aria-labelledby="save-title">
        <h2 id="save-title" class="h2">${t('save.title')}</h2>
        <p>${t('save.help')}</p>
        ${
          errors.length
            ? html`
          <div class="message message-error" role="alert" tabindex="-1" ref=${errorBox} data-testid="form-errors">
            <p><strong>${t('save.errorsTitle', { count: errors.length })}</strong></p>
            <ul>${errors.map(
              (e) => html`<li key=${e.field + e.key}>
              <a href=${`#${e.field}`} onClick=${(ev) => {
                ev.preventDefault();
                focusField(e.field);
              }}>${t(e.key, e.params)}</a></li>`
            )}</ul>
          </div>`
            : null
        }
        ${!errors.length && respondentId && !hasContent(answer) ? html`<p class="muted">${t('save.empty')}</p>` : null}
        <div class="actions">
          <button type="button" class="button button-primary" data-testid="save-answer" onClick=${save}>${t('save.button')}</button>
        </div>
        <div aria-live="polite" data-testid="form-status">
          ${status ? html`<p class=${`message message-${status.tone}`}>${t(status.key, status.params)}</p>` : null}
        </div>
        <div class="draft-line">
          <p class="muted small">${draftOk ? t('draft.saved') : t('draft.unavailable')}</p>
          <button type="button" class="button-link small" data-testid="clear-draft" onClick=${clearDraft}>${t('draft.clear')}</button>
        </div>
      </section>
      <footer class="foot muted small">${t('footer')}</footer>
    </main>`;
}

function Broken() {
  const t = (key) => translate('nb', key);
  return html`<main class="page" id="main"><h1>${t('bad.title')}</h1><p>${t('bad.body')}</p></main>`;
}

function start() {
  const el = document.getElementById('bosam-survey-data');
  const payload = el ? readPayload(el.textContent) : null;
  const root = document.getElementById('survey');
  render(payload ? html`<${Form} payload=${payload} />` : html`<${Broken} />`, root);
  document.body.dataset.surveyReady = payload ? 'true' : 'broken';
}

start();
