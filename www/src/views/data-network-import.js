// Data view section: a survey wave from CSV node/edge lists or GraphML, with preview and column mapping.
// Everything from the files is rendered as text. The core reads, matches and validates (actions.netImport*).
import { html } from '../ui/html.js';
import { t } from '../i18n.js';
import { ErrorItems } from '../ui/error-list.js';
import { OpReport } from '../ui/op-report.js';
import { TextField } from '../ui/fields.js';
import { FileButton, TablePreview, columnOptions, previewCaption } from '../ui/file-preview.js';
import { emptyNetImport, missingChoices } from '../state/netimport-actions.js';
import { listText } from '../ui/list-text.js';

const PREVIEW_ROWS = 8;

function FileChooser({ role, file, required, accept, actions }) {
  // The preview sits inside the field, so the field's spacing follows the table.
  return html`
    <div class="field netimport-file">
      <p class="netimport-file-label"><strong id=${`netimport-${role}-label`}>${t(`netimport.file.${role}`)}</strong>${required ? '' : ` ${t('netimport.optional')}`}</p>
      <${FileButton} id=${`netimport-${role}`} testid=${`netimport-${role}-file`} accept=${accept}
        labelledBy=${`netimport-${role}-label`} chooseLabel=${t('netimport.choose')}
        onFile=${(chosen) => actions.netImportFile(role, chosen)} />
      ${
        file
          ? html`${' '}<span data-testid=${`netimport-${role}-name`}>${file.name}</span>${' '}
            <button type="button" class="button button-link" data-testid=${`netimport-${role}-clear`}
              onClick=${() => actions.netImportClearFile(role)}>${t('netimport.remove', { file: file.name })}</button>
            <${Preview} role=${role} file=${file} />`
          : null
      }
    </div>`;
}

function Preview({ role, file }) {
  const p = file.preview;
  const rows = (p.rows || []).slice(0, PREVIEW_ROWS);
  const facts =
    p.format === 'csv'
      ? t('netimport.csvFacts', {
          delimiter: p.delimiter === '\t' ? 'tab' : p.delimiter,
          decimal: p.decimalComma ? ',' : '.'
        })
      : t(p.directed ? 'netimport.graphmlDirected' : 'netimport.graphmlUndirected', { count: p.nodeCount });
  return html`<${TablePreview} id=${`netimport-${role}-caption`} testid=${`netimport-${role}-preview`}
    caption=${previewCaption(file.name, rows.length, p.rowCount)}
    facts=${facts} header=${p.header} rows=${rows} />`;
}

function Mapping({ ni, actions }) {
  const main = ni.format === 'graphml' ? ni.files.graphml : ni.files.edges;
  if (!main) return null;
  const header = main.preview.header;
  const nodeHeader =
    ni.format === 'graphml' ? main.preview.nodeHeader : ni.files.nodes && ni.files.nodes.preview.header;
  const m = ni.mapping;
  const pick = (key) => (value) => actions.netImportSet({ mapping: { [key]: value } });
  const select = (key, options, required = false) => html`
    <div class="control">
      <label for=${`netimport-map-${key}`}>${t(`netimport.map.${key}`)}${required ? html` <span class="required-mark">${t('edit.requiredMark')}</span>` : null}</label>
      <select id=${`netimport-map-${key}`} data-testid=${`netimport-map-${key}`} onChange=${(e) => pick(key)(e.currentTarget.value)}>
        ${options.map((o) => html`<option key=${o.value} value=${o.value} selected=${o.value === m[key]}>${o.label}</option>`)}
      </select>
    </div>`;
  const frequencies = [
    { value: '', label: t('netimport.chooseFrequency') },
    ...[1, 2, 3, 4].map((f) => ({ value: String(f), label: t(`netimport.frequency${f}`) }))
  ];
  return html`
    <div class="export-controls netimport-mapping" role="group" aria-labelledby="netimport-mapping-title">
      <h3 id="netimport-mapping-title">${t('netimport.mappingLegend')}</h3>
      <div class="control-group">
        ${ni.format === 'csv' ? select('from', columnOptions(header, t('netimport.none')), true) : null}
        ${ni.format === 'csv' ? select('to', columnOptions(header, t('netimport.none')), true) : null}
        ${select('frequency', columnOptions(header, t('netimport.none')))}
        ${
          m.frequency
            ? null
            : html`
          <div class="control">
            <label for="netimport-default-frequency">${t('netimport.defaultFrequency')}</label>
            <select id="netimport-default-frequency" data-testid="netimport-default-frequency"
              onChange=${(e) => actions.netImportSet({ defaultFrequency: e.currentTarget.value })}>
              ${frequencies.map((o) => html`<option key=${o.value} value=${o.value} selected=${o.value === ni.defaultFrequency}>${o.label}</option>`)}
            </select>
          </div>`
        }
        ${select('types', columnOptions(header, t('netimport.none')))}
      </div>
      <p class="field-hint">${t('netimport.mapHint.frequency')} ${t('netimport.mapHint.types')}</p>
      ${
        nodeHeader
          ? html`
        <div class="control-group">
          ${ni.format === 'csv' ? select('nodeId', columnOptions(nodeHeader, t('netimport.none')), true) : null}
          ${select('nodeName', columnOptions(nodeHeader, t('netimport.none')))}
          ${select('nodeUnit', columnOptions(nodeHeader, t('netimport.none')))}
        </div>
        <p class="field-hint">${t('netimport.mapHint.nodeName')} ${t('netimport.mapHint.nodeUnit')}</p>`
          : null
      }
    </div>`;
}

