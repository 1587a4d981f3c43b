/**
 * Staff API throughput on the embedded database, as ratios to a baseline measured in the same run
 * (these machines are noisy: compare ratios across runs, not raw numbers).
 *   npm run bench            (BENCH_REQUESTS=2000 BENCH_SECONDS=3 by default)
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp } from "../server/app.js";
import { seedDemoCity } from "../server/db/seeds/demo-city/index.js";
import { systemClock } from "../server/platform/clock.js";
import { loadConfig } from "../server/platform/config.js";
import { migrate, openDatabase } from "../server/platform/db.js";
import { startJobs } from "../server/platform/jobs.js";
import { progressBar } from "../server/platform/progress.js";
import { QUEUES } from "../server/worker.js";
import { benchRow } from "./support/summary.js";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONCURRENCY = 8;

interface Result {
  name: string;
  rps: number;
  p50: number;
  p95: number;
}

async function load(name: string, send: (i: number) => Promise<Response>): Promise<Result> {
  const latencies: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  let i = 0;
  const worker = async () => {
    while (performance.now() < until) {
      const t = performance.now();
      const res = await send(i++);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
      latencies.push(performance.now() - t);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    rps: latencies.length / elapsed,
    p50: latencies[Math.floor(latencies.length * 0.5)] ?? 0,
    p95: latencies[Math.floor(latencies.length * 0.95)] ?? 0,
  };
}

const config = loadConfig({
  ...process.env,
  LOG_LEVEL: "silent",
  DATA_DIR: mkdtempSync(path.join(tmpdir(), "civic311-bench-")),
  PORT: "0",
});
const database = await openDatabase({
  databaseUrl: process.env.BENCH_DATABASE_URL,
  dataDir: config.dataDir,
  owner: "the benchmark",
});
await migrate(database);
console.log(`Seeding ${REQUESTS} requests on ${database.description}…`);
const bar = progressBar("seed");
await seedDemoCity({
  db: database.db,
  timeZone: config.timeZone,
  requests: REQUESTS,
  interactions: REQUESTS,
  onProgress: bar.update,
});
bar.stop();
// Jobs are enqueued as in production (nobody works them during the benchmark).
const jobs = await startJobs(database, QUEUES, { supervise: false });
const app = await buildApp({ config, database, clock: systemClock, jobs });
const address = await app.listen({ port: 0, host: "127.0.0.1" });
const signIn = await fetch(`${address}/api/session`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email: "supervisor@civic311.example", password: "demo311" }),
});
const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0]!;
const { csrfToken } = (await signIn.json()) as { csrfToken: string };
const headers = { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
const numbers = (
  (await (await fetch(`${address}/api/requests?limit=200`, { headers })).json()) as {
    items: { number: string }[];
  }
).items.map((r) => r.number);

const results: Result[] = [];
results.push(await load("baseline: GET /healthz", () => fetch(`${address}/healthz`)));
results.push(
  await load("GET /api/requests (newest 50)", () => fetch(`${address}/api/requests?limit=50`, { headers })),
);
results.push(
  await load("GET /api/requests (status+service+overdue)", () =>
    fetch(
      `${address}/api/requests?status=new,acknowledged,in_progress&service=pothole,streetlight_out&overdue=true`,
      { headers },
    ),
  ),
);
results.push(
  await load("GET /api/requests?q=text", () => fetch(`${address}/api/requests?q=sidewalk`, { headers })),
);
results.push(
  await load("GET /api/requests/:number", (i) =>
    fetch(`${address}/api/requests/${numbers[i % numbers.length]}`, { headers }),
  ),
);
results.push(
  await load("POST /api/requests", () =>
    fetch(`${address}/api/requests`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        serviceCode: "pothole",
        answers: { size: "plate_to_tire" },
        description: "bench",
        channel: "phone",
      }),
    }),
  ),
);
await app.close();
await database.close();

const base = results[0]!.rps;
console.log(
  `\n${database.kind}, ${REQUESTS} requests seeded, ${CONCURRENCY} concurrent clients, ${SECONDS} s each`,
);
console.log("| scenario | req/s | ratio to baseline | p50 ms | p95 ms |");
console.log("|---|---:|---:|---:|---:|");
for (const r of results) {
  console.log(
    `| ${r.name} | ${r.rps.toFixed(0)} | ${(r.rps / base).toFixed(3)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`,
  );
}
console.log(`| peak RSS | ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB | | | |`);
for (const r of results.slice(1))
  benchRow({
    scenario: `${r.name} (${database.kind})`,
    value: r.rps,
    unit: "req/s",
    baseline: `${results[0]!.name} ${base.toFixed(0)}/s`,
    ratio: r.rps / base,
  });
