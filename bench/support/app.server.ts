/** The real civic311 app on BENCH_DATABASE_URL, in its own process so the load generator does not share its event loop. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp } from "../../server/app.js";
import { systemClock } from "../../server/platform/clock.js";
import { loadConfig } from "../../server/platform/config.js";
import { openDatabase } from "../../server/platform/db.js";
import { startJobs } from "../../server/platform/jobs.js";
import { QUEUES } from "../../server/worker.js";

const config = loadConfig({
  LOG_LEVEL: "silent",
  SEED: "demo",
  DATA_DIR: mkdtempSync(path.join(tmpdir(), "civic311-bench-")),
  DATABASE_URL: process.env.BENCH_DATABASE_URL,
});
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  owner: "bench",
});
// Jobs are enqueued as in production (nobody works them during the benchmark).
const jobs = await startJobs(database, QUEUES, { supervise: false });
const app = await buildApp({ config, database, clock: systemClock, jobs });
const address = await app.listen({ port: 0, host: "127.0.0.1" });
process.stdout.write(`READY ${address}\n`);
