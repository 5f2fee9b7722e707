// The code stays in one format: Prettier (.prettierrc.json) for the JS of www/, tests/ and tools/, clang-format
// (.clang-format, Google style at 120 columns) for the C++ of core/, wasm/, tools/cli/ and tests/. Format with
//   npx prettier --write . && clang-format -i $(git ls-files '*.cpp' '*.hpp')
// and this test passes again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tracked = (...patterns) =>
  execFileSync('git', ['ls-files', ...patterns], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
const inGit = existsSync(join(ROOT, '.git'));

test('JavaScript is formatted with Prettier', { skip: !inGit && 'not a git checkout' }, () => {
  const files = tracked('www/*.js', 'tests/*.mjs', 'tests/*.js', 'tools/*.mjs', 'tools/*.js');
  assert.ok(files.length > 100, `${files.length} files`);
  const bin = join(ROOT, 'node_modules/.bin/prettier');
  const r = spawnSync(process.execPath, [bin, '--check', ...files], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `not formatted (npx prettier --write FILE):\n${r.stdout}${r.stderr}`);
});

const clangFormat = spawnSync('clang-format', ['--version'], { encoding: 'utf8' });
test(
  'C++ is formatted with clang-format',
  { skip: (!inGit && 'not a git checkout') || (clangFormat.status !== 0 && 'clang-format is not installed') },
  () => {
    const files = tracked('*.cpp', '*.hpp');
    assert.ok(files.length > 100, `${files.length} files`);
    const r = spawnSync('clang-format', ['--dry-run', '--Werror', ...files], { cwd: ROOT, encoding: 'utf8' });
    const misplaced = [
      ...new Set(
        (r.stderr || '')
          .split('\n')
          .map((l) => /^([^:]+\.(cpp|hpp)):\d+/.exec(l))
          .filter(Boolean)
          .map((m) => m[1])
      )
    ];
    assert.equal(r.status, 0, `not formatted (clang-format -i FILE): ${misplaced.join(', ')}`);
  }
);
