/**
 * The reports over HTTP on the demo city: who may see them, bad input, and — the promise of the
 * dashboards — every figure equals the number of rows its CSV export holds.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  CallDashboard,
  ContactDashboard,
  PublicPerformance,
  RequestDashboard,
  RequestMap,
} from "../../../common/contracts/reports.js";
import { type StaffSessionCookies, signInAs, TEST_NOW, type TestCity, testCity } from "../../test/app.js";
import { postCallEvents, type ScriptedEvent } from "../../test/phone.js";

let city: TestCity;
let supervisor: StaffSessionCookies;
const RANGE = "from=2026-05-01&to=2026-11-25";

beforeAll(async () => {
  city = await testCity({ requests: 250, interactions: 250 });
  supervisor = await signInAs(city.app, "supervisor@civic311.example");
}, 180_000);

afterAll(async () => {
  await city?.close();
});

async function get(url: string, who: StaffSessionCookies | null = supervisor) {
  return city.app.inject({ method: "GET", url, headers: who ? { cookie: who.cookie } : {} });
}

/** Data rows of a CSV export (the header line left out). */
async function csvRows(query: string): Promise<string[]> {
  const res = await get(`/api/reports/records.csv?${query}`);
  expect(res.statusCode).toBe(200);
  return res.body.split("\r\n").slice(1, -1);
}

describe("who may see reports", () => {
  const urls = [
    "/api/reports/requests",
    "/api/reports/contacts",
    "/api/reports/requests/map",
    "/api/reports/requests/percentiles",
    "/api/reports/contacts/medians",
    "/api/reports/calls",
    "/api/reports/records?measure=opened",
    "/api/reports/records.csv?measure=contacts",
    "/api/reports/records?measure=calls_answered",
    "/api/reports/records.csv?measure=calls",
  ];
  it.each(urls)("%s: supervisors and administrators only", async (url) => {
    expect((await get(url, null)).statusCode).toBe(401);
    for (const email of ["operator@civic311.example", "publicworks@civic311.example"]) {
      const res = await get(url, await signInAs(city.app, email));
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("not_found");
    }
    expect((await get(url, await signInAs(city.app, "admin@civic311.example"))).statusCode).toBe(200);
    expect((await get(url)).statusCode).toBe(200);
  });

  it("the public performance page needs no sign-in and names nobody", async () => {
    const res = await get("/api/public/performance", null);
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toMatch(/max-age=300/);
    const body = res.json() as PublicPerformance;
    expect(body.months).toHaveLength(12);
    expect(body.totals.opened).toBe(body.services.reduce((n, s) => n + s.opened, 0));
    expect(res.body).not.toMatch(/@|Ward|\d{3}-\d{4}/);
  });
});

describe("bad input", () => {
  const bad: [string, RegExp][] = [
    ["/api/reports/requests?from=2026-11-01&to=2026-10-01", /start date/],
    ["/api/reports/requests?from=2020-01-01&to=2026-11-01", /at most/],
    ["/api/reports/requests?from=yesterday", /from/],
    ["/api/reports/contacts?interval=minute", /interval/],
    ["/api/reports/calls?from=2026-11-01&to=2026-10-01", /start date/],
    ["/api/reports/records.csv?measure=calls_lost", /measure/],
    ["/api/reports/records?measure=calls&bucket=today", /bucket/],
    ["/api/reports/records", /measure/],
    ["/api/reports/records?measure=opened&bucket=last-week", /bucket/],
    ["/api/reports/records?measure=backlog&age=ancient", /age/],
    ["/api/reports/records.csv?measure=article", /article/],
  ];
  it.each(bad)("%s is refused with a clear JSON error", async (url, message) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toMatch(/json/);
    expect(JSON.stringify(res.json().error)).toMatch(message);
  });
});

