import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addresses, streets } from "../../db/schema/index.js";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { crossing } from "./index.js";

let city: TestCity;
let op: StaffSessionCookies;
beforeAll(async () => {
  city = await testCity({ requests: 5, interactions: 5 });
  op = await signInAs(city.app, "operator@civic311.example");
});
afterAll(() => city?.close());

const get = (url: string) =>
  city.app
    .inject({ method: "GET", url, headers: op.headers })
    .then((r) => ({ status: r.statusCode, body: r.json() }));

describe(`address search and duplicates nearby on ${DB_KIND}`, () => {
  it("completes house number + street, with abbreviations", async () => {
    const [one] = await city.database.db.select().from(addresses).orderBy(asc(addresses.id)).limit(1);
    const [word, suffix] = one!.streetName.split(" ");
    const abbreviated = `${one!.number} ${word!.slice(0, 3)}`;
    const found = (await get(`/api/addresses?q=${encodeURIComponent(abbreviated)}`)).body.items;
    expect(found.map((a: { id: number }) => a.id)).toContain(one!.id);
    const short = { Street: "St", Avenue: "Ave", Road: "Rd" }[suffix as "Street"] ?? suffix;
    const full = (await get(`/api/addresses?q=${encodeURIComponent(`${one!.number} ${word} ${short}`)}`)).body
      .items;
    expect(full[0]).toMatchObject({ kind: "address", id: one!.id, label: one!.fullAddress });
  });

  it("finds intersections where two centerlines cross, written with & or 'and'", async () => {
    const [a, b] = await city.database.db.select().from(streets).orderBy(asc(streets.id)).limit(2);
    const expected = crossing(a!.centerline, b!.centerline);
    expect(expected).not.toBeNull();
    for (const q of [`${a!.name} & ${b!.name}`, `${a!.name.split(" ")[0]} and ${b!.name.split(" ")[0]}`]) {
      const [hit] = (await get(`/api/addresses?q=${encodeURIComponent(q)}`)).body.items;
      expect(hit).toMatchObject({ kind: "intersection", label: `${a!.name} & ${b!.name}` });
      expect(Math.abs(hit.lat - expected![1])).toBeLessThan(1e-5);
    }
  });

  it("offers an open request of the same service within its duplicate radius, and nothing farther away", async () => {
    const made = await city.app.inject({
      method: "POST",
      url: "/api/requests",
      headers: op.headers,
      payload: {
        serviceCode: "pothole",
        answers: { size: "plate_to_tire" },
        location: { lat: 42.42, lng: -71.31 },
      },
    });
    const number = made.json().number;
    const near = (await get("/api/requests/nearby?service=pothole&lat=42.42009&lng=-71.31")).body;
    expect(near.radiusM).toBe(30);
    expect(near.items[0]).toMatchObject({ number });
    expect(near.items[0].distance).toBeGreaterThanOrEqual(9);
    expect(near.items[0].distance).toBeLessThanOrEqual(11);
    expect((await get("/api/requests/nearby?service=pothole&lat=42.4210&lng=-71.31")).body.items).toEqual([]);
    expect(
      (await get("/api/requests/nearby?service=streetlight_out&lat=42.42009&lng=-71.31")).body.items,
    ).toEqual([]);
    expect((await get("/api/requests/nearby?service=nope&lat=42.42&lng=-71.31")).status).toBe(404);
  });
});
