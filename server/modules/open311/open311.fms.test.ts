import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs, TEST_NOW, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { FmsClient } from "../../test/fms-client.js";
import { createApiKey } from "../auth/index.js";

let city: TestCity;
let fms: FmsClient;
const w3c = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

beforeAll(async () => {
  city = await testCity({ requests: 10, interactions: 5 });
  const base = await city.app.listen({ port: 0, host: "127.0.0.1" });
  const key = (
    await createApiKey(
      { tx: city.database.db, actor: { kind: "system", label: "t" } },
      { name: "FixMyStreet", rateLimitPerMinute: 600 },
    )
  ).key;
  fms = new FmsClient(`${base}/open311/v2/`, { apiKey: key, jurisdiction: "demo-city.example" });
});
afterAll(() => city?.close());

describe(`a FixMyStreet-profile client through a full cycle on ${DB_KIND}`, () => {
  let id = "";

  it("populates its categories: codes, names, groups and definitions sorted by order", async () => {
    const list = await fms.getServiceList();
    expect(list.ok).toBe(true);
    const services = list.root.service as {
      service_code: string;
      service_name: string;
      metadata: string;
      group: string;
    }[];
    expect(services.length).toBeGreaterThan(20);
    const pothole = services.find((s) => s.service_code === "pothole")!;
    expect(pothole.service_name.trimEnd()).toBe("Pothole");
    expect(pothole.metadata.toLowerCase()).toBe("true");
    const meta = await fms.getServiceMetaInfo("pothole");
    // FMS reads the definition as empty unless attributes is an ARRAY under the <attributes> wrapper.
    const attrs = (meta.root as { attributes: { code: string; order: string; values: { key: string }[] }[] })
      .attributes;
    expect(Array.isArray(attrs)).toBe(true);
    expect(attrs.map((a) => Number(a.order))).toEqual(
      [...attrs.map((a) => Number(a.order))].sort((a, b) => a - b),
    );
    expect(attrs[0]!.values.map((v) => v.key)).toContain("larger_than_tire");
  });

  it("sends a report exactly as FMS does and reads service_request_id as a plain scalar", async () => {
    const sent = await fms.sendServiceRequest({
      service_code: "pothole",
      email: "jane@example.org",
      long: "-71.323456",
      last_name: "",
      "attribute[size]": "larger_than_tire",
      "attribute[location_in_road]": "travel_lane",
      lat: "42.410512",
      first_name: "Jane",
      media_url: ["http://fms.example/photo/42.0.jpeg", "http://fms.example/photo/42.1.jpeg"],
      description: "Pothole on Main\n\nLarge pothole\nnear the curb\n\nhttp://fms.example/report/42\n",
    });
    expect(sent.ok, sent.text).toBe(true);
    const request = (sent.root.request as { service_request_id: unknown; token?: unknown }[])[0]!;
    expect(typeof request.service_request_id).toBe("string");
    expect(request.token).toBeUndefined();
    id = request.service_request_id as string;
  });

  it("polls the report by id (legacy updates)", async () => {
    const got = await fms.getServiceRequests([id, "9999999"]);
    const [r] = got.root.request as {
      service_request_id: string;
      status: string;
      description: string;
      lat: string;
    }[];
    expect(r!.service_request_id).toBe(id);
    expect(r!.status).toBe("open");
    expect(r!.description).toBe(
      "Pothole on Main\n\nLarge pothole\nnear the curb\n\nhttp://fms.example/report/42",
    );
    expect(r!.lat).toBe("42.410512");
  });

  it("fetches updates in its window: a request closed as duplicate reads 'duplicate', never 'fixed'", async () => {
    const staff = await signInAs(city.app, "supervisor@civic311.example");
    city.clock.set(new Date(Date.parse(TEST_NOW) + 3_600_000));
    try {
      const closed = await city.app.inject({
        method: "POST",
        url: `/api/requests/${id}/status`,
        headers: staff.headers,
        payload: { status: "closed", closeReason: "duplicate", note: "Already reported as 1000003" },
      });
      expect(closed.statusCode).toBe(200);
      const now = Date.parse(TEST_NOW) + 3_600_000;
      const got = await fms.getServiceRequestUpdates(w3c(now - 2 * 3_600_000), w3c(now + 1000));
      expect(got.ok, got.text).toBe(true);
      const updates = got.root.request_update as {
        update_id: string;
        service_request_id: string;
        status: string;
        updated_datetime: string;
        description: string;
      }[];
      const mine = updates.filter((u) => u.service_request_id === id);
      expect(mine).toHaveLength(1);
      expect(mine[0]!.status).toBe("duplicate");
      expect(mine[0]!.description).toBe("Already reported as 1000003");
      expect(Date.parse(mine[0]!.updated_datetime)).toBe(now);
      expect(new Set(updates.map((u) => u.update_id)).size).toBe(updates.length);
    } finally {
      city.clock.set(TEST_NOW);
    }
  });

  it("posts a resident's update and reads request_update[0].update_id", async () => {
    const res = await fms.postServiceRequestUpdate({
      status: "OPEN",
      updated_datetime: "2026-11-25T09:00:00Z",
      first_name: "Jane",
      service_request_id: id,
      update_id: "77",
      last_name: "Doe",
      email: "jane@example.org",
      description: "Still there, please look again",
    });
    expect(res.ok, res.text).toBe(true);
    expect((res.root.request_update as { update_id: string }[])[0]!.update_id).toMatch(/^\d+$/);
  });

  it("gets failures as parsable <errors>", async () => {
    const bad = await fms.sendServiceRequest({ service_code: "pothole", lat: "42.41", long: "-71.32" });
    expect(bad.ok).toBe(false);
    const errors = bad.root.error as { code: string; description: string }[];
    expect(errors[0]!.code).toBe("400");
    expect(errors[0]!.description).toMatch(/attribute\[size\]/);
  });
});
