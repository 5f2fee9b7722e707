// Data view section: one survey wave's network as files for Gephi, yEd, Pajek, NetworkX, R or Excel.
// The core writes the files (core/export); this only picks the wave, format and options.
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { OpReport } from '../ui/op-report.js';
import { latestWaveId } from '../lib/network-model.js';
import { NETWORK_FORMATS as FORMATS } from '../state/sharing-actions.js';

function NetworkReport({ network }) {
  const status = network ? network.status : 'idle';
  if (status === 'working') return html`<${OpReport} status="working" title=${t('netexport.working')} />`;
  if (status === 'failed')
    return html`<${OpReport} status="failed" testid="netexport-errors" title=${t('netexport.failed')} errors=${network.errors} />`;
  if (status !== 'ok') return null;
  return html`
    <${OpReport} status="ok" testid="netexport-ok" title=${t('netexport.done', { count: network.files.length })}>
      <ul>${network.files.map((f) => html`<li key=${f}><code>${f}</code></li>`)}</ul>
    </${OpReport}>`;
}

export function NetworkExportSection({ state, actions }) {
  const cur = state.current;
  const waves = cur ? cur.doc.waves || [] : [];
  const [choice, setChoice] = useState({ waveId: null, format: 'graphml', measures: true, weighted: false });
  const set = (change) => setChoice({ ...choice, ...change });
  const waveId =
    choice.waveId && waves.some((w) => w.id === choice.waveId) ? choice.waveId : latestWaveId(cur ? cur.doc : null);
  const network = (state.sharing || {}).network;
  let body;
  if (!cur) body = html`<p class="muted">${t('netexport.noProject')}</p>`;
  else if (!waves.length) body = html`<p class="muted" data-testid="netexport-no-wave">${t('netexport.noWave')}</p>`;
  else {
    body = html`
      <div class="analysis-controls export-controls">
        <fieldset class="control-group">
          <legend class="visually-hidden">${t('netexport.legend')}</legend>
          <div class="control">
            <label for="netexport-wave">${t('netexport.wave')}</label>
            <select id="netexport-wave" data-testid="netexport-wave" value=${waveId || ''}
              onChange=${(e) => set({ waveId: e.currentTarget.value })}>
              ${waves.map((w) => html`<option key=${w.id} value=${w.id}>${w.label || w.id}</option>`)}
            </select>
          </div>
          <div class="control">
            <label for="netexport-format">${t('netexport.format')}</label>
            <select id="netexport-format" data-testid="netexport-format" value=${choice.format}
              aria-describedby="netexport-format-help" onChange=${(e) => set({ format: e.currentTarget.value })}>
              ${FORMATS.map((f) => html`<option key=${f} value=${f}>${t(`netexport.format.${f}`)}</option>`)}
            </select>
          </div>
          <div class="control control-check">
            <input type="checkbox" id="netexport-measures" data-testid="netexport-measures" checked=${choice.measures}
              onChange=${(e) => set({ measures: e.currentTarget.checked })} />
            <label for="netexport-measures">${t('netexport.measures')}</label>
          </div>
          <div class="control control-check">
            <input type="checkbox" id="netexport-weighted" data-testid="netexport-weighted" checked=${choice.weighted}
              onChange=${(e) => set({ weighted: e.currentTarget.checked })} />
            <label for="netexport-weighted">${t('netexport.weighted')}</label>
          </div>
        </fieldset>
      </div>
      <p id="netexport-format-help" data-testid="netexport-format-help">${t(`netexport.help.${choice.format}`)}</p>
      <p><button type="button" class="button button-primary" data-testid="netexport-button"
        disabled=${network && network.status === 'working'}
        onClick=${() => actions.exportNetwork({ ...choice, waveId })}>${t('netexport.button')}</button></p>
      <div class="report-region" aria-live="polite"><${NetworkReport} network=${network} /></div>`;
  }
  return html`
    <section class="section" aria-labelledby="netexport-title" data-testid="netexport-section">
      <h2 id="netexport-title">${t('netexport.title')}</h2>
      <p>${t('netexport.intro')}</p>
      ${body}
    </section>`;
}
