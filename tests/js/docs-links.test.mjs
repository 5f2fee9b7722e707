// The repository stands on its own. No comment, doc or test cites a document that does not ship with it (a
// design note by section, an issue tracker by number, a folder beside the checkout): a contract is named by the
// page of docs/ that holds it, and a reason is said in plain words. Every relative link in the Markdown files leads
// to a file of the repository, and a link to a heading (page.md#heading) to a heading that page has.
// O(total size of the tracked text files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const posix = (path) => path.split(sep).join('/');

/** Citations of what lives outside the repository. "issue" in its other sense (a validation problem) is fine. */
export const OUTSIDE = [
  { re: /\b(?:design|domain|review)(?:\.md)?\s*(?:§\s*[0-9a-z]|section\s+\d)/i, what: 'a section of a note outside' },
  { re: /\bissues?\s+#?\d/i, what: 'an issue number' },
  // Built from parts, so this file does not itself cite the folder it looks for.
  { re: new RegExp(['\\.\\.', 'shared', ''].join('\\/')), what: 'a folder beside the checkout' },
  { re: new RegExp(['', 'work', '(?:shared|notes)\\b'].join('\\/')), what: 'a folder of this machine' }
];

/** "file:line: text" for every line of `text` that cites something outside. */
export function outsideCitations(file, text) {
  const out = [];
  text.split('\n').forEach((line, i) => {
    for (const { re, what } of OUTSIDE) if (re.test(line)) out.push(`${file}:${i + 1}: ${what}: ${line.trim()}`);
  });
  return out;
}

// What .gitignore leaves out (outputs, installed packages, logs), for when the files are walked instead.
const ignored = (rel, name) =>
  ['.git', 'node_modules'].includes(name) || ['build', 'dist', 'tests/out'].includes(rel) || name.endsWith('.log');

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const rel = posix(relative(ROOT, path));
    if (ignored(rel, name)) continue;
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(rel);
  }
  return out;
}

/** The repository's files, relative to ROOT with '/': git's list in a checkout, else every file but outputs. */
function repoFiles() {
  let files;
  try {
    const git = { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] };
    files = execFileSync('git', ['ls-files', '-z'], git).split('\0').filter(Boolean);
  } catch {
    files = walk(ROOT);
  }
  return files.filter((f) => existsSync(join(ROOT, f)) && statSync(join(ROOT, f)).isFile());
}

const FILES = repoFiles();
const isText = (bytes) => !bytes.includes(0);

/** GitHub's anchor for a heading: its text, lower case, without punctuation but - and _, spaces as '-'. */
export function slug(heading) {
  const text = heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/** Drops fenced code blocks (keeping their lines, so line numbers hold) and code spans. */
function prose(markdown) {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return '';
      }
      return fenced ? '' : line.replace(/`[^`]*`/g, 'code');
    })
    .join('\n');
}

/** The anchors a Markdown page has: one per heading (repeats get -1, -2 …) and any <a id|name="…">. */
export function anchors(markdown) {
  const seen = new Map();
  const out = new Set();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const base = slug(heading[1]);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      out.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(m[1]);
  }
  return out;
}

/** The link targets of a Markdown page: inline links and images, and reference definitions, with their lines. */
export function links(markdown) {
  const out = [];
  prose(markdown)
    .split('\n')
    .forEach((line, i) => {
      const inline = line.matchAll(/\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g);
      for (const m of inline) out.push({ target: m[1], line: i + 1 });
      const def = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/.exec(line);
      if (def) out.push({ target: def[1], line: i + 1 });
    });
  return out;
}

/**
 * The broken relative links of the page `file` (relative to ROOT): a target that is not a file of `files` (or a
 * folder holding some), that leaves the repository, or a #heading its page does not have. `read(file)` gives a
 * page's text. Links with a scheme (https:, mailto:) are not followed.
 */
export function brokenLinks(file, markdown, files, read) {
  const folders = new Set();
  for (const f of files) for (let i = f.indexOf('/'); i > 0; i = f.indexOf('/', i + 1)) folders.add(f.slice(0, i));
  const problems = [];
  for (const { target, line } of links(markdown)) {
    if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const hash = target.indexOf('#');
    const path = decodeURI(hash < 0 ? target : target.slice(0, hash));
    const fragment = hash < 0 ? '' : decodeURIComponent(target.slice(hash + 1));
    const to = path ? posix(relative(ROOT, resolve(ROOT, dirname(file), path))) : file;
    const where = `${file}:${line}: ${target}`;
    if (to.startsWith('../') || to === '..') problems.push(`${where}: leaves the repository`);
    else if (!files.includes(to) && !folders.has(to.replace(/\/$/, ''))) problems.push(`${where}: no such file`);
    else if (fragment && to.endsWith('.md') && !anchors(read(to)).has(fragment)) {
      problems.push(`${where}: ${to} has no heading #${fragment}`);
    }
  }
  return problems;
}

