// Sums vitest's JSON reports into the one closing line CI reads: "tests: N passed, N failed, N skipped",
// after one line per skipped suite with its reason (a clone without ../shared skips what may not be vendored).
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const skippedSuites = new Map();
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status !== 'skipped' && test.status !== 'pending') continue;
      const title = (test.ancestorTitles ?? []).join(' › ') || test.title;
      skippedSuites.set(title, (skippedSuites.get(title) ?? 0) + 1);
    }
  }
}
for (const [title, count] of skippedSuites) console.log(`skipped (${count}): ${title}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0) {
  console.error('No test ran.');
  process.exit(1);
}
