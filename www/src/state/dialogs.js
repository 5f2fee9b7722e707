// Promise-based dialogs. Actions ask; the DialogHost component renders state.dialog and
// calls answer(). Descriptors hold i18n keys, never ready-made HTML.
//   confirm({ titleKey, titleParams, bodyKey, bodyParams, actions: [{ value, labelKey, tone }] })
//     -> the chosen value, or null if cancelled (Esc, Cancel)
//     with checks: { legendKey, hintKey?, items: [{ value, label (text, not a key) }] } -> { value, checked: [values] }
//     (a checkbox per item, all unticked at first), or null
//   prompt({ titleKey, labelKey, hintKey, confirmKey, initial }) -> the text, or null
//   reconcile({ titleKey, titleParams, existing, lines, removed, conflicts }) -> { choices }, or null
//     (ui/reconcile-dialog.js: what a colleague's copy brings and one choice per conflict)

export function createDialogs(store) {
  let pending = null;

  function open(descriptor) {
    if (pending) pending.resolve(null);
    return new Promise((resolve) => {
      pending = { resolve };
      store.set({ dialog: descriptor });
    });
  }

  return {
    confirm: (descriptor) => open({ ...descriptor, type: 'confirm' }),
    prompt: (descriptor) => open({ ...descriptor, type: 'prompt' }),
    reconcile: (descriptor) => open({ ...descriptor, type: 'reconcile' }),
    /** Called by the UI with the chosen value (null = cancelled). */
    answer(value) {
      const p = pending;
      pending = null;
      store.set({ dialog: null });
      if (p) p.resolve(value === undefined ? null : value);
    }
  };
}
