import { and, count, eq, gte, lt } from "drizzle-orm";
import Fastify from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addresses, serviceRequests, users } from "../../db/schema/index.js";
import type { Actor } from "../../platform/actor.js";
import { fixedClock } from "../../platform/clock.js";
import { registerErrorHandling } from "../../platform/http.js";
import { signInAs, TEST_NOW, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { createRequest } from "../requests/index.js";
import { openDataRoutes, prepareExport } from "./index.js";
import { OPEN_DATA_FIELDS } from "./open-data.presenter.js";

/** RFC 4180 read back: quoted cells with doubled quotes, commas and line breaks inside; CRLF between rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 2;
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
    i++;
  }
  expect(cell === "" && row.length === 0 && !quoted, "the file ends with CRLF").toBe(true);
  return rows;
}

/** The CSV as one object per request, keyed by the header. */
function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual([...OPEN_DATA_FIELDS]);
  return rows.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]!])));
}

// Everything that identifies the caller, the staff or the internal work: none of it may leave.
const SECRETS = {
  firstName: "Zephyrine",
  lastName: "Quillfeather",
  email: "zephyrine.q.7731@example.org",
  phone: "(413) 555-7731",
  homeAddress: "99 Moonwhistle Lane",
  plate: "PLATE QX-9931",
  internalNote: "Internal: caller sounded upset, check the history of 88 Larkspur",
};
const DESCRIPTION = 'Bags dumped, "again", by the gate\nsecond line, with a comma';
const PHOTO = "https://photos.example/dumping-7731.jpg";

let city: TestCity;
let located: { number: string; lat: number; lng: number };
let lateEvening: string; // 23:30 on 19 November in the city: before since=2026-11-20
let justAfterMidnight: string; // 00:30 on 20 November in the city

async function get(url: string) {
  return city.app.inject({ method: "GET", url });
}

beforeAll(async () => {
  city = await testCity({ requests: 25, interactions: 5 });
  const db = city.database.db;
  const actor: Actor = { kind: "system", label: "Test" };
  const deps = (at: string) => ({
    db,
    actor,
    clock: fixedClock(at),
    timeZone: "America/New_York",
    jobs: null,
  });
  const [addr] = await db.select().from(addresses).limit(1);
  const a = await createRequest(
    deps(TEST_NOW),
    {
      serviceCode: "illegal_dumping",
      description: DESCRIPTION,
      answers: { vehicle_plate: SECRETS.plate },
      location: { addressId: addr!.id },
      channel: "phone",
      constituent: {
        firstName: SECRETS.firstName,
        lastName: SECRETS.lastName,
        email: SECRETS.email,
        phone: SECRETS.phone,
        address: SECRETS.homeAddress,
      },
    },
    { attachments: [{ sourceUrl: PHOTO, filename: "photo.jpg", contentType: "image/jpeg", byteSize: 0 }] },
  );
  located = { number: a.number, lat: addr!.lat, lng: addr!.lng };
  const b = await createRequest(deps("2026-11-20T04:30:00Z"), {
    serviceCode: "pothole",
    answers: { size: "plate_to_tire" },
    channel: "web",
  });
  lateEvening = b.number;
  const c = await createRequest(deps("2026-11-20T05:30:00Z"), {
    serviceCode: "pothole",
    answers: { size: "larger_than_tire" },
    location: { lat: 42.41, lng: -71.32 },
    channel: "email",
  });
  justAfterMidnight = c.number;

  const s = await signInAs(city.app, "supervisor@civic311.example");
  const post = (url: string, payload: object) =>
    city.app.inject({ method: "POST", url, headers: s.headers, payload });
  const [pat] = await db.select().from(users).where(eq(users.email, "publicworks@civic311.example"));
  expect((await post(`/api/requests/${a.number}/assign`, { assigneeId: pat!.id })).statusCode).toBe(200);
  const note = await post(`/api/requests/${a.number}/notes`, { body: SECRETS.internalNote, public: false });
  expect(note.statusCode).toBe(200);
  const close = await post(`/api/requests/${c.number}/status`, {
    status: "closed",
    closeReason: "no_action_needed",
  });
  expect(close.statusCode).toBe(200);
}, 120_000);
afterAll(() => city?.close());

async function countCreated(from?: Date, before?: Date): Promise<number> {
  const where = [
    from ? gte(serviceRequests.createdAt, from) : undefined,
    before ? lt(serviceRequests.createdAt, before) : undefined,
  ];
  const [row] = await city.database.db
    .select({ n: count() })
    .from(serviceRequests)
    .where(and(...where));
  return row!.n;
}

