/**
 * Every measure against a small hand-built city whose answers are worked out here, on both databases.
 * Times are UTC; the city is in America/New_York (EDT, UTC-4, all October), so a request made at
 * 03:30Z on 1 October was made on 30 September locally and is outside the range.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportFilters } from "../../../common/contracts/reports.js";
import type { Database } from "../../platform/db.js";
import { freshDatabase } from "../../test/database.js";
import { contactDashboard, contactMedians } from "./reports.contacts.js";
import { resolveFilters } from "./reports.filters.js";
import { publicPerformance } from "./reports.public.js";
import { countRecords, listRecords, type RecordsSlice, recordsCsv } from "./reports.records.js";
import { requestDashboard, requestMapCells, requestPercentiles } from "./reports.requests.js";
import { handBuiltCity, NOW, TZ } from "./reports.test-city.js";

const OCTOBER: ReportFilters = resolveFilters({ from: "2026-10-01", to: "2026-10-31" }, TZ, NOW);

let database: Database;
let ids: Record<string, number>;

beforeAll(async () => {
  database = await freshDatabase();
  ids = await handBuiltCity(database);
}, 120_000);

afterAll(async () => {
  await database?.close();
});

describe("request measures", () => {
  it("counts October's requests as worked out by hand", async () => {
    const d = await requestDashboard(database.db, TZ, OCTOBER, NOW);
    expect(d.totals).toEqual({
      opened: 4, // A, C, D, E (B was made on 30 September local time)
      reopened: 1, // E
      reopenPct: 25,
      backlog: 3, // D, F, G are open now
      rated: 2, // A's 5 and E's 2; B's answer came in September
      meanRating: 3.5,
      closed: 4, // A, B, C, E (E at 23:59 local on 31 October)
      duplicates: 1, // C
      timed: 3, // A, B, E: duplicates are left out
      onTime: 1, // A
      late: 1, // B; E has no due date
      onTimePct: 50,
      medianDays: 4, // of 2, 4 and 11.54 days
      p90Days: 10.03, // 4 + 0.8 × (11.541 − 4)
    });
    const pothole = d.byService.find((s) => s.code === "pothole");
    expect(pothole).toMatchObject({ opened: 3, closed: 3, duplicates: 1, timed: 2, onTime: 1, late: 1 });
    expect(pothole?.medianDays).toBeNull(); // by service, from its own call:
    const percentiles = await requestPercentiles(database.db, TZ, OCTOBER);
    expect(percentiles.byService.find((p) => p.code === "pothole")).toEqual({
      code: "pothole",
      medianDays: 3, // A 2 days, B 4
      p90Days: 3.8, // 2 + 0.9 × (4 − 2)
    });
    expect(d.byDistrict).toEqual([
      { district: "Ward 1", opened: 2, closed: 3 },
      { district: "Ward 2", opened: 2, closed: 1 },
    ]);
    const potholeBacklog = d.backlog.find((b) => b.total === 2);
    expect(potholeBacklog?.ages).toEqual([0, 0, 1, 0, 1]); // D is 17 days old, G 92
    expect(d.backlog.find((b) => b.total === 1)?.ages).toEqual([1, 0, 0, 0, 0]); // F, hours old
    expect(d.ratings.map((r) => r.count)).toEqual([0, 1, 0, 0, 1]);
    expect(d.series).toHaveLength(31);
    expect(d.series.filter((p) => p.opened).map((p) => p.bucket)).toEqual([
      "2026-10-01",
      "2026-10-10",
      "2026-10-15",
      "2026-10-20",
    ]);
    expect(d.series.filter((p) => p.closed).map((p) => p.bucket)).toEqual([
      "2026-10-03",
      "2026-10-04", // B closed at 03:30Z on the 5th: 23:30 on the 4th locally
      "2026-10-11",
      "2026-10-31",
    ]);
    const map = await requestMapCells(database.db, TZ, OCTOBER);
    expect(map.items.reduce((n, c) => n + c.count, 0)).toBe(4);
  });

  it("narrows by service and district, and weeks start on Monday", async () => {
    const d = await requestDashboard(
      database.db,
      TZ,
      { ...OCTOBER, service: "pothole", district: "Ward 2" },
      NOW,
    );
    expect(d.totals).toMatchObject({
      opened: 2,
      closed: 1,
      duplicates: 1,
      timed: 0,
      backlog: 1,
      medianDays: null,
    });
    const weeks = await requestDashboard(database.db, TZ, { ...OCTOBER, interval: "week" }, NOW);
    expect(weeks.series.map((p) => p.bucket)).toEqual([
      "2026-09-28",
      "2026-10-05",
      "2026-10-12",
      "2026-10-19",
      "2026-10-26",
    ]);
    expect(weeks.series.map((p) => p.opened)).toEqual([1, 1, 1, 1, 0]);
  });
});

describe("contact-center measures", () => {
  it("counts October's contacts as worked out by hand", async () => {
    const d = await contactDashboard(database.db, TZ, OCTOBER, NOW);
    expect(d.totals).toEqual({
      contacts: 6, // I6 was in September
      handled: 4, // I1–I4; I5 abandoned, I7 still open
      abandoned: 1,
      abandonedPct: 16.7,
      meanHandleSeconds: 270,
      medianHandleSeconds: 210,
      resolvedFirst: 2, // I1, I4; I2 was transferred, I3's request was reopened 5 days later
      fcrPct: 50,
      transferred: 1,
      referred: 1,
    });
    expect(
      d.byChannel.map((c) => [c.channel, c.contacts, c.handled, c.resolvedFirst, c.meanHandleSeconds]),
    ).toEqual([
      ["phone", 5, 3, 1, 340],
      ["email", 1, 1, 1, 60],
    ]);
    const byOp = new Map(d.byOperator.map((o) => [o.id, o]));
    expect(byOp.get(ids.op1!)).toMatchObject({
      contacts: 3,
      handled: 2,
      meanHandleSeconds: 450,
      fcrPct: 50,
    });
    expect(byOp.get(ids.op2!)).toMatchObject({
      contacts: 2,
      handled: 2,
      meanHandleSeconds: 90,
      fcrPct: 50,
    });
    expect(await contactMedians(database.db, TZ, OCTOBER)).toEqual({
      byChannel: expect.arrayContaining([
        { channel: "phone", medianHandleSeconds: 300 }, // of 120, 300 and 600
        { channel: "email", medianHandleSeconds: 60 },
      ]),
      byOperator: expect.arrayContaining([
        { id: ids.op1, medianHandleSeconds: 450 }, // of 300 and 600
        { id: ids.op2, medianHandleSeconds: 90 }, // of 60 and 120
      ]),
    });
    expect(d.transfers).toEqual([{ code: "dpw", name: expect.any(String), count: 1 }]);
    expect(d.referrals).toEqual([{ code: "rmv", name: expect.any(String), count: 1 }]);
    expect(d.topArticles.map((a) => [a.id, a.count])).toEqual([
      [ids.a1, 2],
      [ids.a2, 1],
    ]);
    const byDay = d.series
      .filter((p) => p.contacts > 0)
      .map((p) => [p.bucket, p.channel, p.contacts, p.abandoned]);
    expect(byDay).toEqual([
      ["2026-10-02", "phone", 2, 0],
      ["2026-10-20", "phone", 1, 0],
      ["2026-10-21", "email", 1, 0],
      ["2026-10-22", "phone", 1, 1],
      ["2026-10-23", "phone", 1, 0],
    ]);
  });

  it("labels hours in local time", async () => {
    const d = await contactDashboard(
      database.db,
      TZ,
      resolveFilters({ from: "2026-10-02", to: "2026-10-02", interval: "hour" }, TZ, NOW),
      NOW,
    );
    expect(d.series.filter((p) => p.contacts).map((p) => p.bucket)).toEqual([
      "2026-10-02T10",
      "2026-10-02T11",
    ]);
  });
});

describe("drill-down", () => {
  const cases: [RecordsSlice, string[]][] = [
    [{ measure: "opened" }, ["A", "C", "D", "E"]],
    [{ measure: "closed" }, ["A", "B", "C", "E"]],
    [{ measure: "timed" }, ["A", "B", "E"]],
    [{ measure: "on_time" }, ["A"]],
    [{ measure: "late" }, ["B"]],
    [{ measure: "duplicates" }, ["C"]],
    [{ measure: "reopened" }, ["E"]],
    [{ measure: "backlog" }, ["D", "F", "G"]],
    [{ measure: "backlog", age: "over 90 days" }, ["G"]],
    [{ measure: "rated" }, ["A", "E"]],
    [{ measure: "rated", rating: 2 }, ["E"]],
    [{ measure: "opened", bucket: "2026-10-01" }, ["A"]],
    [{ measure: "closed", bucket: "2026-10-31" }, ["E"]],
  ];
  it.each(cases)("lists the requests behind %o", async (slice, expected) => {
    const page = await listRecords(database.db, TZ, OCTOBER, { ...slice, limit: 100 }, NOW);
    const numbers = page.items.map((r) => ("number" in r ? r.number.replace("900000", "") : "?")).sort();
    expect(numbers).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  const contactCases: [RecordsSlice, string[]][] = [
    [{ measure: "contacts" }, ["I1", "I2", "I3", "I4", "I5", "I7"]],
    [{ measure: "handled" }, ["I1", "I2", "I3", "I4"]],
    [{ measure: "resolved_first" }, ["I1", "I4"]],
    [{ measure: "not_resolved_first" }, ["I2", "I3"]],
    [{ measure: "transferred", destination: "dpw" }, ["I2"]],
    [{ measure: "referred", destination: "rmv" }, ["I4"]],
    [{ measure: "abandoned" }, ["I5"]],
    [{ measure: "contacts", bucket: "2026-10-02" }, ["I1", "I2"]],
  ];
  it.each(contactCases)("lists the contacts behind %o", async (slice, expected) => {
    const page = await listRecords(database.db, TZ, OCTOBER, { ...slice, limit: 100 }, NOW);
    const byId = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
    expect(page.items.map((r) => ("id" in r ? byId.get(r.id) : "?")).sort()).toEqual(expected);
  });

  it("lists contacts that used an article, and pages with a cursor", async () => {
    expect(await countRecords(database.db, TZ, OCTOBER, { measure: "article", article: ids.a1 }, NOW)).toBe(
      2,
    );
    const first = await listRecords(database.db, TZ, OCTOBER, { measure: "contacts", limit: 4 }, NOW);
    expect(first.items).toHaveLength(4);
    const rest = await listRecords(
      database.db,
      TZ,
      OCTOBER,
      { measure: "contacts", limit: 4, cursor: first.nextCursor ?? undefined },
      NOW,
    );
    expect(rest.items).toHaveLength(2);
    expect(rest.nextCursor).toBeNull();
  });

  it("exports the same rows as CSV, a page at a time", async () => {
    let csv = "";
    for await (const chunk of await recordsCsv(database.db, TZ, OCTOBER, { measure: "timed" }, NOW, 2))
      csv += chunk;
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^number,service,department,district/);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(",")[0]?.replace("900000", ""))
        .sort(),
    ).toEqual(["A", "B", "E"]);
    const e = lines.find((l) => l.startsWith("900000E"));
    expect(e).toContain(",11.54,"); // days to close as listed
    expect(csv).not.toContain("rated@example.org");
  });

  it("agrees with the median shown: the middle of the listed days", async () => {
    const page = await listRecords(database.db, TZ, OCTOBER, { measure: "timed", limit: 100 }, NOW);
    const days = page.items.map((r) => ("daysToClose" in r ? r.daysToClose : null)).sort((a, b) => a! - b!);
    expect(days[1]).toBe((await requestDashboard(database.db, TZ, OCTOBER, NOW)).totals.medianDays);
  });
});

describe("public performance", () => {
  it("covers the last 12 months by service type", async () => {
    const p = await publicPerformance(database.db, TZ, NOW);
    expect(p.from).toBe("2025-12-01");
    expect(p.to).toBe("2026-11-01");
    expect(p.months.map((m) => m.month)).toEqual([
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
    // Every request of the city: A–G (B and G were made in September and August).
    expect(p.totals).toEqual({ opened: 7, closed: 4, onTimePct: 50, medianDays: 4 });
    expect(p.services.find((s) => s.code === "pothole")).toMatchObject({
      opened: 5,
      closed: 3,
      onTimePct: 50,
    });
    expect(JSON.stringify(p)).not.toMatch(/Ward|rated@/);
  });
});
