// Prosess: the guide's five phases as the core describes them (purpose, checklist, expected
// results), with what the group has ticked, noted and dated (project.phases) and the
// evidence the core found beside each item. Phase 5 shows the wave comparison.
import { html } from '../ui/html.js';
import { t } from '../i18n.js';
import { currentResult } from './analysis-controls.js';
import { setPhaseItem } from '../lib/findings.js';
import { useAutosave } from '../ui/autosave.js';
import { NoAnalysis, NeedProject, Progress } from './findings-parts.js';

const stored = (doc, n) => (doc.phases || {})[String(n)] || {};
const storedItem = (doc, n, id) => (stored(doc, n).items || {})[id] || {};

function EvidenceNote({ evidence }) {
  if (!evidence) return null;
  return html`<p class=${`item-evidence ${evidence.met ? 'is-met' : 'is-unmet'}`} data-testid="item-evidence" data-met=${String(evidence.met)}>
    <span class="evidence-mark"><span aria-hidden="true">${evidence.met ? '✓ ' : '✗ '}</span>${t(evidence.met ? 'process.met' : 'process.notMet')}</span>
    ${' '}${evidence.text}</p>`;
}

function Item({ phase, item, doc, actions }) {
  const s = storedItem(doc, phase.number, item.id);
  const done = typeof s.done === 'boolean' ? s.done : !!item.done;
  const note = useAutosave(actions, s.note || '', {
    kind: 'phase-item-note',
    phase: phase.number,
    item: item.id,
    label: item.text
  });
  const base = `p${phase.number}-${item.id}`;
  const save = (change, key) =>
    actions.updateCurrent(
      (d) => {
        setPhaseItem(d, phase.number, item.id, change);
      },
      { label: { key, params: { item: item.text } } }
    );
  return html`
    <li class=${`checklist-item${done ? ' is-done' : ''}`} data-testid="phase-item" data-phase=${phase.number} data-id=${item.id}>
      <div class="check-line">
        <input type="checkbox" id=${`${base}-done`} data-testid="item-done" checked=${done}
          aria-describedby=${`${base}-help`} onChange=${(e) => save({ done: e.currentTarget.checked }, 'process.undo.tick')} />
        <label for=${`${base}-done`}>${item.text}${item.required ? html` <span class="required-tag">${t('process.required')}</span>` : null}</label>
      </div>
      <p class="muted small item-help" id=${`${base}-help`}>${item.help}</p>
      <${EvidenceNote} evidence=${item.evidence} />
      <details class="item-more" open=${!!(s.note || s.date)}>
        <summary>${t('process.noteAndDate')}</summary>
        <div class="form-row">
          <div class="field field-grow">
            <label for=${`${base}-note`}>${t('process.note')}</label>
            <input type="text" id=${`${base}-note`} data-testid="item-note" value=${note.value} maxLength="500"
              onInput=${note.onInput} onBlur=${note.onBlur} />
          </div>
          <div class="field">
            <label for=${`${base}-date`}>${t('process.date')}</label>
            <input type="date" id=${`${base}-date`} data-testid="item-date" value=${s.date || ''}
              onChange=${(e) => save({ date: e.currentTarget.value }, 'process.undo.date')} />
          </div>
        </div>
      </details>
    </li>`;
}

function PhaseNote({ phase, doc, actions }) {
  const note = useAutosave(actions, stored(doc, phase.number).note || '', { kind: 'phase-note', phase: phase.number });
  const id = `phase-${phase.number}-note`;
  return html`<div class="field">
    <label for=${id}>${t('process.phaseNote')}</label>
    <textarea id=${id} rows="2" data-testid="phase-note" value=${note.value} onInput=${note.onInput} onBlur=${note.onBlur}></textarea>
  </div>`;
}

