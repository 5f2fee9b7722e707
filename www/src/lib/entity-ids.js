// Ids for things inside a project (u-3kf9, a-x2p7, tg-…, f-…, w-…): short, random, unique
// within their list, never shown as the main label. Pure apart from the random source.

import { randomUnit } from './random.js';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function randomChars(n, random) {
  let s = '';
  for (let i = 0; i < n; i += 1) s += ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length];
  return s;
}

/** A new id `${prefix}-xxxx` not in `taken` (an iterable of ids). */
export function makeId(prefix, taken = [], random = randomUnit) {
  const used = taken instanceof Set ? taken : new Set(taken);
  for (let len = 4; len < 16; len += 1) {
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const id = `${prefix}-${randomChars(len, random)}`;
      if (!used.has(id)) return id;
    }
  }
  throw new Error('could not make a unique id');
}

export const ID_PREFIX = { units: 'u', actors: 'a', targetGroups: 'tg', functions: 'f', waves: 'w' };

/** A new id for an item of `list` in `doc`. */
export function newItemId(doc, list, random) {
  const items = doc && Array.isArray(doc[list]) ? doc[list] : [];
  return makeId(
    ID_PREFIX[list] || 'x',
    items.map((x) => x && x.id),
    random
  );
}
