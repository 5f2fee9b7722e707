// Kontakter › Tilbakemelding: a sheet for each person who answered in the chosen round (the view's round picker),
// computed by the core (actions.feedbackSheets -> api::feedback) and rendered by views/feedback-sheet.js in the
// project's målform (or the language chosen here). The coordinator looks at one sheet, prints all (one per A4
// page) or one, or downloads one person's sheet as a small HTML file, or all of them in a zip.
// Printing: while this tab is open, the sheets to print are rendered into a root of their own at the end of
// <body> (hidden on screen), and html.print-feedback makes a printout show only them (styles/feedback.css); the
// browser's own Ctrl+P prints every sheet too.
import { h, render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { html } from '../ui/html.js';
import { t, formatNumber, withLang } from '../i18n.js';
import { namedLabel } from '../ui/named-label.js';
import { OpReport } from '../ui/op-report.js';
import { LanguageChoice } from '../ui/language-choice.js';
import { projectLanguage } from '../lib/project.js';
import { sortRows } from '../lib/org.js';
import { FEEDBACK_CSS } from '../lib/feedback-style.js';
import { InLanguage } from './report-language.js';
import { FeedbackSheet, waveName } from './feedback-sheet.js';
import { feedbackFileHtml, feedbackFilename, feedbackZip } from './feedback-file.js';

/** The sheets to print, in a root of their own after the app (see above). */
function PrintRoot({ lang, children }) {
  const box = useRef(null);
  useLayoutEffect(() => {
    if (!box.current) {
      box.current = document.createElement('div');
      box.current.className = 'feedback-print-root';
      box.current.setAttribute('data-testid', 'feedback-print');
      document.body.appendChild(box.current);
      document.documentElement.classList.add('print-feedback');
    }
    box.current.lang = lang;
    withLang(lang, () => render(children, box.current));
  });
  useEffect(
    () => () => {
      render(null, box.current);
      box.current.remove();
      document.documentElement.classList.remove('print-feedback');
    },
    []
  );
  return null;
}

/** The core's sheets for the round in `lang`, again whenever the project changes. */
function useFeedback(doc, waveId, lang, actions) {
  const [state, setState] = useState({ status: 'loading', env: null });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, status: 'loading' }));
    actions.feedbackSheets(waveId, lang).then((env) => {
      if (live) setState({ status: env && env.ok ? 'ready' : 'error', env });
    });
    return () => {
      live = false;
    };
  }, [doc, waveId, lang]);
  return state;
}

function Respondents({ sheets, wave, shownId, onShow, onPrint, onDownload }) {
  return html`<div class="table-wrap feedback-list-wrap" role="region" tabindex="0" aria-labelledby="feedback-list-caption">
    <table class="data-table" data-testid="feedback-list">
      <caption id="feedback-list-caption" class="visually-hidden">${t('feedback.listCaption', { wave: waveName(wave) })}</caption>
      <thead><tr>
        <th scope="col">${t('feedback.colPerson')}</th><th scope="col">${t('feedback.colUnit')}</th>
        <th scope="col" class="num">${t('feedback.colContacts')}</th>
        <th scope="col" class="col-actions"><span class="visually-hidden">${t('edit.actions')}</span></th>
      </tr></thead>
      <tbody>${sheets.map(
        (s) => html`<tr key=${s.actorId} data-testid="feedback-row" data-id=${s.actorId}
          class=${s.actorId === shownId ? 'is-shown' : undefined} aria-current=${s.actorId === shownId ? 'true' : undefined}>
          <th scope="row">${s.name}</th><td>${s.unitName}</td><td class="num">${formatNumber(s.contacts.length)}</td>
          <td class="row-actions">
            <button type="button" class="row-button" data-testid="feedback-show" onClick=${() => onShow(s.actorId)}>
              ${namedLabel(t('feedback.show'), t('feedback.showNamed', { name: s.name }))}</button>
            <button type="button" class="row-button" data-testid="feedback-print-one" onClick=${() => onPrint(s.actorId)}>
              ${namedLabel(t('feedback.print'), t('feedback.printNamed', { name: s.name }))}</button>
            <button type="button" class="row-button" data-testid="feedback-download-one" onClick=${() => onDownload(s)}>
              ${namedLabel(t('feedback.download'), t('feedback.downloadNamed', { name: s.name }))}</button>
          </td>
        </tr>`
      )}</tbody>
    </table>
  </div>`;
}

