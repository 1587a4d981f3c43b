import { count, eq, like, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canTransition, type RequestStatus } from "../../../../common/statuses.js";
import type { Database } from "../../../platform/db.js";
import { DB_KIND, freshDatabase } from "../../../test/database.js";
import {
  addresses,
  agencies,
  auditLog,
  departments,
  holidays,
  interactions,
  kbArticles,
  requestEvents,
  serviceQuestions,
  serviceRequests,
  serviceTypes,
  users,
} from "../../schema/index.js";
import { demoHistoryPending, seedDemoCity, seedDemoFoundation, seedDemoHistory } from "./index.js";

let database: Database;
let counts: Awaited<ReturnType<typeof seedDemoCity>>;
const NOW = new Date("2026-11-20T17:00:00Z");

beforeAll(async () => {
  database = await freshDatabase();
  counts = await seedDemoCity({
    db: database.db,
    timeZone: "America/New_York",
    now: NOW,
    requests: 150,
    interactions: 300,
  });
});
afterAll(() => database?.close());

const n = async (table: PgTable) => {
  const [row] = await database.db.select({ n: count() }).from(table);
  return row!.n;
};

describe(`the demo city on ${DB_KIND}`, () => {
  it("has the directory, catalog and knowledge base product.md asks for", async () => {
    expect(await n(departments)).toBeGreaterThanOrEqual(9);
    expect(await n(serviceTypes)).toBeGreaterThanOrEqual(30);
    expect(await n(kbArticles)).toBeGreaterThanOrEqual(60);
    expect(await n(agencies)).toBeGreaterThanOrEqual(8);
    expect(await n(holidays)).toBeGreaterThan(20);
    expect(await n(addresses)).toBeGreaterThanOrEqual(4500);
    expect(counts.addresses).toBe(await n(addresses));
    const names = (await database.db.select({ name: departments.name }).from(departments)).map((d) => d.name);
    for (const name of ["Public Works", "Inspectional Services", "City Clerk"]) expect(names).toContain(name);
    const datatypes = await database.db
      .selectDistinct({ d: serviceQuestions.datatype })
      .from(serviceQuestions);
    expect(datatypes.map((d) => d.d).sort()).toEqual([
      "datetime",
      "multivaluelist",
      "number",
      "singlevaluelist",
      "string",
      "text",
    ]);
    const rmv = await database.db.select().from(agencies).where(eq(agencies.code, "rmv"));
    expect(rmv[0]?.name).toMatch(/Registry of Motor Vehicles/);
  });

  it("loads its configuration from city.yaml without filling the audit log with an import", async () => {
    const [row] = await database.db
      .select({ n: count() })
      .from(auditLog)
      .where(like(auditLog.action, "config.import%"));
    expect(row?.n).toBe(0);
  });

  it("has one account per role and generated staff in every department", async () => {
    const roles = await database.db.select({ role: users.role, n: count() }).from(users).groupBy(users.role);
    expect(new Set(roles.map((r) => r.role))).toEqual(
      new Set(["operator", "supervisor", "department_staff", "admin"]),
    );
  });

  it("made every request through the commands: a created event first and only allowed transitions after", async () => {
    expect(await n(serviceRequests)).toBe(150);
    const events = await database.db
      .select({
        requestId: requestEvents.requestId,
        type: requestEvents.type,
        data: requestEvents.data,
        at: requestEvents.at,
      })
      .from(requestEvents)
      .orderBy(requestEvents.requestId, requestEvents.at, requestEvents.id);
    const byRequest = new Map<number, typeof events>();
    for (const e of events) byRequest.set(e.requestId, [...(byRequest.get(e.requestId) ?? []), e]);
    expect(byRequest.size).toBe(150);
    for (const list of byRequest.values()) {
      expect(list[0]!.type).toBe("created");
      for (const e of list.filter((x) => x.type === "status_changed")) {
        expect(canTransition(e.data.from as RequestStatus, e.data.to as RequestStatus)).toBe(true);
      }
      expect(list.every((e) => e.at <= NOW)).toBe(true);
    }
    const statuses = await database.db
      .select({ s: serviceRequests.status, n: count() })
      .from(serviceRequests)
      .groupBy(serviceRequests.status);
    expect(statuses.find((s) => s.s === "closed")?.n ?? 0).toBeGreaterThan(50);
    expect(statuses.filter((s) => s.s !== "closed").length).toBeGreaterThanOrEqual(2);
  });

  it("has contacts with outcomes, linked to requests and articles", async () => {
    expect(await n(interactions)).toBeGreaterThanOrEqual(250);
    const outcomes = await database.db.execute(
      sql`select distinct unnest(outcomes) as o from interactions order by 1`,
    );
    const list = (outcomes as unknown as { rows: { o: string }[] }).rows.map((r) => r.o);
    expect(list).toEqual(expect.arrayContaining(["answered", "request_created", "transferred", "referred"]));
    const used = await database.db.execute(sql`select sum(use_count)::int as used from kb_articles`);
    expect((used as unknown as { rows: { used: number }[] }).rows[0]!.used).toBeGreaterThan(0);
  });

  it("has the calls behind its past phone contacts, and none today (the live line's)", async () => {
    const rows = await database.db.execute(sql`
      select i.id, i.started_at, i.outcomes, c.answered_at, c.abandoned_at, c.queued_at, c.queue_seconds,
             c.answered_by_user_id = i.operator_user_id as same_operator
      from interactions i left join calls c on c.interaction_id = i.id
      where i.channel = 'phone' and i.started_at < '2026-11-20T05:00:00Z'`);
    const list = (rows as unknown as { rows: Record<string, unknown>[] }).rows;
    expect(list.length).toBeGreaterThan(50);
    for (const r of list) {
      const abandoned = (r.outcomes as string[]).includes("abandoned");
      expect(r.queued_at, `contact ${r.id}`).not.toBeNull();
      if (abandoned) expect(r.abandoned_at).not.toBeNull();
      else {
        expect(new Date(r.answered_at as string).getTime()).toBe(new Date(r.started_at as string).getTime());
        expect(r.same_operator).toBe(true);
        expect(Number(r.queue_seconds)).toBeGreaterThanOrEqual(0);
      }
    }
    const [today] = (
      (await database.db.execute(
        sql`select count(*)::int as n from calls where arrived_at >= '2026-11-20T05:00:00Z'`,
      )) as unknown as { rows: { n: number }[] }
    ).rows;
    expect(today?.n).toBe(0);
    const [selfServed] = (
      (await database.db.execute(
        sql`select count(*)::int as n from calls where queued_at is null and cardinality(self_service) > 0`,
      )) as unknown as { rows: { n: number }[] }
    ).rows;
    expect(selfServed?.n).toBeGreaterThan(0);
  });

  it("resumes an interrupted history without starting over", async () => {
    const other = await freshDatabase();
    try {
      await seedDemoFoundation({
        db: other.db,
        timeZone: "America/New_York",
        now: NOW,
        requests: 20,
        interactions: 20,
      });
      expect(await demoHistoryPending(other.db)).toBe(true);
      let calls = 0;
      const first = await seedDemoHistory({
        db: other.db,
        timeZone: "America/New_York",
        now: NOW,
        shouldStop: () => ++calls > 8,
      });
      expect(first?.stopped).toBe(true);
      expect(await demoHistoryPending(other.db)).toBe(true);
      await seedDemoHistory({ db: other.db, timeZone: "America/New_York", now: NOW });
      expect(await demoHistoryPending(other.db)).toBe(false);
      const [row] = await other.db.select({ n: count() }).from(serviceRequests);
      expect(row!.n).toBe(20);
    } finally {
      await other.close();
    }
  });
});
