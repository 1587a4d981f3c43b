/**
 * The rollups never change a figure: on the hand-built city, every dashboard read through the rollups
 * equals the same dashboard counted live from the base tables — after building them, after changes to
 * days they already hold (which the triggers mark dirty), and after rebuilding those days.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportFilters } from "../../../common/contracts/reports.js";
import { type Database, rows } from "../../platform/db.js";
import { freshDatabase } from "../../test/database.js";
import { contactDashboard } from "./reports.contacts.js";
import { resolveFilters } from "./reports.filters.js";
import { publicPerformance } from "./reports.public.js";
import { requestDashboard } from "./reports.requests.js";
import { refreshRollups, rollupPlan } from "./reports.rollups.js";
import { handBuiltCity, NOW, TZ } from "./reports.test-city.js";

let database: Database;
let ids: Record<string, number>;

const ranges: ReportFilters[] = [
  resolveFilters({ from: "2026-10-01", to: "2026-10-31" }, TZ, NOW),
  resolveFilters({ from: "2026-09-01", to: "2026-11-01", interval: "week" }, TZ, NOW),
  resolveFilters({ from: "2026-10-01", to: "2026-10-03", interval: "hour" }, TZ, NOW),
  resolveFilters({ from: "2026-10-01", to: "2026-10-31", service: "pothole", district: "Ward 2" }, TZ, NOW),
  resolveFilters({ from: "2026-10-01", to: "2026-10-31", channel: "phone" }, TZ, NOW),
];

/** Every dashboard over every range, read through the rollups and counted live. */
async function bothWays() {
  const through = [];
  const live = [];
  for (const f of ranges) {
    through.push(await requestDashboard(database.db, TZ, f, NOW));
    live.push(await requestDashboard(database.db, TZ, f, NOW, { rollups: false }));
    through.push(await contactDashboard(database.db, TZ, f, NOW));
    live.push(await contactDashboard(database.db, TZ, f, NOW, { rollups: false }));
    const withOperator = { ...f, operator: ids.op1 };
    through.push(await contactDashboard(database.db, TZ, withOperator, NOW));
    live.push(await contactDashboard(database.db, TZ, withOperator, NOW, { rollups: false }));
  }
  through.push(await publicPerformance(database.db, TZ, NOW));
  return { through, live };
}

async function dirtyDays() {
  return rows<{ kind: string; day: string }>(
    database.db,
    sql`select kind, day::text as day from report_dirty_days order by kind, day`,
  );
}

beforeAll(async () => {
  database = await freshDatabase();
  ids = await handBuiltCity(database);
}, 120_000);

afterAll(async () => {
  await database?.close();
});

describe("report rollups", () => {
  it("are built through yesterday and change no figure", async () => {
    const before = await publicPerformance(database.db, TZ, NOW);
    expect(await rollupPlan(database.db, TZ)).toBeNull();
    const result = await refreshRollups(database.db, TZ, NOW);
    expect(result.built).toBeGreaterThan(0);
    const plan = await rollupPlan(database.db, TZ);
    expect(plan?.builtThrough).toBe("2026-10-31");
    const [held] = await rows<{ n: number }>(
      database.db,
      sql`select (select count(*) from report_requests_opened)::int + (select count(*) from report_contacts)::int as n`,
    );
    expect(held?.n).toBeGreaterThan(0);
    const { through, live } = await bothWays();
    expect(through.slice(0, -1)).toEqual(live);
    expect(through.at(-1)).toEqual(before);
  });

  it("count a changed day live until it is rebuilt", async () => {
    // Staff reopen A (made and closed in October); a late answer and a new article use on 2 October.
    await database.db.transaction(async (tx) => {
      await tx.execute(
        sql`update service_requests set status = 'in_progress', closed_at = null, close_reason = null where id = ${ids.A}`,
      );
      await tx.execute(sql`insert into request_events (request_id, type, at, actor_label)
        values (${ids.A}, 'reopened', '2026-11-01T11:00Z', 'Test')`);
    });
    await database.db.execute(
      sql`insert into interaction_articles (interaction_id, article_id) values (${ids.I1}, ${ids.a2})`,
    );
    await database.db.execute(sql`update service_requests set district = 'Ward 3' where id = ${ids.C}`);
    expect(await dirtyDays()).toEqual([
      { kind: "contacts", day: "2026-10-02" },
      { kind: "requests", day: "2026-10-01" }, // A made, and A's old close on the 3rd:
      { kind: "requests", day: "2026-10-03" },
      { kind: "requests", day: "2026-10-10" }, // C made, closed on the 11th
      { kind: "requests", day: "2026-10-11" },
    ]);
    const { through, live } = await bothWays();
    expect(through.slice(0, -1)).toEqual(live);
    const october = live[0] as Awaited<ReturnType<typeof requestDashboard>>;
    expect(october.totals).toMatchObject({ opened: 4, closed: 3, reopened: 2, backlog: 4 });

    const again = await refreshRollups(database.db, TZ, NOW);
    expect(again).toEqual({ built: 0, rebuilt: 5 });
    expect(await dirtyDays()).toEqual([]);
    const after = await bothWays();
    expect(after.through.slice(0, -1)).toEqual(after.live);
  });

  it("leave today to live counting, and follow a new day the next morning", async () => {
    await database.db.execute(sql`insert into service_requests (number, service_type_id, status, district,
      department_id, channel, created_at) values ('900000H', ${ids.pothole}, 'new', 'Ward 1', ${ids.potholeDept},
      'web', '2026-11-01T13:00Z')`);
    expect(await dirtyDays()).toEqual([]);
    const tomorrow = new Date("2026-11-02T15:00:00Z");
    expect(await refreshRollups(database.db, TZ, tomorrow)).toEqual({ built: 1, rebuilt: 0 });
    expect((await rollupPlan(database.db, TZ))?.builtThrough).toBe("2026-11-01");
    const f = resolveFilters({ from: "2026-10-25", to: "2026-11-02" }, TZ, tomorrow);
    const through = await requestDashboard(database.db, TZ, f, tomorrow);
    expect(through).toEqual(await requestDashboard(database.db, TZ, f, tomorrow, { rollups: false }));
    expect(through.series.find((p) => p.bucket === "2026-11-01")?.opened).toBe(2); // F and H
  });
});
