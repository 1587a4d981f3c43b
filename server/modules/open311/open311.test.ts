import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachments, requestEvents, serviceRequests } from "../../db/schema/index.js";
import { type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { createApiKey } from "../auth/index.js";

let city: TestCity;
let base: string;
let key: string;

beforeAll(async () => {
  city = await testCity({ requests: 40, interactions: 10 });
  base = await city.app.listen({ port: 0, host: "127.0.0.1" });
  key = (
    await createApiKey(
      { tx: city.database.db, actor: { kind: "system", label: "test" } },
      { name: "Conformance", rateLimitPerMinute: 1000 },
    )
  ).key;
});
afterAll(() => city?.close());

async function get(path: string) {
  const res = await fetch(`${base}/open311/${path}`);
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    text: await res.text(),
    headers: res.headers,
  };
}
async function post(path: string, body: string | URLSearchParams | FormData, query = "") {
  const res = await fetch(`${base}/open311/${path}${query}`, {
    method: "POST",
    body,
    headers:
      typeof body === "string"
        ? { "content-type": "application/x-www-form-urlencoded; charset=utf-8" }
        : undefined,
  });
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    text: await res.text(),
    headers: res.headers,
  };
}
const json = (r: { text: string }) => JSON.parse(r.text);
const counts = async () => {
  const [r] = await city.database.db.select({ n: count() }).from(serviceRequests);
  const [e] = await city.database.db.select({ n: count() }).from(requestEvents);
  const [a] = await city.database.db.select({ n: count() }).from(attachments);
  return [r!.n, e!.n, a!.n];
};

