// What an error says to a coordinator (www/src/ui/error-list.js): the app's own errors (the calculation engine
// crashed or is missing) in plain words only; the engine's technical detail belongs in "Tekniske detaljer".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorText } from '../../www/src/ui/error-list.js';
import { setLang } from '../../www/src/i18n.js';

test("an engine crash is said in plain words, without the engine's own text", () => {
  setLang('nb');
  const text = errorText({ path: '$', code: 'core-crash', message: 'RuntimeError: unreachable executed' });
  assert.match(text, /^Beregningsmodulen stoppet uventet\./);
  assert.doesNotMatch(text, /RuntimeError|unreachable/);
  setLang('nn');
  assert.doesNotMatch(errorText({ code: 'core-crash', message: 'RuntimeError' }), /RuntimeError/);
  setLang('nb');
});

test('a message from the core is shown as the core wrote it; no message at all says so', () => {
  assert.equal(errorText({ code: 'unknown-actor', message: 'Ukjent person «a-77».' }), 'Ukjent person «a-77».');
  assert.ok(errorText({ code: 'no-such-code' }).length > 0);
});
