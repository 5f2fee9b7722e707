#!/usr/bin/env node
// Bundle the app into one self-contained HTML file: dist/bosam.html.
//   node tools/bundle.mjs [--core PATH] [--out PATH]
// esbuild bundles www/src/main.js (iife, minified, es2020) and www/styles/main.css;
// the WASM core (build/wasm/bosam-core.js, a classic SINGLE_FILE script) and both
// bundles are inlined into www/index.html at its <!--BOSAM:*--> placeholders.
// First the survey form (www/survey: main.js, survey.css, index.html) is bundled the same
// way into one HTML string (no core, its own strict CSP); the app gets it base64-encoded as
// __BOSAM_SURVEY_TEMPLATE_B64__ (base64 so the app's script holds no "<script" text) and
// fills it per respondent offline (www/src/lib/survey-form.js).
// The output is deterministic: the same inputs give the same bytes.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const PLACEHOLDERS = {
  css: '<!--BOSAM:CSS-->',
  core: '<!--BOSAM:CORE-->',
  app: '<!--BOSAM:APP-->'
};

/**
 * Make JS safe inside <script>…</script>: "</script" would end the element early and
 * "<!--" can switch the HTML parser into its escaped state. "<\/script" and "<\!--"
 * mean the same inside JS strings, templates and regular expressions.
 */
export function escapeScript(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Make CSS safe inside <style>…</style>. "\3c " is CSS's escape for "<" in strings. */
export function escapeStyle(css) {
  return css.replace(/<\/(style)/gi, '\\3c /$1');
}

/** The survey form's template has no core. */
export const SURVEY_PLACEHOLDERS = { css: PLACEHOLDERS.css, app: PLACEHOLDERS.app };
/** Must match PAYLOAD_MARKER in www/src/lib/survey-form.js (tests/js/bundle.test.mjs checks). */
export const SURVEY_PAYLOAD_MARKER = '{"bosamSurvey":"payload"}';

/** Replace each placeholder exactly once; fail loudly if one is missing or repeated. */
export function inline(template, parts, placeholders = PLACEHOLDERS) {
  let html = template;
  for (const [key, marker] of Object.entries(placeholders)) {
    const count = html.split(marker).length - 1;
    if (count !== 1) throw new Error(`template must contain ${marker} exactly once (found ${count})`);
    let element;
    if (key === 'css') element = `<style>${escapeStyle(parts.css)}</style>`;
    else element = `<script>${escapeScript(parts[key])}</script>`;
    // split/join, not String.replace: the inlined code may contain "$&" and friends.
    html = html.split(marker).join(element);
  }
  return html;
}

export function parseArgs(argv) {
  const opts = {
    core: resolve(ROOT, 'build/wasm/bosam-core.js'),
    out: resolve(ROOT, 'dist/bosam.html'),
    template: resolve(ROOT, 'www/index.html'),
    entry: resolve(ROOT, 'www/src/main.js'),
    css: resolve(ROOT, 'www/styles/main.css'),
    surveyTemplate: resolve(ROOT, 'www/survey/index.html'),
    surveyEntry: resolve(ROOT, 'www/survey/main.js'),
    surveyCss: resolve(ROOT, 'www/survey/survey.css')
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      i += 1;
      return resolve(v);
    };
    if (arg === '--core') opts.core = value();
    else if (arg === '--out') opts.out = value();
    else if (arg === '--help' || arg === '-h') opts.help = true;
    else throw new Error(`unknown argument: ${arg}`);
  }
  return opts;
}

async function appVersion() {
  const pkg = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8'));
  return String(pkg.version || '0.0.0');
}

const COMMON = { bundle: true, minify: true, write: false, logLevel: 'silent', legalComments: 'none', charset: 'utf8' };
const text = (result) => result.outputFiles.map((f) => f.text).join('');

async function buildJsCss(entry, cssEntry, define) {
  const esbuild = await import('esbuild');
  const js = await esbuild.build({
    ...COMMON,
    entryPoints: [entry],
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    // lib/random.js loads node:crypto only in node without a global crypto (Node 18); never in a browser.
    external: ['node:crypto'],
    define: { 'process.env.NODE_ENV': '"production"', ...define }
  });
  const css = await esbuild.build({
    ...COMMON,
    entryPoints: [cssEntry],
    loader: { '.css': 'css' },
    target: ['chrome100', 'firefox100', 'safari15']
  });
  return { app: text(js), css: text(css) };
}

/** The survey form as one self-contained HTML string, with the payload marker in it once. */
export async function buildSurveyTemplate(opts) {
  const template = await readFile(opts.surveyTemplate, 'utf8');
  const parts = await buildJsCss(opts.surveyEntry, opts.surveyCss, {});
  const html = inline(template, parts, SURVEY_PLACEHOLDERS);
  const count = html.split(SURVEY_PAYLOAD_MARKER).length - 1;
  if (count !== 1)
    throw new Error(`the survey template must contain ${SURVEY_PAYLOAD_MARKER} exactly once (found ${count})`);
  return html;
}

export async function buildParts(opts) {
  const version = await appVersion();
  const survey = await buildSurveyTemplate(opts);
  return buildJsCss(opts.entry, opts.css, {
    __BOSAM_APP_VERSION__: JSON.stringify(version),
    __BOSAM_SURVEY_TEMPLATE_B64__: JSON.stringify(Buffer.from(survey, 'utf8').toString('base64'))
  });
}

export async function bundle(opts) {
  let core;
  try {
    core = await readFile(opts.core, 'utf8');
  } catch (e) {
    throw new Error(
      `cannot read the WASM core at ${opts.core} (${e.code || e.message}); build it first (tools/build) or pass --core PATH`
    );
  }
  const template = await readFile(opts.template, 'utf8');
  const parts = await buildParts(opts);
  const html = inline(template, { ...parts, core });
  await mkdir(dirname(opts.out), { recursive: true });
  await writeFile(opts.out, html);
  return { out: opts.out, bytes: Buffer.byteLength(html) };
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bundle: ${e.message}\nusage: node tools/bundle.mjs [--core PATH] [--out PATH]\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stdout.write('usage: node tools/bundle.mjs [--core PATH] [--out PATH]\n');
    return;
  }
  try {
    const { out, bytes } = await bundle(opts);
    process.stderr.write(`bundle: wrote ${out} (${(bytes / 1024).toFixed(0)} KiB)\n`);
  } catch (e) {
    process.stderr.write(`bundle: ${e.message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
