// A tab to open in a view that is about to be shown: another view's link asks for it (Oversikt's notice about
// the retention date opens Kontakter › Personvern), and the view takes it once when it mounts. Views are mounted
// afresh when shown, so the request is read exactly once; a request nobody takes is replaced by the next.
const wanted = new Map();

export function requestTab(view, tab) {
  wanted.set(view, tab);
}

/** The tab asked for `view` (forgotten once taken), or `fallback`. */
export function takeTab(view, fallback) {
  const tab = wanted.get(view);
  wanted.delete(view);
  return tab || fallback;
}
