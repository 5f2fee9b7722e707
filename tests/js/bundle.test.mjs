import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { escapeScript, escapeStyle, inline, parseArgs, bundle, PLACEHOLDERS } from '../../tools/bundle.mjs';

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
  assert.equal(html, '<!doctype html><html><head><style>a{b:c}</style></head><body>'
    + '<script>var core="$&$1<\\/script>";</script><script>var app=\'$`\';</script></body></html>');
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
    assert.ok(!/@import|url\(\s*["']?https?:/i.test(html.slice(html.indexOf('<style>'), html.indexOf('</style>'))), 'CSS is fully inlined');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('CLI: exit 1 with a clear message when the core is missing, 2 on bad usage', () => {
  const missing = spawnSync(process.execPath, [join(ROOT, 'tools/bundle.mjs'), '--core', '/nonexistent/core.js', '--out', join(tmpdir(), 'never.html')], { encoding: 'utf8' });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read the WASM core/);
  const usage = spawnSync(process.execPath, [join(ROOT, 'tools/bundle.mjs'), '--what'], { encoding: 'utf8' });
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /usage:/);
});
