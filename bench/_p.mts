import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp } from "../server/app.js";
import { systemClock } from "../server/platform/clock.js";
import { loadConfig } from "../server/platform/config.js";
import { openDatabase } from "../server/platform/db.js";
const config = loadConfig({ LOG_LEVEL: "silent", SEED: "demo", DATA_DIR: mkdtempSync(path.join(tmpdir(), "p-")), DATABASE_URL: "postgres://postgres@127.0.0.1:5432/civic311_bench_300000" });
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, owner: "p" });
const app = await buildApp({ config, database, clock: systemClock });
await app.ready();
for (const [label, url, n] of [["page50", "/open311/v2/requests.json?service_code=pothole&page_size=50", 100], ["byid", "/open311/v2/requests/3000123.json", 300], ["full", "/open311/v2/requests.json?service_code=pothole", 10]] as const) {
  const t = performance.now();
  for (let i = 0; i < n; i++) { const r = await app.inject({ method: "GET", url }); if (r.statusCode !== 200) throw new Error(r.body); }
  console.log(label, ((performance.now() - t) / n).toFixed(2), "ms");
}
await app.close(); await database.close();