describe(`open data export on ${DB_KIND}`, () => {
  it("never carries the caller's details, the assignee, answers or internal notes, in either format", async () => {
    const csv = await get("/open-data/requests.csv");
    const geojson = await get("/open-data/requests.geojson");
    for (const res of [csv, geojson]) {
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(located.number);
      for (const secret of [...Object.values(SECRETS), "4135557731", "Pat Publicworks", "Sam Supervisor"])
        expect(res.body).not.toContain(secret);
    }
  });

  it("writes CSV that parses back, with every request once and a description holding quotes, commas and a newline", async () => {
    const res = await get("/open-data/requests.csv");
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="service-requests.csv"');
    const records = csvRecords(res.body);
    expect(records).toHaveLength(await countCreated());
    expect(new Set(records.map((r) => r.service_request_id)).size).toBe(records.length);
    const a = records.find((r) => r.service_request_id === located.number)!;
    expect(a).toMatchObject({
      requested_datetime: "2026-11-25T10:00:00-05:00",
      status: "new",
      close_reason: "",
      status_description: "New",
      service_code: "illegal_dumping",
      service_name: "Illegal dumping",
      department_code: "dpw",
      description: DESCRIPTION,
      lat: String(located.lat),
      lng: String(located.lng),
      channel: "phone",
      closed_datetime: "",
      media_url: PHOTO,
    });
    expect(a.district).not.toBe("");
    expect(a.expected_datetime).toMatch(/^2026-\d\d-\d\dT\d\d:\d\d:\d\d-05:00$/);
    const closed = records.find((r) => r.service_request_id === justAfterMidnight)!;
    expect(closed).toMatchObject({
      status: "closed",
      close_reason: "no_action_needed",
      status_description: "Closed: No action needed",
      closed_datetime: "2026-11-25T10:00:00-05:00",
      expected_datetime: "",
    });
  });

  it("filters by local dates in the city's zone, counts matching the database", async () => {
    const since = csvRecords((await get("/open-data/requests.csv?since=2026-11-20")).body);
    const numbers = since.map((r) => r.service_request_id);
    expect(numbers).toContain(justAfterMidnight);
    expect(numbers).not.toContain(lateEvening);
    // Midnight on 20 November in Boston (EST, UTC−5).
    expect(since).toHaveLength(await countCreated(new Date("2026-11-20T05:00:00Z")));
    expect(since.length).toBeLessThan(await countCreated());

    const res = await get("/open-data/requests.csv?since=2026-11-19&until=2026-11-19");
    expect(res.headers["content-disposition"]).toContain("service-requests-2026-11-19-to-2026-11-19.csv");
    const day = csvRecords(res.body).map((r) => r.service_request_id);
    expect(day).toContain(lateEvening);
    expect(day).not.toContain(justAfterMidnight);
    expect(day).toHaveLength(
      await countCreated(new Date("2026-11-19T05:00:00Z"), new Date("2026-11-20T05:00:00Z")),
    );
  });

  it("writes a GeoJSON FeatureCollection of Points at [lng, lat], with null geometry where there is no place", async () => {
    const res = await get("/open-data/requests.geojson?since=2026-05-01");
    expect(res.headers["content-type"]).toBe("application/geo+json");
    expect(res.headers["content-disposition"]).toBe(
      'attachment; filename="service-requests-since-2026-05-01.geojson"',
    );
    const doc = JSON.parse(res.body);
    expect(doc.type).toBe("FeatureCollection");
    expect(doc.features).toHaveLength(await countCreated(new Date("2026-05-01T04:00:00Z")));
    const byNumber = new Map(doc.features.map((f: { id: string }) => [f.id, f]));
    expect(byNumber.get(located.number)).toMatchObject({
      type: "Feature",
      geometry: { type: "Point", coordinates: [located.lng, located.lat] },
      properties: { service_request_id: located.number, description: DESCRIPTION, media_url: PHOTO },
    });
    expect(byNumber.get(lateEvening)).toMatchObject({ geometry: null, properties: { lat: null, lng: null } });
    for (const f of doc.features) expect(Object.keys(f.properties)).toEqual([...OPEN_DATA_FIELDS]);
  });

  it("answers HEAD with the headers alone", async () => {
    const res = await city.app.inject({ method: "HEAD", url: "/open-data/requests.geojson" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/geo+json");
    expect(res.body).toBe("");
  });

  it("refuses a bad range with the usual JSON error and writes nothing", async () => {
    for (const query of [
      "since=2026-02-30",
      "since=yesterday",
      "until=2026-1-5",
      "since=2026-11-20&until=2026-11-19",
    ]) {
      const res = await get(`/open-data/requests.csv?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers["content-type"]).toContain("application/json");
      expect(res.headers["content-disposition"]).toBeUndefined();
      expect(res.json().error).toMatchObject({ code: "validation_failed" });
      expect(res.json().error.message).toMatch(/(since|until) must/);
    }
  });

  it("streams across many small pages with the same bytes as one large page", async () => {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandling(app);
    const deps = {
      db: city.database.db,
      timeZone: "America/New_York",
      publicBaseUrl: city.config.publicBaseUrl,
    };
    await app.register(openDataRoutes, { ...deps, pageSize: 4 });
    try {
      for (const format of ["csv", "geojson"] as const) {
        const small = await app.inject({ method: "GET", url: `/open-data/requests.${format}` });
        expect(small.statusCode).toBe(200);
        expect(small.body).toBe((await get(`/open-data/requests.${format}`)).body);
      }
      const progress: number[] = [];
      const exported = await prepareExport(city.database.db, {
        ...deps,
        format: "csv",
        pageSize: 4,
        onProgress: (done) => progress.push(done),
      });
      const total = await exported.count();
      let chunks = 0;
      for await (const _ of exported.chunks()) chunks++;
      expect(total).toBe(await countCreated());
      expect(progress).toHaveLength(Math.ceil(total / 4));
      expect(progress.at(-1)).toBe(total);
      expect(chunks).toBe(1 + Math.ceil(total / 4)); // the header, then one chunk per page
    } finally {
      await app.close();
    }
  });
});
