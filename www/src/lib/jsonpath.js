// The core names each problem's place as JSONPath ($.units[3].relation.contact,
// $['odd key']). Forms use these helpers to put the core's messages next to the field
// they are about. Pure.

/** '$.units[3].relation.contact' -> ['units', 3, 'relation', 'contact']; null if not a path. */
export function parsePath(path) {
  if (typeof path !== 'string' || path[0] !== '$') return null;
  const out = [];
  let i = 1;
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      const m = /^[A-Za-z_$][\w$-]*/.exec(path.slice(i + 1));
      if (!m) return null;
      out.push(m[0]);
      i += 1 + m[0].length;
    } else if (c === '[') {
      if (path[i + 1] === "'") {
        let j = i + 2;
        let key = '';
        while (j < path.length && path[j] !== "'") {
          if (path[j] === '\\' && j + 1 < path.length) j += 1;
          key += path[j];
          j += 1;
        }
        if (path[j] !== "'" || path[j + 1] !== ']') return null;
        out.push(key);
        i = j + 2;
      } else {
        const m = /^\[(\d+)\]/.exec(path.slice(i));
        if (!m) return null;
        out.push(Number(m[1]));
        i += m[0].length;
      }
    } else {
      return null;
    }
  }
  return out;
}

/**
 * Sort errors (or warnings) by where they point, relative to one item of one list.
 *   issues: [{ path, code, message }]
 *   list, index: the item, e.g. 'units', 3
 * Returns { fields: { 'name': [issue], 'relation.contact': [issue] }, item: [issue], other: [issue] }:
 * `fields` are keyed by the dotted field path inside the item, `item` points at the item
 * itself (or its list), `other` at anything else (shown at the top of the form).
 */
export function issuesForItem(issues, list, index) {
  const fields = {};
  const item = [];
  const other = [];
  for (const issue of issues || []) {
    const parts = parsePath(issue && issue.path);
    if (!parts || parts[0] !== list || (parts.length > 1 && parts[1] !== index)) {
      other.push(issue);
      continue;
    }
    if (parts.length <= 2) {
      item.push(issue);
      continue;
    }
    const key = parts
      .slice(2)
      .filter((p) => typeof p === 'string')
      .join('.');
    (fields[key] = fields[key] || []).push(issue);
  }
  return { fields, item, other };
}

/** Issues of one list grouped by item index: { 3: [issue, …] } (used by multi-row editors). */
export function issuesByIndex(issues, list) {
  const out = {};
  for (const issue of issues || []) {
    const parts = parsePath(issue && issue.path);
    if (!parts || parts[0] !== list || typeof parts[1] !== 'number') continue;
    (out[parts[1]] = out[parts[1]] || []).push(issue);
  }
  return out;
}

/** The field an issue is about, inside its item: '$.actors[2].fte' -> 'fte'. */
export function fieldOf(path) {
  const parts = parsePath(path);
  if (!parts || parts.length < 3) return '';
  return parts
    .slice(2)
    .filter((p) => typeof p === 'string')
    .join('.');
}
