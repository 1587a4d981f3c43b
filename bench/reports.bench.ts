/**
 * Reports at big-city size (issue 7): BENCH_REQUESTS (default 1,000,000) requests and BENCH_INTERACTIONS
 * (default 2,000,000) contacts resampled from the Boston Open311 data (bench/support/big-city.ts). Each
 * dashboard for one year is timed cold (first call on new connections, and again after `discard all`) and
 * warm (p50/p95 of BENCH_RUNS calls, default 10), and given as a ratio of a plain count(*) over the same rows
 * timed in this run. Target: every dashboard under 500 ms warm on PostgreSQL.
 * BENCH_QUERIES=1 adds one call per dashboard that prints each SQL statement's time, to show where it goes.
 *   npm run bench -- reports
 */
import { DateTime } from "luxon";
import pg from "pg";
import type { ReportFilters } from "../common/contracts/reports.js";
import {
  contactDashboard,
  contactMedians,
  publicPerformance,
  refreshRollups,
  requestDashboard,
  requestMapCells,
  requestPercentiles,
  rollupPlan,
} from "../server/modules/reports/index.js";
import { type Database, openDatabase } from "../server/platform/db.js";
import { progressBar } from "../server/platform/progress.js";
import { openBigCity, TIME_ZONE } from "./support/big-city.js";
import { benchRow, type SummaryRow } from "./support/summary.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const TARGET_MS = 500;

const city = await openBigCity("reports benchmark");
if (!city) process.exit(0);
const { pool, url, database } = city;
const db = database.db;

interface Timing {
  cold: number;
  coldDiscard: number;
  p50: number;
  p95: number;
}

const ms = async (run: () => Promise<unknown>) => {
  const t = performance.now();
  await run();
  return performance.now() - t;
};
/** Nearest rank: with 10 runs the p95 is the slowest. */
const rank = (sorted: number[], p: number) =>
  sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;

/**
 * Cold: the first call on a new pool (its connections made during the call, as after a restart of the app),
 * then on a new pool whose connections ran `discard all` first. Neither empties PostgreSQL's shared buffers
 * or the operating system's page cache. Warm: RUNS calls in a row on the long-lived pool.
 */
async function time(run: (d: Database) => Promise<unknown>): Promise<Timing> {
  const fresh = await openDatabase({ databaseUrl: url, dataDir: "", owner: "bench" });
  const cold = await ms(() => run(fresh));
  await fresh.close();
  const again = await openDatabase({ databaseUrl: url, dataDir: "", owner: "bench" });
  await Promise.all(Array.from({ length: 10 }, () => again.raw.executeSql("discard all")));
  const coldDiscard = await ms(() => run(again));
  await again.close();
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await ms(() => run(database)));
  warm.sort((a, b) => a - b);
  return { cold, coldDiscard, p50: rank(warm, 0.5), p95: rank(warm, 0.95) };
}

/**
 * One more warm call with every pool query timed. The statements of a dashboard run concurrently (on two
 * cores they share the CPU), so the slowest is its floor; what the call takes beyond that is JavaScript.
 */
async function queryTimes(name: string, run: (d: Database) => Promise<unknown>) {
  const proto = pg.Pool.prototype as unknown as { query: (...args: unknown[]) => Promise<unknown> };
  const original = proto.query;
  const seen: { ms: number; sql: string }[] = [];
  proto.query = async function (this: unknown, ...args: unknown[]) {
    const t = performance.now();
    try {
      return await original.apply(this, args);
    } finally {
      const q = args[0] as string | { text: string };
      const text = typeof q === "string" ? q : q.text;
      seen.push({ ms: performance.now() - t, sql: text.replace(/\s+/g, " ").trim().slice(0, 120) });
    }
  };
  const total = await ms(() => run(database)).finally(() => {
    proto.query = original;
  });
  console.log(`  ${name}: ${total.toFixed(0)} ms in all; its statements:`);
  for (const q of seen.sort((a, b) => b.ms - a.ms))
    console.log(`    ${q.ms.toFixed(0).padStart(6)} ms  ${q.sql}`);
}

/** Plain count(*) over a report's rows: the same local-day bounds the reports use. */
function countOf(table: "requests" | "contacts", f: { from: string; to: string }, department?: string) {
  const [name, column] =
    table === "requests" ? ["service_requests", "created_at"] : ["interactions", "started_at"];
  const dept = department ? "and department_id = (select id from departments where code = $4)" : "";
  const sql = `select count(*)::int as n from ${name}
    where ${column} >= ($1::date::timestamp at time zone $3) and ${column} < (($2::date + 1)::timestamp at time zone $3) ${dept}`;
  const params = [f.from, f.to, TIME_ZONE, ...(department ? [department] : [])];
  // On the same kind of pool as the dashboards, so both pay the same connection costs.
  return async (d: Database) => Number((await d.raw.executeSql(sql, params)).rows[0]?.n);
}

