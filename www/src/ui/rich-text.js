// A message with some of its values set apart, while the sentence stays one message in the catalogue:
// "<strong>3</strong> funksjoner" comes from '{count} funksjoner', never from a figure and a word put side by side
// in code (the word order and the plural are the language's). Children for an htm template.
import { html } from './html.js';
import { getLang, translateParts } from '../i18n.js';

/** A value in bold. */
export const strong = (value) => html`<strong>${value}</strong>`;

/**
 * The message `key` with `params`; each placeholder named in `slots` is rendered by its function (given the value
 * as translate() writes it), the rest as text. Default: {count} in bold.
 */
export function richText(key, params, slots = { count: strong }) {
  return translateParts(getLang(), key, params).map((part) =>
    typeof part === 'string' ? part : slots[part.name] ? slots[part.name](part.value) : part.value
  );
}
