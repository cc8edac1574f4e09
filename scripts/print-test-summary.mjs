// Sums vitest's JSON reports into the one closing line CI reads: "tests: N passed, N failed".
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
if (passed === 0) {
  console.error('No test ran.');
  process.exit(1);
}
