// A person's feedback sheet as a file of its own: one small HTML page with the sheet and its styles, no script,
// under a CSP that forbids every connection, so it can be e-mailed and opened anywhere. The markup is the app's
// own FeedbackSheet written out by lib/html-string.js, which escapes every text and refuses anything that runs.
// Many sheets go into one zip (fflate, as the xlsx export), one file per person.
import { h } from 'preact';
import { zipSync, strToU8 } from 'fflate';
import { html } from '../ui/html.js';
import { t, withLang } from '../i18n.js';
import { renderToString } from '../lib/html-string.js';
import { FEEDBACK_CSS, FEEDBACK_PAGE_CSS } from '../lib/feedback-style.js';
import { slugify } from '../lib/slug.js';
import { FeedbackSheet, waveName } from './feedback-sheet.js';

/** The file's own policy: styles inline, nothing else (no script, image, font, form or connection). */
export const FEEDBACK_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

/** The whole file for one sheet, written in `lang`. */
export function feedbackFileHtml(feedback, sheet, lang) {
  return withLang(lang, () => {
    const title = t('feedback.fileTitle', { name: sheet.name, wave: waveName(feedback.wave) });
    const page = html`<html lang=${lang}>
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content=${FEEDBACK_CSP} />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="referrer" content="no-referrer" />
<title>${title}</title>
${h('style', null, FEEDBACK_PAGE_CSS + FEEDBACK_CSS)}
</head>
<body><main><${FeedbackSheet} feedback=${feedback} sheet=${sheet} level=${1} /></main></body>
</html>`;
    return `<!doctype html>\n${renderToString(page)}\n`;
  });
}

/** "tilbakemelding-kari-nordmann.html"; `taken` (a Set) makes names unique within one zip ("-2", "-3" …). */
export function feedbackFilename(name, taken = null) {
  const base = `tilbakemelding-${slugify(name, 'person')}`;
  let file = `${base}.html`;
  for (let n = 2; taken && taken.has(file); n += 1) file = `${base}-${n}.html`;
  if (taken) taken.add(file);
  return file;
}

/** "tilbakemeldinger-ny-kartlegging-varen-2026.zip" */
export function feedbackZipName(feedback) {
  return `tilbakemeldinger-${slugify(waveName(feedback.wave), 'runde')}.zip`;
}

/** Every sheet's file in one zip: { filename, bytes }. */
export function feedbackZip(feedback, lang) {
  const taken = new Set();
  const files = {};
  for (const sheet of feedback.sheets)
    files[feedbackFilename(sheet.name, taken)] = strToU8(feedbackFileHtml(feedback, sheet, lang));
  return { filename: feedbackZipName(feedback), bytes: zipSync(files, { level: 6 }) };
}
