import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RequestDetail } from "../../../common/contracts/requests.js";
import {
  addresses,
  departments,
  requestEvents,
  routingRules,
  serviceRequests,
  serviceTypes,
} from "../../db/schema/index.js";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;
let operator: StaffSessionCookies;
const dept = new Map<string, number>();
const ward = new Map<string, number>();
let potholeId: number;

beforeAll(async () => {
  city = await testCity({ requests: 10, interactions: 5 });
  operator = await signInAs(city.app, "operator@civic311.example");
  const db = city.database.db;
  for (const d of await db.select({ id: departments.id, code: departments.code }).from(departments))
    dept.set(d.code, d.id);
  for (const w of ["Ward 1", "Ward 3", "Ward 5"]) {
    const [a] = await db
      .select({ id: addresses.id })
      .from(addresses)
      .where(eq(addresses.district, w))
      .limit(1);
    ward.set(w, a!.id);
  }
  const [p] = await db
    .select({ id: serviceTypes.id })
    .from(serviceTypes)
    .where(eq(serviceTypes.code, "pothole"));
  potholeId = p!.id;
});
afterAll(() => city?.close());

async function create(
  serviceCode: string,
  answers: Record<string, string | string[]>,
  district: string,
  priority?: string,
): Promise<RequestDetail> {
  const res = await city.app.inject({
    method: "POST",
    url: "/api/requests",
    headers: operator.headers,
    payload: {
      serviceCode,
      answers,
      channel: "phone",
      location: { addressId: ward.get(district)! },
      ...(priority ? { priority } : {}),
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json<RequestDetail>();
}

const pothole = (district: string, priority?: string) =>
  create("pothole", { size: "larger_than_tire", location_in_road: "travel_lane" }, district, priority);

async function createdEventData(number: string) {
  const [e] = await city.database.db
    .select({ data: requestEvents.data })
    .from(requestEvents)
    .innerJoin(serviceRequests, eq(serviceRequests.id, requestEvents.requestId))
    .where(and(eq(serviceRequests.number, number), eq(requestEvents.type, "created")));
  return e!.data;
}

describe(`routing rules on ${DB_KIND}`, () => {
  it("seeds demo rules: streetlights in Ward 5 go to Parks, elsewhere to Public Works", async () => {
    const ward5 = await create("streetlight_out", { problem: "out" }, "Ward 5");
    expect(ward5.department.code).toBe("parks");
    const ward1 = await create("streetlight_out", { problem: "out" }, "Ward 1");
    expect(ward1.department.code).toBe("dpw");
    expect(await createdEventData(ward1.number)).toMatchObject({ department: "dpw", routingRuleId: null });
  });

  it("the most specific rule wins: service+district+priority > service+district > service+priority > service", async () => {
    const db = city.database.db;
    const rule = (district: string | null, priority: string | null, code: string, position = 0) => ({
      serviceTypeId: potholeId,
      district,
      priority,
      departmentId: dept.get(code)!,
      position,
    });
    const inserted = await db
      .insert(routingRules)
      .values([
        rule(null, null, "clerk", 5),
        rule(null, null, "isd", 1),
        rule(null, "urgent", "parks"),
        rule("Ward 3", null, "water"),
        rule("Ward 3", "urgent", "health"),
      ])
      .returning({ id: routingRules.id });
    try {
      const cases: [string, string | undefined, string][] = [
        ["Ward 1", undefined, "isd"], // service only; of two, the lower position
        ["Ward 1", "urgent", "parks"], // service + priority beats service
        ["Ward 3", undefined, "water"], // service + district beats service
        ["Ward 3", "high", "water"], // a priority rule for another priority does not match
        ["Ward 3", "urgent", "health"], // service + district + priority beats service + district
      ];
      for (const [district, priority, expected] of cases) {
        const made = await pothole(district, priority);
        expect({ district, priority, department: made.department.code }).toEqual({
          district,
          priority,
          department: expected,
        });
      }
      // The created event names the routed department and the rule.
      const last = await pothole("Ward 3", "urgent");
      expect(await createdEventData(last.number)).toMatchObject({
        department: "health",
        routingRuleId: inserted[4]!.id,
      });
    } finally {
      await db.delete(routingRules).where(
        inArray(
          routingRules.id,
          inserted.map((r) => r.id),
        ),
      );
    }
    // No rule for the service: its own department.
    const plain = await pothole("Ward 3", "urgent");
    expect(plain.department.code).toBe("dpw");
  });
});
