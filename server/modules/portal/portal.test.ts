import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addresses,
  attachments,
  constituents,
  followers,
  requestEvents,
  serviceRequests,
  serviceTypes,
} from "../../db/schema/index.js";
import { signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { jpegGpsEntries } from "../attachments/index.js";
import { PORTAL_RATE_LIMIT } from "./index.js";
import { GPS_LATITUDE_BYTES, GPS_LONGITUDE_BYTES, tinyJpeg } from "./portal.test-photos.js";

let city: TestCity;
let staff: Record<string, string>;
let address: { id: number; label: string; lat: number; lng: number };
let ipCounter = 0;
/** Each test reports from its own address, so the rate limit only bites where a test wants it to. */
const nextIp = () => `198.51.100.${++ipCounter}`;

beforeAll(async () => {
  city = await testCity();
  staff = (await signInAs(city.app, "supervisor@civic311.example")).headers;
  const [one] = await city.database.db.select().from(addresses).orderBy(asc(addresses.id)).limit(1);
  const q = `${one!.number} ${one!.streetName.split(" ")[0]}`;
  const res = await city.app.inject({
    method: "GET",
    url: `/api/public/addresses?q=${encodeURIComponent(q)}`,
  });
  expect(res.statusCode).toBe(200);
  address = res.json().items.find((a: { id: number | null }) => a.id !== null);
  expect(address).toBeTruthy();
});
afterAll(() => city?.close());

const pothole = (extra: Record<string, unknown> = {}) => ({
  serviceCode: "pothole",
  description: "Deep hole by the bus stop",
  answers: { size: "plate_to_tire" },
  location: { addressId: address.id },
  ...extra,
});

function report(body: unknown, ip = nextIp(), headers: Record<string, string> = {}) {
  return city.app.inject({
    method: "POST",
    url: "/api/public/requests",
    payload: body as object,
    remoteAddress: ip,
    headers,
  });
}

function multipart(body: unknown, photos: { name: string; data: Buffer; type?: string }[], ip = nextIp()) {
  const form = new FormData();
  form.append("report", JSON.stringify(body));
  for (const p of photos)
    form.append("photos", new Blob([new Uint8Array(p.data)], { type: p.type ?? "image/jpeg" }), p.name);
  return city.app.inject({ method: "POST", url: "/api/public/requests", payload: form, remoteAddress: ip });
}

async function counts() {
  const db = city.database.db;
  const [r] = await db.select({ n: count() }).from(serviceRequests);
  const [a] = await db.select({ n: count() }).from(attachments);
  const files = (() => {
    try {
      return readdirSync(path.join(city.config.dataDir, "media")).length;
    } catch {
      return 0;
    }
  })();
  return { requests: r!.n, attachments: a!.n, files };
}

async function detail(number: string) {
  const res = await city.app.inject({ method: "GET", url: `/api/requests/${number}`, headers: staff });
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe(`portal reports (${DB_KIND})`, () => {
  it("files an anonymous report: 201 with the number, channel web, no constituent", async () => {
    const res = await report(pothole());
    expect(res.statusCode).toBe(201);
    const { number, dueAt } = res.json();
    expect(number).toMatch(/^\d+$/);
    expect(dueAt).toBeTruthy();
    const d = await detail(number);
    expect(d).toMatchObject({ channel: "web", constituent: null, address: address.label });
    expect(d.events[0]).toMatchObject({ type: "created", actor: { name: "Resident (online)" } });
  });

  it("files a report with contact details, language and preference", async () => {
    const res = await report(
      pothole({ contact: { firstName: "Ana", email: "Ana@Example.org" }, contactPreference: "email" }),
      nextIp(),
      { "accept-language": "pt" },
    );
    expect(res.statusCode).toBe(201);
    const d = await detail(res.json().number);
    expect(d.constituent).toMatchObject({ email: "ana@example.org" });
    const [c] = await city.database.db
      .select()
      .from(constituents)
      .where(eq(constituents.id, d.constituent.id));
    expect(c).toMatchObject({ language: "pt", contactPreference: "email" });
    expect(d.followers).toBe(1);
  });

  it("lists every field problem at once", async () => {
    const before = await counts();
    const res = await report({
      serviceCode: "pothole",
      answers: {},
      location: {},
      contact: { email: "not-an-email" },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["location", "contact.email"]));
    const res2 = await report(pothole({ answers: {} }));
    expect(res2.statusCode).toBe(400);
    expect(res2.json().error.details).toEqual([expect.objectContaining({ field: "answers.size" })]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a service that is not offered online, and saves nothing", async () => {
    const [staffOnly] = await city.database.db
      .select({ code: serviceTypes.code })
      .from(serviceTypes)
      .where(eq(serviceTypes.availableOnline, false))
      .limit(1);
    expect(staffOnly).toBeDefined();
    const before = await counts();
    const res = await report(pothole({ serviceCode: staffOnly!.code, answers: {} }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ field: "serviceCode" })]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a honeypot submission with a neutral message and saves nothing", async () => {
    const before = await counts();
    const res = await multipart(pothole({ website: "http://spam.example" }), [
      { name: "a.jpg", data: tinyJpeg() },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe("Your report could not be sent. Please call 311.");
    expect(await counts()).toEqual(before);
  });

  it("refuses a non-image photo (400) and saves nothing", async () => {
    const before = await counts();
    const res = await multipart(pothole(), [
      { name: "ok.jpg", data: tinyJpeg() },
      { name: "notes.jpg", data: Buffer.from("just some text pretending to be a photo") },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/notes\.jpg is not a JPEG, PNG, WebP or HEIC image/);
    expect(res.json().error.details).toEqual([expect.objectContaining({ field: "photos.1" })]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a photo over 8 MB (413) and saves nothing", async () => {
    const before = await counts();
    const big = Buffer.concat([tinyJpeg(), Buffer.alloc(8 * 1024 * 1024)]);
    const res = await multipart(pothole(), [{ name: "huge.jpg", data: big }]);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("payload_too_large");
    expect(await counts()).toEqual(before);
  });

  it("refuses a fourth photo", async () => {
    const before = await counts();
    const photo = { name: "p.jpg", data: tinyJpeg() };
    const res = await multipart(pothole(), [photo, photo, photo, photo]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/At most 3 photos/);
    expect(await counts()).toEqual(before);
  });

  it("stores a JPEG without its GPS location, unless the resident keeps it", async () => {
    const withGps = tinyJpeg({ gps: true });
    expect(jpegGpsEntries(withGps)).toBe(4);
    for (const keep of [false, true]) {
      const res = await multipart(pothole({ keepPhotoLocation: keep }), [
        { name: "hole.jpg", data: withGps },
      ]);
      expect(res.statusCode).toBe(201);
      const d = await detail(res.json().number);
      const [a] = await city.database.db
        .select()
        .from(attachments)
        .innerJoin(serviceRequests, eq(serviceRequests.id, attachments.requestId))
        .where(eq(serviceRequests.number, d.number));
      expect(a!.attachments).toMatchObject({ contentType: "image/jpeg", filename: "hole.jpg", public: true });
      const stored = readFileSync(path.join(city.config.dataDir, "media", a!.attachments.storageKey!));
      expect(stored.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      expect(jpegGpsEntries(stored)).toBe(keep ? 4 : 0);
      expect(stored.includes(GPS_LATITUDE_BYTES)).toBe(keep);
      expect(stored.includes(GPS_LONGITUDE_BYTES)).toBe(keep);
      // The image itself is untouched: same length, same scan.
      expect(stored.length).toBe(withGps.length);
      expect(stored.subarray(-20)).toEqual(withGps.subarray(-20));
      const served = await city.app.inject({ method: "GET", url: `/media/${a!.attachments.storageKey}` });
      expect(served.statusCode).toBe(200);
    }
  });

  it("limits reports per address: 429 with Retry-After and a clear message", async () => {
    const ip = nextIp();
    for (let i = 0; i < PORTAL_RATE_LIMIT.max; i++)
      expect((await report(pothole(), ip)).statusCode).toBe(201);
    const before = await counts();
    const res = await report(pothole(), ip);
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(res.json().error.message).toMatch(/Too many reports .* try again in \d+ minutes?/);
    expect(await counts()).toEqual(before);
    // Another address is not affected.
    expect((await report(pothole())).statusCode).toBe(201);
  });

  it("offers nearby open requests of the same kind, public fields only", async () => {
    const made = (await report(pothole())).json();
    const res = await city.app.inject({
      method: "GET",
      url: `/api/public/requests/nearby?service=pothole&lat=${address.lat}&lng=${address.lng}`,
    });
    expect(res.statusCode).toBe(200);
    const item = res.json().items.find((i: { number: string }) => i.number === made.number);
    expect(Object.keys(item).sort()).toEqual([
      "address",
      "createdAt",
      "distanceM",
      "number",
      "status",
      "statusLabel",
    ]);
    expect(item).toMatchObject({ status: "new", address: address.label, distanceM: 0 });
    const unknown = await city.app.inject({
      method: "GET",
      url: "/api/public/requests/nearby?service=nope&lat=1&lng=1",
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("follows an existing request instead: follower added once, internal timeline event, no new request", async () => {
    const { number } = (await report(pothole())).json();
    const before = await counts();
    const follow = (body: object) =>
      city.app.inject({ method: "POST", url: `/api/public/requests/${number}/followers`, payload: body });
    const res = await follow({ email: "follower@example.org", language: "es", contactPreference: "email" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ number, following: true, alreadyFollowing: false });
    expect((await detail(number)).followers).toBe(1);
    const again = await follow({ email: "FOLLOWER@example.org" });
    expect(again.json()).toMatchObject({ alreadyFollowing: true });
    const d = await detail(number);
    expect(d.followers).toBe(1);
    expect(d.events.filter((e: { type: string }) => e.type === "caller_added")).toEqual([
      expect.objectContaining({ public: false }),
    ]);
    const [c] = await city.database.db
      .select({ language: constituents.language, pref: constituents.contactPreference })
      .from(constituents)
      .innerJoin(followers, eq(followers.constituentId, constituents.id))
      .innerJoin(serviceRequests, eq(serviceRequests.id, followers.requestId))
      .where(eq(serviceRequests.number, number));
    expect(c).toEqual({ language: "es", pref: "email" });
    expect(await counts()).toEqual(before);
    const [{ n }] = (await city.database.db
      .select({ n: count() })
      .from(requestEvents)
      .innerJoin(serviceRequests, eq(serviceRequests.id, requestEvents.requestId))
      .where(eq(serviceRequests.number, number))) as [{ n: number }];
    expect(n).toBe(2);

    const none = await follow({ language: "en" });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details[0].field).toBe("email");
    const missing = await city.app.inject({
      method: "POST",
      url: "/api/public/requests/9999999/followers",
      payload: { email: "a@example.org" },
    });
    expect(missing.statusCode).toBe(404);
  });
});
