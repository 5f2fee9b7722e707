// Oversikt of a new or nearly empty project: the first steps in order, each with a button that goes there, above
// the fold at 1366×768. Which steps are done comes from the core's counts (lib/stats.js startSteps); once people,
// tasks and a round with answers are in, the usual Oversikt takes over. Prosess (the five phases of the whole
// work) is named as the frame around these steps, so its "next step" does not read as a rival first step.
import { html } from '../ui/html.js';
import { t } from '../i18n.js';
import { startSteps } from '../lib/stats.js';
import { requestTab } from '../lib/tab-request.js';

/** Each step's buttons: [label key, view, what to open there]. The first button of the current step is primary. */
const GO = {
  who: [
    ['start.who.import', 'organisation', { section: 'people-import-section' }],
    ['start.who.manual', 'organisation', null]
  ],
  tasks: [['start.tasks.go', 'tasks', null]],
  survey: [['start.survey.go', 'relations', { tab: 'survey' }]],
  results: [
    ['start.results.findings', 'findings', null],
    ['start.results.report', 'report', null]
  ]
};

export function OverviewStart({ stats, actions }) {
  const steps = startSteps(stats);
  const current = steps.find((s) => !s.done) || steps[steps.length - 1];
  const go = (view, open) => (e) => {
    e.preventDefault();
    if (open && open.tab) requestTab(view, open.tab);
    if (open && open.section) actions.showSection(view, open.section);
    else actions.navigate(view);
  };
  return html`
    <section class="section start-steps" aria-labelledby="start-title" data-testid="overview-start">
      <h2 id="start-title">${t('start.title')}</h2>
      <p class="start-intro">${t('start.intro')}</p>
      <ol class="start-list">
        ${steps.map((s, i) => {
          const isCurrent = s === current;
          return html`
          <li key=${s.id} class=${`start-step${s.done ? ' is-done' : ''}${isCurrent ? ' is-current' : ''}`}
            data-testid="start-step" data-step=${s.id} data-done=${s.done ? 'true' : 'false'}
            aria-current=${isCurrent ? 'step' : undefined}>
            <span class="start-mark" aria-hidden="true">${s.done ? '✓' : i + 1}</span>
            <div class="start-text">
              <h3 class="start-step-title">${t(`start.${s.id}.title`)}${
                s.done ? html` <span class="start-done">${t('start.done')}</span>` : null
              }</h3>
              <p class="muted small">${t(`start.${s.id}.text`)}</p>
            </div>
            <div class="start-actions">
              ${GO[s.id].map(
                ([key, view, open], b) => html`<a key=${key} href=${`#/${view}`} data-testid=${`start-go-${s.id}-${b}`}
                  class=${`button button-small ${isCurrent && b === 0 ? 'button-primary' : 'button-secondary'}`}
                  onClick=${go(view, open)}>${t(key)}</a>`
              )}
            </div>
          </li>`;
        })}
      </ol>
      <p class="muted small start-process">${t('start.process')}${' '}<a href="#/process" data-testid="start-go-process"
        onClick=${go('process', null)}>${t('start.processLink')}</a></p>
    </section>`;
}
