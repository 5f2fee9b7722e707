// Views are addressed as "#/<view>" so reload and the back button keep the place.
// Other hashes (such as "#main" from the skip link) are not routes.

export function viewFromHash(hash, viewIds, fallback = viewIds[0]) {
  const m = /^#\/([a-z][a-z0-9-]*)/.exec(hash || '');
  if (!m) return null;
  return viewIds.includes(m[1]) ? m[1] : fallback;
}

export function hashForView(view) {
  return `#/${view}`;
}
