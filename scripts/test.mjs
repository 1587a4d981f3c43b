#!/usr/bin/env node
// `npm test`: the unit and integration suite on the embedded database (PGlite), again on real PostgreSQL
// when TEST_DATABASE_URL is set, then the browser journeys in Debian's Chromium.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuilt } from "./build.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
const out = mkdtempSync(path.join(tmpdir(), "civic311-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRuns = 0;

function run(label, args, env) {
  console.log(`\n=== ${label} ===`);
  const report = path.join(out, `${label.replace(/\W+/g, "-")}.json`);
  const result = spawnSync(
    process.execPath,
    [vitest, "run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, ...env },
    },
  );
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
    if (r.numTotalTests === 0) failedRuns++;
  }
  if (result.status !== 0) failedRuns++;
}

run("unit and integration on PGlite", [], { TEST_DATABASE_URL: "" });
if (process.env.TEST_DATABASE_URL) {
  run("unit and integration on PostgreSQL", [], {});
} else {
  console.log("\n(TEST_DATABASE_URL is not set: skipping the PostgreSQL run; .ci/run sets it.)");
}
await ensureBuilt({ log: (line) => console.log(line) });
run("browser journeys in Chromium", ["--config", "vitest.e2e.config.ts"], { TEST_DATABASE_URL: "" });

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedRuns > 0 || totals.failed > 0 ? 1 : 0);
