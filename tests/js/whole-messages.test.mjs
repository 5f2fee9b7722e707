// No sentence is put together from translated pieces in code: word order, prepositions and
// punctuation are the language's, so a text a person reads or hears is one message with placeholders. This reads
// the views' source and fails on the ways pieces were glued before:
// - a plain template literal holding a translation with more text: `${t(key)} (${detail})`;
// - `t(…) +` or `+ t(…)`;
// - `.join(…)` of translations (whole sentences go through `sentences()` in ui/list-text.js instead);
// - a visually hidden span that continues the visible text before it (" for Kari", ", sortert …", " (…)") or
//   begins the visible text after it ("Lagringsstatus: "): the accessible name is then two pieces. A control says
//   its whole name in one message (ui/named-label.js).
// Markup (html`…`) is not a string: a message rendered with some values in their own elements (ui/rich-text.js)
// is still one message. Run on hand-written snippets first, so the check can be seen to fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ROOT, viewSources } from './source-files.mjs';
import { LOCALES, LANGS, translate } from '../../www/src/i18n.js';

const REGEX_BEFORE = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const KEYWORDS_BEFORE_REGEX = /(?:^|[^\w$])(?:return|typeof|case|in|of)$/;

/**
 * The template literals of a JavaScript source, with their tag (the identifier before the backtick, '' for a
 * plain string), their static text (quasis) and the source of each ${…} expression; nested ones included.
 * A small scanner, not a parser: it skips comments, strings and regular-expression literals (a "/" after an
 * operator or a keyword). O(length of the source).
 */
export function templateLiterals(src) {
  const found = [];
  const lineAt = (i) => src.slice(0, i).split('\n').length;
  // Scans code from i; returns the index of the '}' that closes an enclosing ${…} (depth 0), or src.length.
  function code(i, inExpr) {
    let depth = 0;
    let prev = '';
    while (i < src.length) {
      const c = src[i];
      if (c === '/' && src[i + 1] === '/') {
        i = src.indexOf('\n', i);
        if (i < 0) return src.length;
        continue;
      }
      if (c === '/' && src[i + 1] === '*') {
        i = src.indexOf('*/', i + 2) + 2;
        if (i < 2) return src.length;
        continue;
      }
      if (c === '"' || c === "'") {
        i = skipString(i, c);
        prev = c;
        continue;
      }
      if (c === '`') {
        const tag = /([\w$.]*)\s*$/.exec(src.slice(Math.max(0, i - 40), i))[1];
        i = template(i, tag);
        prev = '`';
        continue;
      }
      if (
        c === '/' &&
        (prev === '' || REGEX_BEFORE.has(prev) || KEYWORDS_BEFORE_REGEX.test(src.slice(0, i).trimEnd()))
      ) {
        i = skipRegex(i);
        prev = '/';
        continue;
      }
      if (c === '{') depth += 1;
      if (c === '}') {
        if (depth === 0 && inExpr) return i;
        depth -= 1;
      }
      if (!/\s/.test(c)) prev = c;
      i += 1;
    }
    return i;
  }
  function skipString(i, quote) {
    for (let j = i + 1; j < src.length; j += 1) {
      if (src[j] === '\\') j += 1;
      else if (src[j] === quote || src[j] === '\n') return j + 1;
    }
    return src.length;
  }
  function skipRegex(i) {
    let inClass = false;
    for (let j = i + 1; j < src.length; j += 1) {
      const c = src[j];
      if (c === '\\') j += 1;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) return j + 1;
      else if (c === '\n') return j;
    }
    return src.length;
  }
  function template(i, tag) {
    const item = { tag, line: lineAt(i), quasis: [''], exprs: [] };
    found.push(item);
    let j = i + 1;
    while (j < src.length && src[j] !== '`') {
      if (src[j] === '\\') {
        item.quasis[item.quasis.length - 1] += src.slice(j, j + 2);
        j += 2;
      } else if (src[j] === '$' && src[j + 1] === '{') {
        const end = code(j + 2, true);
        item.exprs.push(src.slice(j + 2, end));
        item.quasis.push('');
        j = end + 1;
      } else {
        item.quasis[item.quasis.length - 1] += src[j];
        j += 1;
      }
    }
    return j + 1;
  }
  code(0, false);
  return found;
}

