// The app's version, injected by tools/bundle.mjs from package.json ("dev" unbundled).
/* global __BOSAM_APP_VERSION__ */
export const APP_VERSION = typeof __BOSAM_APP_VERSION__ === 'string' ? __BOSAM_APP_VERSION__ : 'dev';