// The rollups (ADR 0011) are built once (the first run builds years of days; later runs add the new ones),
// then every dashboard is timed reading them, and again counting everything live for comparison.
{
  const bar = progressBar("report rollups");
  const started = performance.now();
  const done = await refreshRollups(db, TIME_ZONE, new Date(), (n, total) => bar.update(n, total, "batches"));
  bar.stop();
  const plan = await rollupPlan(db, TIME_ZONE);
  console.log(
    `Report rollups: ${done.built} batch(es) of up to 31 days built and ${done.rebuilt} changed day(s) rebuilt in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s; they hold days through ${plan?.builtThrough ?? "none"}.`,
  );
}
let useRollups = true;
const opts = () => ({ rollups: useRollups });

const today = DateTime.now().setZone(TIME_ZONE);
const year = { from: today.minus({ days: 364 }).toISODate() as string, to: today.toISODate() as string };
const filters = (more: Partial<ReportFilters> = {}): ReportFilters => ({ ...year, interval: "day", ...more });
const biggestDept = (
  await pool.query(
    `select d.code, count(*)::int as n from service_requests sr join departments d on d.id = sr.department_id
     where sr.created_at >= ($1::date::timestamp at time zone $3) and sr.created_at < (($2::date + 1)::timestamp at time zone $3)
     group by 1 order by 2 desc limit 1`,
    [year.from, year.to, TIME_ZONE],
  )
).rows[0] as { code: string; n: number };
const publicRange = await publicPerformance(db, TIME_ZONE, new Date());

const cases: {
  name: string;
  run: (d: Database) => Promise<unknown>;
  check: (q: typeof db) => Promise<number>;
  baseline: (d: Database) => Promise<number>;
  baselineName: string;
}[] = [
  {
    name: "requests, last year by day",
    run: (d: Database) => requestDashboard(d.db, TIME_ZONE, filters(), undefined, opts()),
    check: async (q: typeof db) => (await requestDashboard(q, TIME_ZONE, filters())).totals.opened,
    baseline: countOf("requests", year),
    baselineName: "count(*) of requests made in the year",
  },
  {
    name: "contacts, last year by day",
    run: (d: Database) => contactDashboard(d.db, TIME_ZONE, filters(), undefined, opts()),
    check: async (q: typeof db) => (await contactDashboard(q, TIME_ZONE, filters())).totals.contacts,
    baseline: countOf("contacts", year),
    baselineName: "count(*) of contacts started in the year",
  },
  {
    name: "contacts, last year by hour",
    run: (d: Database) => contactDashboard(d.db, TIME_ZONE, filters({ interval: "hour" }), undefined, opts()),
    check: async (q: typeof db) =>
      (await contactDashboard(q, TIME_ZONE, filters({ interval: "hour" }))).totals.contacts,
    baseline: countOf("contacts", year),
    baselineName: "count(*) of contacts started in the year",
  },
  {
    name: `requests, last year, department ${biggestDept.code} (the busiest)`,
    run: (d: Database) =>
      requestDashboard(d.db, TIME_ZONE, filters({ department: biggestDept.code }), undefined, opts()),
    check: async (q: typeof db) =>
      (await requestDashboard(q, TIME_ZONE, filters({ department: biggestDept.code }))).totals.opened,
    baseline: countOf("requests", year, biggestDept.code),
    baselineName: `count(*) of ${biggestDept.code} requests made in the year`,
  },
  {
    name: "requests map (opened, by area), last year",
    run: (d: Database) => requestMapCells(d.db, TIME_ZONE, filters()),
    check: async (q: typeof db) =>
      (await requestMapCells(q, TIME_ZONE, filters())).items.reduce((n, c) => n + c.count, 0),
    baseline: countOf("requests", year),
    baselineName: "count(*) of requests made in the year",
  },
  {
    name: "requests, days to close by service type, last year",
    run: (d: Database) => requestPercentiles(d.db, TIME_ZONE, filters()),
    // Percentiles count nothing; the check is that every service closed in the year got its figures.
    check: async (q: typeof db) => (await requestPercentiles(q, TIME_ZONE, filters())).byService.length,
    baseline: async (d: Database) =>
      Number(
        (
          await d.raw.executeSql(
            `select count(distinct service_type_id)::int as n from service_requests
             where status = 'closed' and close_reason is distinct from 'duplicate'
               and closed_at >= ($1::date::timestamp at time zone $3) and closed_at < (($2::date + 1)::timestamp at time zone $3)`,
            [year.from, year.to, TIME_ZONE],
          )
        ).rows[0]?.n,
      ),
    baselineName: "count(distinct service) of requests closed in the year",
  },
  {
    name: "contacts, median handle time by channel and operator, last year",
    run: (d: Database) => contactMedians(d.db, TIME_ZONE, filters()),
    // Medians count nothing; the check is that every operator with contacts got one.
    check: async (q: typeof db) => (await contactMedians(q, TIME_ZONE, filters())).byOperator.length,
    baseline: async (d: Database) =>
      Number(
        (
          await d.raw.executeSql(
            `select count(distinct operator_user_id)::int as n from interactions
             where started_at >= ($1::date::timestamp at time zone $3) and started_at < (($2::date + 1)::timestamp at time zone $3)
               and ended_at is not null and not ('abandoned' = any(outcomes))`,
            [year.from, year.to, TIME_ZONE],
          )
        ).rows[0]?.n,
      ),
    baselineName: "count(distinct operator) of handled contacts in the year",
  },
  {
    name: `public performance (${publicRange.from}…${publicRange.to})`,
    run: (d: Database) => publicPerformance(d.db, TIME_ZONE, new Date()),
    check: async (q: typeof db) => (await publicPerformance(q, TIME_ZONE, new Date())).totals.opened,
    baseline: countOf("requests", { from: publicRange.from, to: publicRange.to }),
    baselineName: "count(*) of requests made in those months",
  },
];

