// One person's feedback sheet, rendered from what the core computed (api::feedback, docs/feedback.md): their own
// contacts and tasks, their unit's contacts in aggregate (or why they are left out), the whole municipality's
// figures and findings in words, and what happens next. Pure components without hooks, so the same markup is
// rendered in the app and written into the person's file (lib/html-string.js). Texts in the current language
// (the caller sets it with withLang).
import { html } from '../ui/html.js';
import { t, formatNumber, formatPercent } from '../i18n.js';
import { listText, sentences } from '../ui/list-text.js';

/** The round as a reader names it: its label (its id when it has none). */
export const waveName = (wave) => (wave ? wave.label || wave.id : '');

const heading = (level, offset) => `h${Math.min(6, level + offset)}`;

function Contacts({ contacts }) {
  if (!contacts.length) return html`<p data-testid="fb-no-contacts">${t('feedback.noContacts')}</p>`;
  // The kinds as a list whose commas come from the style sheet: their own names hold "og" ("Råd og veiledning"),
  // so a list in words would blur them.
  const kinds = (types) =>
    types.length
      ? html`<ul class="fb-kinds">${types.map((k) => html`<li key=${k}>${t(`tieType.${k}`)}</li>`)}</ul>`
      : '–';
  return html`<table class="fb-table fb-contacts-table" data-testid="fb-contacts">
    <caption>${t('feedback.contactsCaption', { count: contacts.length })}</caption>
    <thead><tr><th scope="col">${t('feedback.colPerson')}</th><th scope="col">${t('feedback.colUnit')}</th>
      <th scope="col">${t('feedback.colHowOften')}</th><th scope="col">${t('feedback.colKinds')}</th></tr></thead>
    <tbody>${contacts.map(
      (c) => html`<tr key=${c.actorId} data-testid="fb-contact" data-id=${c.actorId}>
        <th scope="row">${c.name}</th><td>${c.unitName}</td><td>${t(`frequency.${c.frequency}`)}</td><td>${kinds(c.types)}</td></tr>`
    )}</tbody>
  </table>`;
}

function Tasks({ tasks }) {
  if (!tasks.length) return html`<p data-testid="fb-no-tasks">${t('feedback.noTasks')}</p>`;
  return html`<table class="fb-table" data-testid="fb-tasks">
    <caption>${t('feedback.tasksCaption', { count: tasks.length })}</caption>
    <thead><tr><th scope="col">${t('feedback.colFunction')}</th><th scope="col">${t('feedback.colRole')}</th>
      <th scope="col">${t('feedback.colGroups')}</th></tr></thead>
    <tbody>${tasks.map(
      (task, i) => html`<tr key=${i}><th scope="row">${task.function}</th><td>${t(`tasks.role.${task.role}`)}</td>
        <td>${task.targetGroups.length ? listText(task.targetGroups) : t('feedback.allGroups')}</td></tr>`
    )}</tbody>
  </table>`;
}

function SplitTable({ split }) {
  const row = (key, n, share) => html`<tr><th scope="row">${t(key)}</th>
    <td class="fb-num">${formatNumber(n)}</td><td class="fb-num">${formatPercent(share)}</td></tr>`;
  return html`<table class="fb-table" data-testid="fb-unit-split">
    <caption>${t('feedback.splitCaption')}</caption>
    <thead><tr><th scope="col">${t('feedback.colWhere')}</th><th scope="col" class="fb-num">${t('feedback.colCount')}</th>
      <th scope="col" class="fb-num">${t('feedback.colShare')}</th></tr></thead>
    <tbody>
      ${row('feedback.rowInside', split.inside, split.insideShare)}
      ${row('feedback.rowOtherUnits', split.otherUnits, split.otherUnitsShare)}
      ${row('feedback.rowPartners', split.partners, split.partnersShare)}
    </tbody>
    <tfoot>${row('feedback.rowTotal', split.total, split.total ? 1 : null)}</tfoot>
  </table>`;
}

/** A named unit, or the small ones of a kind put together (the core pooled them). */
const topName = (u) =>
  u.pooled
    ? t(u.pooled === 'partners' ? 'feedback.pooledPartners' : 'feedback.pooledUnits', { count: u.units })
    : u.name;

function TopUnits({ top }) {
  if (!top.length) return html`<p>${t('feedback.noTop')}</p>`;
  return html`<table class="fb-table" data-testid="fb-top-units">
    <caption>${t('feedback.topCaption')}</caption>
    <thead><tr><th scope="col">${t('feedback.colUnit')}</th><th scope="col" class="fb-num">${t('feedback.colCount')}</th></tr></thead>
    <tbody>${top.map(
      (u) =>
        html`<tr key=${u.unitId || u.pooled}><th scope="row">${topName(u)}</th><td class="fb-num">${formatNumber(u.contacts)}</td></tr>`
    )}</tbody></table>`;
}

