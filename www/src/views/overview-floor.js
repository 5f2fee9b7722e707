// Oversikt: the floor of shared copies (settings.minGroupSize). In a pseudonymised copy, units with fewer people
// are pooled (core/survey/pool.hpp). A change is one undoable step, saved when the field is left or Enter is
// pressed; the core checks the value and its message shows under the field.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { TextField } from '../ui/fields.js';
import { MIN_GROUP_SIZE, minGroupSize, withMinGroupSize } from '../lib/project.js';

export function OverviewFloor({ doc, actions }) {
  const [typed, setTyped] = useState(null); // null: show what the project has
  const [errors, setErrors] = useState([]);
  const stored = minGroupSize(doc);
  const commit = async () => {
    if (typed === null) return;
    const text = typed.trim();
    if (text !== '' && !/^\d+$/.test(text)) {
      setErrors([t('floor.number')]);
      return;
    }
    const n = text === '' ? null : Number(text);
    const result = await actions.editCurrent((d) => withMinGroupSize(d, n), {
      label: { key: 'floor.history', params: { count: n === null ? MIN_GROUP_SIZE.default : n } }
    });
    if (result.ok) {
      setTyped(null);
      setErrors([]);
    } else setErrors(result.errors || []);
  };
  return html`<section class="section" aria-labelledby="floor-title" data-testid="overview-floor">
    <h2 id="floor-title">${t('floor.title')}</h2>
    <form onSubmit=${(e) => (e.preventDefault(), commit())} onFocusOut=${() => commit()}>
      <${TextField} id="min-group-size" testid="min-group-size" label=${t('floor.label')} hint=${t('floor.hint')}
        value=${typed === null ? String(stored) : typed} onInput=${setTyped} inputMode="numeric" maxLength=${4}
        width="narrow" errors=${errors} />
    </form>
  </section>`;
}
