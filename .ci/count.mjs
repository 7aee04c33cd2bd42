// Sums Vitest JSON reports into the one line CI reads: "tests: N passed, N failed".
import fs from 'node:fs';
let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.error(`missing report ${file}: counting the run as failed`);
    failed++;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  // A file that failed without a failed test (import error, failing hook) counts as one failure.
  const brokenFiles = (r.testResults ?? []).filter((s) => s.status === 'failed' && !s.assertionResults.some((a) => a.status === 'failed')).length;
  const before = failed;
  failed += r.numFailedTests + brokenFiles;
  if (!r.success && failed === before) failed++; // e.g. an unhandled error outside any test
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
