// Rapport › Enheter og eksterne partnere: the internal units (place, people) and, for each external
// partner, what is registered about the agreement (Organisasjon's partner form: agreement, contact person,
// how often, about what) and whether the survey shows contact between the partner and the municipality
// (the core's unit matrix).
import { html } from '../ui/html.js';
import { t, formatNumber } from '../i18n.js';
import { listText } from '../ui/list-text.js';
import { RELATION_FIELDS } from '../lib/org.js';
import { internalUnits, externalPartners } from '../lib/report-model.js';

function UnitTable({ doc }) {
  const units = internalUnits(doc);
  if (!units.length) return html`<p class="muted">${t('report.noUnits')}</p>`;
  return html`
    <table class="data-table report-table" data-testid="report-units">
      <caption class="table-caption">${t('report.internalCaption')}</caption>
      <thead><tr><th scope="col">${t('report.col.unit')}</th><th scope="col">${t('report.col.place')}</th>
        <th scope="col" class="num">${t('report.col.people')}</th></tr></thead>
      <tbody>${units.map(
        (u) => html`<tr key=${u.id}>
        <th scope="row">${u.name}</th>
        <td>${u.locations.length ? u.locations.join(', ') : html`<span class="muted">${t('report.placeNone')}</span>`}</td>
        <td class="num">${formatNumber(u.people)}</td></tr>`
      )}</tbody>
    </table>`;
}

/** Whether the survey shows contact with the partner, in words. */
export function contactText(partner) {
  if (!partner.contact) return t('report.contactNoAnalysis');
  if (!partner.people) return t('report.contactNoPeople');
  if (!partner.contact.ties) return t('report.contactNo');
  const units = partner.contact.units.map((u) => t('report.contactUnit', { unit: u.name, count: u.ties }));
  return t('report.contactYes', { count: partner.contact.ties, units: listText(units) });
}

function Partner({ p }) {
  const fields = RELATION_FIELDS.filter((k) => p.relation[k]);
  return html`
    <article class="report-partner" data-testid="report-partner" data-id=${p.id}>
      <h4>${p.name}${p.location ? html`<span class="muted report-partner-place"> · ${p.location}</span>` : null}</h4>
      <dl class="report-dl">
        ${fields.map((k) => html`<div key=${k}><dt>${t(`org.relation.${k}`)}</dt><dd>${p.relation[k]}</dd></div>`)}
        ${fields.length ? null : html`<div><dt>${t('org.relationTitle')}</dt><dd class="muted">${t('org.relationMissing')}</dd></div>`}
        <div><dt>${t('report.surveyContact')}</dt><dd data-testid="report-partner-contact"
          data-contact=${p.contact ? (p.contact.ties > 0 ? 'yes' : 'no') : 'unknown'}>${contactText(p)}${
            p.people ? html`<span class="muted"> (${t('report.partnerPeople', { count: p.people })})</span>` : null
          }</dd></div>
      </dl>
    </article>`;
}

export function ReportUnits({ doc, result }) {
  const partners = externalPartners(doc, result);
  return html`
    <p>${t('report.unitsIntro')}</p>
    <${UnitTable} doc=${doc} />
    <h3 class="report-h3">${t('report.partnersTitle')}</h3>
    ${
      partners.length
        ? html`<div class="report-partners" data-testid="report-partners">${partners.map((p) => html`<${Partner} key=${p.id} p=${p} />`)}</div>`
        : html`<p class="muted" data-testid="report-partners-none">${t('report.partnersNone')}</p>`
    }`;
}