function WaveChange({ state, actions }) {
  const doc = state.current.doc;
  if ((doc.waves || []).length < 2)
    return html`<p class="muted" data-testid="phase5-one-wave">${t('process.oneWave')}</p>`;
  const a = state.analysis;
  const ready = a.display.mode === 'compare' && a.compare.status === 'ready' && a.compare.result;
  if (!ready) {
    return html`<p><button type="button" class="button button-secondary" data-testid="phase5-compare"
      disabled=${a.display.mode === 'compare'} onClick=${() => actions.setMapDisplay({ mode: 'compare' })}>${t('process.compareWaves')}</button>
      ${a.display.mode === 'compare' ? html` <span class="muted">${t('process.comparing')}</span>` : null}</p>`;
  }
  const summary = a.compare.result.summary || [];
  // The comparison borrows the shared map's display mode; the user can hand the map back to one wave here.
  return html`<div class="wave-summary" data-testid="phase5-summary">
    <h4>${t('process.compareTitle')}</h4>
    <ul>${summary.map((s, i) => html`<li key=${i} data-kind=${s.kind}>${s.text}</li>`)}</ul>
    <p class="muted small">${t('process.compareOnMap')}
      <button type="button" class="button-link" data-testid="phase5-compare-end"
        onClick=${() => actions.setMapDisplay({ mode: 'wave' })}>${t('process.compareEnd')}</button></p>
  </div>`;
}

function Phase({ phase, state, actions }) {
  const doc = state.current.doc;
  const items = phase.items || [];
  const done = items.filter((i) => {
    const s = storedItem(doc, phase.number, i.id);
    return typeof s.done === 'boolean' ? s.done : i.done;
  }).length;
  const required = items.filter((i) => i.required);
  const requiredDone = required.filter((i) => {
    const s = storedItem(doc, phase.number, i.id);
    return typeof s.done === 'boolean' ? s.done : i.done;
  }).length;
  const status =
    requiredDone === required.length && required.length ? 'complete' : done > 0 ? 'started' : 'not-started';
  return html`
    <section class="section phase" aria-labelledby=${`phase-${phase.number}-title`} data-testid="phase" data-phase=${phase.number} data-status=${status}>
      <h2 id=${`phase-${phase.number}-title`}><span class="phase-number">${t('process.phaseN', { number: phase.number })}</span> ${phase.title}
        <span class=${`phase-status status-${status}`}>${t(`process.status.${status}`)}</span></h2>
      <p>${phase.purpose}</p>
      <${Progress} testid="phase-progress" done=${requiredDone} total=${required.length}
        label=${t('process.progress', { done: requiredDone, count: required.length, all: done, total: items.length })} />
      <div class="phase-grid">
        <div>
          <h3>${t('process.checklist')}</h3>
          <ul class="checklist">${items.map((i) => html`<${Item} key=${i.id} phase=${phase} item=${i} doc=${doc} actions=${actions} />`)}</ul>
        </div>
        <div>
          <h3>${t('process.results')}</h3>
          <ul class="results-list">${(phase.results || []).map((r, i) => html`<li key=${i}>${r}</li>`)}</ul>
          ${phase.number === 5 ? html`<${WaveChange} state=${state} actions=${actions} />` : null}
          <${PhaseNote} phase=${phase} doc=${doc} actions=${actions} />
        </div>
      </div>
    </section>`;
}

export function ProcessView({ state, actions }) {
  const cur = state.current;
  if (!cur) return html`<${NeedProject} titleKey="process.title" actions=${actions} />`;
  const result = currentResult(state);
  const a = state.analysis;
  const ready = !a.running && (!!result || ['no-wave', 'error', 'cancelled'].includes(a.status));
  return html`
    <div class="view view-process" data-testid="process-view" data-ready=${ready ? 'true' : 'false'}>
      <h1 tabindex="-1">${t('process.title')}</h1>
      <p class="lead">${t('process.lead')}</p>
      ${
        result
          ? html`
        <nav class="phase-jump" aria-label=${t('process.jumpLabel')}>
          <ol>${result.phases.map(
            (p) => html`<li key=${p.number}><a href=${`#phase-${p.number}-title`}
            onClick=${(e) => {
              e.preventDefault();
              const el = document.getElementById(`phase-${p.number}-title`);
              if (el) el.scrollIntoView();
            }}>${t('process.phaseTitle', { number: p.number, title: p.title })}</a></li>`
          )}</ol>
        </nav>
        ${result.phases.map((p) => html`<${Phase} key=${p.number} phase=${p} state=${state} actions=${actions} />`)}`
          : html`<${NoAnalysis} state=${state} />`
      }
    </div>`;
}
