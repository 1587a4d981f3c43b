import { count, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DepartmentHours, Holiday, HolidayCopyResult } from "../../../common/contracts/calendar.js";
import type { RequestDetail } from "../../../common/contracts/requests.js";
import { auditLog } from "../../db/schema/index.js";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;
let admin: StaffSessionCookies;

beforeAll(async () => {
  city = await testCity({ requests: 5, interactions: 5 });
  admin = await signInAs(city.app, "admin@civic311.example");
});
afterAll(() => city?.close());

const call = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: object) =>
  city.app.inject({ method, url, headers: admin.headers, ...(payload ? { payload } : {}) });
const audits = async (action: string) =>
  (await city.database.db.select({ n: count() }).from(auditLog).where(like(auditLog.action, action)))[0]!.n;
const holidaysOf = async (year: number) =>
  (await call("GET", `/api/admin/holidays?year=${year}`)).json<{ items: Holiday[] }>().items;
const week = (opens: string, closes: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens, closes }));

describe(`working hours on ${DB_KIND}`, () => {
  it("reads a department's week", async () => {
    const dpw = (await call("GET", "/api/admin/calendar/departments/dpw/hours")).json<DepartmentHours>();
    expect(dpw.periods[0]).toEqual({ weekday: 1, opens: "07:00", closes: "15:30" });
    expect(dpw.usingDefault).toBe(false);
    expect((await call("GET", "/api/admin/calendar/departments/nope/hours")).statusCode).toBe(404);
  });

  it("refuses closing before opening and overlapping periods, naming each, and changes nothing", async () => {
    const res = await call("PUT", "/api/admin/calendar/departments/dpw/hours", {
      periods: [
        { weekday: 1, opens: "08:00", closes: "12:00" },
        { weekday: 1, opens: "11:00", closes: "16:00" },
        { weekday: 2, opens: "16:00", closes: "09:00" },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: "periods.2.closes", message: "must be after the opening time (Tuesday)" },
      { field: "periods.1.opens", message: "overlaps 08:00–12:00 on Monday" },
    ]);
    const bad = await call("PUT", "/api/admin/calendar/departments/dpw/hours", {
      periods: [{ weekday: 8, opens: "8am", closes: "17:00" }],
    });
    expect(bad.statusCode).toBe(400);
    const dpw = (await call("GET", "/api/admin/calendar/departments/dpw/hours")).json<DepartmentHours>();
    expect(dpw.periods).toHaveLength(5);
    expect(await audits("working_hours.%")).toBe(0);
  });

  it("a new request's due date honours edited hours at once (lunch break allowed)", async () => {
    const res = await call("PUT", "/api/admin/calendar/departments/dpw/hours", {
      periods: [...week("07:00", "11:00"), ...week("11:30", "12:00")],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<DepartmentHours>().periods).toHaveLength(10);
    expect(await audits("working_hours.updated")).toBe(1);
    const operator = await signInAs(city.app, "operator@civic311.example");
    const created = await city.app.inject({
      method: "POST",
      url: "/api/requests",
      headers: operator.headers,
      payload: {
        serviceCode: "pothole",
        answers: { size: "larger_than_tire", location_in_road: "travel_lane" },
        channel: "phone",
        location: { address: "5 Mill Street", lat: 42.41, lng: -71.32 },
      },
    });
    // Wednesday 25 November 2026, 10:00: Thanksgiving, then Friday, Monday, Tuesday at the new 12:00 close.
    expect(created.json<RequestDetail>().dueAt).toBe("2026-12-01T17:00:00.000Z");
  });
});

describe(`holidays on ${DB_KIND}`, () => {
  it("adds, edits and deletes a holiday with audit rows; a taken date is refused", async () => {
    const added = await call("POST", "/api/admin/holidays", { date: "2026-12-24", name: "Christmas Eve" });
    expect(added.statusCode, added.body).toBe(201);
    const id = added.json<Holiday>().id;
    const taken = await call("POST", "/api/admin/holidays", { date: "2026-12-25", name: "Another" });
    expect(taken.json().error.details).toEqual([
      { field: "date", message: "is already a holiday (Christmas Day)" },
    ]);
    const edited = await call("PUT", `/api/admin/holidays/${id}`, {
      date: "2026-12-24",
      name: "Christmas Eve (half)",
    });
    expect(edited.json<Holiday>().name).toBe("Christmas Eve (half)");
    expect((await call("DELETE", `/api/admin/holidays/${id}`)).statusCode).toBe(204);
    expect((await call("DELETE", `/api/admin/holidays/${id}`)).statusCode).toBe(404);
    expect(await audits("holiday.%")).toBe(3);
    expect((await call("POST", "/api/admin/holidays", { date: "2026-02-30", name: "x" })).statusCode).toBe(
      400,
    );
  });

  it("copies 2026 to 2027 with the moving holidays on their weekdays and observed days", async () => {
    for (const h of await holidaysOf(2027)) await call("DELETE", `/api/admin/holidays/${h.id}`);
    await call("POST", "/api/admin/holidays", { date: "2027-07-05", name: "Independence Day (observed)" });
    const res = await call("POST", "/api/admin/holidays/copy", { fromYear: 2026, toYear: 2027 });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json<HolidayCopyResult>();
    expect(result.skipped).toEqual([
      {
        date: "2027-07-05",
        name: "Independence Day (observed)",
        from: "2026-07-03",
        reason: "2027-07-05 is already a holiday (Independence Day (observed))",
      },
    ]);
    expect((await holidaysOf(2027)).map((h) => `${h.date} ${h.name}`)).toEqual([
      "2027-01-01 New Year's Day",
      "2027-01-18 Martin Luther King Jr. Day",
      "2027-02-15 Washington's Birthday (Presidents' Day)",
      "2027-04-19 Patriots' Day",
      "2027-05-31 Memorial Day",
      "2027-06-18 Juneteenth (observed)",
      "2027-07-05 Independence Day (observed)",
      "2027-09-06 Labor Day",
      "2027-10-11 Indigenous Peoples' Day / Columbus Day",
      "2027-11-11 Veterans Day",
      "2027-11-25 Thanksgiving Day",
      "2027-12-24 Christmas Day (observed)",
    ]);
    expect(await audits("holidays.copied")).toBe(1);
    const again = (await call("POST", "/api/admin/holidays/copy", { fromYear: 2026, toYear: 2027 })).json();
    expect(again.added).toEqual([]);
    expect(again.skipped).toHaveLength(12);
    const same = await call("POST", "/api/admin/holidays/copy", { fromYear: 2027, toYear: 2027 });
    expect(same.json().error.details[0].field).toBe("toYear");
  });
});
