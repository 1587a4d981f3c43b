import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RequestDetail } from "../../../common/contracts/requests.js";
import { auditLog, requestEvents, serviceRequests } from "../../db/schema/index.js";
import { loadConfig } from "../../platform/config.js";
import { rows } from "../../platform/db.js";
import { signInAs, TEST_NOW, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { linkToken } from "../notifications/index.js";
import { PUBLIC_EVENT_QUEUE } from "./commands/record-event.js";

let city: TestCity;

beforeAll(async () => {
  city = await testCity({ requests: 10, interactions: 5 });
});
afterAll(() => city?.close());
afterEach(() => city.clock.set(TEST_NOW));

const DAY = 86_400_000;
const at = (days: number) => new Date(new Date(TEST_NOW).getTime() + days * DAY);

/** A pothole reported by a resident, closed by a supervisor now with `closeReason`. */
async function closedRequest(closeReason = "fixed", email = "resident@mail.example") {
  city.clock.set(TEST_NOW);
  const operator = await signInAs(city.app, "operator@civic311.example");
  const created = await city.app.inject({
    method: "POST",
    url: "/api/requests",
    headers: operator.headers,
    payload: {
      serviceCode: "pothole",
      answers: { size: "larger_than_tire", location_in_road: "travel_lane" },
      location: { address: "9 Elm Street, Riverton, MA", lat: 42.41, lng: -71.32 },
      channel: "web",
      constituent: { firstName: "Rita", lastName: "Resident", email },
    },
  });
  expect(created.statusCode).toBe(201);
  const req = created.json<RequestDetail>();
  const supervisor = await signInAs(city.app, "supervisor@civic311.example");
  const closed = await city.app.inject({
    method: "POST",
    url: `/api/requests/${req.number}/status`,
    headers: supervisor.headers,
    payload: { status: "closed", closeReason },
  });
  expect(closed.statusCode).toBe(200);
  const [row] = await city.database.db
    .select({ id: serviceRequests.id, constituentId: serviceRequests.constituentId })
    .from(serviceRequests)
    .where(eq(serviceRequests.number, req.number));
  const claim = { constituentId: row!.constituentId!, requestId: row!.id };
  return {
    number: req.number,
    id: row!.id,
    survey: linkToken(city.config.sessionSecret, { purpose: "survey", ...claim }),
    unsubscribe: linkToken(city.config.sessionSecret, { purpose: "unsubscribe", ...claim }),
  };
}

function reopen(number: string, token: string, reason = "The pothole is back after the rain.") {
  return city.app.inject({
    method: "POST",
    url: `/api/public/requests/${number}/reopen`,
    payload: { token, reason },
  });
}

async function state(id: number) {
  const [r] = await city.database.db
    .select({ status: serviceRequests.status, closeReason: serviceRequests.closeReason })
    .from(serviceRequests)
    .where(eq(serviceRequests.id, id));
  return r!;
}

async function counts() {
  const [c] = await rows<{ events: number; audits: number; jobs: number }>(
    city.database.db,
    sql`select (select count(*)::int from ${requestEvents}) as events,
      (select count(*)::int from ${auditLog}) as audits,
      (select count(*)::int from pgboss.job where name = ${PUBLIC_EVENT_QUEUE}) as jobs`,
  );
  return c!;
}

describe(`resident reopen ("not fixed") on ${DB_KIND}`, () => {
  it("reopens a request fixed 13 days ago: acknowledged again, a public event by the resident, followers told", async () => {
    const req = await closedRequest();
    city.clock.set(at(13));
    const jobsBefore = await city.jobs.pending(PUBLIC_EVENT_QUEUE);
    const res = await reopen(req.number, req.survey);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ number: req.number, status: "acknowledged" });
    expect(await state(req.id)).toEqual({ status: "acknowledged", closeReason: null });
    const events = await city.database.db
      .select({
        type: requestEvents.type,
        public: requestEvents.public,
        body: requestEvents.body,
        actorLabel: requestEvents.actorLabel,
        actorUserId: requestEvents.actorUserId,
        data: requestEvents.data,
        at: requestEvents.at,
      })
      .from(requestEvents)
      .where(eq(requestEvents.requestId, req.id))
      .orderBy(requestEvents.id);
    expect(events.map((e) => e.type)).toEqual(["created", "status_changed", "reopened"]);
    const last = events.at(-1)!;
    expect(last).toMatchObject({
      public: true,
      body: "The pothole is back after the rain.",
      actorLabel: "Resident",
      actorUserId: null,
      data: { from: "closed", to: "acknowledged", by: "resident", previousCloseReason: "fixed" },
    });
    expect(last.at.toISOString()).toBe(at(13).toISOString());
    expect(await city.jobs.pending(PUBLIC_EVENT_QUEUE)).toBe(jobsBefore + 1);

    // Staff see it on the request's timeline, and the public page shows it open again.
    const supervisor = await signInAs(city.app, "supervisor@civic311.example");
    const detail = await city.app.inject({
      method: "GET",
      url: `/api/requests/${req.number}`,
      headers: supervisor.headers,
    });
    expect(detail.json<RequestDetail>().status).toBe("acknowledged");

    // Reopening twice is refused: it is open now.
    const again = await reopen(req.number, req.survey);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain("is open");
  });

  it("refuses after the window with a clear error, and changes nothing", async () => {
    const req = await closedRequest("fixed", "late@mail.example");
    city.clock.set(at(15));
    const before = await counts();
    const res = await reopen(req.number, req.survey);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("invalid_transition");
    expect(res.json().error.message).toBe(
      `Request ${req.number} can no longer be reopened: it was closed on November 25, 2026, and requests can be reopened for 14 days after they are fixed. Make a new report or call 311 if the problem is back.`,
    );
    expect(await counts()).toEqual(before);
    expect(await state(req.id)).toEqual({ status: "closed", closeReason: "fixed" });
    // The last moment of the window still counts.
    city.clock.set(at(14));
    expect((await reopen(req.number, req.survey)).statusCode).toBe(200);
  });

  it("only reopens requests closed as fixed, only with this request's survey link, and needs a reason", async () => {
    const noAction = await closedRequest("no_action_needed", "noaction@mail.example");
    const fixed = await closedRequest("fixed", "fixed@mail.example");
    city.clock.set(at(1));
    const before = await counts();
    const cases: [string, Awaited<ReturnType<typeof reopen>>, number, string][] = [
      [
        "closed as no action needed",
        await reopen(noAction.number, noAction.survey),
        409,
        "invalid_transition",
      ],
      ["an unsubscribe link", await reopen(fixed.number, fixed.unsubscribe), 400, "validation_failed"],
      [
        "a forged token",
        await reopen(fixed.number, `${fixed.survey.slice(0, -2)}xx`),
        400,
        "validation_failed",
      ],
      ["another request's link", await reopen(fixed.number, noAction.survey), 400, "validation_failed"],
      ["no reason", await reopen(fixed.number, fixed.survey, "  "), 400, "validation_failed"],
    ];
    for (const [name, res, status, code] of cases) {
      expect({ name, status: res.statusCode, code: res.json().error.code }).toEqual({ name, status, code });
    }
    expect(cases[0]![1].json().error.message).toContain('closed as "no action needed", not as fixed');
    expect(await counts()).toEqual(before);
    expect(await state(fixed.id)).toEqual({ status: "closed", closeReason: "fixed" });
  });

  it("REOPEN_WINDOW_DAYS defaults to 14 and can be changed", () => {
    const base = { SEED: "none", SESSION_SECRET: "x".repeat(40) };
    expect(loadConfig(base).reopenWindowDays).toBe(14);
    expect(loadConfig({ ...base, REOPEN_WINDOW_DAYS: "30" }).reopenWindowDays).toBe(30);
    expect(() => loadConfig({ ...base, REOPEN_WINDOW_DAYS: "-1" })).toThrow(/REOPEN_WINDOW_DAYS/);
  });
});
