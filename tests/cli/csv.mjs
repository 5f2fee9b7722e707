// A small CSV reader for the tests that read Bosam's CSV output back (independent of the core's writer).

// RFC 4180 fields with the given separator (quoted fields may hold separators, quotes and line breaks).
export function parseCsv(text, sep) {
  const rows = [[]];
  let field = '',
    quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        ++i;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      rows.at(-1).push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') ++i;
      rows.at(-1).push(field);
      field = '';
      rows.push([]);
    } else field += c;
  }
  if (rows.at(-1).length === 0 && field === '') rows.pop();
  else rows.at(-1).push(field);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