describe(`Open311 GeoReport v2 on ${DB_KIND}: discovery and services`, () => {
  it("publishes discovery in both formats with a production and a test endpoint and strict changesets", async () => {
    const x = await get("discovery.xml");
    expect(x.status).toBe(200);
    expect(x.type).toBe("text/xml");
    expect(x.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(x.text.match(/<endpoint>/g)).toHaveLength(2);
    const j = await get("discovery.json");
    expect(j.type).toBe("application/json");
    const d = json(j);
    expect(d.changeset).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(d.contact).toBeTruthy();
    expect(d.key_service).toBeTruthy();
    expect(d.endpoints.map((e: { type: string }) => e.type).sort()).toEqual(["production", "test"]);
    expect(d.endpoints[0].formats).toEqual(["text/xml", "application/json"]);
    expect(d.endpoints[0].url).toMatch(/\/open311\/v2\/$/);
  });

  it("lists online services: JSON array, XML <services><service>, booleans, realtime, no FMS magic keywords", async () => {
    const j = await get("v2/services.json");
    expect(j.status).toBe(200);
    expect(j.type).toBe("application/json; charset=utf-8");
    const list = json(j);
    expect(Array.isArray(list)).toBe(true);
    expect(list.length).toBeGreaterThan(25);
    const pothole = list.find((s: { service_code: string }) => s.service_code === "pothole");
    expect(pothole).toMatchObject({
      service_name: "Pothole",
      metadata: true,
      type: "realtime",
      group: "Streets & Sidewalks",
    });
    expect(list.some((s: { service_code: string }) => s.service_code === "water_main_break")).toBe(false);
    for (const s of list) expect(s.keywords.split(", ")).not.toContain("private");
    const x = await get("v2/services.xml");
    expect(x.type).toBe("text/xml; charset=utf-8");
    expect(x.text).toMatch(/<services>\s*<service>\s*<service_code>/);
    expect(x.text).toContain("<metadata>true</metadata>");
  });

  it("serves a definition with the <attributes> wrapper, order from 1 and list values", async () => {
    const j = json(await get("v2/services/pothole.json"));
    expect(j.service_code).toBe("pothole");
    expect(j.attributes[0]).toMatchObject({
      variable: true,
      code: "size",
      datatype: "singlevaluelist",
      required: true,
      order: 1,
    });
    expect(j.attributes.map((a: { order: number }) => a.order)).toEqual(
      j.attributes.map((_: unknown, i: number) => i + 1),
    );
    expect(j.attributes[0].values[0]).toEqual({
      key: "smaller_than_plate",
      name: "Smaller than a dinner plate",
    });
    const x = await get("v2/services/pothole.xml");
    expect(x.text).toMatch(
      /<service_definition>[\s\S]*<attributes>\s*<attribute>[\s\S]*<values>\s*<value>\s*<key>/,
    );
    const missing = await get("v2/services/nope.xml");
    expect(missing.status).toBe(404);
    expect(missing.text).toMatch(/<errors>\s*<error>\s*<code>404<\/code>\s*<description>/);
    expect(json(await get("v2/services/nope.json"))).toEqual([
      { code: 404, description: expect.any(String) },
    ]);
  });

  it("answers unknown formats and resources with 404 in XML, and unknown jurisdictions with 404", async () => {
    const bad = await get("v2/services.html");
    expect(bad.status).toBe(404);
    expect(bad.type).toContain("text/xml");
    expect(bad.text).toContain("<errors>");
    expect((await get("v2/nothing.json")).status).toBe(404);
    expect((await get("v2/services.json?jurisdiction_id=demo-city.example")).status).toBe(200);
    const other = await get("v2/services.json?jurisdiction_id=elsewhere.example");
    expect(other.status).toBe(404);
    expect(json(other)[0].description).toContain("jurisdiction_id");
  });
});

describe(`Open311 POST requests on ${DB_KIND}`, () => {
  const potholeForm = (extra: Record<string, string> = {}) =>
    new URLSearchParams({
      api_key: key,
      service_code: "pothole",
      lat: "42.41",
      long: "-71.32",
      "attribute[size]": "plate_to_tire",
      ...extra,
    }).toString();

  it("creates through the same command: 200, service_request_id, routed, timeline, contact kept private", async () => {
    const body = `${potholeForm({ first_name: "Jane", last_name: "", email: "jane.q@example.org", phone: "555-0100" })}&description=Pothole+on+Main%0D%0A%0D%0ALarge+one`;
    const r = await post("v2/requests.json", body);
    expect(r.status).toBe(200);
    const [created] = json(r);
    expect(created.service_request_id).toMatch(/^\d{7}$/);
    expect(created.token).toBeUndefined();
    const one = await get(`v2/requests/${created.service_request_id}.json?extensions=true`);
    const [req] = json(one);
    expect(req).toMatchObject({
      service_code: "pothole",
      status: "open",
      agency_responsible: "Public Works",
      lat: 42.41,
      long: -71.32,
    });
    expect(req.description).toBe("Pothole on Main\n\nLarge one");
    expect(req.requested_datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(req.expected_datetime).toMatch(/^\d{4}-/);
    expect(req.extended_attributes).toMatchObject({ channel: "open311", department: "dpw" });
    expect(req.notes[0].type).toBe("opened");
    for (const text of [
      one.text,
      (await get(`v2/requests/${created.service_request_id}.xml`)).text,
      (await get("v2/requests.json")).text,
    ]) {
      expect(text).not.toContain("jane.q@example.org");
      expect(text).not.toContain("555-0100");
      expect(text).not.toContain("Jane");
    }
  });

  it("accepts a GET with thousands of ids in one request line (over real HTTP)", async () => {
    const ids = Array.from({ length: 4000 }, (_, i) => String(1000001 + i)).join(",");
    expect(ids.length).toBeGreaterThan(30_000);
    const r = await get(`v2/requests.xml?jurisdiction_id=demo-city.example&service_request_id=${ids}`);
    expect(r.status).toBe(200);
    expect(r.text.match(/<request>/g)?.length).toBeGreaterThan(10);
  });

  it("records the API client on the request it created", async () => {
    const r = await post("v2/requests.json", potholeForm({ account_id: "fms-user-9" }));
    const [made] = json(r);
    expect(made.account_id).toBe("fms-user-9");
    const { eq } = await import("drizzle-orm");
    const [row] = await city.database.db
      .select({
        channel: serviceRequests.channel,
        sourceSystem: serviceRequests.sourceSystem,
        sourceId: serviceRequests.sourceId,
      })
      .from(serviceRequests)
      .where(eq(serviceRequests.number, made.service_request_id));
    expect(row).toEqual({
      channel: "open311",
      sourceSystem: expect.stringMatching(/^open311:\d+$/),
      sourceId: "fms-user-9",
    });
  });

  it("parses attribute[c], repeated attribute[c] and attribute[c][] for multi-value lists", async () => {
    const def = json(await get("v2/services/sidewalk_repair.json"));
    const multi = def.attributes.find((a: { datatype: string }) => a.datatype === "multivaluelist");
    const [k1, k2] = multi.values.map((v: { key: string }) => v.key);
    for (const body of [
      `api_key=${key}&service_code=sidewalk_repair&address_string=12+Elm&attribute%5B${multi.code}%5D=${k1}&attribute%5B${multi.code}%5D=${k2}`,
      `api_key=${key}&service_code=sidewalk_repair&address_string=12+Elm&attribute%5B${multi.code}%5D%5B%5D=${k1}&attribute%5B${multi.code}%5D%5B%5D=${k2}`,
    ]) {
      const r = await post("v2/requests.xml", body);
      expect(r.status, r.text).toBe(200);
      expect(r.text).toMatch(
        /<service_requests>\s*<request>[\s\S]*<service_request_id>\d+<\/service_request_id>/,
      );
    }
  });

  it("reads jurisdiction_id and api_key from the query string as well as the body; empty values are absent", async () => {
    const r = await post(
      "v2/requests.json",
      `service_code=pothole&address_string=1+Main&attribute%5Bsize%5D=plate_to_tire&email=&lat=&long=`,
      `?api_key=${key}&jurisdiction_id=demo-city.example`,
    );
    expect(r.status, r.text).toBe(200);
  });

  it("refuses bad input in the requested format and changes nothing", async () => {
    const before = await counts();
    const cases: [string, string, number, RegExp][] = [
      ["v2/requests.xml", potholeForm({ api_key: "" }), 403, /api_key/],
      [
        "v2/requests.json",
        potholeForm({ api_key: "c311_000000000000_nottherealkeyatallnope" }),
        403,
        /api_key/,
      ],
      ["v2/requests.json", potholeForm({ service_code: "" }), 400, /service_code/],
      ["v2/requests.json", potholeForm({ service_code: "unicorns" }), 404, /unicorns/],
      ["v2/requests.json", potholeForm({ service_code: "water_main_break" }), 404, /water_main_break/],
      ["v2/requests.json", potholeForm({ lat: "", long: "" }), 400, /location/],
      ["v2/requests.json", potholeForm({ long: "" }), 400, /lat and long/],
      ["v2/requests.json", potholeForm({ lat: "123" }), 400, /lat/],
      ["v2/requests.json", potholeForm({ "attribute[size]": "" }), 400, /attribute\[size\]/],
      ["v2/requests.json", potholeForm({ "attribute[size]": "huge" }), 400, /attribute\[size\]/],
      ["v2/requests.json", potholeForm({ description: "x".repeat(4001) }), 400, /4,000/],
      ["v2/requests.json", potholeForm({ address_id: "99999999" }), 400, /address/],
      ["v2/requests.json", potholeForm({ jurisdiction_id: "elsewhere.example" }), 404, /jurisdiction/],
    ];
    for (const [path, body, status, message] of cases) {
      const r = await post(path, body);
      expect(r.status, `${body} → ${r.text}`).toBe(status);
      const description = path.endsWith(".json")
        ? json(r)[0].description
        : /<description>([^<]*)</.exec(r.text)?.[1];
      expect(description, body).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  });

  it("the test endpoint checks and routes a request, then keeps nothing", async () => {
    const before = await counts();
    const r = await post("test/v2/requests.json", potholeForm());
    expect(r.status).toBe(200);
    expect(json(r)[0].service_notice).toMatch(/Test endpoint/);
    expect(await counts()).toEqual(before);
  });

  it("takes multipart photos (media, media[]) checked by content and serves them publicly", async () => {
    const png = Buffer.from(
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1e2d3650000000049454e44ae426082",
      "hex",
    );
    const form = new FormData();
    for (const [k, v] of Object.entries({
      api_key: key,
      service_code: "pothole",
      address_string: "5 Elm",
      "attribute[size]": "plate_to_tire",
    }))
      form.append(k, v);
    form.append("media", new Blob([png], { type: "image/png" }), "hole.png");
    const r = await post("v2/requests.json", form);
    expect(r.status, r.text).toBe(200);
    const [req] = json(await get(`v2/requests/${json(r)[0].service_request_id}.json`));
    expect(req.media_url).toMatch(/\/media\/[0-9a-f]{32}\.png$/);
    const photo = await fetch(req.media_url.replace(/^https?:\/\/[^/]+/, base));
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await photo.arrayBuffer()).equals(png)).toBe(true);

    const before = await counts();
    const fake = new FormData();
    for (const [k, v] of Object.entries({
      api_key: key,
      service_code: "pothole",
      address_string: "5 Elm",
      "attribute[size]": "plate_to_tire",
    }))
      fake.append(k, v);
    fake.append(
      "media[]",
      new Blob([Buffer.from("<script>alert(1)</script>")], { type: "image/png" }),
      "evil.png",
    );
    const refused = await post("v2/requests.xml", fake);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("not a JPEG, PNG");
    expect(await counts()).toEqual(before);
  });

  it("keeps repeated media_url values as public media", async () => {
    const r = await post(
      "v2/requests.json",
      `${potholeForm()}&media_url=http%3A%2F%2Ffms.example%2Fphoto%2F42.0.jpeg&media_url=http%3A%2F%2Ffms.example%2Fphoto%2F42.1.jpeg`,
    );
    const [req] = json(await get(`v2/requests/${json(r)[0].service_request_id}.json`));
    expect(req.media_url).toBe("http://fms.example/photo/42.0.jpeg");
  });

  it("stops accepting a revoked key within the key cache's lifetime", async () => {
    const made = await createApiKey(
      { tx: city.database.db, actor: { kind: "system", label: "test" } },
      { name: "Soon revoked" },
    );
    expect((await post("v2/requests.json", potholeForm({ api_key: made.key }))).status).toBe(200);
    const { revokeApiKey, KEY_CACHE } = {
      revokeApiKey: (await import("../auth/index.js")).revokeApiKey,
      KEY_CACHE: (await import("./open311.keys.js")).KEY_CACHE_MS,
    };
    await revokeApiKey({ tx: city.database.db, actor: { kind: "system", label: "test" } }, made.id);
    city.clock.set(new Date(Date.parse("2026-11-25T15:00:00Z") + KEY_CACHE + 1000));
    try {
      const refused = await post("v2/requests.json", potholeForm({ api_key: made.key }));
      expect(refused.status).toBe(403);
    } finally {
      city.clock.set("2026-11-25T15:00:00Z");
    }
  });

  it("rate-limits each key with 429 and Retry-After, in the requested format", async () => {
    const slow = (
      await createApiKey(
        { tx: city.database.db, actor: { kind: "system", label: "test" } },
        { name: "Slow", rateLimitPerMinute: 2 },
      )
    ).key;
    const codes: number[] = [];
    let last = { status: 0, text: "", type: "", headers: new Headers() };
    for (let i = 0; i < 3; i++) {
      last = await post("v2/requests.xml", potholeForm({ api_key: slow }));
      codes.push(last.status);
    }
    expect(codes).toEqual([200, 200, 429]);
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last.text).toContain("<code>429</code>");
  });
});

