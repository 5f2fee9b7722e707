// The JSON Schemas in docs/schemas against the door. Every document Bosam accepts or writes (the demo,
// the fixtures, exports, pseudonymised copies, merged and imported projects, answers made by the survey form)
// passes its schema; every document the door refuses for a structural reason is refused by the schema too, at
// the same place; a refusal only for references (unknown-actor …) passes the schema, which cannot express it.
// The door's verdicts come from running the core (WASM, and the CLI for its exports), so the test fails when
// the schemas and the core disagree. A real validator: ajv's draft 2020-12 class, in strict mode.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePath } from '../../www/src/lib/jsonpath.js';
import { surveyPayload } from '../../www/src/lib/survey-form.js';
import { buildAnswer, emptyAnswer, setTask, toggleContact, updateContact } from '../../www/survey/model.js';
import { PROJECT_CASES, ANSWER_CASES, REFERENCE_ONLY_FIXTURES } from './fixtures/schema-cases.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORE_JS = join(ROOT, 'build/wasm/bosam-core.js');
const CLI = process.env.BOSAM_CLI || join(ROOT, 'build/bin/bosam');
const FIXTURES = join(ROOT, 'tests/fixtures');
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js');
const skip = existsSync(CORE_JS) ? false : 'build/wasm/bosam-core.js is not built';

// The door's codes by what a JSON Schema can say about them. Structural: the schema must refuse too.
// Reference: ids unique and references known; beyond JSON Schema. Early: the door stops before validating
// (parse errors and size limits), so it says nothing about the rest of the document.
const STRUCTURAL = [
  'not-an-object',
  'wrong-format',
  'missing-schema-version',
  'bad-schema-version',
  'newer-schema-version',
  'migration-missing',
  'missing-field',
  'empty-value',
  'wrong-type',
  'not-a-list',
  'missing-id',
  'bad-frequency',
  'negative-fte',
  'unknown-role',
  'unknown-kind',
  'unknown-status',
  'unknown-review',
  'threshold-out-of-range',
  'threshold-out-of-range-whole',
  'min-group-size-out-of-range',
  'bad-revision-stamp',
  'bad-revision-time',
  'bad-revision-lineage',
  'bad-retention-date',
  'bad-retired-date'
];
const REFERENCE = [
  'duplicate-id',
  'unknown-unit',
  'unknown-actor',
  'unknown-function',
  'unknown-target-group',
  'unknown-wave',
  'wrong-project',
  'wrong-project-copy'
];
const EARLY = [
  'empty-file',
  'too-large',
  'invalid-utf8',
  'too-deep',
  'not-json',
  'number-out-of-range',
  'list-too-long',
  'string-too-long',
  'key-too-long',
  'too-many-actors'
];

function loadSchema(name) {
  return JSON.parse(readFileSync(join(ROOT, 'docs/schemas', `${name}.schema.json`), 'utf8'));
}
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateProject = ajv.compile(loadSchema('bosam-project'));
const validateAnswer = ajv.compile(loadSchema('bosam-answer'));

let core;
const call = (fn, ...args) => JSON.parse(core[fn](...args));
const EN = JSON.stringify({ lang: 'en' });
const KEY = '0123456789abcdef0123456789abcdef';
let demo, demoText;

/** What the schema must say about a document, from the door's envelope: 'pass', 'refuse' or null (no claim). */
function expectation(env) {
  const codes = (env.errors || []).map((e) => e.code);
  const unknown = codes.filter((c) => ![...STRUCTURAL, ...REFERENCE, ...EARLY].includes(c));
  assert.deepEqual(
    unknown,
    [],
    'a door code this test does not know: classify it (and document it in docs/validation.md)'
  );
  if (env.ok) return 'pass';
  if (codes.some((c) => STRUCTURAL.includes(c))) return 'refuse';
  if (codes.some((c) => EARLY.includes(c))) return null;
  return 'pass';
}

