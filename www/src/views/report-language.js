// Rapport in the project's målform. The report is for the steering group and follows the municipality's written
// standard (settings.language), whatever language the reader uses in the app; the reader may choose another
// for this reading. When the two differ, the analysis runs once more with the core's texts in the report's
// language (analysis-actions, channel "report"), and the report is rendered into its own element with that
// language current (i18n withLang), so the app around it keeps the reader's language.
import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { html } from '../ui/html.js';
import { t, withLang } from '../i18n.js';
import { projectLanguage } from '../lib/project.js';
import { LanguageChoice } from '../ui/language-choice.js';
import { ReportBody } from './report.js';
import { NeedProject } from './findings-parts.js';

/** The state the report body reads: the app's own, or the report run's result in its place. */
function stateInLanguage(state, lang) {
  if (lang === state.lang) return state;
  const r = state.analysis.report || {};
  const ready =
    r.lang === lang &&
    r.status === 'ready' &&
    r.resultFor &&
    state.current &&
    r.resultFor.projectId === state.current.id;
  return {
    ...state,
    lang,
    analysis: {
      ...state.analysis,
      result: ready ? r.result : null,
      resultFor: ready ? { ...state.analysis.resultFor, projectId: r.resultFor.projectId } : null,
      running: !ready && r.status === 'waiting',
      status: ready ? 'ready' : r.status === 'error' ? 'error' : 'waiting',
      errors: r.errors || []
    }
  };
}

/** Children rendered in their own root with `lang` current: every t() and number they render speaks it (the
 *  report, and the feedback sheets in views/relations-feedback.js). */
export function InLanguage({ lang, children, testid = 'report-body' }) {
  const box = useRef(null);
  useLayoutEffect(() => {
    withLang(lang, () => render(children, box.current));
  });
  useEffect(() => () => render(null, box.current), []);
  return html`<div ref=${box} lang=${lang} data-testid=${testid} data-lang=${lang}></div>`;
}

export function ReportView({ state, actions }) {
  const cur = state.current;
  const [chosen, setChosen] = useState(null);
  const own = cur ? projectLanguage(cur.doc) : null;
  const lang = chosen || own || state.lang;
  useEffect(() => {
    actions.setReportLanguage(cur && lang !== state.lang ? lang : null);
  }, [cur && cur.id, lang, state.lang]);
  useEffect(() => () => actions.setReportLanguage(null), []);
  if (!cur) return html`<${NeedProject} titleKey="report.title" actions=${actions} />`;
  const hint = own ? t('report.languageHint', { language: t(`lang.word.${own}`) }) : t('report.languageHintNone');
  return html`<div class="report-language no-print" data-testid="report-language">
      <${LanguageChoice} id="report-lang" testid="report-lang" label=${t('report.languageLabel')} hint=${hint}
        value=${lang} onChange=${(v) => setChosen(v === own ? null : v)} />
    </div>
    <${InLanguage} lang=${lang}><${ReportBody} state=${stateInLanguage(state, lang)} actions=${actions} /><//>`;
}