describe(`Open311 edge cases on ${DB_KIND}`, () => {
  const form = () => {
    const f = new FormData();
    for (const [k, v] of Object.entries({
      api_key: key,
      service_code: "pothole",
      address_string: "5 Elm",
      "attribute[size]": "plate_to_tire",
    }))
      f.append(k, v);
    return f;
  };
  const png = Buffer.from("89504e470d0a1a0a0000000d494844520000000100000001080600000000", "hex");

  it("says plainly when too many files are sent", async () => {
    const f = form();
    for (let i = 0; i < 6; i++) f.append("media[]", new Blob([png], { type: "image/png" }), `p${i}.png`);
    const r = await post("v2/requests.json", f);
    expect(r.status).toBe(400);
    expect(json(r)[0].description).toMatch(/At most 5 files/);
  });

  it("answers a broken multipart body with 400 in the requested format", async () => {
    const res = await fetch(`${base}/open311/v2/requests.xml`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=XYZ" },
      body: '--XYZ\r\nContent-Disposition: form-data; name="api_key"\r\n\r\nabc',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("<errors>");
  });

  it("the test endpoint rolls back update POSTs too", async () => {
    const before = await counts();
    const [req] = json(await get("v2/requests.json?page_size=1"));
    const r = await post(
      "test/v2/servicerequestupdates.json",
      new URLSearchParams({
        api_key: key,
        service_request_id: req.service_request_id,
        update_id: "t1",
        status: "OPEN",
        updated_datetime: "2026-11-25T10:00:00Z",
        description: "test",
      }).toString(),
    );
    expect(r.status, r.text).toBe(200);
    expect(await counts()).toEqual(before);
  });

  it("ignores a staff session cookie without CSRF on Open311 (it authenticates nothing there)", async () => {
    const { signInAs } = await import("../../test/app.js");
    const s = await signInAs(city.app, "operator@civic311.example");
    const res = await fetch(`${base}/open311/v2/requests.json`, {
      method: "POST",
      headers: { cookie: s.cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        api_key: key,
        service_code: "pothole",
        lat: "42.41",
        long: "-71.32",
        "attribute[size]": "plate_to_tire",
      }).toString(),
    });
    expect(res.status).toBe(200);
  });

  it("keeps no photo on disk when the request is refused after the upload", async () => {
    const { readdirSync, existsSync } = await import("node:fs");
    const dir = `${city.config.dataDir}/media`;
    const before = existsSync(dir) ? readdirSync(dir).length : 0;
    const f = form();
    f.set("attribute[size]", "enormous");
    f.append("media", new Blob([png], { type: "image/png" }), "ok.png");
    const r = await post("v2/requests.json", f);
    expect(r.status).toBe(400);
    expect(existsSync(dir) ? readdirSync(dir).length : 0).toBe(before);
  });
});
