import { and, eq, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RequestDetail } from "../../../common/contracts/requests.js";
import { auditLog, followers, requestEvents, serviceRequests } from "../../db/schema/index.js";
import { SYSTEM } from "../../platform/actor.js";
import { rows } from "../../platform/db.js";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { createConstituent } from "../constituents/index.js";
import { PUBLIC_EVENT_QUEUE } from "./commands/record-event.js";

let city: TestCity;
let operator: StaffSessionCookies;
let publicWorks: StaffSessionCookies;
let supervisor: StaffSessionCookies;

beforeAll(async () => {
  city = await testCity({ requests: 30, interactions: 10 });
  operator = await signInAs(city.app, "operator@civic311.example");
  publicWorks = await signInAs(city.app, "publicworks@civic311.example");
  supervisor = await signInAs(city.app, "supervisor@civic311.example");
});
afterAll(() => city?.close());

const pothole = (email: string) => ({
  serviceCode: "pothole",
  description: "Pothole by the school crossing",
  answers: { size: "larger_than_tire", location_in_road: "travel_lane" },
  location: { address: "12 School Street, Riverton, MA", lat: 42.41, lng: -71.32 },
  channel: "phone",
  constituent: { firstName: "Res", lastName: email.split("@")[0]!, email },
});

async function create(email: string): Promise<RequestDetail> {
  const res = await city.app.inject({
    method: "POST",
    url: "/api/requests",
    headers: operator.headers,
    payload: pothole(email),
  });
  expect(res.statusCode).toBe(201);
  return res.json<RequestDetail>();
}

async function merge(child: string, into: string, who = supervisor, note?: string) {
  return city.app.inject({
    method: "POST",
    url: `/api/requests/${child}/merge`,
    headers: who.headers,
    payload: note ? { into, note } : { into },
  });
}

async function detail(number: string): Promise<RequestDetail> {
  const res = await city.app.inject({
    method: "GET",
    url: `/api/requests/${number}`,
    headers: supervisor.headers,
  });
  return res.json<RequestDetail>();
}

const db = () => city.database.db;

async function followersOf(number: string): Promise<number[]> {
  const list = await db()
    .select({ id: followers.constituentId })
    .from(followers)
    .innerJoin(serviceRequests, eq(serviceRequests.id, followers.requestId))
    .where(eq(serviceRequests.number, number));
  return list.map((f) => f.id).sort((a, b) => a - b);
}

async function idOf(number: string) {
  const [row] = await db()
    .select({ id: serviceRequests.id, constituentId: serviceRequests.constituentId })
    .from(serviceRequests)
    .where(eq(serviceRequests.number, number));
  return row!;
}

/** Counts of everything a merge writes, to show that a refused merge writes nothing. */
async function counts() {
  const [c] = await rows<{ events: number; followers: number; audits: number; closed: number; jobs: number }>(
    db(),
    sql`select
      (select count(*)::int from ${requestEvents}) as events,
      (select count(*)::int from ${followers}) as followers,
      (select count(*)::int from ${auditLog}) as audits,
      (select count(*)::int from ${serviceRequests} where status = 'closed') as closed,
      (select count(*)::int from pgboss.job where name = ${PUBLIC_EVENT_QUEUE}) as jobs`,
  );
  return c!;
}

/** The event ids that have a resident-notification job waiting. */
async function notifiedEventIds(): Promise<Set<number>> {
  const list = await rows<{ id: string }>(
    db(),
    sql`select data->>'eventId' as id from pgboss.job where name = ${PUBLIC_EVENT_QUEUE}`,
  );
  return new Set(list.map((j) => Number(j.id)));
}

