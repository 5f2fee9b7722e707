// The text of an HTML file made from the same Preact components the app renders, for a file that leaves the app
// (a feedback sheet). Never used to put markup into the page: the app renders vnodes as DOM, and this writes them
// out as a file's text. Every text and attribute value is escaped here, in one place; elements that could run
// code (script, iframe, object, embed, event handlers, javascript: URLs) are refused, so a file made from user
// data holds no script whatever the data says. Pure; no DOM. O(size of the tree).

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr'
]);
const REFUSED = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'form', 'noscript']);
const SKIPPED_PROPS = new Set(['children', 'key', 'ref', '__source', '__self']);

/** Text content: &, < and > escaped. */
export function escapeText(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes: &, ", < and > escaped. */
export function escapeAttribute(value) {
  return escapeText(value).replace(/"/g, '&quot;');
}

const attributeName = (name) => (name === 'className' ? 'class' : name === 'htmlFor' ? 'for' : name);

function attributes(props) {
  let out = '';
  for (const [key, value] of Object.entries(props)) {
    if (SKIPPED_PROPS.has(key) || value === undefined || value === null || value === false) continue;
    if (/^dangerously|innerhtml/i.test(key)) throw new Error('html-string: raw HTML is not allowed');
    if (/^on/i.test(key)) continue; // event handlers never go into a file
    const name = attributeName(key);
    if (!/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(name)) throw new Error(`html-string: bad attribute name ${name}`);
    if (typeof value === 'object') throw new Error(`html-string: ${name} must be text, not an object`);
    if ((name === 'href' || name === 'src') && /^\s*(javascript|data|vbscript):/i.test(String(value)))
      throw new Error(`html-string: ${name} may not run code`);
    out += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

/**
 * The HTML text of a vnode tree (htm/Preact): strings and numbers as escaped text, arrays in order, function
 * components called with their props (they must be pure: no hooks), elements with their attributes.
 * The children of a <style> element are written as they are (CSS, from the app's own source, never user data).
 */
export function renderToString(node) {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return escapeText(node);
  if (Array.isArray(node)) return node.map(renderToString).join('');
  if (typeof node !== 'object' || !('type' in node)) throw new Error('html-string: not a vnode');
  const { type, props = {} } = node;
  if (typeof type === 'function') return renderToString(type(props));
  const tag = String(type).toLowerCase();
  if (REFUSED.has(tag) || !/^[a-z][a-z0-9-]*$/.test(tag)) throw new Error(`html-string: <${tag}> is not allowed`);
  const open = `<${tag}${attributes(props)}>`;
  if (VOID.has(tag)) return open;
  const children = tag === 'style' ? styleText(props.children) : renderToString(props.children);
  return `${open}${children}</${tag}>`;
}

/** CSS inside <style>: "</style" could end the element early; CSS's escape for "<" keeps it text. */
function styleText(children) {
  const text = [].concat(children === undefined || children === null ? [] : children).join('');
  return text.replace(/<\/(style)/gi, '\\3c /$1');
}
