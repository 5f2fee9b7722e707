// Project ids: made once when a project is created (or copied), never changed.
import { randomHex } from './random.js';

/** A random UUID v4 string (from lib/random.js: Web Crypto, or node:crypto's on Node 18). */
export function newId(hex = randomHex) {
  const h = hex(16);
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
