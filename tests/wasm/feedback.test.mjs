// The feedback sheets through the WASM module, on the whole example municipality: what every sheet may and may
// not hold, checked against the example's own ties, people and units (read here, not from the core's answer).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

let core;
let demo;
before(async () => {
  core = await require(join(root, 'build', 'wasm', 'bosam-core.js'))();
  demo = JSON.parse(core.demo('{}')).result;
});

const call = (fn, ...args) => JSON.parse(core[fn](...args));
const sorted = (values) => [...values].sort();

test('every sheet of the example: the person’s own contacts exactly, never one reported about them', () => {
  const env = call('feedback', JSON.stringify(demo), '{}');
  assert.equal(env.ok, true, JSON.stringify(env.errors));
  const { result } = env;
  const wave = result.wave.id;
  assert.equal(wave, 'w-2026', 'the latest round by default');
  const answered = demo.respondents.filter((r) => r.waveId === wave && r.responded).map((r) => r.actorId);
  assert.deepEqual(sorted(result.sheets.map((s) => s.actorId)), sorted(answered));
  let aboutSomeone = 0;
  for (const sheet of result.sheets) {
    const own = new Set(demo.ties.filter((t) => t.waveId === wave && t.from === sheet.actorId).map((t) => t.to));
    const about = demo.ties.filter((t) => t.waveId === wave && t.to === sheet.actorId && !own.has(t.from));
    aboutSomeone += about.length;
    assert.deepEqual(sorted(sheet.contacts.map((c) => c.actorId)), sorted(own), sheet.name);
    for (const c of sheet.contacts) {
      const tie = demo.ties.find((t) => t.waveId === wave && t.from === sheet.actorId && t.to === c.actorId);
      assert.equal(c.frequency, tie.frequency, `${sheet.name} → ${c.name}: their own frequency`);
    }
  }
  assert.ok(aboutSomeone > 0, 'the example has contacts reported about people who did not report them back');
});

test('a unit’s figures only at 5 people or more; a smaller unit is named only when nobody in it answered', () => {
  const result = call('feedback', JSON.stringify(demo), '{}').result;
  const members = (unitId) => demo.actors.filter((a) => a.unitId === unitId).length;
  assert.equal(result.minGroupSize, 5);
  let shown = 0;
  let hidden = 0;
  for (const sheet of result.sheets) {
    const big = members(sheet.unitId) >= 5;
    assert.equal(sheet.unit.shown, big, `${sheet.name} in ${sheet.unitName}`);
    if (!big) {
      hidden += 1;
      assert.deepEqual(Object.keys(sheet.unit).sort(), ['members', 'reason', 'shown']);
      continue;
    }
    shown += 1;
    for (const u of sheet.unit.topUnits) {
      if (u.pooled) continue; // small units put together, by kind
      const answered = demo.respondents.some(
        (r) =>
          r.waveId === result.wave.id && r.responded && demo.actors.find((a) => a.id === r.actorId).unitId === u.unitId
      );
      assert.ok(members(u.unitId) >= 5 || !answered, `${u.name} is named with a figure resting on a small group`);
    }
    const c = sheet.unit.contacts;
    assert.equal(c.inside + c.otherUnits + c.partners, c.total);
  }
  assert.ok(shown > 0 && hidden > 0, 'the example has units on both sides of the floor');
});

test('the findings that go out name no person, in bokmål and in nynorsk', () => {
  const names = demo.actors.map((a) => a.name);
  // Units below the floor with someone who answered in the round: their pattern would point at those people.
  const people = (u) => demo.actors.filter((a) => a.unitId === u.id).map((a) => a.id);
  const answeredIn = (u) =>
    demo.respondents.some((r) => r.waveId === 'w-2026' && r.responded && people(u).includes(r.actorId));
  const small = demo.units.filter((u) => people(u).length < 5 && answeredIn(u));
  for (const lang of ['nb', 'nn']) {
    const { findings } = call('feedback', JSON.stringify(demo), JSON.stringify({ lang })).result.organisation;
    assert.ok(findings.length > 0 && findings.length <= 3);
    for (const f of findings) {
      assert.ok(
        ['silo', 'should-collaborate', 'external-without-contact', 'one-sided-ties', 'low-response-rate'].includes(
          f.rule
        ),
        f.rule
      );
      for (const name of names) assert.ok(!`${f.title} ${f.explanation}`.includes(name), `${f.title} names ${name}`);
      for (const u of small) assert.ok(!`${f.title} ${f.explanation}`.includes(u.name), `${f.title} names ${u.name}`);
      assert.deepEqual(Object.keys(f).sort(), ['explanation', 'id', 'rule', 'severity', 'title']);
    }
  }
});

test('one person, another round; a person who did not answer is refused', () => {
  const one = call('feedback', JSON.stringify(demo), '{"waveId":"w-2025","actorId":"a-07"}');
  assert.equal(one.ok, true);
  assert.deepEqual(
    one.result.sheets.map((s) => s.actorId),
    ['a-07']
  );
  const notAnswered = demo.respondents.find((r) => r.waveId === 'w-2026' && !r.responded).actorId;
  const env = call('feedback', JSON.stringify(demo), JSON.stringify({ actorId: notAnswered, lang: 'nn' }));
  assert.equal(env.ok, false);
  assert.equal(env.errors[0].path, 'options.actorId');
  assert.match(env.errors[0].message, /har svara i kartleggingsrunden/);
});