/** '$.ties[3].to' -> '/ties/3/to' (JSON Pointer, as ajv's instancePath). */
function pointer(path) {
  const parts = parsePath(path);
  assert.ok(parts, `not a JSONPath: ${path}`);
  return parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

// Where ajv puts an error: its instancePath, or for a missing property the property's own place.
const place = (e) => e.instancePath + (e.keyword === 'required' ? pointer(`$.${e.params.missingProperty}`) : '');
const describeErrors = (errors) => (errors || []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');

/** The schema gives the verdict the door's envelope calls for; a structural error is found at the door's path. */
function agree(label, doc, env, validate) {
  const want = expectation(env);
  const valid = validate(doc);
  if (want === 'pass')
    assert.ok(valid, `${label}: the door accepts it, the schema refuses: ${describeErrors(validate.errors)}`);
  if (want !== 'refuse') return;
  assert.ok(
    !valid,
    `${label}: the door refuses it (${env.errors.map((e) => `${e.code} ${e.path}`).join(', ')}), the schema accepts it`
  );
  const places = new Set(validate.errors.map(place));
  for (const e of env.errors.filter((x) => STRUCTURAL.includes(x.code)))
    assert.ok(
      places.has(pointer(e.path)),
      `${label}: the door says ${e.code} at ${e.path}; the schema says ${describeErrors(validate.errors)}`
    );
}

const doorProject = (doc) => call('validate', JSON.stringify(doc), EN);
/** An answer's door: read on its own, then checked against the demo project (as the merge does). */
function doorAnswer(answer) {
  const env = call('merge', demoText, JSON.stringify([{ name: 'svar.json', text: JSON.stringify(answer) }]), EN);
  for (const e of env.errors || []) e.path = e.path.replace(/^svar\.json: /, '');
  return env;
}
const copy = (x) => JSON.parse(JSON.stringify(x));
const mutated = (base, mutate) => {
  const d = copy(base);
  const r = mutate(d);
  return r === undefined ? d : r;
};

/** Answers as the survey form writes them: contacts and tasks, none at all, and from a shared form. */
function formAnswers() {
  const personal = surveyPayload(demo, 'w-2026', { respondentId: 'a-01' });
  let a = toggleContact(emptyAnswer(), 'a-02', true);
  a = updateContact(a, 'a-02', { frequency: 4, types: ['referral', 'information'] });
  a = toggleContact(a, 'a-03', true);
  a = updateContact(a, 'a-03', { frequency: 1, types: ['advice'] });
  a = setTask(a, 'f-kartlegging', { role: 'performs', groups: ['tg-bostedslose'] });
  a = setTask(a, 'f-planlegging', { role: 'responsible', groups: [] });
  const shared = surveyPayload(demo, 'w-2026', { respondentIds: ['a-05', 'a-06'] });
  return {
    'contacts and tasks': buildAnswer(personal, 'a-01', a),
    'no contacts': buildAnswer(surveyPayload(demo, 'w-2026', { respondentId: 'a-04' }), 'a-04', emptyAnswer()),
    'a shared form': buildAnswer(
      shared,
      'a-06',
      updateContact(toggleContact(emptyAnswer(), 'a-05', true), 'a-05', { frequency: 2 })
    )
  };
}

describe('the schemas', () => {
  test('are draft 2020-12 and compile in ajv strict mode', () => {
    for (const name of ['bosam-project', 'bosam-answer']) {
      const s = loadSchema(name);
      assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.ok(ajv.validateSchema(s), describeErrors(ajv.errors));
      assert.match(s.description, /unknown-actor/, 'says what JSON Schema cannot check');
    }
  });

  test('every door code the test classifies is documented in docs/validation.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/validation.md'), 'utf8');
    for (const code of [...STRUCTURAL, ...REFERENCE, ...EARLY]) assert.ok(doc.includes(`\`${code}\``), code);
  });
});