const settings = await pool.query(
  "select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'max_parallel_workers_per_gather')",
);
const sizes = await pool.query(`select pg_size_pretty(pg_database_size(current_database())) as db,
  (select count(*) from request_events)::int as events, (select count(*) from interaction_requests)::int as links,
  (select count(*) from interaction_articles)::int as articles, (select count(*) from survey_responses)::int as surveys`);
const s = sizes.rows[0];
console.log(
  `Database ${s.db}: ${city.size.requests.toLocaleString("en-US")} requests, ${s.events.toLocaleString("en-US")} request events, ` +
    `${city.size.interactions.toLocaleString("en-US")} interactions, ${s.links.toLocaleString("en-US")} interaction-request links, ` +
    `${s.articles.toLocaleString("en-US")} article uses, ${s.surveys.toLocaleString("en-US")} survey responses, ` +
    `${city.size.constituents.toLocaleString("en-US")} constituents.`,
);
console.log(
  `PostgreSQL ${settings.rows.map((r) => `${r.name}=${r.setting}${r.unit ?? ""}`).join(", ")}; ` +
    `year ${year.from}…${year.to} (${TIME_ZONE}); ${RUNS} warm runs each.`,
);
console.log(
  "Cold = first call on new connections (and after `discard all`): PostgreSQL's shared buffers and the OS page " +
    "cache are NOT flushed (that needs a server restart), so cold measures empty per-connection caches, not a cold disk.\n",
);

const table: string[] = [];
const row = (name: string, t: Timing, ratio: number | null, target: boolean, live = "") =>
  table.push(
    `| ${name} | ${t.cold.toFixed(0)} | ${t.coldDiscard.toFixed(0)} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} | ` +
      `${ratio === null ? "1 (itself)" : ratio.toFixed(1)} | ${live} | ${target ? (t.p95 < TARGET_MS ? "yes" : t.p50 < TARGET_MS ? "p50 only" : "NO") : ""} |`,
  );
/** Median of three warm calls counting everything live (no rollups), for comparison. */
async function liveP50(run: (d: Database) => Promise<unknown>): Promise<number> {
  useRollups = false;
  const t: number[] = [];
  for (let i = 0; i < 3; i++) t.push(await ms(() => run(database)));
  useRollups = true;
  return t.sort((a, b) => a - b)[1] ?? Number.NaN;
}
let missed = 0;
const summary: SummaryRow[] = [];
try {
  for (const c of cases) {
    const rows = await c.baseline(database);
    const shown = await c.check(db);
    const base = await time(c.baseline);
    const dash = await time(c.run);
    const live = await liveP50(c.run);
    const ratio = dash.p50 / base.p50;
    if (dash.p95 >= TARGET_MS) missed++;
    console.log(
      `${c.name}: ${rows.toLocaleString("en-US")} rows (dashboard says ${shown.toLocaleString("en-US")}` +
        `${shown === rows ? ", matches count(*)" : ", DIFFERS from count(*)"}); warm p50 ${dash.p50.toFixed(1)} ms ` +
        `= ${ratio.toFixed(1)}× the count(*) (${base.p50.toFixed(1)} ms); cold ${dash.cold.toFixed(0)} ms.`,
    );
    if (process.env.BENCH_QUERIES) await queryTimes(c.name, c.run);
    summary.push({
      scenario: `${c.name} warm p95`,
      value: dash.p95,
      unit: "ms",
      baseline: `${c.baselineName} p95 ${base.p95.toFixed(1)} ms`,
      ratio: dash.p95 / base.p95,
      target: `p95 < ${TARGET_MS} ms`,
      met: dash.p95 < TARGET_MS,
    });
    row(`baseline: ${c.baselineName}`, base, null, false);
    row(c.name, dash, ratio, true, `${live.toFixed(0)} (${(live / base.p50).toFixed(1)}×)`);
  }
} finally {
  await pool.end();
  await city.database.close();
}

console.log(
  `\nReports on PostgreSQL, ${city.size.requests.toLocaleString("en-US")} requests and ` +
    `${city.size.interactions.toLocaleString("en-US")} contacts (resampled from the Boston Open311 data)`,
);
console.log(
  "| dashboard | cold ms (new connections) | cold ms (after discard all) | warm p50 ms | warm p95 ms | ratio to count(*) p50 | all live, no rollups: p50 ms (ratio) | target (<500 ms warm p95) met? |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|---|");
for (const line of table) console.log(line);
console.log(
  missed === 0 ? "\nEvery dashboard met the target." : `\n${missed} dashboard(s) missed the target.`,
);
for (const s of summary) benchRow(s);