function Radios({ name, legend, value, options, onChange }) {
  return html`
    <fieldset class="choice-group">
      <legend>${legend}</legend>
      ${options.map(
        (o) => html`
        <label key=${o.value} class="choice">
          <input type="radio" name=${name} value=${o.value} checked=${value === o.value} data-testid=${`${name}-${o.value}`}
            onChange=${() => onChange(o.value)} />
          ${o.label}
        </label>`
      )}
    </fieldset>`;
}

const REASONS = { 'self-tie': 'netimport.skippedSelf', 'frequency-0': 'netimport.skippedNever' };

function Result({ ni }) {
  if (ni.status === 'reading' || ni.status === 'importing')
    return html`<${OpReport} status="working" title=${t(`netimport.${ni.status}`)} />`;
  if (ni.status === 'failed') {
    return html`<${OpReport} status="failed" testid="netimport-errors" title=${t('netimport.failed')} errors=${ni.errors} errorTestid="netimport-error" />`;
  }
  if (ni.status !== 'ok' || !ni.report) return null;
  const r = ni.report;
  return html`
    <${OpReport} status="ok" testid="netimport-report" title=${t('netimport.done', { label: r.wave.label, count: r.ties })}>
      <p>${t('netimport.actorsFound', { count: r.actorsMatched })} ${t('netimport.actorsAdded', { count: r.actorsAdded })}</p>
      ${
        r.skipped.length
          ? html`
        <p>${t('netimport.skipped', { count: r.skipped.length })}</p>
        <ul>${r.skipped.slice(0, 20).map((s, i) => html`<li key=${i}>${t(REASONS[s.reason] || 'netimport.skippedOther', { file: s.file, line: s.line })}</li>`)}</ul>`
          : null
      }
      ${ni.warnings.length ? html`<${ErrorItems} errors=${ni.warnings} testid="netimport-warning" />` : null}
      <p class="muted">${t('netimport.undoHint')}</p>
    </${OpReport}>`;
}

export function NetworkImportSection({ state, actions }) {
  const ni = state.netImport || emptyNetImport();
  const current = state.current;
  const main = ni.format === 'graphml' ? ni.files.graphml : ni.files.edges;
  const busy = ni.status === 'reading' || ni.status === 'importing';
  const missing = main ? missingChoices(ni) : [];
  return html`
    <section class="section" aria-labelledby="netimport-title" data-testid="netimport-section">
      <h2 id="netimport-title">${t('netimport.title')}</h2>
      <p>${t('netimport.intro')}</p>
      ${
        !current
          ? html`<p class="muted" data-testid="netimport-no-project">${t('netimport.noProject')}</p>`
          : html`
        <${Radios} name="netimport-format" legend=${t('netimport.formatLegend')} value=${ni.format}
          options=${[
            { value: 'csv', label: t('netimport.formatCsv') },
            { value: 'graphml', label: t('netimport.formatGraphml') }
          ]}
          onChange=${(format) => actions.netImportSet({ format })} />
        ${
          ni.format === 'csv'
            ? html`
          <${FileChooser} role="edges" file=${ni.files.edges} required=${true} accept=".csv,.tsv,.txt,text/csv" actions=${actions} />
          <${FileChooser} role="nodes" file=${ni.files.nodes} required=${false} accept=".csv,.tsv,.txt,text/csv" actions=${actions} />`
            : html`
          <${FileChooser} role="graphml" file=${ni.files.graphml} required=${true} accept=".graphml,.xml" actions=${actions} />`
        }
        <${Mapping} ni=${ni} actions=${actions} />
        ${
          main
            ? html`
          <${Radios} name="netimport-match" legend=${t('netimport.matchLegend')} value=${ni.match}
            options=${[
              { value: 'id', label: t('netimport.matchId') },
              { value: 'name', label: t('netimport.matchName') }
            ]}
            onChange=${(match) => actions.netImportSet({ match })} />
          <${TextField} id="netimport-wave-label" testid="netimport-wave-label" label=${t('netimport.waveLabel')}
            value=${ni.waveLabel} onInput=${(waveLabel) => actions.netImportSet({ waveLabel })} maxLength=${200} />
          ${
            missing.length
              ? html`<p class="field-hint" id="netimport-missing" data-testid="netimport-missing">
            ${t('netimport.needChoices', { choices: listText(missing.map((k) => t(`netimport.need.${k}`))) })}</p>`
              : null
          }
          <p><button type="button" class="button button-primary" data-testid="netimport-run" disabled=${busy || missing.length > 0}
            aria-describedby=${missing.length ? 'netimport-missing' : undefined}
            onClick=${() => actions.netImportRun()}>${t('netimport.run')}</button></p>`
            : null
        }
      `
      }
      <div class="report-region" aria-live="polite" data-testid="netimport-result">
        <${Result} ni=${ni} />
      </div>
    </section>`;
}
