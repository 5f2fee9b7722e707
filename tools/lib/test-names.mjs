// A node:test reporter that prints one JSON line per test (not per suite): its name, its nesting and whether
// it was skipped. tools/lib/each-test.mjs runs a file with it and a pattern nothing matches, to list the tests
// without running them (a file's before() hooks still run once).
export default async function* testNames(source) {
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    if (data.details && data.details.type === 'suite') continue;
    yield `${JSON.stringify({ name: data.name, nesting: data.nesting })}\n`;
  }
}
