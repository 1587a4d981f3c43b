import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RequestDetail } from "../../../common/contracts/requests.js";
import { signInAs, TEST_NOW, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;

beforeAll(async () => {
  city = await testCity({ requests: 10, interactions: 5 });
});
afterAll(async () => {
  city.clock.set(TEST_NOW);
  await city?.close();
});

const pothole = {
  serviceCode: "pothole",
  description: "Pothole at the corner",
  answers: { size: "larger_than_tire", location_in_road: "travel_lane" },
  location: { address: "5 Mill Street, Riverton, MA", lat: 42.41, lng: -71.32 },
  channel: "phone",
};

async function createAt(at: string, body: object = pothole): Promise<RequestDetail> {
  city.clock.set(at);
  // Sessions expire after 12 hours of clock time: sign in at the new instant.
  const operator = await signInAs(city.app, "operator@civic311.example");
  const res = await city.app.inject({
    method: "POST",
    url: "/api/requests",
    headers: operator.headers,
    payload: body,
  });
  expect(res.statusCode).toBe(201);
  return res.json<RequestDetail>();
}

describe(`due dates through the API on ${DB_KIND}`, () => {
  // Public Works works Monday–Friday 7:00–15:30; Monday 15 February 2027 is Presidents' Day (a city holiday).
  it("a pothole (3 business days) at 4:55 pm on the Friday before a Monday holiday is due Thursday at DPW's close", async () => {
    const created = await createAt("2027-02-12T16:55:00-05:00");
    expect(created.department.code).toBe("dpw");
    // Friday is the day of receipt, Saturday and Sunday are no working days, Monday is the holiday:
    // Tuesday 16, Wednesday 17, Thursday 18 February at 15:30 EST.
    expect(created.dueAt).toBe("2027-02-18T20:30:00.000Z");
    expect(created.events[0]!.type).toBe("created");
  });

  it("the due date is computed at creation and kept by later status changes", async () => {
    const created = await createAt("2027-02-12T16:55:00-05:00");
    city.clock.set("2027-02-16T09:00:00-05:00");
    const supervisor = await signInAs(city.app, "supervisor@civic311.example");
    const held = await city.app.inject({
      method: "POST",
      url: `/api/requests/${created.number}/status`,
      headers: supervisor.headers,
      payload: { status: "on_hold", note: "Waiting for the asphalt plant to open." },
    });
    expect(held.statusCode).toBe(200);
    expect(held.json<RequestDetail>().dueAt).toBe(created.dueAt);
  });

  it("a request created on Thanksgiving counts from the Friday after it", async () => {
    const created = await createAt("2026-11-26T11:00:00-05:00");
    // Friday 27 November, Monday 30, Tuesday 1 December at 15:30 EST.
    expect(created.dueAt).toBe("2026-12-01T20:30:00.000Z");
  });
});
