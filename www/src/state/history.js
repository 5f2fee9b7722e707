// Undo/redo for the open project: two bounded stacks of whole documents. Pure (no DOM,
// no store); state/app.js records the document that each commit replaces.
//
// Entries are kept as JSON text, not as objects: text is compact (a 300-person project is
// a few hundred kB) and cannot be changed by accident after it was recorded. The stacks
// are bounded by a number of steps and by total size; the oldest steps go first.
//
// A label says what the step did, as an i18n key and its params ({ key, params }), so the
// buttons can say "Angre: Endret navn på enhet «NAV»" in the language shown at the time.

export const DEFAULT_LIMIT = 100;
export const DEFAULT_MAX_CHARS = 40 * 1024 * 1024;

const asText = (doc) => (typeof doc === 'string' ? doc : JSON.stringify(doc));

export function createHistory({ limit = DEFAULT_LIMIT, maxChars = DEFAULT_MAX_CHARS } = {}) {
  let undoStack = []; // oldest first; each { text, label }
  let redoStack = [];

  const size = (stack) => stack.reduce((n, e) => n + e.text.length, 0);

  function trim() {
    while (undoStack.length > limit) undoStack.shift();
    // Keep at least the newest step even if it alone is over the size budget.
    while (undoStack.length > 1 && size(undoStack) + size(redoStack) > maxChars) undoStack.shift();
    while (redoStack.length > 0 && size(undoStack) + size(redoStack) > maxChars) redoStack.shift();
  }

  return {
    /**
     * Remember `previous` (the document an edit replaced). Clears the redo stack. `coalesce` (a string) joins
     * an edit to the step before when that step has the same one: text saved while someone types (Prosess
     * notes, every pause) is one undo step per field, whose undo goes back to before the typing began.
     */
    record(previous, label = null, coalesce = null) {
      const top = undoStack[undoStack.length - 1];
      redoStack = [];
      if (coalesce && top && top.coalesce === coalesce) return;
      undoStack.push({ text: asText(previous), label, coalesce });
      trim();
    },
    canUndo: () => undoStack.length > 0,
    canRedo: () => redoStack.length > 0,
    /** The step undo would take back, without taking it: { doc, label } or null. */
    peekUndo() {
      const e = undoStack[undoStack.length - 1];
      return e ? { doc: JSON.parse(e.text), label: e.label } : null;
    },
    peekRedo() {
      const e = redoStack[redoStack.length - 1];
      return e ? { doc: JSON.parse(e.text), label: e.label } : null;
    },
    /**
     * Take a step back: `current` (the document shown now) moves to the redo stack.
     * Returns { doc, label } (the document to show), or null if there is nothing to undo.
     */
    undo(current) {
      const e = undoStack.pop();
      if (!e) return null;
      redoStack.push({ text: asText(current), label: e.label });
      trim();
      return { doc: JSON.parse(e.text), label: e.label };
    },
    redo(current) {
      const e = redoStack.pop();
      if (!e) return null;
      undoStack.push({ text: asText(current), label: e.label });
      trim();
      return { doc: JSON.parse(e.text), label: e.label };
    },
    clear() {
      undoStack = [];
      redoStack = [];
    },
    /** What the UI shows: counts and the labels of the next undo and redo. */
    summary() {
      const u = undoStack[undoStack.length - 1];
      const r = redoStack[redoStack.length - 1];
      return {
        canUndo: Boolean(u),
        canRedo: Boolean(r),
        undoCount: undoStack.length,
        redoCount: redoStack.length,
        undoLabel: u ? u.label : null,
        redoLabel: r ? r.label : null
      };
    }
  };
}

export const EMPTY_HISTORY = Object.freeze({
  canUndo: false,
  canRedo: false,
  undoCount: 0,
  redoCount: 0,
  undoLabel: null,
  redoLabel: null
});
