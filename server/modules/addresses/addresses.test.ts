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
    expect(near.items[0]).toMatchObject({ number, lat: 42.42, lng: -71.31 });
    expect(near.items[0].distance).toBeGreaterThanOrEqual(9);
    expect(near.items[0].distance).toBeLessThanOrEqual(11);
    expect((await get("/api/requests/nearby?service=pothole&lat=42.4210&lng=-71.31")).body.items).toEqual([]);
    expect(
      (await get("/api/requests/nearby?service=streetlight_out&lat=42.42009&lng=-71.31")).body.items,
    ).toEqual([]);
    expect((await get("/api/requests/nearby?service=nope&lat=42.42&lng=-71.31")).status).toBe(404);
  });

  it("geocodes a listed address and a corner of the demo city, and nothing for an unknown street", async () => {
    const [one] = await city.database.db.select().from(addresses).orderBy(asc(addresses.id)).limit(1);
    const listed = await get(`/api/addresses/geocode?q=${encodeURIComponent(one!.fullAddress)}`);
    expect(listed.body.place).toMatchObject({ kind: "address", id: one!.id, lat: one!.lat, lng: one!.lng });
    const [a, b] = await city.database.db.select().from(streets).orderBy(asc(streets.id)).limit(2);
    const corner = await get(`/api/addresses/geocode?q=${encodeURIComponent(`${a!.name} & ${b!.name}`)}`);
    const expected = crossing(a!.centerline, b!.centerline)!;
    expect(corner.body.place).toMatchObject({ kind: "intersection", node: null });
    expect(corner.body.place.lat).toBeCloseTo(expected[1], 6);
    expect((await get("/api/addresses/geocode?q=12%20Nowhere%20Street")).body).toEqual({ place: null });
  });

  it("finds the address nearest a point on the map, and none when the point is far from every address", async () => {
    const [one] = await city.database.db.select().from(addresses).orderBy(asc(addresses.id)).limit(1);
    // About 5 m north-east of the address: still that address (or one even closer to the point).
    const lat = one!.lat + 0.00003;
    const lng = one!.lng + 0.00003;
    const { status, body } = await get(`/api/addresses/nearest?lat=${lat}&lng=${lng}`);
    expect(status).toBe(200);
    expect(body.address.distance).toBeLessThanOrEqual(6);
    if (body.address.id !== one!.id) {
      const all = await city.database.db.select().from(addresses);
      const metres = (a: { lat: number; lng: number }) =>
        Math.hypot((a.lat - lat) * 111_320, (a.lng - lng) * 111_320 * Math.cos((lat * Math.PI) / 180));
      const closest = all.reduce((best, a) => (metres(a) < metres(best) ? a : best));
      expect(body.address.id).toBe(closest.id);
    }
    expect((await get("/api/addresses/nearest?lat=0&lng=0")).body).toEqual({ address: null });
    expect((await get("/api/addresses/nearest?lat=91&lng=0")).status).toBe(400);
    const anonymous = await city.app.inject({
      method: "GET",
      url: `/api/addresses/nearest?lat=${lat}&lng=${lng}`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it("serves every street as GeoJSON to anyone, with an entity tag that answers 304 when unchanged", async () => {
    const all = await city.database.db.select().from(streets);
    const first = await city.app.inject({ method: "GET", url: "/api/map/streets" });
    expect(first.statusCode).toBe(200);
    expect(first.headers["cache-control"]).toContain("public");
    const map = first.json();
    expect(map.type).toBe("FeatureCollection");
    expect(map.features).toHaveLength(all.length);
    const street = all[0]!;
    const feature = map.features.find((f: { id: number }) => f.id === street.id);
    expect(feature.properties.name).toBe(street.name);
    expect(feature.geometry.coordinates).toHaveLength(street.centerline.length);
    const [west, south, east, north] = map.bbox;
    for (const s of all)
      for (const [x, y] of s.centerline) {
        expect(x).toBeGreaterThanOrEqual(west - 1e-6);
        expect(x).toBeLessThanOrEqual(east + 1e-6);
        expect(y).toBeGreaterThanOrEqual(south - 1e-6);
        expect(y).toBeLessThanOrEqual(north + 1e-6);
      }
    const again = await city.app.inject({
      method: "GET",
      url: "/api/map/streets",
      headers: { "if-none-match": first.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });
});
