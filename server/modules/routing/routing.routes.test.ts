import { and, between, count, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RequestDetail } from "../../../common/contracts/requests.js";
import type { DistrictList, RoutingRule, RoutingTestResult } from "../../../common/contracts/routing.js";
import { addresses, auditLog, departments, districts, routingRules } from "../../db/schema/index.js";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { districtChoices } from "./routing.districts.js";

let city: TestCity;
let admin: StaffSessionCookies;
let operator: StaffSessionCookies;

const square = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
// "Mill Pond": a square north-west of the town centre with a pond (a hole) in it; "Riverside": two islands.
const upload = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { code: "mill-pond", name: "Mill Pond" },
      geometry: {
        type: "Polygon",
        coordinates: [square(-71.34, 42.41, -71.32, 42.43), square(-71.331, 42.419, -71.329, 42.421)],
      },
    },
    {
      type: "Feature",
      properties: { code: "riverside", name: "Riverside" },
      geometry: {
        type: "MultiPolygon",
        coordinates: [[square(-71.31, 42.39, -71.3, 42.4)], [square(-71.29, 42.39, -71.28, 42.4)]],
      },
    },
  ],
};
const pothole = { size: "larger_than_tire", location_in_road: "travel_lane" };

beforeAll(async () => {
  city = await testCity({ requests: 5, interactions: 5 });
  admin = await signInAs(city.app, "admin@civic311.example");
  operator = await signInAs(city.app, "operator@civic311.example");
});
afterAll(() => city?.close());

const call = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: object) =>
  city.app.inject({ method, url, headers: admin.headers, ...(payload ? { payload } : {}) });
const audits = async (action: string) =>
  (await city.database.db.select({ n: count() }).from(auditLog).where(like(auditLog.action, action)))[0]!.n;

