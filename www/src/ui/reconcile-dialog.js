// The body of the reconcile dialog (state/reconcile-actions.js asks, ui/dialog-host.js renders it): what the
// file brings, what goes because it referred to something deleted, and one choice per conflict between the
// user's version and the file's, each a fieldset of two radio buttons named by the item and field the core named.
// Every text the core wrote (names, values, summary lines) is shown as text, never as HTML. Answers
// { choices: { conflictId: 'mine' | 'theirs' } }, or null (cancelled).
import { html } from './html.js';
import { useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { listText } from './list-text.js';

function Lines({ id, heading, lines, items }) {
  if (!lines || !lines.length) return null;
  return html`
    <section aria-labelledby=${id}>
      <h3 id=${id}>${heading}</h3>
      <ul>${lines.map((line, i) => html`<li key=${i}>${line}</li>`)}</ul>
      <${Items} items=${items} testid=${`${id}-items`} />
    </section>`;
}

// The items behind the counts, by the names the core gave them ("Lagt til: Kari Nordmann"; "Endret: Ola Hansen
// (stilling, enhet)"), folded away so the counts stay the first thing read. At most kShown, then how many more.
const kShown = 200;
function itemText(item) {
  if (item.because) return t('reconcile.itemRemoved', { name: item.name, because: item.because.name });
  const fields = (item.fields || []).filter(Boolean);
  if (item.change === 'changed' && fields.length)
    return t('reconcile.itemChangedFields', { name: item.name, fields: listText(fields) });
  return t(`reconcile.item.${item.change}`, { name: item.name });
}

function Items({ items, testid }) {
  if (!items || !items.length) return null;
  const shown = items.slice(0, kShown);
  return html`
    <details class="reconcile-items" data-testid=${testid}>
      <summary>${t('reconcile.showItems', { count: items.length })}</summary>
      <ul>
        ${shown.map((item, i) => html`<li key=${i}>${itemText(item)}</li>`)}
        ${items.length > shown.length ? html`<li>${t('reconcile.moreItems', { count: items.length - shown.length })}</li>` : null}
      </ul>
    </details>`;
}

function ConflictChoice({ conflict, index, value, onChange }) {
  const legend = conflict.fieldName
    ? t('reconcile.legendField', { name: conflict.name, field: conflict.fieldName })
    : conflict.name;
  const people = (conflict.people || []).map((p) => p.name);
  const name = `reconcile-choice-${index}`;
  const option = (side, key, text) => html`
    <label class="choice">
      <input
        type="radio"
        name=${name}
        value=${side}
        data-testid=${`reconcile-${side}-${index}`}
        checked=${value === side}
        onChange=${() => onChange(conflict.id, side)}
      />
      ${t(key, { value: text })}
    </label>`;
  return html`
    <fieldset class="choice-group reconcile-conflict" data-testid="reconcile-conflict" data-conflict-id=${conflict.id}>
      <legend>${legend}</legend>
      ${people.length ? html`<p class="field-hint">${t('reconcile.peopleInUnit', { people: listText(people) })}</p>` : null}
      ${option('mine', 'reconcile.keepMine', conflict.mineText)}
      ${option('theirs', 'reconcile.takeTheirs', conflict.theirsText)}
    </fieldset>`;
}

export function ReconcileBody({ dialog, onAnswer }) {
  const conflicts = dialog.conflicts || [];
  const [choices, setChoices] = useState(() =>
    Object.fromEntries(conflicts.map((c) => [c.id, c.chosen === 'theirs' ? 'theirs' : 'mine']))
  );
  const choose = (id, side) => setChoices((old) => ({ ...old, [id]: side }));
  const submit = (event) => {
    event.preventDefault();
    onAnswer({ choices });
  };
  return html`
    <form class="dialog-form reconcile-dialog" onSubmit=${submit}>
      <p id="dialog-body">${t('reconcile.intro', { existing: dialog.existing })}</p>
      <${Lines} id="reconcile-taken" heading=${t('reconcile.takenHeading')} lines=${dialog.lines} items=${dialog.taken} />
      <${Lines} id="reconcile-removed" heading=${t('reconcile.removedHeading')} lines=${dialog.removed} items=${dialog.removedItems} />
      ${
        conflicts.length
          ? html`
        <section aria-labelledby="reconcile-conflicts">
          <h3 id="reconcile-conflicts">${t('reconcile.conflictsHeading', { count: conflicts.length })}</h3>
          <p class="field-hint">${t('reconcile.conflictsHint')}</p>
          ${conflicts.map(
            (c, i) =>
              html`<${ConflictChoice} key=${c.id} conflict=${c} index=${i} value=${choices[c.id]} onChange=${choose} />`
          )}
        </section>`
          : null
      }
      <p class="field-hint">${t('reconcile.undoHint')}</p>
      <div class="dialog-actions">
        <button type="button" class="button button-secondary" data-testid="dialog-cancel" data-autofocus onClick=${() => onAnswer(null)}>${t('common.cancel')}</button>
        <button type="submit" class="button button-primary" data-testid="reconcile-apply">${t('reconcile.apply')}</button>
      </div>
    </form>`;
}
