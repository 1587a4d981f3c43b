import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs, TEST_NOW, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { createApiKey } from "../auth/index.js";

let city: TestCity;
let key: string;
type Req = Record<string, unknown> & {
  service_request_id: string;
  requested_datetime: string;
  updated_datetime: string;
  status: string;
};

beforeAll(async () => {
  city = await testCity({ requests: 150, interactions: 5 });
  key = (
    await createApiKey(
      { tx: city.database.db, actor: { kind: "system", label: "t" } },
      { name: "FMS", rateLimitPerMinute: 1000 },
    )
  ).key;
});
afterAll(() => city?.close());

async function get(url: string) {
  const res = await city.app.inject({ method: "GET", url: `/open311/v2/${url}` });
  return { status: res.statusCode, body: res.body, json: () => JSON.parse(res.body) };
}
const ms = (s: string) => Date.parse(s);
const NOW = ms(TEST_NOW);
const DAY = 86_400_000;

describe(`Open311 GET requests filters on ${DB_KIND}`, () => {
  it("defaults to the last 90 days, newest first, at most 1,000", async () => {
    const list: Req[] = (await get("requests.json")).json();
    expect(list.length).toBeGreaterThan(20);
    expect(list.every((r) => ms(r.requested_datetime) >= NOW - 90 * DAY - 1000)).toBe(true);
    const times = list.map((r) => ms(r.requested_datetime));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("takes a start/end window, fills a missing side with 90 days, refuses more than 90 days", async () => {
    const start = new Date(NOW - 150 * DAY).toISOString().replace(/\.\d+Z$/, "Z");
    const end = new Date(NOW - 100 * DAY).toISOString().replace(/\.\d+Z$/, "Z");
    const list: Req[] = (await get(`requests.json?start_date=${start}&end_date=${end}`)).json();
    expect(list.length).toBeGreaterThan(0);
    expect(
      list.every((r) => ms(r.requested_datetime) >= ms(start) && ms(r.requested_datetime) <= ms(end)),
    ).toBe(true);
    const onlyStart: Req[] = (await get(`requests.json?start_date=${start}`)).json();
    expect(onlyStart.every((r) => ms(r.requested_datetime) <= ms(start) + 90 * DAY)).toBe(true);
    const tooLong = await get(`requests.xml?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toContain("90 days");
    expect((await get("requests.json?start_date=yesterday")).status).toBe(400);
  });

  it("lets a service_request_id list override every other argument, and accepts very long lists", async () => {
    const old: Req[] = (
      await get(
        `requests.json?start_date=${new Date(NOW - 170 * DAY).toISOString()}&end_date=${new Date(NOW - 120 * DAY).toISOString()}`,
      )
    ).json();
    const ids = old.slice(0, 3).map((r) => r.service_request_id);
    const got: Req[] = (
      await get(
        `requests.json?service_request_id=${ids.join(",")}&status=closed&start_date=2020-01-01T00:00:00Z&end_date=2020-01-02T00:00:00Z&service_code=none`,
      )
    ).json();
    expect(got.map((r) => r.service_request_id).sort()).toEqual([...ids].sort());
    const many = [...ids, ...Array.from({ length: 2500 }, (_, i) => String(9000000 + i))];
    const long = await get(`requests.xml?service_request_id=${many.join(",")}`);
    expect(long.status).toBe(200);
    expect(long.body.match(/<request>/g)).toHaveLength(ids.length);
  });

  it("filters by service_code list and status, pages 1-based, and bbox, q, updated_after", async () => {
    const potholes: Req[] = (await get("requests.json?service_code=pothole,streetlight_out")).json();
    expect(potholes.every((r) => ["pothole", "streetlight_out"].includes(String(r.service_code)))).toBe(true);
    const closed: Req[] = (await get("requests.json?status=closed")).json();
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((r) => r.status === "closed")).toBe(true);
    expect((await get("requests.json?status=open,closed")).json().length).toBe(
      (await get("requests.json")).json().length,
    );
    expect((await get("requests.json?status=pending")).status).toBe(400);
    const all: Req[] = (await get("requests.json")).json();
    const p1: Req[] = (await get("requests.json?page_size=5&page=1")).json();
    const p2: Req[] = (await get("requests.json?page_size=5&page=2")).json();
    const p0: Req[] = (await get("requests.json?page_size=5&page=0")).json();
    expect([...p1, ...p2].map((r) => r.service_request_id)).toEqual(
      all.slice(0, 10).map((r) => r.service_request_id),
    );
    expect(p0).toEqual(p1);
    const one = all.find((r) => typeof r.lat === "number")!;
    const lat = one.lat as number;
    const lng = one.long as number;
    const boxed: Req[] = (
      await get(`requests.json?bbox=${lng - 0.0001},${lat - 0.0001},${lng + 0.0001},${lat + 0.0001}`)
    ).json();
    expect(boxed.map((r) => r.service_request_id)).toContain(one.service_request_id);
    expect(boxed.every((r) => Math.abs((r.lat as number) - lat) <= 0.0001)).toBe(true);
    expect((await get("requests.json?bbox=1,2,3")).status).toBe(400);
    const after = new Date(NOW - 2 * DAY).toISOString();
    const recent: Req[] = (await get(`requests.json?updated_after=${after}`)).json();
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.every((r) => ms(r.updated_datetime) >= ms(after) - 1000)).toBe(true);
    const word = String(all[0]!.description)
      .split(" ")
      .find((w) => w.length > 6)!;
    const found: Req[] = (await get(`requests.json?q=${encodeURIComponent(word)}`)).json();
    expect(found.length).toBeGreaterThan(0);
  });

  it("with extensions=true adds extended attributes and the public notes; a closed duplicate says so", async () => {
    const closed: (Req & { extended_attributes: Record<string, unknown>; notes: { type: string }[] })[] = (
      await get("requests.json?status=closed&extensions=true")
    ).json();
    const dup = closed.find((r) => r.extended_attributes.close_reason === "duplicate") ?? closed[0]!;
    expect(dup.extended_attributes.status_detail).not.toBe("fixed");
    expect(dup.notes.map((n) => n.type)).toEqual(expect.arrayContaining(["opened", "closed"]));
    const plain: Req[] = (await get("requests.json?status=closed")).json();
    expect(plain[0]).not.toHaveProperty("extended_attributes");
  });
});

describe(`FixMyStreet's servicerequestupdates on ${DB_KIND}`, () => {
  it("GET lists public changes inside the window with unique update_ids and extended statuses", async () => {
    const start = new Date(NOW - 30 * DAY).toISOString().replace(/\.\d+Z$/, "Z");
    const end = new Date(NOW).toISOString().replace(/\.\d+Z$/, "Z");
    const res = await get(
      `servicerequestupdates.xml?start_date=${start}&end_date=${end}&api_key=${key}&jurisdiction_id=demo-city.example`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/<service_request_updates>\s*<request_update>\s*<update_id>/);
    const updates: { update_id: string; status: string; updated_datetime: string }[] = (
      await get(`servicerequestupdates.json?start_date=${start}&end_date=${end}`)
    ).json();
    expect(updates.length).toBeGreaterThan(0);
    expect(new Set(updates.map((u) => u.update_id)).size).toBe(updates.length);
    expect(
      updates.every((u) => ms(u.updated_datetime) >= ms(start) && ms(u.updated_datetime) <= ms(end)),
    ).toBe(true);
    const allowed = [
      "open",
      "closed",
      "fixed",
      "in_progress",
      "action_scheduled",
      "investigating",
      "duplicate",
      "not_councils_responsibility",
      "no_further_action",
      "internal_referral",
      "reopen",
    ];
    expect(updates.every((u) => allowed.includes(u.status))).toBe(true);
  });

  it("POST stores a resident's comment once per update_id and shows it on the staff timeline", async () => {
    const number = ((await get("requests.json")).json() as Req[])[0]!.service_request_id;
    const form = `status=CLOSED&updated_datetime=2026-11-25T09%3A00%3A00Z&first_name=Jane&api_key=${key}&service_request_id=${number}&jurisdiction_id=demo-city.example&update_id=77&phone=555-1234&last_name=Doe&email=jane%40example.org&description=Thanks%2C+looks+fixed`;
    const send = () =>
      city.app.inject({
        method: "POST",
        url: "/open311/v2/servicerequestupdates.xml",
        payload: form,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
    const first = await send();
    expect(first.statusCode, first.body).toBe(200);
    const id = /<update_id>(\d+)<\/update_id>/.exec(first.body)?.[1];
    expect(id).toBeTruthy();
    const again = await send();
    expect(/<update_id>(\d+)<\/update_id>/.exec(again.body)?.[1]).toBe(id);
    const staff = await signInAs(city.app, "supervisor@civic311.example");
    const detail = (
      await city.app.inject({ method: "GET", url: `/api/requests/${number}`, headers: staff.headers })
    ).json();
    const comments = detail.events.filter((e: { type: string }) => e.type === "comment");
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toBe("Thanks, looks fixed");
    expect(JSON.stringify(detail.events)).not.toContain("jane@example.org");
    const noKey = await city.app.inject({
      method: "POST",
      url: "/open311/v2/servicerequestupdates.json",
      payload: form.replace(`api_key=${key}`, "api_key="),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(noKey.statusCode).toBe(403);
    const unknown = await city.app.inject({
      method: "POST",
      url: "/open311/v2/servicerequestupdates.json",
      payload: form.replace(`service_request_id=${number}`, "service_request_id=42"),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("tokens are never issued: any token is 404 in the requested format", async () => {
    const res = await get("tokens/abc123.json");
    expect(res.status).toBe(404);
    expect(res.json()[0].code).toBe(404);
  });
});
