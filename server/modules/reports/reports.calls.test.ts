/**
 * The phone line's historical measures against a hand-built set of calls whose figures are worked out here,
 * on both databases. The city is in America/New_York (EDT, UTC-4, all October: no change of clocks), so local
 * midnight between 1 and 2 October is 04:00Z on the 2nd. The city's service-level threshold is set to 20 s
 * (not the default 30), so a call answered after 25 s shows the threshold is read from the phone settings.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallRecord, ReportFilters } from "../../../common/contracts/reports.js";
import { DEFAULT_PHONE_SETTINGS } from "../../../common/contracts/telephony.js";
import { type Database, rows } from "../../platform/db.js";
import { freshDatabase } from "../../test/database.js";
import { writePhoneSettings } from "../telephony/index.js";
import { callDashboard } from "./reports.calls.js";
import { resolveFilters } from "./reports.filters.js";
import { countRecords, listRecords, type RecordsSlice, recordsCsv } from "./reports.records.js";
import { handBuiltCity, NOW, TZ } from "./reports.test-city.js";

const TWO_DAYS: ReportFilters = resolveFilters({ from: "2026-10-01", to: "2026-10-02" }, TZ, NOW);
const CALLER = "+16175550123";

let database: Database;
let ids: Record<string, number>;

interface HandCall {
  key: string;
  arrived: string;
  queueAfter?: number; // seconds after arrival it joined the queue
  answered?: { by: "op1" | "op2"; queue: number; talk: number; transferAfter?: number };
  abandoned?: number; // queue seconds
  callback?: number; // seconds in queue before asking
  menu?: string[];
  stillOn?: true; // no end reported yet
}

// K1–K10 arrived on 1–2 October local time; K11 and K12 just outside.
const CALLS: HandCall[] = [
  {
    key: "K1",
    arrived: "2026-10-01T14:00:00Z",
    queueAfter: 10,
    answered: { by: "op1", queue: 15, talk: 300 },
  },
  {
    key: "K2",
    arrived: "2026-10-01T15:00:00Z",
    queueAfter: 5,
    // Transferred after 30 s: the operator's talk ends there, the call 90 s later.
    answered: { by: "op2", queue: 20, talk: 120, transferAfter: 30 },
  },
  {
    key: "K3",
    arrived: "2026-10-01T16:00:00Z",
    queueAfter: 5,
    answered: { by: "op1", queue: 25, talk: 200 },
  },
  { key: "K4", arrived: "2026-10-01T17:00:00Z", queueAfter: 5, abandoned: 40 },
  // 23:59:30 on 1 October locally, answered after local midnight: it counts on the 1st.
  {
    key: "K5",
    arrived: "2026-10-02T03:59:30Z",
    queueAfter: 20,
    answered: { by: "op2", queue: 50, talk: 60 },
  },
  // Local midnight exactly: the 2nd.
  { key: "K6", arrived: "2026-10-02T04:00:00Z", queueAfter: 10, callback: 90 },
  { key: "K7", arrived: "2026-10-02T12:00:00Z", menu: ["hours"] },
  { key: "K8", arrived: "2026-10-02T13:00:00Z", menu: ["status"], queueAfter: 30, abandoned: 5 },
  {
    key: "K9",
    arrived: "2026-10-02T14:00:00Z",
    queueAfter: 5,
    answered: { by: "op1", queue: 10, talk: 180 },
  },
  { key: "K10", arrived: "2026-10-02T15:00:00Z" },
  // Heard the hours and is still in the menu (no end yet): not self-served, they may yet ask for an operator.
  { key: "K13", arrived: "2026-10-02T16:00:00Z", menu: ["hours"], stillOn: true },
  // Midnight starting 3 October locally, and a second before 1 October: outside the range.
  { key: "K11", arrived: "2026-10-03T04:00:00Z", queueAfter: 5, answered: { by: "op1", queue: 5, talk: 30 } },
  { key: "K12", arrived: "2026-10-01T03:59:59Z", queueAfter: 5, abandoned: 10 },
];

const plus = (at: string, seconds: number) => new Date(Date.parse(at) + seconds * 1000).toISOString();

async function insertCall(c: HandCall): Promise<number> {
  const queuedAt = c.queueAfter === undefined ? null : plus(c.arrived, c.queueAfter);
  const q = c.queueAfter ?? 0;
  const answeredAt = c.answered ? plus(c.arrived, q + c.answered.queue) : null;
  const endedAt = c.answered
    ? plus(c.arrived, q + c.answered.queue + c.answered.talk)
    : c.abandoned !== undefined
      ? plus(c.arrived, q + c.abandoned)
      : c.stillOn
        ? null
        : plus(c.arrived, 60);
  const [row] = await rows<{ id: number }>(
    database.db,
    sql`insert into calls (source, external_id, from_number, to_number, arrived_at, queued_at, answered_at,
      answered_by_user_id, abandoned_at, ended_at, queue_seconds, self_service, callback_requested_at,
      callback_number, transferred_at)
    values ('webhook', ${c.key}, ${CALLER}, '311', ${c.arrived}, ${queuedAt}, ${answeredAt},
      ${c.answered ? ids[c.answered.by] : null},
      ${c.abandoned !== undefined ? plus(c.arrived, q + c.abandoned) : null}, ${endedAt},
      ${c.answered?.queue ?? c.abandoned ?? null}, ${`{${(c.menu ?? []).join(",")}}`}::text[],
      ${c.callback !== undefined ? plus(c.arrived, q + c.callback) : null},
      ${c.callback !== undefined ? CALLER : null},
      ${c.answered?.transferAfter !== undefined && answeredAt ? plus(answeredAt, c.answered.transferAfter) : null})
    returning id`,
  );
  return row!.id;
}

beforeAll(async () => {
  database = await freshDatabase();
  ids = await handBuiltCity(database);
  await writePhoneSettings(database.db, { ...DEFAULT_PHONE_SETTINGS, serviceLevelSeconds: 20 }, NOW);
  for (const c of CALLS) ids[c.key] = await insertCall(c);
}, 120_000);

afterAll(async () => {
  await database?.close();
});

/** The hand-built calls (by key) in a record set. */
async function keysOf(f: ReportFilters, slice: RecordsSlice): Promise<string[]> {
  const page = await listRecords(database.db, TZ, f, { ...slice, limit: 100 }, NOW);
  const byId = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  expect(page.kind).toBe("calls");
  return (page.items as CallRecord[]).map((r) => byId.get(r.id) ?? `?${r.id}`).sort();
}