// A call of one of the translation functions (the app's t and translate, the survey form's t).
const TRANSLATION = /^\s*(?:t|translate)\(/;
// A call t(…) with at most one level of brackets inside, then "+"; or "+" then a call.
const PLUS = [/(?:^|[^\w$.])(?:t|translate)\((?:[^()]|\([^()]*\))*\)\s*\+/, /\+\s*(?:t|translate)\(/];
const JOIN = [
  /\[(?:[^\]]*[^\w$.\]])?(?:t|translate)\([^\]]*\]\s*\.join\(/,
  /=>\s*(?:t|translate)\((?:[^()]|\([^()]*\))*\)\)\s*\.join\(/
];
// Hidden text that starts with a space or a punctuation mark continues the visible text; ending in a space or a
// colon, it begins the text after it.
const HIDDEN_TAIL = /class="visually-hidden">(?:\s|[,.;:(–·-])/;
const HIDDEN_HEAD = /class="visually-hidden">[^<]*(?:\s|:)<\/span>/;

/** The places in `src` where translated pieces are glued, as "line: what". */
export function gluedPieces(src) {
  const found = [];
  for (const tpl of templateLiterals(src)) {
    if (tpl.tag) {
      // Markup (html`…`) may set a message's parts in their own elements, but a translation put beside another
      // value with only a mark between ("${t('report.title')}: ${name}") is a sentence built in code.
      const beside = tpl.exprs.slice(1).some((e, k) => {
        const either = TRANSLATION.test(e) || TRANSLATION.test(tpl.exprs[k]);
        return either && /^\s*[:·–,(/→-]+\s*$/.test(tpl.quasis[k + 1]);
      });
      if (beside) found.push(`${tpl.line}: a translation and another value joined by a mark`);
      continue;
    }
    const translated = tpl.exprs.filter((e) => TRANSLATION.test(e)).length;
    const more = tpl.exprs.length - translated + (tpl.quasis.join('').trim() ? 1 : 0);
    if (translated && (translated > 1 || more)) found.push(`${tpl.line}: a translation in a string with more text`);
  }
  src.split('\n').forEach((whole, i) => {
    if (/^\s*(\/\/|\*)/.test(whole)) return;
    const line = whole.replace(/\s\/\/\s.*$/, ''); // a comment at the end of the line
    if (PLUS.some((re) => re.test(line))) found.push(`${i + 1}: a translation joined with +`);
    if (JOIN.some((re) => re.test(line))) found.push(`${i + 1}: translations joined with .join()`);
    if (HIDDEN_TAIL.test(line) || HIDDEN_HEAD.test(line))
      found.push(`${i + 1}: hidden text glued to the visible text beside it`);
  });
  return found;
}

test('the check finds each way of gluing translated pieces (it can fail)', () => {
  const glued = [
    "const a = `${t('x')} (${err.message})`;",
    "const b = `${t('a')} ${t('b')}`;",
    "const c = t('a') + ' ' + name;",
    "const d = name + t('a', { n: f(1) });",
    "const e = [t('a'), t('b')].join(' ');",
    "const f = keys.map((k) => t(`x.${k}`)).join(', ');",
    'html`<button>${t(\'edit.edit\')}<span class="visually-hidden"> ${name}</span></button>`;',
    'html`<caption>${c}<span class="visually-hidden">, ${t(\'table.sortedAsc\')}</span></caption>`;',
    'html`<p><span class="visually-hidden">${t(\'save.statusLabel\')}: </span>${status}</p>`;',
    "const g = `x${html`<b>${t('a')}</b>`}${`${t('c')} more`}`;",
    "html`<h1>${t('report.title')}: ${name}</h1>`;",
    "html`<p>${t('a', { count: 1 })} · ${t('b', { count: 2 })}</p>`;"
  ];
  for (const src of glued) assert.equal(gluedPieces(src).length, 1, src);
});

test('the check lets whole messages, keys built in code, markup and regular expressions be', () => {
  const fine = [
    "const a = t('edit.editNamed', { name });",
    'const b = t(`tasks.role.${role}`);',
    "const c = `${t('x')}`;",
    'html`<span aria-hidden="true">${t(\'edit.edit\')}</span><span class="visually-hidden">${t(\'edit.editNamed\', { name })}</span>`;',
    "html`<p>${t('a')} <strong>${t('b')}</strong></p>`;",
    "html`<p>${t('a')}</p>: <p>${t('b')}</p>`;",
    "const d = /`${t(/.test(line) ? `${id}-x` : '';",
    "const e = `${testid}-edit`; // t('a') + 'b' in a comment",
    "const f = count + 1; t('a');"
  ];
  for (const src of fine) assert.deepEqual(gluedPieces(src), [], src);
});

test('no view glues translated pieces into one text: each text a person reads or hears is one message', () => {
  const files = viewSources();
  assert.ok(files.length > 50);
  const found = [];
  for (const file of files) {
    for (const hit of gluedPieces(readFileSync(file, 'utf8'))) found.push(`${file.slice(ROOT.length + 1)}:${hit}`);
  }
  assert.deepEqual(found, []);
});

test('each control’s whole name begins with the words it shows (WCAG 2.5.3 Label in Name), in every language', () => {
  // "Endre" shown, "Endre Kari" read out: a person using speech control says what they see.
  const params = { name: 'Kari', fn: 'Bostøtte', count: 3 };
  let pairs = 0;
  for (const lang of LANGS) {
    for (const key of Object.keys(LOCALES[lang])) {
      const base = key.replace(/Named$/, '');
      if (base === key || !(base in LOCALES[lang])) continue;
      pairs += 1;
      const shown = translate(lang, base, params);
      const named = translate(lang, key, params);
      assert.ok(named.startsWith(shown) && named.includes('Kari'), `${lang} ${key}: "${named}" / "${shown}"`);
    }
  }
  assert.ok(pairs >= 3 * 10, `found ${pairs} pairs`);
});
