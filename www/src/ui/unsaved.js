// Open forms with changes not saved yet (a "Ny person" dialog half filled in): the page asks before it is
// reloaded or closed while there is one (main.js, beforeunload). Modal marks itself on the first input in it and
// unmarks when it closes, so every form in a dialog takes part without code of its own.
const open = new Set();

export function markUnsaved(token) {
  open.add(token);
}

export function clearUnsaved(token) {
  open.delete(token);
}

export function hasUnsaved() {
  return open.size > 0;
}
