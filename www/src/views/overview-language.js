// Oversikt: the project's målform (settings.language), the default language of its survey forms and report. A
// change is one undoable step; the person's own app language is a separate choice in the header.
import { html } from '../ui/html.js';
import { t } from '../i18n.js';
import { projectLanguage, withLanguage } from '../lib/project.js';
import { LanguageChoice } from '../ui/language-choice.js';

export function OverviewLanguage({ doc, actions, lang }) {
  // A project from before the setting speaks bokmål in the core; the choice shows that until someone picks.
  const value = projectLanguage(doc) || 'nb';
  const choose = (next) =>
    actions.updateCurrent((d) => withLanguage(d, next), {
      label: { key: 'overview.languageHistory', params: { language: t(`lang.word.${next}`) } }
    });
  return html`<section class="section" aria-labelledby="language-title" data-testid="overview-language">
    <h2 id="language-title">${t('overview.languageTitle')}</h2>
    <${LanguageChoice} id="project-language" testid="project-language" label=${t('overview.languageLabel')}
      hint=${t('overview.languageHint')} value=${value} onChange=${choose} key=${lang} />
  </section>`;
}
