// The map's display choices: colour, size, tie type, arrows, labels, ego view, which
// units are shown, and one wave or the difference between two.
import { html } from '../ui/html.js';
import { t, hasKey } from '../i18n.js';
import { COLOR_MODES, SIZE_MEASURES } from '../lib/map-style.js';
import { tieTypesIn } from '../lib/network-model.js';
import { compareWaves } from '../state/analysis-actions.js';
import { measureLabel, measureExplain, measureCaveatLine } from '../lib/measure-names.js';

function Select({ id, label, value, onChange, testid, describedBy, children }) {
  return html`
    <div class="control">
      <label for=${id}>${label}</label>
      <select id=${id} data-testid=${testid} value=${value} aria-describedby=${describedBy || undefined}
        onChange=${(e) => onChange(e.currentTarget.value)}>${children}</select>
    </div>`;
}

function Check({ id, label, checked, onChange, testid, disabled = false }) {
  return html`
    <div class="control control-check">
      <input type="checkbox" id=${id} data-testid=${testid} checked=${checked} disabled=${disabled} onChange=${(e) => onChange(e.currentTarget.checked)} />
      <label for=${id}>${label}</label>
    </div>`;
}

const egoValue = (ego) => (ego && ego.id ? `${ego.kind}:${ego.id}` : '');

function parseEgo(value) {
  const i = value.indexOf(':');
  return i > 0 ? { kind: value.slice(0, i), id: value.slice(i + 1) } : null;
}

function UnitFilter({ doc, display, set }) {
  const units = doc.units || [];
  const hidden = new Set(display.hiddenUnits);
  const shown = units.length - units.filter((u) => hidden.has(u.id)).length;
  const toggle = (id, on) => {
    const next = new Set(hidden);
    if (on) next.delete(id);
    else next.add(id);
    set({ hiddenUnits: [...next] });
  };
  return html`
    <details class="unit-filter" data-testid="unit-filter">
      <summary>${t('map.unitsShown', { shown, total: units.length })}</summary>
      <div class="unit-filter-body">
        <div class="unit-filter-actions">
          <button type="button" class="button-link" onClick=${() => set({ hiddenUnits: [] })}>${t('map.unitsAll')}</button>
          <button type="button" class="button-link" onClick=${() => set({ hiddenUnits: units.map((u) => u.id) })}>${t('map.unitsNone')}</button>
        </div>
        <ul class="check-list">
          ${units.map(
            (u) => html`
            <li key=${u.id}>
              <input type="checkbox" id=${`unit-filter-${u.id}`} data-testid="unit-filter-item" checked=${!hidden.has(u.id)}
                onChange=${(e) => toggle(u.id, e.currentTarget.checked)} />
              <label for=${`unit-filter-${u.id}`}>${u.external ? t('map.unitExternal', { name: u.name || u.id }) : u.name || u.id}</label>
            </li>`
          )}
        </ul>
      </div>
    </details>`;
}