async function csvLines(f: ReportFilters, slice: RecordsSlice, pageSize = 2): Promise<string[]> {
  let text = "";
  for await (const chunk of await recordsCsv(database.db, TZ, f, slice, NOW, pageSize)) text += chunk;
  return text.split("\r\n").slice(0, -1);
}

describe("the phone line over two days", () => {
  it("counts the calls of 1–2 October local time as worked out by hand", async () => {
    const d = await callDashboard(database.db, TZ, TWO_DAYS, NOW);
    expect(d.thresholdSeconds).toBe(20);
    expect(d.totals).toEqual({
      calls: 11, // K1–K10 and K13: K12 arrived on 30 September, K11 on 3 October locally
      queued: 8, // all but K7 (menu only), K10 (hung up in the greeting) and K13 (in the menu)
      answered: 5, // K1, K2, K3, K5, K9
      withinThreshold: 3, // K1 15 s, K2 20 s (≤ 20), K9 10 s; K3 25 s and K5 50 s are over
      abandoned: 2, // K4, K8
      callbacks: 1, // K6
      selfServed: 1, // K7; K8 heard the menu but queued, K13 has not hung up
      serviceLevelPct: 42.9, // 3 ÷ (5 + 2)
      averageSpeedOfAnswerSeconds: 24, // (15 + 20 + 25 + 50 + 10) ÷ 5
      abandonedPct: 28.6, // 2 ÷ 7
    });
    expect(d.series.map((p) => p.bucket)).toEqual(["2026-10-01", "2026-10-02"]);
    expect(d.series[0]).toMatchObject({
      calls: 5, // K1–K5: K5 arrived a minute before local midnight
      answered: 4,
      withinThreshold: 2,
      abandoned: 1,
      serviceLevelPct: 40,
      averageSpeedOfAnswerSeconds: 27.5, // (15 + 20 + 25 + 50) ÷ 4
      abandonedPct: 20,
    });
    expect(d.series[1]).toMatchObject({
      calls: 6, // K6 (at local midnight) – K10, K13
      answered: 1,
      withinThreshold: 1,
      abandoned: 1,
      callbacks: 1,
      selfServed: 1,
      serviceLevelPct: 50,
      averageSpeedOfAnswerSeconds: 10,
      abandonedPct: 50,
    });
    expect(d.byOperator).toEqual([
      {
        id: ids.op1,
        name: expect.any(String),
        answered: 3, // K1, K3, K9
        withinThreshold: 2, // K1, K9
        averageSpeedOfAnswerSeconds: 16.7, // 50 ÷ 3
        meanTalkSeconds: 226.67, // (300 + 200 + 180) ÷ 3
        medianTalkSeconds: 200,
      },
      {
        id: ids.op2,
        name: expect.any(String),
        answered: 2, // K2, K5
        withinThreshold: 1, // K2
        averageSpeedOfAnswerSeconds: 35,
        meanTalkSeconds: 45, // (30 until K2's transfer + 60) ÷ 2
        medianTalkSeconds: 45,
      },
    ]);
  });

  it("places calls in local hours and weeks", async () => {
    const hours = await callDashboard(database.db, TZ, { ...TWO_DAYS, interval: "hour" }, NOW);
    expect(hours.series).toHaveLength(48);
    expect(hours.series.filter((p) => p.calls).map((p) => `${p.bucket}:${p.calls}`)).toEqual([
      "2026-10-01T10:1",
      "2026-10-01T11:1",
      "2026-10-01T12:1",
      "2026-10-01T13:1",
      "2026-10-01T23:1",
      "2026-10-02T00:1",
      "2026-10-02T08:1",
      "2026-10-02T09:1",
      "2026-10-02T10:1",
      "2026-10-02T11:1",
      "2026-10-02T12:1",
    ]);
    const weeks = await callDashboard(database.db, TZ, { ...TWO_DAYS, interval: "week" }, NOW);
    expect(weeks.series).toEqual([{ bucket: "2026-09-28", ...weeks.totals }]);
  });

  it("filters by the operator who answered, and a channel other than phone leaves no calls", async () => {
    const op1 = await callDashboard(database.db, TZ, { ...TWO_DAYS, operator: ids.op1 }, NOW);
    expect(op1.totals).toMatchObject({
      calls: 3,
      queued: 3,
      answered: 3,
      withinThreshold: 2,
      abandoned: 0,
      serviceLevelPct: 66.7,
      averageSpeedOfAnswerSeconds: 16.7,
      abandonedPct: 0,
    });
    const email = await callDashboard(database.db, TZ, { ...TWO_DAYS, channel: "email" }, NOW);
    expect(email.totals).toMatchObject({
      calls: 0,
      serviceLevelPct: null,
      averageSpeedOfAnswerSeconds: null,
    });
    const phone = await callDashboard(database.db, TZ, { ...TWO_DAYS, channel: "phone" }, NOW);
    expect(phone.totals.calls).toBe(11);
  });
});

