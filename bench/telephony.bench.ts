/**
 * The phone line under load, on PostgreSQL (a fresh database on BENCH_DATABASE_URL's server, default the local
 * one; skipped when there is none) and on PGlite, with the real server in its own process (this file, started
 * again with TELEPHONY_BENCH_ROLE=server):
 *   (a) signed call events accepted per second over HTTP, one event per POST and 100 per POST, a tenth of
 *       them duplicates (re-sent events, answered "duplicate"), as ratios of GET /readyz requests/s (a request
 *       that touches the database) measured in the same run;
 *   (b) the wallboard's update latency under a steady 50 events/s: a supervisor's live stream is open; from
 *       each event's POST completing to its `phone` notice on the stream, and to a wallboard GET (issued on
 *       the notice, as the console does) that shows it; p50/p95/max.
 * NYC's busiest day (276,827 calls) is about 3 calls/s, some 15–20 events/s.
 *   npm run bench -- telephony      (BENCH_SECONDS=5 per throughput scenario, BENCH_RATE_SECONDS=10)
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { buildApp } from "../server/app.js";
import { seedDemoCity } from "../server/db/seeds/demo-city/index.js";
import { createUser } from "../server/modules/auth/index.js";
import { signWebhook } from "../server/modules/telephony/index.js";
import { systemClock } from "../server/platform/clock.js";
import { loadConfig } from "../server/platform/config.js";
import { migrate, openDatabase } from "../server/platform/db.js";
import { startJobs } from "../server/platform/jobs.js";
import { QUEUES } from "../server/worker.js";
import { startProcess } from "./support/load.js";
import { benchRow } from "./support/summary.js";

const SECRET = "bench-phone-system-shared-secret-0123456789";
const OPERATORS = 30;
const operatorEmail = (i: number) => `bench-operator-${i}@civic311.example`;

/** The server: a demo city on the given database (PGlite in DATA_DIR when none), with bench operators. */
async function serve() {
  const config = loadConfig({
    LOG_LEVEL: "silent",
    DATA_DIR: process.env.BENCH_DATA_DIR!,
    DATABASE_URL: process.env.BENCH_DATABASE_URL,
    TZ: "America/New_York",
    TELEPHONY_WEBHOOK_SECRET: SECRET,
  });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    owner: "the telephony benchmark",
  });
  await migrate(database);
  await seedDemoCity({ db: database.db, timeZone: config.timeZone, requests: 20, interactions: 20 });
  await database.db.transaction(async (tx) => {
    for (let i = 0; i < OPERATORS; i++)
      await createUser(
        { tx, actor: { kind: "system", label: "bench" } },
        {
          email: operatorEmail(i),
          name: `Bench Operator ${i}`,
          password: "a-long-password-1",
          role: "operator",
        },
      );
  });
  // Jobs are enqueued as in production (nobody works them during the benchmark).
  const jobs = await startJobs(database, QUEUES, { supervise: false });
  const app = await buildApp({ config, database, clock: systemClock, jobs });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  process.stdout.write(`READY ${address}\n`);
  process.on("SIGTERM", () => {
    void app.close().then(async () => {
      await jobs.stop();
      await database.close();
      process.exit(0);
    });
  });
}

interface PhoneEvent {
  callId: string;
  type: "arrived" | "queued" | "offered" | "answered" | "ended";
  at: string;
  from?: string;
  to?: string;
  agent?: string;
  queueSeconds?: number;
}

