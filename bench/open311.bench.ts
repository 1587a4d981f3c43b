/**
 * Open311 at big-city size: a database holding BENCH_ROWS (default 300,000) requests, and
 *   GET requests/{id}.json and GET requests.json?service_code=… as ratios of a bare Fastify "hello" route,
 *   POST requests.json as a ratio of the same inserts done directly in SQL,
 * all measured in this run, with p50/p99 latencies at BENCH_CONNECTIONS (default 100) connections.
 * Needs PostgreSQL (BENCH_DATABASE_URL, default the local server): PGlite has one owner at a time.
 *   npm run bench -- open311
 */
import pg from "pg";
import { seedDemoFoundation } from "../server/db/seeds/demo-city/index.js";
import { createApiKey } from "../server/modules/auth/index.js";
import { migrate, openDatabase } from "../server/platform/db.js";
import { drain, type LoadResult, load as loadOnce, startProcess } from "./support/load.js";
import { benchRow } from "./support/summary.js";

const ROWS = Number(process.env.BENCH_ROWS ?? 300_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DB_NAME = `civic311_bench_${ROWS}`;

const admin = new pg.Client({ connectionString: ADMIN_URL });
try {
  await admin.connect();
} catch (err) {
  console.log(`open311 benchmark skipped: no PostgreSQL at ${ADMIN_URL} (${(err as Error).message}).`);
  process.exit(0);
}
const exists = (await admin.query("select 1 from pg_database where datname = $1", [DB_NAME])).rowCount;
if (!exists) await admin.query(`create database ${DB_NAME}`);
await admin.end();
const url = new URL(ADMIN_URL);
url.pathname = `/${DB_NAME}`;
const dbUrl = url.toString();

const database = await openDatabase({ databaseUrl: dbUrl, dataDir: "", owner: "bench" });
await migrate(database);
const pool = new pg.Pool({ connectionString: dbUrl, max: 10 });
const have = Number((await pool.query("select count(*) from service_requests")).rows[0].count);
if (have < ROWS) {
  const started = Date.now();
  if (have === 0)
    await seedDemoFoundation({ db: database.db, timeZone: "America/New_York", requests: 0, interactions: 0 });
  console.log(`Loading ${ROWS - have} requests into ${DB_NAME} with generate_series…`);
  const services = (
    await pool.query("select id, department_id from service_types where available_online order by id")
  ).rows as { id: number; department_id: number }[];
  const ids = `array[${services.map((s) => s.id).join(",")}]`;
  const depts = `array[${services.map((s) => s.department_id).join(",")}]`;
  await pool.query(`
    insert into service_requests (number, service_type_id, status, close_reason, priority, description, answers, address, lat, lng,
      department_id, due_at, channel, created_at, updated_at, closed_at)
    select (3000000 + g)::text, (${ids})[1 + g % ${services.length}], case when g % 10 < 7 then 'closed' else 'new' end,
      case when g % 10 < 7 then 'fixed' end, 'normal', 'Bench request ' || g || ' reported near ' || (g % 400) || ' Elm Street',
      '{}'::jsonb, (g % 400) || ' Elm Street, Riverton, MA', 42.38 + (g % 1000) / 20000.0, -71.35 + (g % 997) / 20000.0,
      (${depts})[1 + g % ${services.length}], t + interval '3 days', 'phone', t, t + interval '1 day',
      case when g % 10 < 7 then t + interval '1 day' end
    from generate_series(${have + 1}, ${ROWS}) g, lateral (select now() - (g % 730) * interval '1 day' - (g % 86400) * interval '1 second' as t) x`);
  await pool.query(`
    insert into request_events (request_id, type, at, actor_label, public, body, data)
    select id, 'created', created_at, 'Bench', true, 'Request received.', '{}'::jsonb from service_requests
    where id not in (select request_id from request_events)`);
  await pool.query("analyze");
  console.log(`Loaded in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}
const total = Number((await pool.query("select count(*) from service_requests")).rows[0].count);
const key = (
  await createApiKey(
    { tx: database.db, actor: { kind: "system", label: "bench" } },
    { name: "bench", rateLimitPerMinute: 10_000 },
  )
).key;
const numbers = (
  await pool.query("select number from service_requests order by random() limit 5000")
).rows.map((r) => r.number as string);
await database.close();

// Direct SQL: the rows one POST writes (the request and its first timeline event), one transaction each.
async function directInserts(seconds: number): Promise<number> {
  const service = (await pool.query("select id, department_id from service_types where code = 'pothole'"))
    .rows[0];
  const until = Date.now() + seconds * 1000;
  let done = 0;
  let n = 0;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (Date.now() < until) {
        const number = `B${process.pid}-${n++}`;
        await client.query("begin");
        const r = await client.query(
          `insert into service_requests (number, service_type_id, status, priority, description, answers, lat, lng, department_id, due_at, channel)
           values ($1, $2, 'new', 'normal', 'direct', '{"size":"plate_to_tire"}', 42.41, -71.32, $3, now() + interval '3 days', 'open311') returning id`,
          [number, service.id, service.department_id],
        );
        await client.query(
          "insert into request_events (request_id, type, actor_label, public, body) values ($1, 'created', 'bench', true, 'x')",
          [r.rows[0].id],
        );
        await client.query("commit");
        done++;
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: 10 }, worker));
  return done / seconds;
}

const hello = await startProcess("bench/support/hello.server.ts", {});
const app = await startProcess("bench/support/app.server.ts", { BENCH_DATABASE_URL: dbUrl });
const results: LoadResult[] = [];
// Each scenario starts on an idle server: what one left queued must not count against the next.
const load = async (...args: Parameters<typeof loadOnce>) => {
  await drain(app.url);
  return loadOnce(...args);
};
try {
  const opts = { connections: CONNECTIONS, seconds: SECONDS };
  results.push(
    await load("baseline: bare Fastify GET /hello", {
      ...opts,
      url: hello.url,
      requests: [{ method: "GET", path: "/hello" }],
    }),
  );
  let i = 0;
  results.push(
    await load("GET /open311/v2/requests/{id}.json", {
      ...opts,
      url: app.url,
      requests: [
        {
          method: "GET",
          setupRequest: (req) => ({
            ...req,
            path: `/open311/v2/requests/${numbers[i++ % numbers.length]}.json`,
          }),
        },
      ],
    }),
  );
  results.push(
    await load("GET /open311/v2/requests.json?service_code=pothole (≤1,000 rows)", {
      ...opts,
      url: app.url,
      requests: [{ method: "GET", path: "/open311/v2/requests.json?service_code=pothole" }],
    }),
  );
  results.push(
    await load("GET /open311/v2/requests.json?service_code=pothole&page_size=50", {
      ...opts,
      url: app.url,
      requests: [{ method: "GET", path: "/open311/v2/requests.json?service_code=pothole&page_size=50" }],
    }),
  );
  const directPerSecond = await directInserts(SECONDS);
  results.push({
    name: "baseline: the same inserts directly in SQL (10 connections)",
    rps: directPerSecond,
    p50: Number.NaN,
    p99: Number.NaN,
    errors: 0,
  });
  results.push(
    await load("POST /open311/v2/requests.json", {
      ...opts,
      url: app.url,
      requests: [
        {
          method: "POST",
          path: "/open311/v2/requests.json",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: `api_key=${key}&service_code=pothole&lat=42.41&long=-71.32&attribute%5Bsize%5D=plate_to_tire&description=bench`,
        },
      ],
    }),
  );
} finally {
  hello.child.kill();
  app.child.kill();
  await pool.end();
}

const [bare, byId, list, page, direct, posted] = results as [
  LoadResult,
  LoadResult,
  LoadResult,
  LoadResult,
  LoadResult,
  LoadResult,
];
console.log(
  `\nOpen311 on PostgreSQL, ${total.toLocaleString("en-US")} requests in the database, ${CONNECTIONS} connections, ${SECONDS} s each`,
);
console.log("| scenario | req/s | ratio | to | p50 ms | p99 ms | errors |");
console.log("|---|---:|---:|---|---:|---:|---:|");
const row = (r: LoadResult, ratio: number | null, to: string) =>
  console.log(
    `| ${r.name} | ${r.rps.toFixed(0)} | ${ratio === null ? "" : ratio.toFixed(3)} | ${to} | ${Number.isNaN(r.p50) ? "" : r.p50} | ${Number.isNaN(r.p99) ? "" : r.p99} | ${r.errors} |`,
  );
row(bare, 1, "itself");
row(byId, byId.rps / bare.rps, "hello (target ≥ 0.35)");
row(list, list.rps / bare.rps, "hello");
row(page, page.rps / bare.rps, "hello");
row(direct, 1, "itself");
row(posted, posted.rps / direct.rps, "direct SQL (target ≥ 0.5)");
for (const [r, ratio, target] of [
  [byId, byId.rps / bare.rps, 0.35],
  [list, list.rps / bare.rps, null],
  [page, page.rps / bare.rps, null],
] as const)
  benchRow({
    scenario: `${r.name} (p99 ${r.p99} ms)`,
    value: r.rps,
    unit: "req/s",
    baseline: `bare Fastify hello ${bare.rps.toFixed(0)}/s`,
    ratio,
    ...(target === null ? {} : { target: `ratio ≥ ${target}`, met: ratio >= target }),
  });
benchRow({
  scenario: `${posted.name} (p99 ${posted.p99} ms)`,
  value: posted.rps,
  unit: "req/s",
  baseline: `direct SQL ${direct.rps.toFixed(0)}/s`,
  ratio: posted.rps / direct.rps,
  target: "ratio ≥ 0.5",
  met: posted.rps / direct.rps >= 0.5,
});
