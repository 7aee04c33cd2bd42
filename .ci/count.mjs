// Sums Vitest JSON reports into the one line CI reads: "tests: N passed, N failed".
// --must-run=<test file>: a file that skips itself in some runs (PostgreSQL-only tests skip without DATABASE_URL)
// must have run (no test of it skipped) in at least one report; otherwise that counts as one failure.
import fs from 'node:fs';
const args = process.argv.slice(2);
const mustRun = args.filter((a) => a.startsWith('--must-run=')).map((a) => a.slice('--must-run='.length));
const reports = [];
let passed = 0;
let failed = 0;
for (const file of args.filter((a) => !a.startsWith('--'))) {
  if (!fs.existsSync(file)) {
    console.error(`missing report ${file}: counting the run as failed`);
    failed++;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  reports.push(r);
  passed += r.numPassedTests;
  // A file that failed without a failed test (import error, failing hook) counts as one failure.
  const brokenFiles = (r.testResults ?? []).filter((s) => s.status === 'failed' && !s.assertionResults.some((a) => a.status === 'failed')).length;
  const before = failed;
  failed += r.numFailedTests + brokenFiles;
  if (!r.success && failed === before) failed++; // e.g. an unhandled error outside any test
}
for (const name of mustRun) {
  const ran = reports.some((r) =>
    (r.testResults ?? []).some(
      (s) => s.name.endsWith(name) && s.assertionResults.length > 0 && s.assertionResults.every((a) => a.status === 'passed' || a.status === 'failed'),
    ),
  );
  if (!ran) {
    console.error(`${name} was skipped in every report: counting it as failed`);
    failed++;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
