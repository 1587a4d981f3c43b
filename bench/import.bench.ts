/**
 * Importing the 320,770 real Boston Open311 records (`../shared/data/311/boston_open311_georeport_v2/*.ndjson.gz`)
 * through the real import pipeline (`runImport` with `parseOpen311`, as `civic311 import requests --format open311`
 * runs it: a dry run writes the mapping, then the import) into a scratch PostgreSQL database that this
 * benchmark creates and drops. Rows/s, as a ratio of a raw `COPY` of the same NDJSON lines into a one-column
 * jsonb table (psql's \copy, fed the gunzipped files) timed in this run.
 * Targets: ≥ 20,000 rows/s and ≥ 0.3 of the raw COPY.
 *   npm run bench -- import
 */
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { seedDemoFoundation } from "../server/db/seeds/demo-city/index.js";
import { describeReport, parseOpen311, runImport } from "../server/modules/imports/index.js";
import type { Actor } from "../server/platform/actor.js";
import { migrate, openDatabase } from "../server/platform/db.js";
import { projectRoot } from "../server/platform/paths.js";
import { bostonFiles, bostonFolder } from "./support/big-city.boston.js";
import { benchRow } from "./support/summary.js";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DB_NAME = `civic311_bench_import_${process.pid}`;
const ACTOR: Actor = { kind: "system", label: "bench" };

const files = bostonFiles(bostonFolder(projectRoot()));
if (files.length === 0) {
  console.log(`import benchmark skipped: the Boston Open311 data is not at ${bostonFolder(projectRoot())}.`);
  process.exit(0);
}
if (spawnSync("psql", ["--version"]).status !== 0) {
  console.log("import benchmark skipped: psql (for the raw COPY baseline) is not installed.");
  process.exit(0);
}
const admin = new pg.Client({ connectionString: ADMIN_URL });
try {
  await admin.connect();
} catch (err) {
  console.log(`import benchmark skipped: no PostgreSQL at ${ADMIN_URL} (${(err as Error).message}).`);
  process.exit(0);
}
await admin.query(`create database ${DB_NAME}`);
const u = new URL(ADMIN_URL);
u.pathname = `/${DB_NAME}`;
const url = u.toString();
const work = mkdtempSync(path.join(tmpdir(), "civic311-bench-import-"));

/** psql's \copy of every file's lines into one jsonb column: what PostgreSQL takes in with no pipeline at all. */
async function rawCopy(): Promise<{ rows: number; seconds: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query("create unlogged table if not exists raw_open311 (doc jsonb not null)");
  await c.query("truncate raw_open311");
  const started = performance.now();
  // CSV with a quote and a delimiter no line holds: each line is taken as it is (text format would unescape backslashes).
  const psql = spawn(
    "psql",
    [
      url,
      "-v",
      "ON_ERROR_STOP=1",
      "-c",
      "\\copy raw_open311 (doc) from stdin with (format csv, quote e'\\x01', delimiter e'\\x02')",
    ],
    { stdio: ["pipe", "ignore", "inherit"] },
  );
  const exited = new Promise<number>((resolve) => psql.once("exit", (code) => resolve(code ?? 1)));
  for (const file of files) {
    let last = "";
    for await (const chunk of createReadStream(file).pipe(createGunzip())) {
      const buf = chunk as Buffer;
      if (buf.length) last = buf.subarray(-1).toString();
      if (!psql.stdin.write(buf)) await new Promise((r) => psql.stdin.once("drain", r));
    }
    if (last !== "\n") psql.stdin.write("\n");
  }
  psql.stdin.end();
  const code = await exited;
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`psql \\copy exited with ${code}`);
  const rows = Number((await c.query("select count(*) from raw_open311")).rows[0].count);
  await c.query("drop table raw_open311");
  await c.end();
  return { rows, seconds };
}

let copy: { rows: number; seconds: number };
let report: Awaited<ReturnType<typeof runImport>>;
let stored = 0;
try {
  const database = await openDatabase({ databaseUrl: url, dataDir: "", owner: "bench" });
  await migrate(database);
  await seedDemoFoundation({ db: database.db, timeZone: "America/New_York", requests: 0, interactions: 0 });
  console.log(
    `Scratch database ${DB_NAME}: the demo city's catalog, no requests. Importing ${files.length} files of the ` +
      "real Boston Open311 records (GeoReport v2 NDJSON, gzipped).",
  );
  copy = await rawCopy();
  console.log(
    `Raw COPY: ${copy.rows.toLocaleString("en-US")} lines into a jsonb column in ${copy.seconds.toFixed(1)} s.`,
  );
  const opts = {
    db: database.db,
    actor: ACTOR,
    files,
    parse: (file: string) => parseOpen311(file, { sourceSystem: "boston-open311" }),
    format: "open311",
    mappingFile: path.join(work, "mapping.json"),
    rejectsFile: path.join(work, "rejects.csv"),
  };
  // As an operator does it: the dry run drafts the mapping (untimed), the import uses it.
  const dry = await runImport({ ...opts, dryRun: true });
  console.log(
    `Dry run (not timed): ${dry.read.toLocaleString("en-US")} rows in ${dry.seconds.toFixed(1)} s.`,
  );
  // With a progress callback, as the command runs it (it counts the files' lines beside the import).
  report = await runImport({ ...opts, onProgress: () => {} });
  for (const line of describeReport(report)) console.log(`  ${line}`);
  stored = Number(
    (
      (await database.raw.executeSql("select count(*)::int as n from service_requests")).rows[0] as {
        n: number;
      }
    ).n,
  );
  await database.close();
} finally {
  rmSync(work, { recursive: true, force: true });
  await admin.query(`drop database if exists ${DB_NAME} with (force)`);
  await admin.end();
}

const copyRate = copy.rows / copy.seconds;
const ratio = report.rowsPerSecond / copyRate;
console.log(
  `\nImport of the Boston Open311 records on PostgreSQL (scratch database, dropped afterwards); ${stored.toLocaleString("en-US")} requests stored`,
);
console.log("| scenario | rows | seconds | rows/s | ratio to raw COPY | targets |");
console.log("|---|---:|---:|---:|---:|---|");
console.log(
  `| baseline: psql \\copy of the NDJSON lines into a jsonb column | ${copy.rows} | ${copy.seconds.toFixed(1)} | ${copyRate.toFixed(0)} | 1 | |`,
);
console.log(
  `| runImport(parseOpen311), ${report.imported} imported, ${report.rejected} rejected | ${report.read} | ${report.seconds.toFixed(1)} | ${report.rowsPerSecond.toFixed(0)} | ${ratio.toFixed(3)} | ≥ 20,000 rows/s: ${report.rowsPerSecond >= 20_000 ? "met" : "NOT met"}; ≥ 0.3 of COPY: ${ratio >= 0.3 ? "met" : "NOT met"} |`,
);
benchRow({
  scenario: `import of ${report.read.toLocaleString("en-US")} Boston Open311 records (runImport)`,
  value: report.rowsPerSecond,
  unit: "rows/s",
  baseline: `raw COPY into jsonb ${copyRate.toFixed(0)} rows/s`,
  ratio,
  target: "≥ 20,000 rows/s and ≥ 0.3 of COPY",
  met: report.rowsPerSecond >= 20_000 && ratio >= 0.3,
});
