// One name per figure: the key figures the core names (for the CLI's and the app's CSV) must be named exactly
// as the app names them in the comparison table (a measure by its plain name, the other figures by
// reference.figure.*), in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import nb from '../../www/src/locales/nb.js';
import nn from '../../www/src/locales/nn.js';
import en from '../../www/src/locales/en.js';
import { MEASURE_OF } from '../../www/src/views/analysis-reference.js';

const CORE_JS = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/wasm/bosam-core.js');
const require = createRequire(import.meta.url);
const skip = existsSync(CORE_JS) ? false : 'build/wasm/bosam-core.js is missing';

test('the core names every key figure as the app does, in nb, nn and en', { skip }, async () => {
  const core = await require(CORE_JS)();
  const demo = JSON.parse(core.demo('{}')).result;
  for (const [lang, catalogue] of Object.entries({ nb, nn, en })) {
    const env = JSON.parse(core.analyze(JSON.stringify(demo), JSON.stringify({ lang })));
    assert.ok(env.ok, lang);
    const figures = env.result.keyFigures.figures;
    assert.ok(figures.length >= 20, `${figures.length} figures`);
    for (const f of figures) {
      const appKey = MEASURE_OF[f.key] ? `measure.${MEASURE_OF[f.key]}.plain` : `reference.figure.${f.key}`;
      assert.equal(typeof catalogue[appKey], 'string', `${lang}: the app has no name for ${f.key} (${appKey})`);
      assert.equal(f.label, catalogue[appKey], `${lang}: ${f.key}`);
    }
  }
});