function Unit({ unit, name, minGroupSize, level }) {
  const H = heading(level, 1);
  const body = !unit.shown
    ? html`<p data-testid="fb-unit-hidden">${t('feedback.unitHidden', { count: minGroupSize })}</p>`
    : html`
      <p data-testid="fb-unit-response">${
        unit.asked
          ? t('feedback.unitResponse', {
              responded: unit.responded,
              asked: unit.asked,
              rate: formatPercent(unit.responseRate)
            })
          : t('feedback.unitNoneAsked')
      }</p>
      <div class="fb-columns">
        <${SplitTable} split=${unit.contacts} />
        <${TopUnits} top=${unit.topUnits} />
      </div>
      <p class="fb-muted">${sentences([
        unit.topUnits.some((u) => u.pooled) ? t('feedback.pooledNote', { count: minGroupSize }) : '',
        t('feedback.countedOnce')
      ])}</p>`;
  return html`<section class="fb-section" data-testid="fb-unit" data-shown=${unit.shown ? 'true' : 'false'}>
    <${H} class="fb-h2">${t('feedback.unitTitle', { unit: name })}</${H}>${body}</section>`;
}

function Organisation({ org, level }) {
  const H = heading(level, 1);
  const H3 = heading(level, 2);
  const split = org.contacts;
  return html`<section class="fb-section" data-testid="fb-org">
    <${H} class="fb-h2">${t('feedback.orgTitle')}</${H}>
    ${
      org.asked
        ? html`<p>${t('feedback.orgResponse', { responded: org.responded, asked: org.asked, rate: formatPercent(org.responseRate) })}</p>`
        : null
    }
    <p>${t('feedback.orgSplit', {
      count: split.total,
      inside: formatPercent(split.insideShare),
      otherUnits: formatPercent(split.otherUnitsShare),
      partners: formatPercent(split.partnersShare)
    })}</p>
    <${H3} class="fb-h3">${t('feedback.findingsTitle')}</${H3}>
    ${
      org.findings.length
        ? html`<ul class="fb-findings" data-testid="fb-findings">${org.findings.map(
            (f) => html`<li key=${f.id} data-rule=${f.rule}><strong>${f.title}.</strong> ${f.explanation}</li>`
          )}</ul>
          <p class="fb-muted">${t('feedback.findingsNote')}</p>`
        : html`<p>${t('feedback.noFindings')}</p>`
    }
  </section>`;
}

/** The whole sheet. `feedback`: the core's result (wave, municipality, minGroupSize, organisation, contact);
 *  `sheet`: one of its sheets; `level`: the level of the sheet's title (1 in a file, lower inside the app). */
export function FeedbackSheet({ feedback, sheet, level = 1 }) {
  const H1 = heading(level, 0);
  const H2 = heading(level, 1);
  const wave = waveName(feedback.wave);
  return html`<article class="fb-sheet" data-testid="fb-sheet" data-id=${sheet.actorId}>
    <header class="fb-head">
      <p class="fb-round">${
        feedback.municipality
          ? t('feedback.sheetRound', { municipality: feedback.municipality, wave })
          : t('feedback.sheetRoundOnly', { wave })
      }</p>
      <${H1} class="fb-title">${t('feedback.sheetTitle', { name: sheet.name })}</${H1}>
      <p class="fb-intro">${t('feedback.sheetIntro')}</p>
    </header>
    <section class="fb-section" data-testid="fb-own">
      <${H2} class="fb-h2">${t('feedback.ownTitle')}</${H2}>
      <${Contacts} contacts=${sheet.contacts} />
      <p class="fb-muted">${t('feedback.ownOnly')}</p>
      <${Tasks} tasks=${sheet.tasks} />
    </section>
    ${sheet.unit ? html`<${Unit} unit=${sheet.unit} name=${sheet.unitName} minGroupSize=${feedback.minGroupSize} level=${level} />` : null}
    <${Organisation} org=${feedback.organisation} level=${level} />
    <section class="fb-section" data-testid="fb-next">
      <${H2} class="fb-h2">${t('feedback.nextTitle')}</${H2}>
      <p>${sentences([t('feedback.thanks'), t('feedback.next')])}</p>
      <p>${feedback.contact ? t('feedback.contact', { contact: feedback.contact }) : t('feedback.contactNone')}</p>
    </section>
  </article>`;
}