describe(`merging duplicate requests on ${DB_KIND}`, () => {
  it("moves the child's reporter and followers to the parent, closes the child pointing to it, tells both", async () => {
    const parent = await create("parent-reporter@mail.example");
    const child = await create("child-reporter@mail.example");
    const parentIds = await idOf(parent.number);
    const childIds = await idOf(child.number);
    // A "me too" follower of the child, and one who already follows both (must not be doubled).
    const now = city.clock.now();
    const extra = await createConstituent(db(), SYSTEM, { firstName: "Me", lastName: "Too" }, now);
    const both = await createConstituent(db(), SYSTEM, { firstName: "Both", lastName: "Ways" }, now);
    await db()
      .insert(followers)
      .values([
        { requestId: childIds.id, constituentId: extra, createdAt: now },
        { requestId: childIds.id, constituentId: both, createdAt: now },
        { requestId: parentIds.id, constituentId: both, createdAt: now },
      ]);
    const pendingBefore = await city.jobs.pending(PUBLIC_EVENT_QUEUE);

    const res = await merge(child.number, parent.number, supervisor, "Same pothole as the earlier report.");
    expect(res.statusCode).toBe(200);
    const closed = res.json<RequestDetail>();
    expect(closed.status).toBe("closed");
    expect(closed.closeReason).toBe("duplicate");
    expect(closed.parentNumber).toBe(parent.number);
    const [stored] = await db()
      .select({ parent: serviceRequests.parentRequestId, closedAt: serviceRequests.closedAt })
      .from(serviceRequests)
      .where(eq(serviceRequests.id, childIds.id));
    expect(stored!.parent).toBe(parentIds.id);
    expect(stored!.closedAt).not.toBeNull();

    expect(await followersOf(parent.number)).toEqual(
      [parentIds.constituentId!, childIds.constituentId!, extra, both].sort((a, b) => a - b),
    );
    // The child keeps its followers, so its closing notice reaches them.
    expect(await followersOf(child.number)).toEqual(
      [childIds.constituentId!, extra, both].sort((a, b) => a - b),
    );

    const childLast = closed.events.at(-1)!;
    expect(childLast.type).toBe("status_changed");
    expect(childLast.public).toBe(true);
    expect(childLast.body).toBe("Same pothole as the earlier report.");
    const [childEvent] = await db()
      .select({ id: requestEvents.id, data: requestEvents.data })
      .from(requestEvents)
      .where(and(eq(requestEvents.requestId, childIds.id), eq(requestEvents.type, "status_changed")));
    expect(childEvent!.data).toMatchObject({
      from: "new",
      to: "closed",
      closeReason: "duplicate",
      parentNumber: parent.number,
      label: "Closed: Duplicate",
    });

    const parentNow = await detail(parent.number);
    expect(parentNow.status).toBe("new");
    const merged = parentNow.events.at(-1)!;
    expect(merged.type).toBe("merged");
    expect(merged.public).toBe(true);
    expect(merged.body).toBe(`Request ${child.number} was merged into this one.`);
    const [parentEvent] = await db()
      .select({ id: requestEvents.id, data: requestEvents.data })
      .from(requestEvents)
      .where(and(eq(requestEvents.requestId, parentIds.id), eq(requestEvents.type, "merged")));
    expect(parentEvent!.data).toEqual({ childNumber: child.number, followersAdded: 2 });

    // Residents of both requests are told: one job per public event, committed with the merge.
    expect(await city.jobs.pending(PUBLIC_EVENT_QUEUE)).toBe(pendingBefore + 2);
    const notified = await notifiedEventIds();
    expect(notified.has(childEvent!.id)).toBe(true);
    expect(notified.has(parentEvent!.id)).toBe(true);

    const [audited] = await db()
      .select({ action: auditLog.action, data: auditLog.data })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "service_request"), eq(auditLog.entityId, String(childIds.id))));
    expect(audited).toEqual({
      action: "request.merged",
      data: { childNumber: child.number, parentNumber: parent.number, followersAdded: 2 },
    });
  });

  it("lets the owning department's staff merge their own requests", async () => {
    const parent = await create("dpw-parent@mail.example");
    const child = await create("dpw-child@mail.example");
    const res = await merge(child.number, parent.number, publicWorks);
    expect(res.statusCode).toBe(200);
    expect(res.json<RequestDetail>().parentNumber).toBe(parent.number);
  });

  it("refuses bad merges with a clear error and changes nothing", async () => {
    const parent = await create("refused-parent@mail.example");
    const child = await create("refused-child@mail.example");
    const done = await create("refused-done@mail.example");
    const closeRes = await city.app.inject({
      method: "POST",
      url: `/api/requests/${done.number}/status`,
      headers: supervisor.headers,
      payload: { status: "closed", closeReason: "fixed" },
    });
    expect(closeRes.statusCode).toBe(200);
    const alreadyChild = await create("refused-merged@mail.example");
    expect((await merge(alreadyChild.number, parent.number)).statusCode).toBe(200);
    const [otherDept] = await db()
      .select({ number: serviceRequests.number })
      .from(serviceRequests)
      .innerJoin(sql`departments d`, sql`d.id = ${serviceRequests.departmentId}`)
      .where(and(ne(sql`d.code`, "dpw"), ne(serviceRequests.status, "closed")))
      .limit(1);
    expect(otherDept).toBeDefined();

    const before = await counts();
    const refusals: [string, Awaited<ReturnType<typeof merge>>, number, string][] = [
      ["into itself", await merge(child.number, child.number), 400, "validation_failed"],
      ["into a closed request", await merge(child.number, done.number), 409, "invalid_transition"],
      ["a closed request", await merge(done.number, parent.number), 409, "invalid_transition"],
      ["one already merged", await merge(alreadyChild.number, child.number), 409, "conflict"],
      ["into an unknown request", await merge(child.number, "9999999"), 400, "validation_failed"],
      ["an unknown request", await merge("9999999", parent.number), 404, "not_found"],
      ["by an operator", await merge(child.number, parent.number, operator), 403, "forbidden"],
      [
        "into another department's request, by department staff",
        await merge(child.number, otherDept!.number, publicWorks),
        400,
        "validation_failed",
      ],
    ];
    for (const [name, res, status, code] of refusals) {
      expect({ name, status: res.statusCode, code: res.json().error.code }).toEqual({ name, status, code });
      expect(res.json().error.message.length).toBeGreaterThan(10);
    }
    expect(refusals[3]![1].json().error.message).toContain(
      `already been merged into request ${parent.number}`,
    );
    expect(await counts()).toEqual(before);
    expect((await detail(child.number)).status).toBe("new");
  });

  it("validates the body and requires a session", async () => {
    const child = await create("body-child@mail.example");
    const bad = await city.app.inject({
      method: "POST",
      url: `/api/requests/${child.number}/merge`,
      headers: supervisor.headers,
      payload: { into: "not a number!" },
    });
    expect(bad.statusCode).toBe(400);
    const anon = await city.app.inject({
      method: "POST",
      url: `/api/requests/${child.number}/merge`,
      payload: { into: "1000001" },
    });
    expect(anon.statusCode).toBe(401);
  });
});
