// Kontakter › answers per person: pick the person who answered, then for every other
// person how often they exchange information about housing-social work, and in what
// ways. What the other person said back is shown beside it, so one-sided ties stand out.
// Entering an answer marks the person as having answered this wave.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t, collatorFor } from '../i18n.js';
import { SearchBox, CountLine } from '../ui/table-tools.js';
import { searchable, matchesQuery } from '../lib/org.js';
import { orderedUnits } from '../lib/tasks.js';
import {
  FREQUENCIES,
  TIE_TYPES,
  tieIndex,
  tieKey,
  setTie,
  toggleTieType,
  markAnswered,
  respondentStatus,
  setRespondent
} from '../lib/ties.js';

const list = (doc, key) => (Array.isArray(doc[key]) ? doc[key] : []);

/** People in unit order (internal units first), then by name within each unit. */
export function peopleByUnit(doc, lang) {
  const collator = collatorFor(lang);
  const out = [];
  for (const u of orderedUnits(doc)) {
    const members = list(doc, 'actors')
      .filter((a) => a.unitId === u.id)
      .sort((a, b) => collator.compare(a.name, b.name));
    if (members.length) out.push({ unit: u, members });
  }
  return out;
}

export function PersonPicker({ doc, value, onChange, lang, id = 'tie-person' }) {
  const groups = peopleByUnit(doc, lang);
  const flat = groups.flatMap((g) => g.members);
  const i = flat.findIndex((a) => a.id === value);
  return html`
    <div class="person-picker">
      <div class="filter">
        <label for=${id}>${t('ties.pickPerson')}</label>
        <select id=${id} data-testid="tie-person" onChange=${(e) => onChange(e.currentTarget.value)}>
          ${!value ? html`<option value="" selected>${t('ties.pickPersonPlaceholder')}</option>` : null}
          ${groups.map(
            (g) => html`
            <optgroup key=${g.unit.id} label=${g.unit.name}>
              ${g.members.map((a) => html`<option key=${a.id} value=${a.id} selected=${a.id === value}>${a.name}</option>`)}
            </optgroup>`
          )}
        </select>
      </div>
      <div class="picker-steps">
        <button type="button" class="button button-secondary" data-testid="tie-prev" disabled=${i <= 0} onClick=${() => onChange(flat[i - 1].id)}>
          <span aria-hidden="true">← </span>${t('ties.previousPerson')}
        </button>
        <button type="button" class="button button-secondary" data-testid="tie-next" disabled=${i < 0 || i >= flat.length - 1} onClick=${() => onChange(flat[i + 1].id)}>
          ${t('ties.nextPerson')}<span aria-hidden="true"> →</span>
        </button>
      </div>
    </div>`;
}

