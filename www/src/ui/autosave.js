// A text field that saves while you type (Prosess notes): the text goes to the project after a pause of
// DELAY_MS, when the field is left, and when the view goes away; every keystroke is also kept as a draft in
// localStorage, so a reload loses nothing (state/typing-actions.js). While someone types in it, the field follows
// its own text; otherwise it follows the project (undo, another tab).
import { useState, useEffect, useRef } from 'preact/hooks';
import { draftKey } from '../lib/text-drafts.js';

export const DELAY_MS = 800;

export function useAutosave(actions, saved, draft) {
  const [text, setText] = useState(saved);
  const timer = useRef(null);
  const pending = useRef(false);
  const key = draftKey(draft);
  useEffect(() => {
    if (!pending.current) setText(saved);
  }, [saved]);
  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!pending.current) return;
    pending.current = false;
    actions.commitTyping(key);
  };
  useEffect(() => flush, []); // leaving the view saves what was typed
  const onInput = (event) => {
    const value = event.currentTarget.value;
    setText(value);
    pending.current = true;
    actions.typing({ ...draft, value });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, DELAY_MS);
  };
  return { value: text, onInput, onBlur: flush };
}