describe('documents Bosam accepts or writes pass their schema', { skip }, () => {
  before(async () => {
    core = await require(CORE_JS)();
    demo = call('demo', EN).result;
    demoText = JSON.stringify(demo);
  });

  const passes = (label, doc) => {
    assert.equal(doorProject(doc).ok, true, `${label}: the door refuses it`);
    assert.ok(validateProject(doc), `${label}: ${describeErrors(validateProject.errors)}`);
  };

  test('the demo, new projects and the demo file', () => {
    passes('demo', demo);
    for (const lang of ['nb', 'en'])
      passes(`new project (${lang})`, call('newProject', JSON.stringify({ id: 'p-ny', name: 'Ny', lang })).result);
    passes('data/demo', JSON.parse(readFileSync(join(ROOT, 'data/demo/eksempel-kommune.json'), 'utf8')));
  });

  test('every project fixture the door accepts', () => {
    let n = 0;
    for (const dir of ['valid', 'sna', 'bad']) {
      for (const file of readdirSync(join(FIXTURES, dir))
        .filter((f) => f.endsWith('.json'))
        .sort()) {
        const text = readFileSync(join(FIXTURES, dir, file), 'utf8');
        let doc;
        try {
          doc = JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          continue;
        }
        if (dir === 'sna') doc = doc.project;
        // The door reads the file's own bytes (JSON.stringify would turn 1e400 into null).
        if (!call('validate', dir === 'sna' ? JSON.stringify(doc) : text, EN).ok) continue;
        assert.ok(validateProject(doc), `${dir}/${file}: ${describeErrors(validateProject.errors)}`);
        n += 1;
      }
    }
    assert.ok(n >= 12, `only ${n} accepted fixtures found`);
  });

  test('a pseudonymised copy, its re-identification, imports and merges', () => {
    const keyed = { ...demo, pseudonymKey: KEY };
    const shared = call('pseudonymize', JSON.stringify(keyed), EN).result.project;
    passes('pseudonymised copy', shared);
    passes('re-identified', call('reidentify', JSON.stringify(keyed), JSON.stringify(shared), EN).result);
    passes('copy of a copy', { ...demo, id: 'p-kopi', copiedFrom: demo.id });
    const staff =
      'Navn;Enhet;Stilling;Stillingsprosent\nKari Nilsen;Boligkontoret;Rådgiver;50 %\nNy Person;Ny enhet;;80\n';
    const fresh = call('newProject', JSON.stringify({ id: 'p-ny', name: 'Ny' })).result;
    passes(
      'import-people',
      call('importPeople', JSON.stringify(fresh), staff, JSON.stringify({ name: 'ansatte.csv', createUnits: true }))
        .result.project
    );
    passes(
      'import-people into the demo',
      call('importPeople', demoText, staff, JSON.stringify({ createUnits: true })).result.project
    );
    const edges = readFileSync(join(FIXTURES, 'import/excel-edges.csv'), 'utf8');
    passes(
      'import CSV',
      call(
        'importNetwork',
        demoText,
        JSON.stringify({
          format: 'csv',
          edges,
          match: 'name',
          mapping: { from: 'Fra', to: 'Til', weight: 'Vekt', types: 'Kontakttype' }
        })
      ).result.project
    );
    const graphml = readFileSync(join(FIXTURES, 'import/networkx.graphml'), 'utf8');
    passes(
      'import GraphML',
      call(
        'importNetwork',
        demoText,
        JSON.stringify({ format: 'graphml', graphml, mapping: { weight: 'weight', types: 'types' } })
      ).result.project
    );
  });

  test('the examples in docs/project-file.md and docs/answer-file.md', () => {
    const example = (file) =>
      JSON.parse(/```json\n([\s\S]*?)\n```/.exec(readFileSync(join(ROOT, 'docs', file), 'utf8'))[1]);
    passes('docs/project-file.md', example('project-file.md'));
    const answer = example('answer-file.md');
    assert.equal(doorAnswer(answer).ok, true, JSON.stringify(doorAnswer(answer).errors));
    assert.ok(validateAnswer(answer), describeErrors(validateAnswer.errors));
  });

  test('the thresholds: the schema names each one with the default the core uses, docs/findings.md lists it', () => {
    const used = call('analyze', JSON.stringify({ ...demo, settings: null }), EN).result.settings;
    const declared = loadSchema('bosam-project').$defs.thresholds.properties;
    const findings = readFileSync(join(ROOT, 'docs/findings.md'), 'utf8');
    assert.deepEqual(Object.keys(declared).sort(), Object.keys(used).sort());
    for (const [name, value] of Object.entries(used)) {
      assert.equal(declared[name].default, value, name);
      assert.ok(findings.includes(`| \`${name}\` |`), `${name} in docs/findings.md`);
    }
  });

  test('answers made by the survey form pass, and so does the project they are merged into', () => {
    const answers = formAnswers();
    for (const [label, answer] of Object.entries(answers)) {
      assert.equal(doorAnswer(answer).ok, true, `${label}: the door refuses it`);
      assert.ok(validateAnswer(answer), `${label}: ${describeErrors(validateAnswer.errors)}`);
    }
    const files = Object.entries(answers).map(([name, a]) => ({ name, text: JSON.stringify(a) }));
    const merged = call('merge', demoText, JSON.stringify(files), EN).result.project;
    passes('merged', merged);
    passes(
      'a reported task reviewed',
      mutated(merged, (d) => {
        d.reportedAssignments[0].review = 'accepted';
      })
    );
  });

  test(
    'what the CLI writes: export --format json (plain and --pseudonymize), merge, import, import-people',
    { skip: !existsSync(CLI) && 'build/bin/bosam is not built' },
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'bosam-schemas-'));
      const file = (name, text) => {
        const p = join(dir, name);
        writeFileSync(p, text);
        return p;
      };
      const run = (...args) => {
        const r = spawnSync(CLI, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
        assert.equal(r.status, 0, `bosam ${args.join(' ')}: ${r.stderr}`);
        return JSON.parse(r.stdout);
      };
      const demoFile = file('demo.json', demoText);
      passes('bosam demo', run('demo'));
      passes('bosam export --format json', run('export', '--format', 'json', demoFile));
      const keyless = file('copy.json', demoText);
      passes('bosam export --pseudonymize', run('export', '--format', 'json', '--pseudonymize', keyless));
      passes('the project the CLI wrote a key into', JSON.parse(readFileSync(keyless, 'utf8')));
      const answer = file('svar.json', JSON.stringify(formAnswers()['contacts and tasks']));
      passes('bosam merge', run('merge', demoFile, answer));
      passes(
        'bosam import',
        run(
          'import',
          demoFile,
          '--edges',
          join(FIXTURES, 'import/excel-edges.csv'),
          '--match',
          'name',
          '--map',
          'from=Fra,to=Til,weight=Vekt,types=Kontakttype'
        )
      );
      const staff = file('ansatte.csv', 'Navn;Enhet\nOla Nordmann;Boligkontoret\nEva Li;Nytt kontor\n');
      passes('bosam import-people', run('import-people', demoFile, staff, '--create-units'));
    }
  );
});

