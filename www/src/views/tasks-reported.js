// Oppgaver, section "Oppgitt i spørreskjemaet": the tasks respondents said they have, beside the map, each to
// accept (it becomes an assignment, one undo step) or reject. Until then the core names the person in the
// findings about the function, so nothing a respondent answered is lost from sight.
import { html } from '../ui/html.js';
import { t } from '../i18n.js';
import { namedLabel } from '../ui/named-label.js';
import { RoleMark } from '../ui/table-tools.js';
import { pendingByPerson, reportedTasks, acceptReported, rejectReported, mappedFor } from '../lib/reported.js';

const list = (doc, key) => (Array.isArray(doc[key]) ? doc[key] : []);

function groupsText(r, groupsById) {
  const ids = Array.isArray(r.targetGroupIds) ? r.targetGroupIds : [];
  if (!ids.length) return t('tasks.allGroups');
  return ids.map((id) => (groupsById.get(id) || { name: id }).name).join(', ');
}

function ReportRow({ doc, item, names, actions }) {
  const { index, r } = item;
  const fnName = names.functions.get(r.functionId) || r.functionId;
  const mapped = mappedFor(doc, r);
  const person = names.actors.get(r.actorId) || r.actorId;
  const label = { fn: fnName, name: person };
  const review = (accept) =>
    actions.updateCurrent((d) => (accept ? acceptReported(d, index) : rejectReported(d, index)), {
      label: { key: accept ? 'reported.historyAccept' : 'reported.historyReject', params: label }
    });
  return html`
    <tr data-testid="reported-row" data-fn=${r.functionId} data-actor=${r.actorId}>
      <th scope="row">${fnName}</th>
      <td><${RoleMark} role=${r.role} /></td>
      <td>${groupsText(r, names.groups)}</td>
      <td>${
        mapped
          ? html`<span data-testid="reported-mapped">${t('reported.alreadyMapped', { role: t(`tasks.role.${mapped.role}`) })}</span>`
          : html`<span class="muted">${t('reported.notInMap')}</span>`
      }</td>
      <td class="row-actions">
        <button type="button" class="row-button" data-testid="reported-accept" onClick=${() => review(true)}>
          ${namedLabel(t('reported.accept'), t('reported.acceptNamed', label))}</button>
        <button type="button" class="row-button row-button-danger" data-testid="reported-reject" onClick=${() => review(false)}>
          ${namedLabel(t('reported.reject'), t('reported.rejectNamed', label))}</button>
      </td>
    </tr>`;
}

export function ReportedSection({ doc, actions }) {
  const people = pendingByPerson(doc);
  const reviewed = reportedTasks(doc, { pending: false }).filter(({ r }) => r.review);
  if (!people.length && !reviewed.length) return null;
  const names = {
    actors: new Map(list(doc, 'actors').map((a) => [a.id, a.name])),
    functions: new Map(list(doc, 'functions').map((f) => [f.id, f.name])),
    groups: new Map(list(doc, 'targetGroups').map((g) => [g.id, g])),
    units: new Map(list(doc, 'units').map((u) => [u.id, u.name]))
  };
  const pendingCount = people.reduce((n, p) => n + p.items.length, 0);
  const acceptAll = (person) =>
    actions.updateCurrent(
      (d) => {
        // Highest index first is not needed (accepting never removes a report), but the indexes are of this doc.
        for (const { index } of person.items) acceptReported(d, index);
      },
      { label: { key: 'reported.historyAcceptAll', params: { name: person.actor.name, count: person.items.length } } }
    );
  return html`
    <section class="section" aria-labelledby="reported-title" data-testid="reported-section">
      <h2 id="reported-title" tabindex="-1">${t('reported.title')}</h2>
      <p>${t('reported.intro')}</p>
      ${
        pendingCount
          ? html`<p role="status" data-testid="reported-count">${t('reported.pendingCount', { count: pendingCount })}</p>`
          : html`<p class="muted" data-testid="reported-none">${t('reported.nonePending')}</p>`
      }
      ${people.map(
        (p) => html`
        <div class="reported-person" key=${p.actor.id} data-testid="reported-person" data-actor=${p.actor.id}>
          <div class="panel-head">
            <h3 class="h4">${p.actor.name} <span class="muted">(${names.units.get(p.actor.unitId) || ''})</span></h3>
            ${
              p.items.length > 1
                ? html`<button type="button" class="button button-secondary" data-testid="reported-accept-all"
              onClick=${() => acceptAll(p)}>${namedLabel(
                t('reported.acceptAll', { count: p.items.length }),
                t('reported.acceptAllNamed', { count: p.items.length, name: p.actor.name })
              )}</button>`
                : null
            }
          </div>
          <div class="table-wrap">
            <table class="data-table">
              <caption class="visually-hidden">${t('reported.caption', { name: p.actor.name })}</caption>
              <thead><tr>
                <th scope="col">${t('tasks.functionCol')}</th><th scope="col">${t('reported.colRole')}</th>
                <th scope="col">${t('reported.colGroups')}</th><th scope="col">${t('reported.colMap')}</th>
                <th scope="col" class="col-actions"><span class="visually-hidden">${t('edit.actions')}</span></th>
              </tr></thead>
              <tbody>${p.items.map((item) => html`<${ReportRow} key=${item.index} doc=${doc} item=${item} names=${names} actions=${actions} />`)}</tbody>
            </table>
          </div>
        </div>`
      )}
      ${
        reviewed.length
          ? html`
        <details data-testid="reported-reviewed">
          <summary>${t('reported.reviewedTitle', { count: reviewed.length })}</summary>
          <ul class="plain-list">${reviewed.map(
            ({ index, r }) => html`
            <li key=${index}>${t(r.review === 'accepted' ? 'reported.wasAccepted' : 'reported.wasRejected', {
              name: names.actors.get(r.actorId) || r.actorId,
              fn: names.functions.get(r.functionId) || r.functionId,
              role: t(`tasks.role.${r.role}`)
            })}</li>`
          )}</ul>
        </details>`
          : null
      }
    </section>`;
}
