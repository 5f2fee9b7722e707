// The app's and the survey form's own JavaScript, for the tests that read the source: every .js file under
// www/src and www/survey except the catalogues (www/src/locales). Paths are absolute.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'locales') out.push(...sources(path));
    } else if (name.endsWith('.js')) out.push(path);
  }
  return out;
}

export const viewSources = () => [...sources(join(ROOT, 'www/src')), ...sources(join(ROOT, 'www/survey'))];
