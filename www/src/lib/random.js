// The one random source of the app, its analysis Worker and node (the tests and tools run these modules).
// Browsers and Workers have Web Crypto as the global `crypto`; Node has it as a global only from version 19, so on
// Node 18 (Debian 12's own) the same object is taken from node:crypto's `webcrypto`. ES modules have no
// synchronous import, so that fallback loads once, asynchronously: code that may run first thing in node awaits
// `randomReady`. There is no weaker fallback (no Math.random): a guessable pseudonym key would let anyone holding
// a shared copy test names against its codes, and ids and keys share one source so that rule has one place.

const usable = (c) => (c && typeof c.getRandomValues === 'function' ? c : null);

let source = usable(globalThis.crypto);

async function fromNode() {
  const isNode = typeof process === 'object' && process !== null && process.versions && process.versions.node;
  if (!isNode) return null;
  try {
    // Never reached in a browser (it has globalThis.crypto); tools/bundle.mjs marks node:* as external.
    const mod = await import('node:crypto');
    return usable(mod.webcrypto);
  } catch (e) {
    return null;
  }
}

/** Resolves to true once a secure random source is available (at once in browsers and Node 19+). */
export const randomReady = source
  ? Promise.resolve(true)
  : fromNode().then((c) => {
      source = source || c;
      return Boolean(source);
    });

/** Fill `array` (an integer typed array, at most 65,536 bytes) with secure random values, or throw. */
export function fillRandom(array) {
  if (!source) throw new Error('no secure random source');
  source.getRandomValues(array);
  return array;
}

/** `bytes` random bytes as lowercase hex. */
export function randomHex(bytes) {
  return [...fillRandom(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A uniform random number in [0, 1) with 32 bits of randomness (for picking characters). */
export function randomUnit() {
  return fillRandom(new Uint32Array(1))[0] / 0x100000000;
}