test('no comment, doc or test cites a document outside the repository', () => {
  assert.ok(FILES.length > 300, `expected the repository's files, found ${FILES.length}`);
  const hits = [];
  for (const file of FILES) {
    const bytes = readFileSync(join(ROOT, file));
    if (isText(bytes)) hits.push(...outsideCitations(file, bytes.toString('utf8')));
  }
  assert.deepEqual(hits, [], 'name the page of docs/ that holds the contract, or say the reason in words');
});

test('the citation check catches what it is for and lets the other "issue" through', () => {
  const n = 12;
  const cited = [
    `see issue ${n}`,
    `(Issue ${n}: the rate)`,
    `issues ${n - 6} and ${n}`,
    [['design', '§'].join(' '), n - 9].join(''),
    [['design.md', '§'].join(' '), n - 9, 'b'].join(''),
    `design.md section ${n - 8}`,
    [['review', '§'].join(' '), n - 5, '.2'].join(''),
    ['..', 'shared', 'x.md'].join('/'),
    ['', 'work', 'shared', 'x.md'].join('/')
  ];
  for (const line of cited) assert.equal(outsideCitations('x', line).length, 1, line);
  const fine = [
    'every issue code',
    "the issue's arguments",
    'Issue{path, code}',
    'std::vector<Issue> issues;',
    'issues[0].code',
    'an issue: 3 rows',
    'XML 1.0 §3.3.3',
    'docs/measures.md, "Communities"',
    '../README.md'
  ];
  for (const line of fine) assert.deepEqual(outsideCitations('x', line), [], line);
});

test('every relative link in the Markdown files leads to a file of the repository', () => {
  const pages = FILES.filter((f) => f.endsWith('.md'));
  for (const required of ['README.md', 'CONTRIBUTING.md', 'docs/README.md', 'docs/analysis.md']) {
    assert.ok(pages.includes(required), `${required} is checked`);
  }
  const read = (f) => readFileSync(join(ROOT, f), 'utf8');
  const problems = pages.flatMap((page) => brokenLinks(page, read(page), FILES, read));
  assert.deepEqual(problems, []);
  const count = pages.reduce((sum, page) => sum + links(read(page)).length, 0);
  assert.ok(count >= 50, `expected the docs' links, found ${count}`);
});

test('the link check catches a missing file, a missing heading and a way out of the repository', () => {
  const files = ['README.md', 'docs/a.md', 'docs/b.md', 'docs/schemas/x.json'];
  const pages = {
    'docs/b.md': '# The file\n\n## `bosam export --format graphml|gexf FILE [options]`\n## Notes\n## Notes\n'
  };
  const read = (f) => pages[f];
  const page = [
    'Fine: [b](b.md), [export](b.md#bosam-export---format-graphmlgexf-file-options), [again](b.md#notes-1),',
    '[up](../README.md), [schemas](schemas/), [x](schemas/x.json "title"), [web](https://example.org/a.md),',
    '`[code](nowhere.md)`, and',
    '```',
    '[fenced](nowhere.md)',
    '```',
    'Broken: [gone](c.md), [heading](b.md#nothing), [out](../../elsewhere/design.md).',
    '[ref]: ./missing/'
  ].join('\n');
  const problems = brokenLinks('docs/a.md', page, files, read);
  assert.deepEqual(
    problems.map((p) => p.replace(/^docs\/a\.md:\d+: /, '')),
    [
      'c.md: no such file',
      'b.md#nothing: docs/b.md has no heading #nothing',
      '../../elsewhere/design.md: leaves the repository',
      './missing/: no such file'
    ]
  );
  assert.equal(problems[0].split(':')[1], '7', 'the line of the broken link');
});
