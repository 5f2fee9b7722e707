// Export of the network map as a standalone SVG file (vector: for print, posters and
// council papers) and as PNG (the same SVG drawn on a canvas at twice the size).
// The export is rendered fresh with every label the space allows, a title and a legend;
// names that do not fit as labels are still in each node's <title>.
import { render } from 'preact';
import { html } from './html.js';
import { boundsOf, fitTransform, toScreen, medianNearest, nodeScale } from '../lib/viewport.js';
import { placeLabels } from '../lib/labels.js';
import {
  Defs,
  EdgeLines,
  Labels,
  NodeSymbol,
  FONT,
  textMeasurer,
  ClusterLabels,
  CLUSTER_FONT_SIZE
} from '../views/network-draw.js';
import { clusterLabels, labelsClearOf } from '../lib/network-model.js';
import { downloadBlob } from '../lib/download.js';

export const EXPORT_SIZE = { width: 1600, height: 1000 };
const LEGEND_W = 320;
/** The title band's height and the room kept around the people (for their labels), in drawing units. */
export const HEAD_H = 70;
export const MAP_MARGIN = { x: 110, y: 40 };
/** The person labels' default font size in drawing units (as on the live map). */
export const LABEL_SIZE = 12;

function LegendBlock({ legend, x, y }) {
  let cy = y;
  const rows = [];
  for (const section of legend) {
    rows.push(html`<text key=${`h-${cy}`} x=${x} y=${cy} font-weight="600" font-size="14">${section.title}</text>`);
    cy += 22;
    for (const item of section.items) {
      if (item.style) {
        rows.push(
          html`<g key=${`s-${cy}`} transform=${`translate(${x + 9},${cy - 5})`}><${NodeSymbol} style=${item.style} r=${7} /></g>`
        );
      } else if (item.line) {
        rows.push(html`<line key=${`l-${cy}`} x1=${x} y1=${cy - 5} x2=${x + 22} y2=${cy - 5} stroke=${item.line.color}
          stroke-width=${item.line.width} stroke-dasharray=${item.line.dash || undefined} />`);
      }
      rows.push(html`<text key=${`t-${cy}`} x=${x + 30} y=${cy} font-size="13">${item.label}</text>`);
      cy += 20;
    }
    cy += 12;
  }
  return html`<g font-family=${FONT} fill="#1b2631">${rows}</g>`;
}

/**
 * labelSize: the person labels' font size in drawing units (the report computes it from the scale it prints
 * at, lib/report-print.js). With no legend sections the map takes the legend's column too (the report prints
 * its legend as text beside the drawing).
 */
export function ExportSvg({ model, title, subtitle, legend, notes, width, height, labelSize = LABEL_SIZE }) {
  const footH = 16 + notes.length * 18;
  const mapW = width - (legend.length ? LEGEND_W : 0);
  const mapH = height - HEAD_H - footH;
  const tf = fitTransform(boundsOf(model.nodes), mapW, mapH, MAP_MARGIN);
  const shifted = { ...tf, y: tf.y + HEAD_H };
  const scale = nodeScale(medianNearest(model.nodes), tf.k);
  const pos = new Map(model.nodes.map((n) => [n.id, { ...toScreen(shifted, n), r: n.r * scale }]));
  const clusterNames = clusterLabels(pos, model.clusters, {
    measure: textMeasurer(CLUSTER_FONT_SIZE, '600'),
    fontSize: CLUSTER_FONT_SIZE
  });
  const placed = labelsClearOf(
    placeLabels(
      model.nodes.map((n) => ({ id: n.id, ...pos.get(n.id), label: n.label, priority: n.priority })),
      { measure: textMeasurer(labelSize), bounds: { x: 4, y: HEAD_H, w: mapW - 8, h: mapH } }
    ),
    clusterNames.map((c) => c.box)
  );
  return html`
    <svg xmlns="http://www.w3.org/2000/svg" width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`} role="img">
      <title>${title}</title>
      <desc>${subtitle}</desc>
      <${Defs} prefix="export" />
      <rect x="0" y="0" width=${width} height=${height} fill="#ffffff" />
      <g font-family=${FONT} fill="#1b2631">
        <text x="24" y="34" font-size="22" font-weight="650">${title}</text>
        <text x="24" y="56" font-size="14" fill="#4b5a6a">${subtitle}</text>
      </g>
      ${legend.length ? html`<line x1=${mapW} y1=${HEAD_H} x2=${mapW} y2=${height - footH} stroke="#c3ccd6" />` : null}
      <${EdgeLines} edges=${model.edges} pos=${pos} directed=${model.directed} compare=${model.compare} prefix="export" />
      <g>
        ${model.nodes.map((n) => {
          const p = pos.get(n.id);
          return html`<g key=${n.id} transform=${`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`}>
            <title>${n.title}</title>
            <${NodeSymbol} style=${n.style} r=${p.r} />
          </g>`;
        })}
      </g>
      <${ClusterLabels} labels=${clusterNames} />
      <${Labels} placed=${placed} fontSize=${labelSize} />
      <${LegendBlock} legend=${legend} x=${mapW + 24} y=${HEAD_H + 20} />
      <g font-family=${FONT} font-size="12" fill="#4b5a6a">
        ${notes.map((note, i) => html`<text key=${i} x="24" y=${height - footH + 14 + i * 18}>${note}</text>`)}
      </g>
    </svg>`;
}

/** The export as SVG text. spec: { model, title, subtitle, legend: [{ title, items }], notes: [string] }. */
export function exportSvgText(spec, size = EXPORT_SIZE) {
  const host = document.createElement('div');
  render(html`<${ExportSvg} ...${spec} width=${size.width} height=${size.height} />`, host);
  const svg = host.querySelector('svg');
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  render(null, host);
  return text;
}

/** Draw SVG text on a canvas and return a PNG blob. */
export function svgToPng(svgText, size = EXPORT_SIZE, scale = 2) {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    const img = new Image();
    img.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = size.width * scale;
        canvas.height = size.height * scale;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        URL.revokeObjectURL(url);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png');
      } catch (e) {
        URL.revokeObjectURL(url);
        reject(e);
      }
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the SVG could not be drawn'));
    };
    img.src = url;
  });
}

export function downloadSvg(filename, svgText) {
  downloadBlob(filename, new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
}

export async function downloadPng(filename, svgText) {
  downloadBlob(filename, await svgToPng(svgText));
}