describe("figures and their exports agree on the demo city", () => {
  it("every request figure is the number of rows of its CSV", async () => {
    const d = (await get(`/api/reports/requests?${RANGE}`)).json() as RequestDashboard;
    expect(d.totals.opened).toBeGreaterThan(50);
    const t = d.totals;
    const pairs: [string, number][] = [
      ["opened", t.opened],
      ["closed", t.closed],
      ["timed", t.timed],
      ["on_time", t.onTime],
      ["late", t.late],
      ["duplicates", t.duplicates],
      ["reopened", t.reopened],
      ["backlog", t.backlog],
      ["rated", t.rated],
    ];
    for (const [measure, figure] of pairs) {
      expect([measure, (await csvRows(`${RANGE}&measure=${measure}`)).length]).toEqual([measure, figure]);
    }
    expect(d.series.reduce((n, p) => n + p.opened, 0)).toBe(t.opened);
    const busiest = [...d.series].sort((a, b) => b.closed - a.closed)[0]!;
    expect((await csvRows(`${RANGE}&measure=closed&bucket=${busiest.bucket}`)).length).toBe(busiest.closed);

    const service = d.byService[0]!;
    const late = await csvRows(`${RANGE}&service=${service.code}&measure=late`);
    expect(late.length).toBe(service.late);
    const backlog = d.backlog[0]!;
    const ages = await Promise.all(
      ["0-2 days", "3-7 days", "8-30 days", "31-90 days", "over 90 days"].map(
        async (age) =>
          (
            await csvRows(
              `${RANGE}&department=${backlog.code}&measure=backlog&age=${encodeURIComponent(age)}`,
            )
          ).length,
      ),
    );
    expect(ages).toEqual(backlog.ages);
    const map = (await get(`/api/reports/requests/map?${RANGE}`)).json() as RequestMap;
    expect(map.items.reduce((n, c) => n + c.count, 0)).toBe(t.opened); // every demo request has a place
    const cell = map.items[0]!;
    expect((await csvRows(`${RANGE}&measure=opened&cell=${cell.cell}`)).length).toBe(cell.count);

    // The median shown is the middle of the days-to-close column of the export.
    const days = (await csvRows(`${RANGE}&measure=timed`))
      .map((line) => Number(line.split(",")[10]))
      .sort((a, b) => a - b);
    const mid = days.length / 2;
    const median = days.length % 2 ? days[Math.floor(mid)]! : (days[mid - 1]! + days[mid]!) / 2;
    expect(Math.abs(median - (t.medianDays ?? 0))).toBeLessThanOrEqual(0.01);
  });

  it("every contact figure is the number of rows of its CSV", async () => {
    const d = (await get(`/api/reports/contacts?${RANGE}`)).json() as ContactDashboard;
    const t = d.totals;
    expect(t.contacts).toBeGreaterThan(50);
    const pairs: [string, number][] = [
      ["contacts", t.contacts],
      ["handled", t.handled],
      ["resolved_first", t.resolvedFirst],
      ["not_resolved_first", t.handled - t.resolvedFirst],
      ["transferred", t.transferred],
      ["referred", t.referred],
      ["abandoned", t.abandoned],
    ];
    for (const [measure, figure] of pairs) {
      expect([measure, (await csvRows(`${RANGE}&measure=${measure}`)).length]).toEqual([measure, figure]);
    }
    const operator = d.byOperator[0]!;
    expect((await csvRows(`${RANGE}&operator=${operator.id}&measure=contacts`)).length).toBe(
      operator.contacts,
    );
    const transfer = d.transfers[0];
    if (transfer) {
      expect((await csvRows(`${RANGE}&measure=transferred&destination=${transfer.code}`)).length).toBe(
        transfer.count,
      );
    }
    const article = d.topArticles[0]!;
    expect((await csvRows(`${RANGE}&measure=article&article=${article.id}`)).length).toBe(article.count);
  });

  it("pages of the list add up to the total, and the CSV is a download with no residents' details", async () => {
    const first = (await get(`/api/reports/records?${RANGE}&measure=opened&limit=100`)).json();
    let seen = first.items.length;
    let cursor = first.nextCursor;
    while (cursor) {
      const next = (
        await get(`/api/reports/records?${RANGE}&measure=opened&limit=100&cursor=${cursor}`)
      ).json();
      seen += next.items.length;
      cursor = next.nextCursor;
    }
    expect(seen).toBe(first.total);
    const res = await get(`/api/reports/records.csv?${RANGE}&measure=opened`);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe(
      'attachment; filename="civic311-opened-2026-05-01-to-2026-11-25.csv"',
    );
    expect(res.body).not.toMatch(/@example|\(\d{3}\) \d{3}-\d{4}/);
  });
});

