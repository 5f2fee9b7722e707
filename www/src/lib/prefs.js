// Small settings kept in localStorage under "bosam.*". localStorage can be missing or
// throw (private mode, disabled storage); then settings simply are not remembered.

const PREFIX = 'bosam.';

export function createPrefs(getStorage = () => globalThis.localStorage) {
  function store() {
    try {
      return getStorage() || null;
    } catch (e) {
      return null;
    }
  }
  return {
    get(key) {
      try {
        const s = store();
        return s ? s.getItem(PREFIX + key) : null;
      } catch (e) {
        return null;
      }
    },
    set(key, value) {
      try {
        const s = store();
        if (!s) return false;
        s.setItem(PREFIX + key, String(value));
        return true;
      } catch (e) {
        return false;
      }
    },
    remove(key) {
      try {
        const s = store();
        if (s) s.removeItem(PREFIX + key);
      } catch (e) {
        // ignore
      }
    },
    /** Remove every bosam.* key. */
    clear() {
      try {
        const s = store();
        if (!s) return;
        const keys = [];
        for (let i = 0; i < s.length; i += 1) {
          const k = s.key(i);
          if (k && k.startsWith(PREFIX)) keys.push(k);
        }
        keys.forEach((k) => s.removeItem(k));
      } catch (e) {
        // ignore
      }
    }
  };
}
