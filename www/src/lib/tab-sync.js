// Messages between Bosam tabs in the same browser profile: "I opened project X",
// "I saved X as revision n", "I am closing". BroadcastChannel 'bosam' where it exists;
// otherwise localStorage 'storage' events (written under one key, read by the other tabs).
// Nothing here runs at load time; main.js creates one and passes it to the app as
// deps.tabSync. Tests pass linked in-memory pairs (createLocalHub).

import { randomHex } from './random.js';

export const CHANNEL = 'bosam';
export const STORAGE_KEY = 'bosam.sync';

function randomTabId() {
  return `tab-${randomHex(6)}`;
}

/**
 * scope: an object with BroadcastChannel, localStorage, addEventListener (the window).
 * Returns { tabId, kind, post(msg), subscribe(fn) -> unsubscribe, close() }.
 */
export function createTabSync(scope = globalThis, tabId = randomTabId()) {
  const listeners = new Set();
  const deliver = (msg) => {
    if (!msg || typeof msg !== 'object' || msg.tab === tabId || typeof msg.type !== 'string') return;
    listeners.forEach((fn) => {
      try {
        fn(msg);
      } catch (e) {
        // One listener's failure must not stop the others.
      }
    });
  };

  let channel = null;
  try {
    if (typeof scope.BroadcastChannel === 'function') channel = new scope.BroadcastChannel(CHANNEL);
  } catch (e) {
    channel = null;
  }

  let kind = 'none';
  let post = () => {};
  let close = () => {};
  if (channel) {
    kind = 'broadcast';
    channel.onmessage = (event) => deliver(event.data);
    post = (msg) => {
      try {
        channel.postMessage({ ...msg, tab: tabId });
      } catch (e) {
        // A closed channel: nothing to tell.
      }
    };
    close = () => channel.close();
  } else if (typeof scope.addEventListener === 'function') {
    kind = 'storage';
    let counter = 0;
    const onStorage = (event) => {
      if (!event || event.key !== STORAGE_KEY || !event.newValue) return;
      try {
        deliver(JSON.parse(event.newValue));
      } catch (e) {
        // Not ours.
      }
    };
    scope.addEventListener('storage', onStorage);
    post = (msg) => {
      try {
        counter += 1;
        // The nonce makes every write a change, so the event fires even for a repeat.
        scope.localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...msg, tab: tabId, nonce: `${tabId}-${counter}` }));
      } catch (e) {
        // Storage off: tabs cannot talk; saves are still checked by revision.
      }
    };
    close = () => scope.removeEventListener('storage', onStorage);
  }

  return {
    tabId,
    kind,
    post,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    close
  };
}

/** In-memory hub for tests: hub.join() gives a tab-sync whose messages reach the others. */
export function createLocalHub() {
  const members = new Set();
  let n = 0;
  return {
    join(tabId = `tab-${(n += 1)}`) {
      const listeners = new Set();
      const member = {
        tabId,
        kind: 'memory',
        post(msg) {
          const full = { ...msg, tab: tabId };
          for (const m of members) if (m !== member) m.receive(full);
        },
        subscribe(fn) {
          listeners.add(fn);
          return () => listeners.delete(fn);
        },
        receive(msg) {
          listeners.forEach((fn) => fn(JSON.parse(JSON.stringify(msg))));
        },
        close() {
          members.delete(member);
        }
      };
      members.add(member);
      return member;
    }
  };
}
