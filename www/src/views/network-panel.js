// Beside the map: the selected person in plain words (unit, role, their places in the network, what the measures
// say about them, each named as in Analyse, their contacts) and the legend.
import { html } from '../ui/html.js';
import { t, formatNumber } from '../i18n.js';
import { levelOf, rankOf, nodeValue } from '../lib/measures.js';
import { NodeSymbol } from './network-draw.js';
import { MeasureName } from '../ui/measure-name.js';
import { roleName, rolePersonText } from './analysis-roles.js';

function Symbol({ style, size = 18 }) {
  if (style.line) {
    return html`<svg class="legend-symbol" width="28" height=${size} aria-hidden="true" focusable="false">
      <line x1="2" y1=${size / 2} x2="26" y2=${size / 2} stroke=${style.line.color} stroke-width=${style.line.width}
        stroke-dasharray=${style.line.dash || undefined} /></svg>`;
  }
  return html`<svg class="legend-symbol" width=${size} height=${size} aria-hidden="true" focusable="false">
    <g transform=${`translate(${size / 2},${size / 2})`}><${NodeSymbol} style=${style} r=${size / 2 - 2.5} /></g></svg>`;
}

export function Legend({ sections }) {
  return html`
    <section class="panel legend" aria-labelledby="legend-title" data-testid="map-legend">
      <h2 id="legend-title" class="panel-title">${t('map.legend.title')}</h2>
      ${sections.map(
        (s) => html`
        <div key=${s.title} class="legend-section">
          <h3 class="legend-heading">${s.title}</h3>
          <ul class="legend-list">
            ${s.items.map(
              (item) => html`
              <li key=${item.key}><${Symbol} style=${item.line ? { line: item.line } : item.style} />
                <span>${item.label}${typeof item.count === 'number' ? html` <span class="muted">(${formatNumber(item.count)})</span>` : null}</span></li>`
            )}
          </ul>
        </div>`
      )}
    </section>`;
}

const DIRECTION = { both: '↔', out: '→', in: '←' };

function contactsOf(actorId, edges, actorsById) {
  const out = [];
  for (const e of edges) {
    if (e.a !== actorId && e.b !== actorId) continue;
    const other = e.a === actorId ? e.b : e.a;
    const mine = e.a === actorId ? e.ab : e.ba;
    const theirs = e.a === actorId ? e.ba : e.ab;
    const direction = mine && theirs ? 'both' : mine ? 'out' : 'in';
    out.push({ id: other, name: (actorsById.get(other) || {}).name || other, frequency: e.frequency, direction });
  }
  return out.sort((x, y) => y.frequency - x.frequency || String(x.name).localeCompare(String(y.name), 'nb'));
}

function Fact({ label, value, detail, testid }) {
  return html`
    <div class="fact" data-testid=${testid}>
      <dt>${label}</dt>
      <dd><strong>${value}</strong>${detail ? html`<span class="fact-detail">${detail}</span>` : null}</dd>
    </div>`;
}

/** The person's places, one short line each with the place's name first, so no definition runs into the next. */
function RolesFact({ node, settings }) {
  return html`
    <div class="fact" data-testid="fact-roles">
      <dt>${t('roles.title')}</dt>
      <dd><ul class="role-lines">
        ${node.roles.map(
          (id) =>
            html`<li key=${id} data-testid=${`fact-role-${id}`}><strong>${roleName(id)}</strong>: ${rolePersonText(id, node, settings)}</li>`
        )}
      </ul></dd>
    </div>`;
}

function levelFact(key, node, nodes, name) {
  const values = nodes.map((n) => nodeValue(n, key));
  const value = nodeValue(node, key);
  const level = levelOf(value, values);
  const rank = rankOf(value, values);
  return html`<${Fact} testid=${`fact-${key}`} label=${html`<${MeasureName} id=${key} />`}
    value=${t(`level.${level}`)}
    detail=${level === 'none' ? t(`panel.${key}.none`, { name }) : t(`panel.${key}.detail`, { name, rank: formatNumber(rank), total: formatNumber(nodes.length) })} />`;
}

