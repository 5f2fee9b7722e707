// Runs every test of the given node:test files alone, one `node --test` process per test, to show that no test
// depends on what an earlier test in its file left behind (tools/test LAYER --each; CONTRIBUTING.md).
//   node tools/lib/each-test.mjs FILE... [-- NODE-TEST-ARGS]
// For each file: list its tests (a run with a pattern nothing matches, reported by tools/lib/test-names.mjs),
// then run each with --test-name-pattern="^<its exact name>$". A test passes alone when its run passes at least
// one test and fails none. A file whose header has a line starting "// Sequential on purpose" is skipped and
// named (tests/e2e/journey.test.mjs: a story told in order). Logs: build/test-logs/each/. Ends with TAP's
// "# pass N" and "# fail N" lines, which tools/test reads. Cost: one process (for e2e, one browser) per test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const REPORTER = join(ROOT, 'tools', 'lib', 'test-names.mjs');
const LOGS = join(ROOT, 'build', 'test-logs', 'each');
const TIMEOUT_MS = 10 * 60 * 1000;
const NEVER = '^(?!)'; // a pattern no name matches

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function node(args) {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 << 20 });
}

/** The names of the file's tests, in order, each once (a name used twice runs both: it is listed once). */
function listTests(file, extra) {
  const run = node(['--test', `--test-reporter=${REPORTER}`, `--test-name-pattern=${NEVER}`, ...extra, file]);
  const names = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l).name);
  if (names.length === 0) throw new Error(`no tests found in ${file}:\n${run.stderr.slice(-2000)}`);
  return [...new Set(names)];
}

/** Reads "# pass N" / "# fail N" from a TAP run. */
const count = (tap, what) => Number((tap.match(new RegExp(`^# ${what} (\\d+)`, 'm')) || [])[1] || 0);

function main(argv) {
  const split = argv.indexOf('--');
  const files = split < 0 ? argv : argv.slice(0, split);
  const extra = split < 0 ? [] : argv.slice(split + 1);
  mkdirSync(LOGS, { recursive: true });
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const head = readFileSync(file, 'utf8').split('\n').slice(0, 40).join('\n');
    if (/^\/\/ Sequential on purpose/m.test(head)) {
      console.log(`# skipped ${file}: sequential on purpose (its header says why)`);
      continue;
    }
    let names;
    try {
      names = listTests(file, extra);
    } catch (e) {
      console.log(`not ok - ${file}: ${e.message}`);
      failed += 1;
      continue;
    }
    names.forEach((name, i) => {
      const started = Date.now();
      const run = node([
        '--test',
        '--test-reporter=tap',
        `--test-name-pattern=^${escapeRegExp(name)}$`,
        ...extra,
        file
      ]);
      const tap = `${run.stdout}\n${run.stderr}`;
      const log = join(LOGS, `${basename(file)}.${i + 1}.log`);
      writeFileSync(log, tap);
      const ok = run.status === 0 && count(tap, 'pass') >= 1 && count(tap, 'fail') === 0;
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`${ok ? 'ok' : 'not ok'} - ${file}: ${name} (${secs} s${ok ? '' : `; log ${log}`})`);
      if (ok) passed += 1;
      else failed += 1;
    });
  }
  console.log(`# pass ${passed}`);
  console.log(`# fail ${failed}`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
