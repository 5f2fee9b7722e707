import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import {
  escapeScript,
  escapeStyle,
  inline,
  parseArgs,
  bundle,
  PLACEHOLDERS,
  buildSurveyTemplate,
  SURVEY_PAYLOAD_MARKER
} from '../../tools/bundle.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TEMPLATE = `<!doctype html><html><head>${PLACEHOLDERS.css}</head><body>${PLACEHOLDERS.core}${PLACEHOLDERS.app}</body></html>`;

test('escapeScript neutralises </script in any case and <!--', () => {
  assert.equal(escapeScript('var s="</script>";'), 'var s="<\\/script>";');
  assert.equal(escapeScript('x="</SCRIPT >"'), 'x="<\\/SCRIPT >"');
  assert.equal(escapeScript('a="<!--"'), 'a="<\\!--"');
  assert.equal(escapeScript('plain code'), 'plain code');
  // The escaped text still means the same thing to JavaScript.
  const src = 'globalThis.__s = "</script><!-- " + `</ScRiPt>`;';
  new Function(escapeScript(src))();
  assert.equal(globalThis.__s, '</script><!-- </ScRiPt>');
  delete globalThis.__s;
});

test('escapeStyle neutralises </style', () => {
  assert.equal(escapeStyle('a::after{content:"</style>"}'), 'a::after{content:"\\3c /style>"}');
});

test('inline puts each part in its element and keeps $ patterns literally', () => {
  const html = inline(TEMPLATE, { css: 'a{b:c}', core: 'var core="$&$1</script>";', app: "var app='$`';" });
  assert.equal(
    html,
    '<!doctype html><html><head><style>a{b:c}</style></head><body>' +
      '<script>var core="$&$1<\\/script>";</script><script>var app=\'$`\';</script></body></html>'
  );
  assert.equal(html.match(/<\/script/gi).length, 2, 'only the two real closing tags remain');
});

test('inline refuses a template with a missing or repeated placeholder', () => {
  assert.throws(() => inline('<html></html>', { css: '', core: '', app: '' }), /BOSAM:CSS/);
  assert.throws(() => inline(TEMPLATE + PLACEHOLDERS.app, { css: '', core: '', app: '' }), /BOSAM:APP.*found 2/);
});

test('parseArgs: defaults, --core, --out, and errors', () => {
  const d = parseArgs([]);
  assert.ok(d.core.endsWith(join('build', 'wasm', 'bosam-core.js')));
  assert.ok(d.out.endsWith(join('dist', 'bosam.html')));
  const o = parseArgs(['--core', '/tmp/c.js', '--out', '/tmp/o.html']);
  assert.equal(o.core, '/tmp/c.js');
  assert.equal(o.out, '/tmp/o.html');
  assert.throws(() => parseArgs(['--core']), /needs a value/);
  assert.throws(() => parseArgs(['--bogus']), /unknown argument/);
});

test('bundle: one self-contained, deterministic HTML file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bosam-bundle-'));
  try {
    const core = join(dir, 'core.js');
    await writeFile(core, 'var BosamCore=function(){return Promise.resolve({marker:"</script><!--CORE-$&-"})};');
    const a = join(dir, 'a.html');
    const b = join(dir, 'b.html');
    await bundle({ ...parseArgs(['--core', core, '--out', a]) });
    await bundle({ ...parseArgs(['--core', core, '--out', b]) });
    const html = await readFile(a, 'utf8');
    assert.equal(html, await readFile(b, 'utf8'), 'two runs give identical bytes');
    assert.ok(html.includes('<\\/script><\\!--CORE-$&-'), 'the core is inlined, escaped, with $& kept');
    assert.equal((html.match(/<script>/g) || []).length, 2, 'exactly the core and the app scripts');
    assert.equal((html.match(/<\/script>/gi) || []).length, 2);
    assert.equal((html.match(/<style>/g) || []).length, 1);
    assert.ok(!html.includes('<!--BOSAM:'), 'no placeholder left');
    assert.ok(html.indexOf('var BosamCore') < html.lastIndexOf('<script>'), 'the core comes before the app');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.ok(!/\b(src|href)=["']?(https?:)?\/\//i.test(html), 'no remote src/href');
    assert.ok(
      !/@import|url\(\s*["']?https?:/i.test(html.slice(html.indexOf('<style>'), html.indexOf('</style>'))),
      'CSS is fully inlined'
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('CLI: exit 1 with a clear message when the core is missing, 2 on bad usage', () => {
  const missing = spawnSync(
    process.execPath,
    [join(ROOT, 'tools/bundle.mjs'), '--core', '/nonexistent/core.js', '--out', join(tmpdir(), 'never.html')],
    { encoding: 'utf8' }
  );
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read the WASM core/);
  const usage = spawnSync(process.execPath, [join(ROOT, 'tools/bundle.mjs'), '--what'], { encoding: 'utf8' });
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /usage:/);
});

test('the survey form template: self-contained, strict CSP without network, the payload marker once', async () => {
  const html = await buildSurveyTemplate(parseArgs([]));
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(csp, 'CSP meta tag');
  const directives = Object.fromEntries(
    csp[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v.join(' ')])
  );
  assert.deepEqual(
    directives,
    {
      'default-src': "'none'",
      'script-src': "'unsafe-inline'",
      'style-src': "'unsafe-inline'",
      'img-src': 'data:',
      'form-action': "'none'",
      'base-uri': "'none'"
    },
    'no connect-src, no workers, no wasm: the form needs none of them'
  );
  assert.equal(html.split(SURVEY_PAYLOAD_MARKER).length - 1, 1);
  assert.equal((html.match(/<script>/g) || []).length, 1, 'one inline script');
  assert.equal(
    (html.match(/<script type="application\/json" id="bosam-survey-data">/g) || []).length,
    1,
    'one data element'
  );
  assert.equal((html.match(/<\/script>/gi) || []).length, 2);
  assert.equal((html.match(/<style>/g) || []).length, 1);
  assert.ok(!html.includes('<!--BOSAM:'), 'no placeholder left');
  assert.ok(!/\b(src|href)=["']?(https?:)?\/\//i.test(html), 'no remote src/href');
  assert.ok(!/BosamCore/.test(html), 'the WASM core is not in the form');
});

test('bundle: the app carries the survey template, base64-encoded, once', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bosam-bundle-'));
  try {
    const core = join(dir, 'core.js');
    await writeFile(core, 'var BosamCore=function(){};');
    const out = join(dir, 'a.html');
    await bundle({ ...parseArgs(['--core', core, '--out', out]) });
    const html = await readFile(out, 'utf8');
    const template = await buildSurveyTemplate(parseArgs([]));
    const b64 = Buffer.from(template, 'utf8').toString('base64');
    assert.equal(html.split(b64).length - 1, 1, 'the template is embedded exactly once');
    assert.ok(
      !html.includes('id="bosam-survey-data"'),
      "only in base64, so the app holds no second document's <script> text"
    );
    assert.equal((html.match(/<script/gi) || []).length, 2, 'exactly the core and the app scripts');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
