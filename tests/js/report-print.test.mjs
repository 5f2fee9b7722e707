// The report's print arithmetic (lib/report-print.js): label size from the printed scale, the drawing's
// height, and the page-number rule built from the locale's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ptPerUnit,
  printedPt,
  labelFontSize,
  pageCounterContent,
  pageNumberCss,
  cssString,
  fittedHeight,
  REPORT_FIGURE,
  PT_PER_MM
} from '../../www/src/lib/report-print.js';
import nb from '../../www/src/locales/nb.js';
import en from '../../www/src/locales/en.js';

test('points per drawing unit: 1600 units printed 178 mm wide is 0.315 pt per unit', () => {
  // 178 mm = 178 / 25.4 in = 7.008 in = 504.57 pt; / 1600 = 0.31535.
  assert.equal(PT_PER_MM.toFixed(5), '2.83465');
  assert.equal(ptPerUnit({ drawWidth: 1600, printWidthMm: 178 }).toFixed(5), '0.31535');
  assert.throws(() => ptPerUnit({ drawWidth: 0, printWidthMm: 178 }), RangeError);
});

test('regression (5 pt labels): the export drawing scaled to the page printed 12-unit labels under 5 pt', () => {
  const exportOnPage = { drawWidth: 1600, printWidthMm: 178 };
  assert.ok(printedPt(12, exportOnPage) < 5, 'the old report: 12 units × 0.315 = 3.8 pt');
  // What the label size has to be at that scale: 8 / 0.31535 = 25.37, rounded up to 25.4.
  assert.equal(labelFontSize(exportOnPage), 25.4);
  assert.ok(printedPt(labelFontSize(exportOnPage), exportOnPage) >= 8);
});

test('the report figure: 800 units at 178 mm, labels of 12.7 units print at 8 pt; the export texts at 8 pt or more', () => {
  const fig = { drawWidth: REPORT_FIGURE.width, printWidthMm: REPORT_FIGURE.printWidthMm };
  // 504.57 pt / 800 = 0.63071 pt per unit; 8 / 0.63071 = 12.684 -> 12.7.
  assert.equal(labelFontSize(fig), 12.7);
  assert.ok(printedPt(labelFontSize(fig), fig) >= 8);
  for (const size of [13, 14, 22]) assert.ok(printedPt(size, fig) >= 8, `${size} units`); // place names, subtitle, title
  // Never smaller than the live map's 12 units, even when the page would allow it.
  assert.equal(labelFontSize({ drawWidth: 400, printWidthMm: 178 }), 12);
  assert.equal(labelFontSize({ drawWidth: 400, printWidthMm: 178 }, { base: 6 }).toFixed(1), '6.4');
});

test('the drawing is as tall as the layout needs at its width, within the limits', () => {
  const o = { width: 800, margin: { x: 110, y: 40 }, head: 70, foot: 16, min: 420, max: 860 };
  // A 100 × 50 layout: scale 580 / 100 = 5.8, so 50 × 5.8 = 290, + 2 × 40 + 70 + 16 = 456.
  assert.equal(fittedHeight({ w: 100, h: 50 }, o), 456);
  assert.equal(fittedHeight({ w: 100, h: 10 }, o), 420, 'a flat layout: the minimum');
  assert.equal(fittedHeight({ w: 100, h: 500 }, o), 860, 'a tall layout: the maximum');
  assert.equal(fittedHeight({ w: 0, h: 0 }, o), 420, 'a single point');
});

test('page numbers: "Side {page} av {pages}" becomes the counters between CSS strings', () => {
  assert.equal(pageCounterContent('Side {page} av {pages}'), '"Side " counter(page) " av " counter(pages)');
  assert.equal(pageCounterContent('Page {page} of {pages}'), '"Page " counter(page) " of " counter(pages)');
  assert.equal(pageCounterContent('{page}/{pages}'), 'counter(page) "/" counter(pages)');
  assert.equal(pageCounterContent('{other} x'), '"{other} x"', 'other placeholders stay text');
  assert.equal(cssString('a "b" \\ c\nd'), '"a \\"b\\" \\\\ c d"');
  assert.match(
    pageNumberCss(nb['report.pageNumber']),
    /^@page \{ @bottom-right \{ content: "Side " counter\(page\) " av " counter\(pages\);/
  );
  assert.match(pageNumberCss(en['report.pageNumber']), /content: "Page " counter\(page\) " of " counter\(pages\);/);
});