async function createRequest(location: object): Promise<RequestDetail> {
  const res = await city.app.inject({
    method: "POST",
    url: "/api/requests",
    headers: operator.headers,
    payload: { serviceCode: "pothole", answers: pothole, channel: "phone", location },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<RequestDetail>();
}

describe(`districts and routing rules on ${DB_KIND}`, () => {
  it("refuses a bad upload naming the feature, and changes nothing", async () => {
    const bad = structuredClone(upload);
    bad.features[1]!.geometry.coordinates = [[square(-71.31, 42.39, -71.3, 42.4).slice(0, 4)]];
    const res = await call("POST", "/api/admin/districts", { geojson: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: "geojson.features[1]", message: expect.stringMatching(/"riverside".*not closed/) },
    ]);
    expect((await city.database.db.select({ n: count() }).from(districts))[0]!.n).toBe(0);
    expect(await audits("districts.%")).toBe(0);
  });

  it("uploads districts with an audit row; the list gives vertex counts, the detail its geometry", async () => {
    const res = await call("POST", "/api/admin/districts", { geojson: upload });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ added: ["mill-pond", "riverside"], updated: [], retired: [] });
    expect(await audits("districts.uploaded")).toBe(1);
    const list = (await call("GET", "/api/admin/districts")).json<DistrictList>();
    expect(list.items.map((d) => [d.code, d.vertexCount, d.polygonCount])).toEqual([
      ["mill-pond", 8, 1],
      ["riverside", 8, 2],
    ]);
    expect(list.items[0]).not.toHaveProperty("geometry");
    expect(list.addressWards).toContain("Ward 1");
    const one = await call("GET", "/api/admin/districts/riverside");
    expect(one.json().geometry.type).toBe("MultiPolygon");
    expect((await call("GET", "/api/admin/districts/nowhere")).statusCode).toBe(404);
  });

  it("validates rules: unknown service, department and district, then a duplicate; nothing is written", async () => {
    const before = (await city.database.db.select({ n: count() }).from(routingRules))[0]!.n;
    const res = await call("POST", "/api/admin/routing-rules", {
      serviceCode: "nope",
      district: "atlantis",
      departmentCode: "ministry",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      "serviceCode",
      "departmentCode",
      "district",
    ]);
    const first = await call("POST", "/api/admin/routing-rules", {
      serviceCode: "pothole",
      district: "mill-pond",
      departmentCode: "parks",
    });
    expect(first.statusCode, first.body).toBe(201);
    const dup = await call("POST", "/api/admin/routing-rules", {
      serviceCode: "pothole",
      district: "mill-pond",
      departmentCode: "water",
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.details[0].message).toMatch(/already has a rule/);
    expect((await city.database.db.select({ n: count() }).from(routingRules))[0]!.n).toBe(before + 1);
    expect(await audits("routing_rule.created")).toBe(1);
  });

  it("a request inside the polygon gets its district and the rule; inside the hole it keeps its ward", async () => {
    const inside = await createRequest({ address: "near the mill", lat: 42.415, lng: -71.335 });
    expect(inside.department.code).toBe("parks");
    const hole = await createRequest({ address: "in the pond", lat: 42.42, lng: -71.33 });
    expect(hole.department.code).toBe("dpw");
    const rows = await city.database.db
      .select({ district: addresses.district, id: addresses.id, lat: addresses.lat, lng: addresses.lng })
      .from(addresses)
      .where(and(between(addresses.lat, 42.411, 42.418), between(addresses.lng, -71.339, -71.321)))
      .limit(1);
    // An address of the list inside the polygon: the polygon wins over its ward.
    const listed = await createRequest({ addressId: rows[0]!.id });
    expect(listed.department.code).toBe("parks");
    const tested = await call("POST", "/api/admin/routing/test", {
      serviceCode: "pothole",
      addressId: rows[0]!.id,
    });
    expect(tested.json<RoutingTestResult>()).toMatchObject({
      department: { code: "parks" },
      district: "mill-pond",
      districtSource: "polygon",
      rule: { serviceCode: "pothole", district: "mill-pond" },
    });
  });

  it("the tester agrees with request creation, inside a MultiPolygon island and outside every polygon", async () => {
    for (const [lat, lng] of [
      [42.395, -71.285],
      [42.405, -71.3235],
    ] as const) {
      const tested = (
        await call("POST", "/api/admin/routing/test", { serviceCode: "pothole", lat, lng })
      ).json<RoutingTestResult>();
      const created = await createRequest({ address: "somewhere", lat, lng });
      expect(tested.department.code).toBe(created.department.code);
    }
    const river = (
      await call("POST", "/api/admin/routing/test", { serviceCode: "pothole", lat: 42.395, lng: -71.285 })
    ).json<RoutingTestResult>();
    expect(river).toMatchObject({ district: "riverside", districtSource: "polygon", rule: null });
    expect(river.explanation).toMatch(/service's own department/);
    const bad = await call("POST", "/api/admin/routing/test", {
      serviceCode: "pothole",
      address: "999 Nowhere Blvd",
    });
    expect(bad.statusCode).toBe(400);
  });

  it("renames, retires and restores a district; a retired polygon no longer decides", async () => {
    expect(
      (await call("PUT", "/api/admin/districts/mill-pond", { name: "Mill Pond Ward" })).json().name,
    ).toBe("Mill Pond Ward");
    expect((await call("PUT", "/api/admin/districts/mill-pond", { active: false })).json().active).toBe(
      false,
    );
    const after = (
      await call("POST", "/api/admin/routing/test", { serviceCode: "pothole", lat: 42.415, lng: -71.335 })
    ).json<RoutingTestResult>();
    expect(after.districtSource).not.toBe("polygon");
    expect(after.department.code).toBe("dpw");
    await call("PUT", "/api/admin/districts/mill-pond", { active: true });
    expect(await audits("district.retired")).toBe(1);
    expect(await audits("district.restored")).toBe(1);
  });

  it("a rule naming a department retired since is skipped: the service's own department gets the request", async () => {
    const where = { serviceCode: "pothole", lat: 42.415, lng: -71.335 };
    // The catalog refuses to retire a department that still owns services; one that only routing rules name
    // can be retired, and its rules must then stop applying.
    await city.database.db.update(departments).set({ active: false }).where(eq(departments.code, "parks"));
    try {
      const tested = (await call("POST", "/api/admin/routing/test", where)).json<RoutingTestResult>();
      expect(tested).toMatchObject({ department: { code: "dpw" }, rule: null });
      expect(
        (await createRequest({ address: "near the mill", lat: where.lat, lng: where.lng })).department.code,
      ).toBe("dpw");
    } finally {
      await city.database.db.update(departments).set({ active: true }).where(eq(departments.code, "parks"));
    }
    expect(
      (await call("POST", "/api/admin/routing/test", where)).json<RoutingTestResult>().department.code,
    ).toBe("parks");
  });

  it("edits, reorders and deletes rules, each with an audit row", async () => {
    const rules = (await call("GET", "/api/admin/routing-rules")).json<{ items: RoutingRule[] }>().items;
    const mine = rules.find((r) => r.district === "mill-pond")!;
    const edited = await call("PUT", `/api/admin/routing-rules/${mine.id}`, {
      serviceCode: "pothole",
      district: "mill-pond",
      priority: "urgent",
      departmentCode: "water",
    });
    expect(edited.json()).toMatchObject({ priority: "urgent", departmentCode: "water" });
    const reversed = rules.map((r) => r.id).reverse();
    const ordered = await call("POST", "/api/admin/routing-rules/order", { ids: reversed });
    expect(ordered.json().items.map((r: RoutingRule) => r.id)).toEqual(reversed);
    const partial = await call("POST", "/api/admin/routing-rules/order", { ids: reversed.slice(1) });
    expect(partial.statusCode).toBe(400);
    expect((await call("DELETE", `/api/admin/routing-rules/${mine.id}`)).statusCode).toBe(204);
    expect((await call("DELETE", `/api/admin/routing-rules/${mine.id}`)).statusCode).toBe(404);
    for (const action of ["routing_rule.updated", "routing_rules.reordered", "routing_rule.deleted"])
      expect(await audits(action), action).toBe(1);
    const [gone] = await city.database.db.select().from(routingRules).where(eq(routingRules.id, mine.id));
    expect(gone).toBeUndefined();
  });

  it("replace mode retires the districts the file leaves out", async () => {
    const res = await call("POST", "/api/admin/districts", {
      geojson: { ...upload, features: [upload.features[1]] },
      mode: "replace",
    });
    expect(res.json()).toEqual({ added: [], updated: ["riverside"], retired: ["mill-pond"] });
    // The work queue's district filter can offer exactly the values requests take.
    const choices = await districtChoices(city.database.db);
    expect(choices[0]).toBe("riverside");
    expect(choices).toContain("Ward 1");
    expect(choices).not.toContain("mill-pond");
  });
});