describe("drill-down to the calls", () => {
  it("lists exactly the calls of each figure, and the CSV holds the same rows", async () => {
    const d = await callDashboard(database.db, TZ, TWO_DAYS, NOW);
    const t = d.totals;
    const expected: [RecordsSlice["measure"], number, string[]][] = [
      ["calls", t.calls, ["K1", "K10", "K13", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9"]],
      ["calls_queued", t.queued, ["K1", "K2", "K3", "K4", "K5", "K6", "K8", "K9"]],
      ["calls_answered", t.answered, ["K1", "K2", "K3", "K5", "K9"]],
      ["calls_within", t.withinThreshold, ["K1", "K2", "K9"]],
      ["calls_over", t.answered - t.withinThreshold, ["K3", "K5"]],
      ["calls_abandoned", t.abandoned, ["K4", "K8"]],
      ["calls_callback", t.callbacks, ["K6"]],
      ["calls_self_served", t.selfServed, ["K7"]],
    ];
    for (const [measure, figure, keys] of expected) {
      expect([measure, await keysOf(TWO_DAYS, { measure })]).toEqual([measure, keys]);
      expect([measure, await countRecords(database.db, TZ, TWO_DAYS, { measure }, NOW)]).toEqual([
        measure,
        figure,
      ]);
      expect([measure, (await csvLines(TWO_DAYS, { measure })).length - 1]).toEqual([measure, figure]);
    }
  });

  it("drills into one interval and one operator", async () => {
    expect(await keysOf(TWO_DAYS, { measure: "calls_within", bucket: "2026-10-01" })).toEqual(["K1", "K2"]);
    expect(await keysOf(TWO_DAYS, { measure: "calls", bucket: "2026-10-02" })).toEqual([
      "K10",
      "K13",
      "K6",
      "K7",
      "K8",
      "K9",
    ]);
    const hour = { ...TWO_DAYS, interval: "hour" as const };
    expect(await keysOf(hour, { measure: "calls_answered", bucket: "2026-10-01T23" })).toEqual(["K5"]);
    expect(await keysOf({ ...TWO_DAYS, operator: ids.op2 }, { measure: "calls_answered" })).toEqual([
      "K2",
      "K5",
    ]);
  });

  it("shows each call's outcome and operator, never the caller's number", async () => {
    const lines = await csvLines(TWO_DAYS, { measure: "calls" }, 3);
    expect(lines[0]).toBe(
      "id,arrived_at,queued_at,answered_at,queue_seconds,outcome,operator,interaction_id",
    );
    const outcome = new Map(lines.slice(1).map((l) => [Number(l.split(",")[0]), l.split(",")[5]]));
    expect(["K1", "K4", "K6", "K7", "K10", "K13"].map((k) => outcome.get(ids[k]!))).toEqual([
      "answered",
      "abandoned",
      "callback",
      "self_served",
      "other",
      "other",
    ]);
    const k5 = lines.find((l) => l.startsWith(`${ids.K5},`))!;
    expect(k5.split(",").slice(1, 5)).toEqual([
      "2026-10-02T03:59:30.000Z",
      "2026-10-02T03:59:50.000Z",
      "2026-10-02T04:00:40.000Z",
      "50",
    ]);
    expect(lines.join("\n")).not.toContain(CALLER.slice(2));
  });
});
