// Sums every workspace's vitest JSON report into the one line CI reads: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let passed = 0;
let failed = 0;
let reports = 0;
for (const group of ["packages", "apps"]) {
  if (!existsSync(group)) continue;
  for (const name of readdirSync(group)) {
    const file = join(group, name, ".vitest", "results.json");
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A file that fails to load has no failing test of its own; count it so it is not lost.
    failed += report.testResults.filter(
      (file) =>
        file.status === "failed" && !file.assertionResults.some((t) => t.status === "failed"),
    ).length;
    reports += 1;
  }
}
if (reports === 0) console.error("No vitest report was found: did the tests run?");
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || reports === 0 ? 1 : 0);
