// Rapport › Nettverket: the map export's drawing, inline, sized for A4. The drawing is 800 units wide and
// printed 178 mm wide (the page's text width), so one unit is 0.63 pt on paper; the person labels get the
// size that prints at least 8 pt (lib/report-print.js), and the drawing's other texts (title 22, subtitle 14,
// place names 13 units) print at 8 pt or more too. Drawn at the export's 1600 units the labels printed at
// about 4 pt. The key is printed as text under the drawing (readable at any size, and no legend column
// taking a fifth of the map).
import { html } from '../ui/html.js';
import { useMemo } from 'preact/hooks';
import { t } from '../i18n.js';
import { waveLabel } from './analysis-controls.js';
import { DEFAULT_DISPLAY } from '../state/analysis-actions.js';
import { mapModel, legendSections, exportNotes } from './network-data.js';
import { NodeSymbol } from './network-draw.js';
import { ExportSvg, HEAD_H, MAP_MARGIN } from '../ui/map-export.js';
import { networkSize } from '../ui/count-texts.js';
import { sentences } from '../ui/list-text.js';
import { labelFontSize, fittedHeight, REPORT_FIGURE } from '../lib/report-print.js';
import { boundsOf } from '../lib/viewport.js';

const FIGURE = REPORT_FIGURE;
export const FIGURE_LABEL_SIZE = labelFontSize({ drawWidth: FIGURE.width, printWidthMm: FIGURE.printWidthMm });

function KeySymbol({ item }) {
  if (item.style) {
    return html`<svg class="report-key-symbol" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      <${NodeSymbol} style=${item.style} r=${6} /></svg>`;
  }
  if (item.line) {
    return html`<svg class="report-key-symbol" width="26" height="12" viewBox="0 0 26 12" aria-hidden="true" focusable="false">
      <line x1="1" y1="6" x2="25" y2="6" stroke=${item.line.color} stroke-width=${item.line.width} stroke-dasharray=${item.line.dash || undefined} /></svg>`;
  }
  return null;
}

function Key({ legend }) {
  return html`
    <div class="report-key" data-testid="report-figure-key">
      ${legend.map(
        (section) => html`
        <div class="report-key-section" key=${section.title}>
          <p class="report-key-title">${section.title}</p>
          <ul class="report-key-list">${section.items.map(
            (item) => html`
            <li key=${item.key || item.label}><${KeySymbol} item=${item} /><span>${item.label}</span></li>`
          )}</ul>
        </div>`
      )}
    </div>`;
}

export function ReportFigure({ doc, result, opts }) {
  const display = { ...DEFAULT_DISPLAY, labels: true };
  const model = useMemo(() => mapModel({ doc, result, opts, display, compare: null }), [doc, result]);
  const wave = waveLabel(doc, opts.waveId);
  const legend = legendSections({ doc, model, display });
  const notes = exportNotes({ display, model, opts });
  const height = fittedHeight(boundsOf(model.nodes), {
    width: FIGURE.width,
    margin: MAP_MARGIN,
    head: HEAD_H,
    foot: 16,
    min: FIGURE.minHeight,
    max: FIGURE.maxHeight
  });
  return html`
    <figure class="report-figure" data-testid="report-figure" style=${{ '--fig-w': `${FIGURE.printWidthMm}mm` }}>
      <${ExportSvg} model=${model} title=${t('report.figureTitle', { wave })}
        subtitle=${networkSize(model.nodes.length, model.edges.length)}
        legend=${[]} notes=${[]} width=${FIGURE.width} height=${height} labelSize=${FIGURE_LABEL_SIZE} />
      <figcaption>
        <${Key} legend=${legend} />
        <p class="report-figure-note">${sentences([t('report.figureCaption'), ...notes])}</p>
      </figcaption>
    </figure>`;
}