describe('the schemas and the door agree on bad documents', { skip }, () => {
  before(async () => {
    core = core || (await require(CORE_JS)());
    demo = call('demo', EN).result;
    demoText = JSON.stringify(demo);
  });

  test('every file in tests/fixtures/bad: structural refusals refused, reference-only refusals listed and passing', () => {
    const referenceOnly = [];
    for (const file of readdirSync(join(FIXTURES, 'bad')).sort()) {
      const bytes = readFileSync(join(FIXTURES, 'bad', file));
      const env = call('validate', new Uint8Array(bytes), EN);
      assert.equal(env.ok, false, `${file} is accepted by the door`);
      let doc;
      try {
        doc = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
      } catch {
        doc = undefined;
      }
      if (doc === undefined) {
        assert.equal(expectation(env), null, `${file}: not JSON to node, yet the door validated it`);
        continue;
      }
      agree(`bad/${file}`, doc, env, validateProject);
      if (expectation(env) === 'pass') referenceOnly.push(file);
    }
    assert.deepEqual(
      referenceOnly,
      REFERENCE_ONLY_FIXTURES,
      'the fixtures refused only for references (the schema passes them)'
    );
  });

  test('edits of the demo project: the door and the schema give the same verdict', () => {
    for (const [label, code, mutate] of PROJECT_CASES) {
      const doc = mutated(demo, mutate);
      const env = doorProject(doc);
      if (code)
        assert.ok(
          (env.errors || []).some((e) => e.code === code),
          `${label}: expected ${code}, got ${JSON.stringify(env.errors)}`
        );
      else assert.equal(env.ok, true, `${label}: ${JSON.stringify(env.errors)}`);
      agree(label, doc, env, validateProject);
    }
  });

  test('edits of a form answer: the door (with the merge) and the schema give the same verdict', () => {
    const base = formAnswers()['contacts and tasks'];
    for (const [label, code, mutate] of ANSWER_CASES) {
      const answer = mutated(base, mutate);
      const env = doorAnswer(answer);
      if (code)
        assert.ok(
          (env.errors || []).some((e) => e.code === code),
          `${label}: expected ${code}, got ${JSON.stringify(env.errors)}`
        );
      else assert.equal(env.ok, true, `${label}: ${JSON.stringify(env.errors)}`);
      agree(label, answer, env, validateAnswer);
    }
  });
});
