// The feedback sheet's own styles: the one copy, used by the app (a <style> element in the Tilbakemelding tab,
// for the preview and the printout) and by the file a person gets (views/feedback-file.js). Self-contained: no
// custom properties from the app's tokens, so the file looks the same outside the app. Colours as the app's
// tokens (text 15.6:1, muted 7.0:1, accent 7.0:1 on white). Printed, each sheet starts a new A4 page.
export const FEEDBACK_CSS = `
.fb-sheet { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
  "Liberation Sans", sans-serif; color: #1b2631; background: #fff; line-height: 1.45; max-width: 46rem;
  font-size: 1rem; }
.fb-sheet h1, .fb-sheet h2, .fb-sheet h3, .fb-sheet h4 { line-height: 1.25; margin: 0; }
.fb-head { border-bottom: 3px solid #1d5c87; padding-bottom: 0.5rem; margin-bottom: 0.75rem; }
.fb-round { color: #4b5a6a; margin: 0 0 0.25rem; font-size: 0.92rem; }
.fb-title { font-size: 1.6rem; }
.fb-intro { margin: 0.5rem 0 0; }
.fb-section { margin-top: 1rem; }
.fb-h2 { font-size: 1.18rem; color: #1d5c87; margin-bottom: 0.35rem; }
.fb-h3 { font-size: 1rem; margin: 0.6rem 0 0.25rem; }
.fb-sheet p { margin: 0.3rem 0; max-width: none; }
.fb-muted { color: #4b5a6a; font-size: 0.92rem; }
.fb-table { border-collapse: collapse; width: 100%; margin: 0.25rem 0 0.35rem; font-size: 0.92rem; }
.fb-table caption { text-align: left; font-weight: 600; padding-bottom: 0.2rem; }
.fb-table th, .fb-table td { text-align: left; vertical-align: top; padding: 0.2rem 0.5rem 0.2rem 0;
  border-bottom: 1px solid #c3ccd6; }
.fb-table thead th { border-bottom: 2px solid #8795a4; font-weight: 600; }
.fb-table tbody th { font-weight: 500; }
.fb-contacts-table th:nth-child(1) { width: 21%; }
.fb-contacts-table th:nth-child(2) { width: 28%; }
.fb-contacts-table th:nth-child(3) { width: 14%; }
.fb-table .fb-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.fb-table tfoot th, .fb-table tfoot td { font-weight: 650; border-bottom: 0; }
.fb-columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 0 1.5rem; align-items: start; }
.fb-kinds { list-style: none; margin: 0; padding: 0; display: inline; }
.fb-kinds li { display: inline; }
.fb-kinds li + li::before { content: ", "; }
.fb-findings { margin: 0.25rem 0; padding-left: 1.2rem; }
.fb-findings li { margin-bottom: 0.3rem; }
/* A sheet prints on pages of its own, with narrower margins than the report's, so that it fits one page. */
@page feedback { size: A4; margin: 12mm 14mm; }
@media print {
  .fb-sheet { page: feedback; max-width: none; font-size: 9.5pt; line-height: 1.25; }
  .fb-head { padding-bottom: 2mm; margin-bottom: 2mm; }
  .fb-title { font-size: 15pt; }
  .fb-section { margin-top: 3mm; }
  .fb-h2 { font-size: 11.5pt; margin-bottom: 1mm; }
  .fb-h3 { font-size: 10pt; margin: 2mm 0 1mm; }
  .fb-sheet p { margin: 1mm 0; }
  .fb-muted { font-size: 8pt; }
  .fb-table { font-size: 9pt; margin: 1mm 0; }
  .fb-table th, .fb-table td { padding: 0.5mm 2mm 0.5mm 0; }
  .fb-findings li { margin-bottom: 1mm; }
  .fb-sheet + .fb-sheet { break-before: page; }
  .fb-h2, .fb-h3, .fb-table caption { break-after: avoid; }
  .fb-table tr { break-inside: avoid; }
  .fb-table thead { display: table-header-group; }
}
`;

/** The page of a printed sheet on its own (the file): A4 with the app's report margins (styles/print.css). */
export const FEEDBACK_PAGE_CSS = `
@page { size: A4; margin: 12mm 14mm; }
body { margin: 2rem auto; padding: 0 1rem; max-width: 46rem; background: #fff; }
@media print { body { margin: 0; padding: 0; max-width: none; } }
`;