export function SelectionPanel({ doc, result, actorId, edges, responded, actions, onSelect }) {
  const actorsById = new Map((doc.actors || []).map((a) => [a.id, a]));
  const actor = actorsById.get(actorId);
  if (!actor) {
    return html`
      <section class="panel selection" aria-labelledby="selection-title" data-testid="selection-empty">
        <h2 id="selection-title" class="panel-title">${t('panel.title')}</h2>
        <p class="muted">${t('panel.empty')}</p>
      </section>`;
  }
  const unit = (doc.units || []).find((u) => u.id === actor.unitId);
  const nodes = (result && result.nodes) || [];
  const node = nodes.find((n) => n.id === actorId);
  const name = actor.name || actor.id;
  const contacts = contactsOf(actorId, edges, actorsById);
  const roles =
    node && node.brokerage
      ? ['coordinator', 'gatekeeper', 'representative', 'itinerant', 'liaison'].filter((r) => node.brokerage[r] > 0)
      : [];
  const mainRole = roles.sort((a, b) => node.brokerage[b] - node.brokerage[a])[0];
  return html`
    <section class="panel selection" aria-labelledby="selection-title" data-testid="selection-panel">
      <h2 id="selection-title" class="panel-title" data-testid="selection-name">${name}</h2>
      <p class="selection-meta">
        ${unit ? html`<span>${unit.external ? t('map.unitExternal', { name: unit.name }) : unit.name}</span>` : html`<span>${t('map.noUnit')}</span>`}
        ${actor.role ? html`<span>${actor.role}</span>` : null}
        ${typeof actor.fte === 'number' ? html`<span>${t('panel.fte', { fte: formatNumber(actor.fte, { maximumFractionDigits: 2 }) })}</span>` : null}
      </p>
      ${responded === false ? html`<p class="hint-box">${t('panel.noAnswer', { name })}</p>` : null}
      ${
        node
          ? html`
        <dl class="facts">
          <${Fact} testid="fact-contacts" label=${html`<${MeasureName} id="degree" />`} value=${t('panel.contactsValue', { count: node.degree })}
            detail=${t('panel.contactsDetail', { name, in: formatNumber(node.inDegree), out: formatNumber(node.outDegree) })} />
          ${
            node.roles && node.roles.length
              ? html`<${RolesFact} node=${node} settings=${(result && result.settings) || {}} />`
              : null
          }
          ${levelFact('betweenness', node, nodes, name)}
          ${levelFact('closeness', node, nodes, name)}
          ${levelFact('eigenvector', node, nodes, name)}
          ${
            node.brokerage && node.brokerage.total > 0
              ? html`<${Fact} testid="fact-brokerage" label=${html`<${MeasureName} id="brokerage" />`}
            value=${t('panel.brokerageValue', { count: node.brokerage.total })}
            detail=${mainRole ? t(`panel.role.${mainRole}`, { name }) : ''} />`
              : null
          }
          ${
            node.articulationPoint
              ? html`<${Fact} testid="fact-articulation" label=${html`<${MeasureName} id="articulationPoint" />`}
            value=${t('panel.yes')} detail=${t('panel.articulationDetail', { name })} />`
              : null
          }
        </dl>`
          : html`<p class="muted">${t('panel.noMeasures')}</p>`
      }
      <div class="panel-actions">
        <button type="button" class="button button-secondary button-small" data-testid="panel-ego"
          onClick=${() => actions.setMapDisplay({ ego: { kind: 'actor', id: actorId } })}>${t('panel.showEgo')}</button>
        <button type="button" class="button button-secondary button-small" onClick=${() => onSelect(null)}>${t('panel.clear')}</button>
      </div>
      <h3 class="panel-subtitle">${t('panel.contactList', { count: contacts.length })}</h3>
      ${
        contacts.length
          ? html`
        <ul class="contact-list" data-testid="contact-list">
          ${contacts.map(
            (c) => html`
            <li key=${c.id}>
              <button type="button" class="button-link" onClick=${() => onSelect(c.id)}>${c.name}</button>
              <span class="contact-meta"><span aria-hidden="true">${DIRECTION[c.direction]}</span>
                <span class="visually-hidden">${t(`panel.direction.${c.direction}`)}</span> ${t(`frequency.${c.frequency}`)}</span>
            </li>`
          )}
        </ul>`
          : html`<p class="muted">${t('panel.noContacts', { name })}</p>`
      }
    </section>`;
}
