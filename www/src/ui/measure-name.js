// A measure as a coordinator reads it, wherever it is shown (Analyse, the map, the report): the plain name first
// and the technical name second in a quieter style, "Bro mellom andre (betweenness)", and its explanation with
// the caveat. Every text comes from lib/measure-names.js.
import { html } from './html.js';
import { t } from '../i18n.js';
import {
  measureName,
  measureShort,
  measureTechnicalNote,
  measureExplain,
  measureCaveatLine
} from '../lib/measure-names.js';
import { measureFlags } from '../lib/measures.js';
import { sentences } from './list-text.js';

/** "Bro mellom andre (betweenness)"; `short` for a table column. */
export function MeasureName({ id, short = false }) {
  const note = measureTechnicalNote(id);
  return html`${short ? measureShort(id) : measureName(id)}${note ? html` <span class="measure-technical">${note}</span>` : null}`;
}

/**
 * The caveat of a measure (def: { key, small?, needsAnswers?, largestOnly? } from lib/measures.js). Where it
 * applies to this network (small, low response, several parts) it is marked; with `always` it is shown anyway,
 * quieter. A measure without a caveat of its own gets the general flag text when one applies.
 */
export function MeasureCaveat({ def, id = def.key, network, minResponseRate, always = false }) {
  const flags = measureFlags(def, network, minResponseRate);
  const line = measureCaveatLine(id);
  if (flags.length && line) return html`<span class="measure-flag" data-testid="measure-caveat">${line}</span>`;
  if (flags.length)
    return html`<span class="measure-flag">${sentences(flags.map((f) => t(`caveat.flag.${f}`)))}</span>`;
  return always && line ? html`<span class="measure-caveat" data-testid="measure-caveat">${line}</span>` : null;
}

/** Name, explanation and caveat of each measure, as a list (a <dl>) inside a closed <details>. */
export function MeasureExplanations({ defs, network, id, titleKey, minResponseRate }) {
  return html`
    <details class="explanations" data-testid=${`${id}-explanations`}>
      <summary>${t(titleKey)}</summary>
      <dl class="measure-list">
        ${defs.map(
          (def) => html`
          <div key=${def.key} class="measure-item" data-measure=${def.key}>
            <dt><${MeasureName} id=${def.key} /></dt>
            <dd>${measureExplain(def.key)} <${MeasureCaveat} def=${def} network=${network} minResponseRate=${minResponseRate} always=${true} /></dd>
          </div>`
        )}
      </dl>
    </details>`;
}