/** The events of one ordinary call, dated now: it arrives, waits, is offered, answered and ends. */
function callEvents(id: string, n: number): PhoneEvent[] {
  const at = new Date().toISOString();
  const agent = operatorEmail(n % OPERATORS);
  return [
    { callId: id, type: "arrived", at, from: `+1617555${String(n % 10_000).padStart(4, "0")}`, to: "311" },
    { callId: id, type: "queued", at },
    { callId: id, type: "offered", at, agent },
    { callId: id, type: "answered", at, agent, queueSeconds: n % 45 },
    { callId: id, type: "ended", at },
  ];
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : Number.NaN;

/** Connections the client saw reset and sent again, as a phone system would (events are idempotent). */
let resent = 0;

async function post(url: string, events: PhoneEvent[]): Promise<{ status: string }[]> {
  const body = JSON.stringify(events.length === 1 ? events[0] : { events });
  const send = () =>
    fetch(`${url}/telephony/events`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-civic311-signature": signWebhook(SECRET, body, Math.floor(Date.now() / 1000)),
      },
      body,
    });
  let res: Response;
  try {
    res = await send();
  } catch (err) {
    // A kept-alive connection closed under the client now and then (ECONNRESET): send the batch again.
    if ((err as { cause?: { code?: string } }).cause?.code !== "ECONNRESET") throw err;
    resent++;
    res = await send();
  }
  if (res.status !== 200) throw new Error(`POST /telephony/events: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { results: { status: string }[] }).results;
}

interface Throughput {
  name: string;
  perSecond: number;
  p50: number;
  p95: number;
  duplicates: number;
}

/** Runs `send` from 8 concurrent clients for `seconds`; each returns how many units it sent. */
async function throughput(name: string, seconds: number, send: (i: number) => Promise<number>) {
  const latencies: number[] = [];
  let units = 0;
  let i = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        units += await send(i++);
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    name,
    perSecond: units / ((performance.now() - started) / 1000),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    duplicates: 0,
  };
}

/** Signed call events at the server: single events and batches of 100, a tenth of them re-sent. */
async function eventThroughput(url: string, tag: string, seconds: number) {
  const results: Throughput[] = [];
  results.push(
    await throughput("baseline: GET /readyz", seconds, async () => {
      const res = await fetch(`${url}/readyz`);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`/readyz ${res.status}`);
      return 1;
    }),
  );

  // One event per POST: each client works through its own calls; every tenth POST re-sends an earlier event.
  let duplicates = 0;
  const sent: PhoneEvent[] = [];
  const pending: PhoneEvent[] = [];
  let calls = 0;
  const single = await throughput("one event per POST (10 % duplicates)", seconds, async (i) => {
    let event: PhoneEvent;
    if (i % 10 === 9 && sent.length) event = sent[(i * 7919) % sent.length]!;
    else {
      if (!pending.length) pending.push(...callEvents(`${tag}-S${calls}`, calls++));
      event = pending.shift()!;
      sent.push(event);
    }
    const [r] = await post(url, [event]);
    if (r?.status === "duplicate") duplicates++;
    return 1;
  });
  results.push({ ...single, duplicates });

  // 100 events per POST: 18 new calls (90 events) and 10 events re-sent from earlier batches.
  duplicates = 0;
  const earlier: PhoneEvent[] = [];
  const batched = await throughput("100 events per POST (10 % duplicates)", seconds, async () => {
    const fresh = Array.from({ length: 18 }, () => callEvents(`${tag}-B${calls}`, calls++)).flat();
    const again = earlier.length
      ? Array.from({ length: 10 }, (_, k) => earlier[(calls * 31 + k * 977) % earlier.length]!)
      : fresh.slice(0, 10);
    earlier.push(...fresh);
    const results = await post(url, [...fresh, ...again]);
    duplicates += results.filter((r) => r.status === "duplicate").length;
    return results.length;
  });
  results.push({ ...batched, duplicates });
  return results;
}

/** Reads a Server-Sent Events stream, calling back with each event's name and data. */
async function openStream(url: string, cookie: string, onEvent: (name: string, data: string) => void) {
  const controller = new AbortController();
  const res = await fetch(`${url}/api/events/stream`, { headers: { cookie }, signal: controller.signal });
  if (res.status !== 200 || !res.body) throw new Error(`stream: ${res.status}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut = buffer.indexOf("\n\n");
        while (cut >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          let name = "message";
          let data = "";
          for (const line of block.split("\n")) {
            if (line.startsWith("event: ")) name = line.slice(7);
            else if (line.startsWith("data: ")) data += line.slice(6);
          }
          if (data) onEvent(name, data);
          cut = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // aborted at the end
    }
  })();
  return () => controller.abort();
}