describe("the phone line: calls posted by the phone system, on the dashboard, the wallboard and the CSV", () => {
  const OP = "operator@civic311.example";
  const at = (minutesBefore: number, seconds = 0) =>
    new Date(Date.parse(TEST_NOW) - minutesBefore * 60_000 + seconds * 1000);
  /** A call that arrives `m` minutes before now: answered after `answer` seconds in the queue, or not. */
  const call = (
    id: string,
    m: number,
    end: "answer" | "abandon" | "callback" | "menu",
    wait = 0,
  ): ScriptedEvent[] => {
    const events: ScriptedEvent[] = [
      { callId: id, type: "arrived", at: at(m), from: "+16175550199", to: "311" },
    ];
    if (end === "menu")
      return [
        ...events,
        { callId: id, type: "menu", at: at(m, 10), option: "hours" },
        { callId: id, type: "ended", at: at(m, 40) },
      ];
    events.push({ callId: id, type: "queued", at: at(m, 5) });
    if (end === "answer")
      events.push({ callId: id, type: "answered", at: at(m, 5 + wait), agent: OP, queueSeconds: wait });
    if (end === "abandon")
      events.push({ callId: id, type: "abandoned", at: at(m, 5 + wait), queueSeconds: wait });
    if (end === "callback") events.push({ callId: id, type: "callback_requested", at: at(m, 5 + wait) });
    return events;
  };

  it("today's figures are the wallboard's, and every phone figure is the number of rows of its CSV", async () => {
    const res = await postCallEvents(city.app, city.clock, [
      ...call("R-1", 120, "answer", 12),
      ...call("R-2", 100, "answer", 45),
      ...call("R-3", 90, "abandon", 70),
      ...call("R-4", 80, "callback", 150),
      ...call("R-5", 70, "menu"),
      ...call("R-6", 60, "answer", 30),
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const board = (await get("/api/telephony/wallboard")).json();
    const today = (
      await get(`/api/reports/calls?from=${board.date}&to=${board.date}&interval=hour`)
    ).json() as CallDashboard;
    expect(today.totals).toEqual({
      calls: board.today.arrived,
      queued: board.today.queued,
      answered: board.today.answered,
      withinThreshold: board.today.answeredWithinThreshold,
      abandoned: board.today.abandoned,
      callbacks: board.today.callbacks,
      selfServed: board.today.selfServed,
      serviceLevelPct: board.today.serviceLevelPercent,
      averageSpeedOfAnswerSeconds: board.today.averageSpeedOfAnswerSeconds,
      abandonedPct: board.today.abandonmentPercent,
    });
    // Worked out: 6 calls, 3 answered (12 s, 45 s, 30 s: two within 30 s), 1 abandoned, 1 callback, 1 menu.
    expect(today.totals).toMatchObject({
      calls: 6,
      answered: 3,
      withinThreshold: 2,
      abandoned: 1,
      callbacks: 1,
      selfServed: 1,
      serviceLevelPct: 50,
      averageSpeedOfAnswerSeconds: 29,
    });
    expect(today.series.reduce((n, p) => n + p.calls, 0)).toBe(6);

    const d = (await get(`/api/reports/calls?${RANGE}`)).json() as CallDashboard;
    const t = d.totals;
    expect(t.calls).toBeGreaterThanOrEqual(6);
    const pairs: [string, number][] = [
      ["calls", t.calls],
      ["calls_queued", t.queued],
      ["calls_answered", t.answered],
      ["calls_within", t.withinThreshold],
      ["calls_over", t.answered - t.withinThreshold],
      ["calls_abandoned", t.abandoned],
      ["calls_callback", t.callbacks],
      ["calls_self_served", t.selfServed],
    ];
    for (const [measure, figure] of pairs) {
      const list = (await get(`/api/reports/records?${RANGE}&measure=${measure}`)).json();
      expect([measure, list.kind, list.total]).toEqual([measure, "calls", figure]);
      expect([measure, (await csvRows(`${RANGE}&measure=${measure}`)).length]).toEqual([measure, figure]);
    }
    const busiest = [...d.series].sort((a, b) => b.answered - a.answered)[0]!;
    expect((await csvRows(`${RANGE}&measure=calls_answered&bucket=${busiest.bucket}`)).length).toBe(
      busiest.answered,
    );
    const operator = d.byOperator[0]!;
    expect((await csvRows(`${RANGE}&operator=${operator.id}&measure=calls_within`)).length).toBe(
      operator.withinThreshold,
    );
    const csv = await get(`/api/reports/records.csv?${RANGE}&measure=calls`);
    expect(csv.headers["content-disposition"]).toBe(
      'attachment; filename="civic311-calls-2026-05-01-to-2026-11-25.csv"',
    );
    expect(csv.body).not.toContain("5550199");
  });
});