export function FeedbackPanel({ doc, wave, actions, lang }) {
  const own = projectLanguage(doc);
  const [chosen, setChosen] = useState(null);
  const sheetLang = chosen || own || lang;
  const [shown, setShown] = useState(null);
  // A print asked for: every sheet (only null) or one person's; `at` makes each click a new request.
  const [printing, setPrinting] = useState({ only: null, at: 0 });
  const preview = useRef(null);
  const { status, env } = useFeedback(doc, wave.id, sheetLang, actions);
  const result = env && env.ok ? env.result : null;

  // Print once the print root holds what was asked for; after a single sheet, go back to all of them.
  useEffect(() => {
    if (!printing.at) return undefined;
    const back = () => setPrinting((p) => ({ ...p, only: null }));
    window.addEventListener('afterprint', back, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', back);
  }, [printing.at]);
  const print = (only) => setPrinting({ only, at: Date.now() });

  const hint = own ? t('feedback.languageHint', { language: t(`lang.word.${own}`) }) : t('feedback.languageHintNone');
  const head = html`
    <h2 id="feedback-title" class="h3">${t('feedback.title')}</h2>
    <p>${t('feedback.intro')}</p>
    <p class="muted" data-testid="feedback-round">${t('feedback.roundNote', { wave: waveName(wave) })}</p>
    <div class="report-language" data-testid="feedback-language">
      <${LanguageChoice} id="feedback-lang" testid="feedback-lang" label=${t('feedback.languageLabel')} hint=${hint}
        value=${sheetLang} onChange=${(v) => setChosen(v === own ? null : v)} />
    </div>`;
  let body;
  if (status === 'error') {
    body = html`<${OpReport} status="failed" testid="feedback-failed" title=${t('feedback.failed')} errors=${(env && env.errors) || []} doc=${doc} />`;
  } else if (!result) {
    body = html`<${OpReport} status="working" testid="feedback-loading" title=${t('feedback.loading')} />`;
  } else if (!result.sheets.length) {
    body = html`<p class="empty" data-testid="feedback-nobody">${t('feedback.nobody')}</p>`;
  } else {
    const sheets = sortRows(result.sheets, (s) => s.name, 'asc', lang);
    const current = sheets.find((s) => s.actorId === shown) || sheets[0];
    const printed = printing.only ? sheets.filter((s) => s.actorId === printing.only) : sheets;
    const count = sheets.length;
    const downloadOne = (s) =>
      actions.saveFeedbackFile(feedbackFilename(s.name), feedbackFileHtml(result, s, sheetLang), 'text/html', 1);
    const downloadAll = () => {
      if (count === 1) return downloadOne(sheets[0]);
      const zip = feedbackZip({ ...result, sheets }, sheetLang);
      return actions.saveFeedbackFile(zip.filename, zip.bytes, 'application/zip', count);
    };
    const show = (id) => {
      setShown(id);
      requestAnimationFrame(() => preview.current && preview.current.focus());
    };
    body = html`
      <div class="feedback-buttons">
        <button type="button" class="button button-primary" data-testid="feedback-print-all"
          onClick=${() => print(null)}>${t('feedback.printAll', { count })}</button>
        <button type="button" class="button button-secondary" data-testid="feedback-download-all" onClick=${downloadAll}>
          ${t('feedback.downloadAll', { count })}</button>
      </div>
      <p class="muted">${t('feedback.filesNote')}</p>
      <${Respondents} sheets=${sheets} wave=${wave} shownId=${current.actorId} onShow=${show} onPrint=${print} onDownload=${downloadOne} />
      <section class="feedback-preview" aria-label=${t('feedback.previewTitle', { name: current.name })} tabindex="-1"
        ref=${preview} data-testid="feedback-preview" data-id=${current.actorId}>
        <${InLanguage} lang=${sheetLang} testid="feedback-preview-body">
          <${FeedbackSheet} feedback=${result} sheet=${current} level=${3} /><//>
      </section>
      <${PrintRoot} lang=${sheetLang}>${printed.map(
        (s) => html`<${FeedbackSheet} key=${s.actorId} feedback=${result} sheet=${s} level=${1} />`
      )}<//>`;
  }
  return html`<section class="section-tight feedback-panel" aria-labelledby="feedback-title" data-testid="feedback-panel">
    ${h('style', null, FEEDBACK_CSS)}${head}${body}</section>`;
}
