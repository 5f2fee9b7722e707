// Survey form, question 1: pick people (searchable, grouped by unit, native checkboxes so
// the keyboard and screen readers work as usual), then say how often and what kind of contact.
import { html } from '../src/ui/html.js';
import { FREQUENCIES, TIE_TYPES, groupPeople } from './model.js';

/** A DOM id from any actor id (ids may hold characters an id attribute should not). */
export const domId = (prefix, id) => `${prefix}-${String(id).replace(/[^A-Za-z0-9_-]/g, '_')}`;

export function PeoplePicker({ payload, answer, respondentId, query, onQuery, onToggle, t, lang }) {
  const groups = groupPeople(payload, query, respondentId, lang);
  const chosen = new Set(answer.contacts.map((c) => c.id));
  const shown = groups.reduce((n, g) => n + g.people.length, 0);
  return html`
    <div class="picker">
      <label for="people-search" class="label">${t('people.search')}</label>
      <input id="people-search" type="search" class="input" value=${query} autocomplete="off"
        data-testid="people-search" onInput=${(e) => onQuery(e.currentTarget.value)} />
      <p class="muted small" aria-live="polite">${shown ? t('people.shown', { count: shown }) : t('people.noMatch')}</p>
      <div class="picker-list" data-testid="people-list">
        ${groups.map(
          (g) => html`
          <fieldset class="unit-group" key=${g.unit.id}>
            <legend>${g.unit.name || '–'}${g.unit.external ? html` <span class="tag">${t('people.external')}</span>` : null}</legend>
            <ul class="plain">
              ${g.people.map(
                (p) => html`
                <li key=${p.id}>
                  <label class="check">
                    <input type="checkbox" data-testid="person-pick" data-id=${p.id} checked=${chosen.has(p.id)}
                      onChange=${(e) => onToggle(p.id, e.currentTarget.checked)} />
                    <span>${p.name}</span>
                  </label>
                </li>`
              )}
            </ul>
          </fieldset>`
        )}
      </div>
    </div>`;
}

export function ChosenList({ payload, answer, errors, onChange, onToggle, t }) {
  const people = new Map(payload.people.map((p) => [p.id, p]));
  const units = new Map(payload.units.map((u) => [u.id, u]));
  const errorFor = (field) => errors.find((e) => e.field === field);
  return html`
    <div class="chosen" data-testid="chosen">
      <h3 class="h3">${t('chosen.title')}</h3>
      <p class="muted" aria-live="polite">${answer.contacts.length ? t('chosen.count', { count: answer.contacts.length }) : t('chosen.none')}</p>
      <ol class="plain contact-list">
        ${answer.contacts.map((c) => {
          const p = people.get(c.id) || { name: c.id, unitId: '' };
          const unit = units.get(p.unitId);
          const freqId = domId('freq', c.id);
          const typesId = domId('types', c.id);
          const freqError = errorFor(`freq-${c.id}`);
          const typesError = errorFor(`types-${c.id}`);
          return html`
            <li class="contact-card" key=${c.id} data-testid="contact" data-id=${c.id}>
              <div class="contact-head">
                <p class="contact-name"><strong>${p.name}</strong>${unit ? html`<span class="muted"> · ${unit.name}</span>` : null}</p>
                <button type="button" class="button button-quiet" aria-label=${t('chosen.removeLabel', { name: p.name })}
                  data-testid="contact-remove" onClick=${() => onToggle(c.id, false)}>${t('chosen.remove')}</button>
              </div>
              <fieldset class=${freqError ? 'choices has-error' : 'choices'} aria-describedby=${freqError ? `${freqId}-error` : undefined}>
                <legend>${t('chosen.frequency', { name: p.name })}</legend>
                ${freqError ? html`<p class="field-error" id=${`${freqId}-error`}>${t(freqError.key, freqError.params)}</p>` : null}
                <div class="choice-row">
                  ${FREQUENCIES.map(
                    (f, i) => html`
                    <label class="pill" key=${f}>
                      <input type="radio" name=${freqId} id=${i === 0 ? freqId : undefined} value=${f} checked=${c.frequency === f}
                        data-testid="contact-frequency" onChange=${() => onChange(c.id, { frequency: f })} />
                      <span>${t(`freq.${f}`)}</span>
                    </label>`
                  )}
                </div>
              </fieldset>
              <fieldset class=${typesError ? 'choices has-error' : 'choices'} aria-describedby=${typesError ? `${typesId}-error` : undefined}>
                <legend>${t('chosen.types', { name: p.name })}</legend>
                ${typesError ? html`<p class="field-error" id=${`${typesId}-error`}>${t(typesError.key, typesError.params)}</p>` : null}
                <div class="choice-row">
                  ${TIE_TYPES.map(
                    (type, i) => html`
                    <label class="pill" key=${type}>
                      <input type="checkbox" id=${i === 0 ? typesId : undefined} value=${type} checked=${c.types.includes(type)}
                        data-testid="contact-type"
                        onChange=${(e) =>
                          onChange(c.id, {
                            types: e.currentTarget.checked ? [...c.types, type] : c.types.filter((x) => x !== type)
                          })} />
                      <span>${t(`type.${type}`)}</span>
                    </label>`
                  )}
                </div>
              </fieldset>
            </li>`;
        })}
      </ol>
    </div>`;
}