interface Latency {
  events: number;
  rate: number;
  notice: number[];
  wallboard: number[];
  noticeBeforeResponse: number;
}

/**
 * A steady 50 events/s from one sender (each POST after the previous one, on a 20 ms beat), a supervisor's
 * stream open: the k-th `phone` notice of kind "call" is the k-th event's (each recorded event announces one).
 * On each notice a wallboard GET (one at a time, as the console's query does) checks the day's counts.
 */
async function wallboardLatency(url: string, tag: string, seconds: number): Promise<Latency> {
  const signIn = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "supervisor@civic311.example", password: "demo311" }),
  });
  const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0]!;
  await signIn.arrayBuffer();
  const board = async () => {
    const res = await fetch(`${url}/api/telephony/wallboard`, { headers: { cookie } });
    if (!res.ok) throw new Error(`wallboard ${res.status}`);
    return ((await res.json()) as { today: { arrived: number; queued: number; answered: number } }).today;
  };
  const start = await board();

  const total = seconds * 50;
  const events = Array.from({ length: Math.ceil(total / 5) }, (_, n) => callEvents(`${tag}-L${n}`, n))
    .flat()
    .slice(0, total);
  const postedAt: number[] = [];
  const noticeAt: number[] = [];
  const boardAt: number[] = [];
  let noticeBeforeResponse = 0;
  // What the wallboard must show once event k is in: the day's counts up to it.
  const expected = events.map((_, k) => {
    const upTo = events.slice(0, k + 1);
    return {
      arrived: start.arrived + upTo.filter((e) => e.type === "arrived").length,
      queued: start.queued + upTo.filter((e) => e.type === "queued").length,
      answered: start.answered + upTo.filter((e) => e.type === "answered").length,
    };
  });
  let notices = 0;
  let checked = 0;
  let polling = false;
  const poll = async () => {
    if (polling) return;
    polling = true;
    while (checked < notices) {
      const upTo = notices;
      const today = await board();
      const now = performance.now();
      while (checked < upTo) {
        const want = expected[checked]!;
        if (today.arrived < want.arrived || today.queued < want.queued || today.answered < want.answered)
          break;
        boardAt[checked++] = now;
      }
    }
    polling = false;
  };
  const close = await openStream(url, cookie, (name, data) => {
    if (name !== "phone" || (JSON.parse(data) as { kind: string }).kind !== "call") return;
    noticeAt[notices++] = performance.now();
    void poll();
  });
  await new Promise((r) => setTimeout(r, 200));

  const began = performance.now();
  for (let k = 0; k < events.length; k++) {
    const due = began + k * 20;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await post(url, [events[k]!]);
    postedAt[k] = performance.now();
    if (noticeAt[k] !== undefined) noticeBeforeResponse++;
  }
  const elapsed = (performance.now() - began) / 1000;
  const deadline = performance.now() + 10_000;
  while ((boardAt.length < events.length || polling) && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  close();
  const lag = (at: number[]) =>
    postedAt.map((p, k) => Math.max(0, (at[k] ?? Number.POSITIVE_INFINITY) - p)).sort((a, b) => a - b);
  return {
    events: events.length,
    rate: events.length / elapsed,
    notice: lag(noticeAt),
    wallboard: lag(boardAt),
    noticeBeforeResponse,
  };
}