export function PersonPanel({ doc, wave, actions, lang, person, onPerson }) {
  const [query, setQuery] = useState('');
  const [onlyContacts, setOnlyContacts] = useState(false);
  const actorsById = new Map(list(doc, 'actors').map((a) => [a.id, a]));
  const me = person ? actorsById.get(person) : null;
  const index = tieIndex(doc, wave.id);
  const status = respondentStatus(doc, wave.id);
  const unitsById = new Map(list(doc, 'units').map((u) => [u.id, u]));
  const mine = me ? status.get(me.id) || { asked: false, responded: false } : null;

  const setFrequency = (other, value) =>
    actions.updateCurrent(
      (d) => {
        setTie(d, wave.id, me.id, other.id, Number(value));
        markAnswered(d, wave.id, me.id);
      },
      { label: { key: 'history.setTie', params: { from: me.name, to: other.name, freq: t(`ties.freq.${value}`) } } }
    );
  const setType = (other, type, on) =>
    actions.updateCurrent(
      (d) => {
        toggleTieType(d, wave.id, me.id, other.id, type, on);
      },
      { label: { key: 'history.setTieType', params: { from: me.name, to: other.name } } }
    );

  if (!me) {
    return html`
      <${PersonPicker} doc=${doc} value="" onChange=${onPerson} lang=${lang} />
      <p class="empty" data-testid="tie-pick-first">${t('ties.pickPersonFirst')}</p>`;
  }
  const matches = (a) => {
    const unit = unitsById.get(a.unitId);
    const mineTie = (index.get(tieKey(me.id, a.id)) || {}).tie || null;
    const theirs = (index.get(tieKey(a.id, me.id)) || {}).tie || null;
    return matchesQuery(searchable(a.name, a.role, unit && unit.name), query) && (!onlyContacts || mineTie || theirs);
  };
  const groups = peopleByUnit(doc, lang)
    .map((g) => ({ unit: g.unit, members: g.members.filter((a) => a.id !== me.id && matches(a)) }))
    .filter((g) => g.members.length);
  const shown = groups.reduce((n, g) => n + g.members.length, 0);
  const total = list(doc, 'actors').length - 1;

  return html`
    <${PersonPicker} doc=${doc} value=${me.id} onChange=${onPerson} lang=${lang} />
    <div class="person-status" data-testid="person-status">
      <p class="question" id="tie-question">${t('ties.question', { name: me.name })}</p>
      <label class="check-inline">
        <input type="checkbox" data-testid="person-answered" checked=${mine.responded}
          onChange=${(e) => {
            const on = e.currentTarget.checked;
            actions.updateCurrent(
              (d) => {
                setRespondent(d, wave.id, me.id, { asked: true, responded: on });
              },
              { label: { key: on ? 'history.markAnswered' : 'history.markAsked', params: { name: me.name } } }
            );
          }} />
        ${t('ties.hasAnswered', { name: me.name })}
      </label>
      <p class="field-hint">${t('ties.autoAnsweredHint')}</p>
    </div>
    <div class="panel-head">
      <div class="filters">
        <${SearchBox} id="tie-search" label=${t('ties.searchPeople')} value=${query} onInput=${setQuery} testid="tie-search" />
        <div class="filter filter-check">
          <input type="checkbox" id="tie-only" checked=${onlyContacts} onChange=${(e) => setOnlyContacts(e.currentTarget.checked)} />
          <label for="tie-only">${t('ties.onlyContacts')}</label>
        </div>
      </div>
    </div>
    <${CountLine} shown=${shown} total=${total} testid="tie-count" />
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="tie-caption">
      <table class="data-table edit-table tie-table" data-testid="tie-table">
        <caption id="tie-caption" class="visually-hidden">${t('ties.question', { name: me.name })}</caption>
        <thead>
          <tr>
            <th scope="col">${t('ties.person')}</th>
            <th scope="col">${t('ties.frequency')}</th>
            <th scope="col">${t('ties.types')}</th>
            <th scope="col">${t('ties.theySaid')}</th>
          </tr>
        </thead>
        ${groups.map(
          (g) => html`
          <tbody key=${g.unit.id}>
            <tr class="tie-unit-row"><th scope="rowgroup" colspan="4">${g.unit.name}</th></tr>
            ${g.members.map((a) => html`<${TieRow} key=${a.id} a=${a} me=${me} index=${index} status=${status} setFrequency=${setFrequency} setType=${setType} />`)}
          </tbody>`
        )}
      </table>
    </div>`;
}

function TieRow({ a, me, index, status, setFrequency, setType }) {
  const mineTie = (index.get(tieKey(me.id, a.id)) || {}).tie || null;
  const theirs = (index.get(tieKey(a.id, me.id)) || {}).tie || null;
  const f = mineTie ? mineTie.frequency : 0;
  const types = mineTie && Array.isArray(mineTie.types) ? mineTie.types : [];
  const oneSided = Boolean(mineTie) !== Boolean(theirs);
  return html`
    <tr data-testid="tie-row" data-id=${a.id} class=${f ? 'has-tie' : ''}>
      <th scope="row">${a.name}${a.role ? html`<span class="cell-note muted">${a.role}</span>` : null}</th>
      <td>
        <select data-testid="tie-frequency" aria-label=${t('ties.frequencyFor', { name: a.name })} onChange=${(e) => setFrequency(a, e.currentTarget.value)}>
          ${FREQUENCIES.map((x) => html`<option key=${x} value=${x} selected=${x === f}>${t(`ties.freq.${x}`)}</option>`)}
        </select>
      </td>
      <td>
        ${
          f
            ? html`
          <div class="type-checks" role="group" aria-label=${t('ties.typesFor', { name: a.name })}>
            ${TIE_TYPES.map(
              (type) => html`
              <label class="check-inline" key=${type}>
                <input type="checkbox" data-testid=${`tie-type-${type}`} checked=${types.includes(type)}
                  onChange=${(e) => setType(a, type, e.currentTarget.checked)} />
                ${t(`tieType.${type}`)}
              </label>`
            )}
          </div>`
            : html`<span class="muted" aria-hidden="true">–</span>`
        }
      </td>
      <td data-testid="tie-theirs">
        ${theirs ? t(`ties.freq.${theirs.frequency}`) : (status.get(a.id) || {}).responded ? t('ties.theyNone') : html`<span class="muted">${t('ties.theyNotAnswered')}</span>`}
        ${oneSided ? html`<span class="flag flag-onesided" data-testid="tie-one-sided">${t('ties.oneSidedFlag')}</span>` : null}
      </td>
    </tr>`;
}
