#!/usr/bin/env node
// `npm run bench`: every benchmark under bench/, each printing its own baseline and ratios, then one table of
// every benchmark's summary lines (`BENCH|scenario|value|unit|baseline|ratio|target|met`, bench/support/summary.ts).
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
// `npm run bench -- open311` runs only the benchmarks whose file name contains "open311".
const only = process.argv.slice(2);
const files = readdirSync(path.join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

/** Runs one benchmark, echoing its output as it comes, and resolves with its exit code and its summary lines. */
function run(file) {
  return new Promise((resolve) => {
    const child = spawn(tsx, [path.join("bench", file)], {
      cwd: root,
      stdio: ["inherit", "pipe", "inherit"],
    });
    const rows = [];
    let pending = "";
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) if (line.startsWith("BENCH|")) rows.push(line.slice(6).split("|"));
    });
    child.on("close", (code) => {
      if (pending.startsWith("BENCH|")) rows.push(pending.slice(6).split("|"));
      resolve({ code, rows });
    });
  });
}

let failed = 0;
const table = [];
for (const file of files) {
  console.log(`\n### ${file}`);
  const r = await run(file);
  if (r.code !== 0) {
    failed++;
    table.push([file, "failed", `exit ${r.code}`, "", "", "", "", ""]);
  }
  for (const row of r.rows) table.push([file.replace(/\.bench\.ts$/, ""), ...row]);
}

console.log("\n## Summary\n");
console.log("| bench | scenario | value | unit | baseline (same run) | ratio | target | met |");
console.log("|---|---|---:|---|---|---:|---|---|");
for (const row of table) {
  const cells = Array.from({ length: 8 }, (_, i) => row[i] ?? "");
  console.log(`| ${cells.join(" | ")} |`);
}
if (table.length === 0) console.log("| (no summary lines) | | | | | | | |");
process.exit(failed ? 1 : 0);