async function drive() {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const rateSeconds = Number(process.env.BENCH_RATE_SECONDS ?? 10);
  const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const targets: { kind: string; env: Record<string, string>; cleanup: () => Promise<void> }[] = [];

  const name = `civic311_bench_phone_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    targets.push({
      kind: "PostgreSQL",
      env: { BENCH_DATABASE_URL: url.toString() },
      cleanup: async () => {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    });
  } catch (err) {
    console.log(`PostgreSQL part skipped: no PostgreSQL at ${adminUrl} (${(err as Error).message}).`);
  }
  // An empty BENCH_DATABASE_URL: the server process must not inherit the PostgreSQL one.
  targets.push({ kind: "PGlite", env: { BENCH_DATABASE_URL: "" }, cleanup: async () => {} });

  for (const target of targets) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "civic311-bench-phone-"));
    console.log(`\n## ${target.kind}: starting the server (demo city, ${OPERATORS} bench operators)…`);
    const server = await startProcess("bench/telephony.bench.ts", {
      ...target.env,
      TELEPHONY_BENCH_ROLE: "server",
      BENCH_DATA_DIR: dataDir,
    });
    const tag = `${target.kind === "PGlite" ? "G" : "P"}${Date.now().toString(36)}`;
    try {
      const results = await eventThroughput(server.url, tag, seconds);
      const latency = await wallboardLatency(server.url, tag, rateSeconds);
      const base = results[0]!;
      console.log(`\n${target.kind}: 8 concurrent senders, ${seconds} s each`);
      console.log("| scenario | per s | ratio to /readyz | p50 ms | p95 ms | duplicates answered |");
      console.log("|---|---:|---:|---:|---:|---:|");
      for (const r of results)
        console.log(
          `| ${r.name} | ${r.perSecond.toFixed(0)} ${r === base ? "req" : "events"} | ${(r.perSecond / base.perSecond).toFixed(3)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r === base ? "" : r.duplicates} |`,
        );
      const stat = (xs: number[]) => ({
        p50: percentile(xs, 0.5),
        p95: percentile(xs, 0.95),
        max: xs.at(-1) ?? Number.NaN,
      });
      const n = stat(latency.notice);
      const w = stat(latency.wallboard);
      if (resent) console.log(`(${resent} POSTs sent again after a connection reset; counted once)`);
      resent = 0;
      console.log(
        `\n${target.kind}: ${latency.events} events at ${latency.rate.toFixed(1)} events/s (target 50), ` +
          `${latency.noticeBeforeResponse} notices arrived before their POST's response`,
      );
      console.log("| from the POST's response to | p50 ms | p95 ms | max ms |");
      console.log("|---|---:|---:|---:|");
      console.log(
        `| its \`phone\` notice on the stream | ${n.p50.toFixed(1)} | ${n.p95.toFixed(1)} | ${n.max.toFixed(1)} |`,
      );
      console.log(
        `| a wallboard GET showing it | ${w.p50.toFixed(1)} | ${w.p95.toFixed(1)} | ${w.max.toFixed(1)} |`,
      );

      for (const r of results.slice(1))
        benchRow({
          scenario: `${r.name}, signed (${target.kind}; p95 ${r.p95.toFixed(0)} ms)`,
          value: r.perSecond,
          unit: "events/s",
          baseline: `GET /readyz ${base.perSecond.toFixed(0)}/s`,
          ratio: r.perSecond / base.perSecond,
        });
      for (const [label, s] of [
        ["phone notice", n],
        ["wallboard showing it", w],
      ] as const)
        benchRow({
          scenario: `POST response → ${label} at ${latency.rate.toFixed(0)} events/s (${target.kind}; p50 ${s.p50.toFixed(1)}, max ${s.max.toFixed(1)})`,
          value: s.p95,
          unit: "ms p95",
        });
    } finally {
      server.child.kill("SIGTERM");
      await new Promise((r) => server.child.once("exit", r));
      await target.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

// Last, so that every declaration above is initialized before either role runs.
if (process.env.TELEPHONY_BENCH_ROLE === "server") await serve();
else await drive();
