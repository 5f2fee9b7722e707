// Print arithmetic for the report (pure): how large a drawing's text comes out on paper, the
// label size that keeps map labels readable, and the page-number rule for the @page margin box
// built from a locale text ("Side {page} av {pages}").

export const PT_PER_MM = 72 / 25.4;
/** CSS pixels per point: 96 px to the inch, 72 pt to the inch. */
export const PX_PER_PT = 96 / 72;
/** The smallest text we print, in points (common print guidance, and the floor for map labels). */
export const MIN_PRINT_PT = 8;

/**
 * The report's network drawing: its width in drawing units, its printed width (the A4 text width that
 * print.css's @page margins leave: 210 − 2 × 16 mm), and the range of its height (as tall as the layout needs
 * at that width, at most 720 units = 160 mm, which leaves room on the page for the heading and a key of some 20
 * units). One unit prints at
 * 0.63 pt, so the export's own texts (title 22, subtitle 14, place names 13) print at 8 pt or more.
 */
export const REPORT_FIGURE = { width: 800, minHeight: 420, maxHeight: 720, printWidthMm: 178 };

/** Points on paper per drawing unit, for an SVG `drawWidth` units wide printed `printWidthMm` wide. */
export function ptPerUnit({ drawWidth, printWidthMm }) {
  if (!(drawWidth > 0) || !(printWidthMm > 0)) throw new RangeError('drawWidth and printWidthMm must be positive');
  return (printWidthMm * PT_PER_MM) / drawWidth;
}

/** The printed size in points of text `fontSize` drawing units high. */
export const printedPt = (fontSize, scale) => fontSize * ptPerUnit(scale);

/**
 * The label font size in drawing units that prints at least `minPt` points, and never smaller than `base`
 * (the size the live map uses). Rounded up to a tenth, so rounding never takes it under the floor.
 * Example: 1600 units printed 178 mm wide: 0.315 pt per unit, so 8 pt needs 25.4 units (the default
 * 12 units printed at 3.8 pt); 800 units at 178 mm: 0.631 pt per unit, 12.7 units.
 */
export function labelFontSize(scale, { minPt = MIN_PRINT_PT, base = 12 } = {}) {
  const needed = minPt / ptPerUnit(scale);
  return Math.max(base, Math.ceil(needed * 10 - 1e-9) / 10);
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text) {
  return `"${String(text)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n\f]+/g, ' ')}"`;
}

/**
 * The CSS `content` value for a page-number text: {page} and {pages} become counter(page) and
 * counter(pages), everything else a string. 'Side {page} av {pages}' gives
 * `"Side " counter(page) " av " counter(pages)`.
 */
export function pageCounterContent(template) {
  const parts = [];
  const re = /\{(page|pages)\}/g;
  let last = 0;
  let m;
  while ((m = re.exec(template)) !== null) {
    if (m.index > last) parts.push(cssString(template.slice(last, m.index)));
    parts.push(`counter(${m[1]})`);
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(cssString(template.slice(last)));
  return parts.length ? parts.join(' ') : '""';
}

/** The style sheet that prints the page number in every page's bottom right margin box. */
export function pageNumberCss(template) {
  return `@page { @bottom-right { content: ${pageCounterContent(template)}; font-family: system-ui, sans-serif; font-size: 9pt; color: #4b5a6a; } }`;
}

/**
 * The height a drawing `width` units wide needs so that a layout of `bounds` ({ w, h } in layout units) fills
 * its width: the layout is scaled to the width less the side margins, plus the top and bottom margins, the
 * title band and the foot; clamped to [min, max] (a very tall layout is fitted to max instead, narrower).
 */
export function fittedHeight(bounds, { width, margin, head, foot, min, max }) {
  const w = bounds && bounds.w > 1e-6 ? bounds.w : 1;
  const h = bounds && bounds.h > 1e-6 ? bounds.h : 0;
  const k = Math.max(1, width - 2 * margin.x) / w;
  const needed = head + foot + 2 * margin.y + h * k;
  return Math.round(Math.min(max, Math.max(min, needed)));
}
