// The analysis options the map and the Analyse view share (wave, minimum frequency,
// weighted, reciprocated only) and the analysis status line with its cancel button.
import { html } from '../ui/html.js';
import { t } from '../i18n.js';
import { ErrorItems } from '../ui/error-list.js';
import { effectiveOptions } from '../state/analysis-actions.js';

const FREQUENCIES = [1, 2, 3, 4];

export function waveLabel(doc, waveId) {
  const wave = ((doc && doc.waves) || []).find((w) => w.id === waveId);
  return wave ? wave.label || wave.id : String(waveId || '');
}

export function AnalysisStatus({ analysis, actions }) {
  const busy = analysis.running && analysis.slow;
  if (busy) {
    return html`
      <div class="analysis-status is-busy" role="status" data-testid="analysis-progress">
        <span class="spinner" aria-hidden="true"></span>
        <span>${t('analysis.running')}</span>
        <button type="button" class="button button-secondary button-small" data-testid="analysis-cancel"
          onClick=${() => actions.cancelAnalysis()}>${t('analysis.cancel')}</button>
      </div>`;
  }
  if (analysis.status === 'cancelled') {
    return html`
      <div class="analysis-status is-warning" role="status" data-testid="analysis-cancelled">
        <span>${t('analysis.cancelled')}</span>
        <button type="button" class="button button-secondary button-small" onClick=${() => actions.retryAnalysis()}>${t('analysis.retry')}</button>
      </div>`;
  }
  if (analysis.status === 'error') {
    return html`
      <div class="analysis-status is-error" role="alert" data-testid="analysis-error">
        <p>${t('analysis.failed')}</p>
        <${ErrorItems} errors=${analysis.errors} />
        <button type="button" class="button button-secondary button-small" onClick=${() => actions.retryAnalysis()}>${t('analysis.retry')}</button>
      </div>`;
  }
  // A live region that exists before it is needed, so the busy message is announced.
  return html`<div class="analysis-status" role="status" data-testid="analysis-idle"></div>`;
}

export function AnalysisControls({ doc, analysis, lang, actions, idPrefix = 'an' }) {
  const opts = effectiveOptions(doc, analysis.options, lang);
  const waves = (doc && doc.waves) || [];
  const set = (change) => actions.setAnalysisOptions(change);
  return html`
    <div class="analysis-controls">
      <fieldset class="control-group">
        <legend class="visually-hidden">${t('analysis.optionsLegend')}</legend>
        <div class="control">
          <label for=${`${idPrefix}-wave`}>${t('analysis.wave')}</label>
          <select id=${`${idPrefix}-wave`} data-testid="analysis-wave" value=${opts.waveId || ''}
            onChange=${(e) => set({ waveId: e.currentTarget.value })}>
            ${waves.map((w) => html`<option key=${w.id} value=${w.id}>${w.label || w.id}</option>`)}
          </select>
        </div>
        <div class="control">
          <label for=${`${idPrefix}-min`}>${t('analysis.minFrequency')}</label>
          <select id=${`${idPrefix}-min`} data-testid="analysis-min-frequency" value=${String(opts.minFrequency)}
            onChange=${(e) => set({ minFrequency: Number(e.currentTarget.value) })}>
            ${FREQUENCIES.map((f) => html`<option key=${f} value=${String(f)}>${t(`analysis.minFrequency.${f}`)}</option>`)}
          </select>
        </div>
        <div class="control control-check">
          <input type="checkbox" id=${`${idPrefix}-weighted`} data-testid="analysis-weighted" checked=${opts.weighted}
            onChange=${(e) => set({ weighted: e.currentTarget.checked })} />
          <label for=${`${idPrefix}-weighted`}>${t('analysis.weighted')}</label>
        </div>
        <div class="control control-check">
          <input type="checkbox" id=${`${idPrefix}-recip`} data-testid="analysis-reciprocated" checked=${opts.reciprocated}
            onChange=${(e) => set({ reciprocated: e.currentTarget.checked })} />
          <label for=${`${idPrefix}-recip`}>${t('analysis.reciprocated')}</label>
        </div>
      </fieldset>
      <${AnalysisStatus} analysis=${analysis} actions=${actions} />
    </div>`;
}

/** The analysis result for the open project, or null while none fits it. */
export function currentResult(state) {
  const a = state.analysis;
  if (!a || !a.result || !a.resultFor || !state.current || a.resultFor.projectId !== state.current.id) return null;
  return a.result;
}
