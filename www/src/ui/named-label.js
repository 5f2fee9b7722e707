// A control whose visible text is short ("Endre") while its accessible name says what it acts on ("Endre Kari
// Nilsen"). The name is one message with a placeholder (edit.editNamed), never the short text with a hidden tail
// glued on: word order and prepositions are the language's. The short text is hidden from assistive technology,
// the whole message from the eye. Each *Named message begins with its short text, so a person who says or types
// the visible words still finds the control (WCAG 2.5.3 Label in Name; tests/js/whole-messages.test.mjs checks).
import { html } from './html.js';

/** Children for a button or link: `visible` shown, `name` read out. */
export function namedLabel(visible, name) {
  return html`<span aria-hidden="true">${visible}</span><span class="visually-hidden">${name}</span>`;
}
