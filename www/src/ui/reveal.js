// After a link from a finding to its subject (state.focus), bring the subject's row into
// view and mark it for a few seconds. Focus stays on the view's heading.
const SELECTORS = {
  function: (id) => `[data-testid="matrix-row"][data-fn="${CSS.escape(id)}"]`,
  unit: (id) => `[data-testid="unit-row"][data-id="${CSS.escape(id)}"]`,
  targetGroup: (id) => `[data-testid="group-row"][data-id="${CSS.escape(id)}"]`,
  section: (id) => `[data-testid="${CSS.escape(id)}"]`
};

export function revealFocus(focus) {
  if (!focus || !SELECTORS[focus.kind]) return false;
  const row = document.querySelector(SELECTORS[focus.kind](focus.id));
  if (!row) return false;
  row.classList.add('is-focused');
  row.dataset.focused = 'true';
  if (typeof row.scrollIntoView === 'function')
    row.scrollIntoView({ block: focus.kind === 'section' ? 'start' : 'center' });
  setTimeout(() => {
    row.classList.remove('is-focused');
  }, 4000);
  return true;
}
