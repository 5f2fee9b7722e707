// Links from a finding (Funn, Oversikt, Rapport) to its subjects in the other views: an actor
// on the map (selected), a function's row in Oppgaver, a unit's row in Organisasjon.
// Sets the view and a selection in state ({ focus: { kind, id } }); ui/reveal.js scrolls
// to and marks the row once the view is drawn. DOM-free.
export function findingsActions(ctx) {
  const { store } = ctx;
  return {
    /** kind: 'actor' | 'unit' | 'function' | 'targetGroup'. */
    showSubject(kind, id) {
      if (kind === 'actor') {
        const a = store.get().analysis;
        if (a) store.set({ analysis: { ...a, display: { ...a.display, selected: { kind: 'actor', id }, ego: null } } });
        store.set({ focus: { kind, id } });
        return ctx.navigate('network');
      }
      const view = kind === 'function' ? 'tasks' : 'organisation';
      store.set({ focus: { kind, id } });
      return ctx.navigate(view);
    },
    /** A section of another view (Oversikt's start: the staff-list import in Organisasjon), by its data-testid. */
    showSection(view, id) {
      store.set({ focus: { kind: 'section', id } });
      return ctx.navigate(view);
    },
    clearFocus() {
      if (store.get().focus) store.set({ focus: null });
    }
  };
}