export function MapToolbar({ doc, display, opts, actions }) {
  const set = (change) => actions.setMapDisplay(change);
  const types = tieTypesIn(doc);
  const waves = doc.waves || [];
  const pair = compareWaves(doc, opts, display);
  const actors = [...(doc.actors || [])].sort((a, b) => String(a.name).localeCompare(String(b.name), 'nb'));
  const comparing = display.mode === 'compare';
  return html`
    <section class="panel map-toolbar" aria-labelledby="map-display-title">
      <h2 id="map-display-title" class="panel-title">${t('map.showTitle')}</h2>
      <fieldset class="control-group">
        <legend class="visually-hidden">${t('map.showTitle')}</legend>
        <div class="segmented" role="radiogroup" aria-label=${t('map.mode')}>
          ${['wave', 'compare'].map(
            (mode) => html`
            <label key=${mode} class=${`segment${display.mode === mode ? ' is-on' : ''}`}>
              <input type="radio" name="map-mode" value=${mode} data-testid=${`map-mode-${mode}`} checked=${display.mode === mode}
                disabled=${mode === 'compare' && waves.length < 2} onChange=${() => set({ mode })} />
              ${t(`map.mode.${mode}`)}
            </label>`
          )}
        </div>
        ${
          comparing && pair
            ? html`
          <${Select} id="map-compare-from" label=${t('map.compareFrom')} value=${pair.from} testid="map-compare-from"
            onChange=${(v) => set({ compareFrom: v })}>
            ${waves.filter((w) => w.id !== opts.waveId).map((w) => html`<option key=${w.id} value=${w.id}>${w.label || w.id}</option>`)}
          </${Select}>`
            : null
        }
        <${Select} id="map-color" label=${t('map.colorBy')} value=${display.colorBy} testid="map-color-by" onChange=${(v) => set({ colorBy: v })}>
          ${[...COLOR_MODES, 'location'].map((m) => html`<option key=${m} value=${m}>${t(`map.colorBy.${m}`)}</option>`)}
        </${Select}>
        <${Select} id="map-size" label=${t('map.sizeBy')} value=${display.sizeBy} testid="map-size-by" onChange=${(v) => set({ sizeBy: v })}
          describedBy=${display.sizeBy && display.sizeBy !== 'none' ? 'map-size-note' : null}>
          ${SIZE_MEASURES.map((m) => html`<option key=${m} value=${m}>${m === 'none' ? t('map.sizeNone') : measureLabel(m)}</option>`)}
        </${Select}>
        ${
          display.sizeBy && display.sizeBy !== 'none'
            ? html`<p class="control-note" id="map-size-note" data-testid="map-size-note">${measureExplain(display.sizeBy)}
            ${measureCaveatLine(display.sizeBy) ? html` <span class="measure-caveat">${measureCaveatLine(display.sizeBy)}</span>` : null}</p>`
            : null
        }
        ${
          comparing
            ? null
            : html`
          <${Select} id="map-type" label=${t('map.tieType')} value=${display.tieType} testid="map-tie-type" onChange=${(v) => set({ tieType: v })}>
            <option value="all">${t('map.tieTypeAll')}</option>
            ${types.map((type) => html`<option key=${type} value=${type}>${hasKey(`tieType.${type}`) ? t(`tieType.${type}`) : type}</option>`)}
          </${Select}>`
        }
        ${!comparing && display.tieType !== 'all' ? html`<p class="control-note" data-testid="tie-type-note">${t('map.tieTypeNote')}</p>` : null}
        <${Select} id="map-find" label=${t('map.find')} value=${display.selected && display.selected.kind === 'actor' ? display.selected.id : ''}
          testid="map-find" describedBy="map-find-note" onChange=${(v) => set({ selected: v ? { kind: 'actor', id: v } : null })}>
          <option value="">${t('map.findNone')}</option>
          ${actors.map((a) => html`<option key=${a.id} value=${a.id}>${a.name || a.id}</option>`)}
        </${Select}>
        <p class="control-note" id="map-find-note">${t('map.findNote')}</p>
        <${Select} id="map-ego" label=${t('map.ego')} value=${egoValue(display.ego)} testid="map-ego" onChange=${(v) => set({ ego: parseEgo(v) })}>
          <option value="">${t('map.egoNone')}</option>
          <optgroup label=${t('map.egoUnits')}>
            ${(doc.units || []).map((u) => html`<option key=${u.id} value=${`unit:${u.id}`}>${u.name || u.id}</option>`)}
          </optgroup>
          <optgroup label=${t('map.egoActors')}>
            ${actors.map((a) => html`<option key=${a.id} value=${`actor:${a.id}`}>${a.name || a.id}</option>`)}
          </optgroup>
        </${Select}>
        <${UnitFilter} doc=${doc} display=${display} set=${set} />
      </fieldset>
      <div class="control-row">
        ${comparing ? null : html`<${Check} id="map-directed" label=${t('map.directed')} checked=${display.directed} testid="map-directed" onChange=${(v) => set({ directed: v })} />`}
        <${Check} id="map-labels" label=${t('map.labels')} checked=${display.labels} testid="map-labels" onChange=${(v) => set({ labels: v })} />
        <${Check} id="map-grouped" label=${t('map.groupLayout')} checked=${opts.groupLayout} testid="map-group-layout"
          disabled=${display.groupBy === 'location'}
          onChange=${(v) => actions.setAnalysisOptions({ groupLayout: v })} />
        <${Check} id="map-group-location" label=${t('map.groupLocation')} checked=${display.groupBy === 'location'} testid="map-group-location"
          onChange=${(v) =>
            set(
              v
                ? { groupBy: 'location', colorBy: 'location' }
                : { groupBy: null, colorBy: display.colorBy === 'location' ? 'unit' : display.colorBy }
            )} />
      </div>
    </section>`;
}
