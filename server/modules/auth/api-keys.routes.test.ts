import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiKeySummary, CreatedApiKey } from "../../../common/contracts/api-keys.js";
import { apiKeys, auditLog } from "../../db/schema/index.js";
import { signInAs, TEST_NOW, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { createApiKey, findApiKey, revokeApiKey } from "./index.js";

let city: TestCity;
let admin: Awaited<ReturnType<typeof signInAs>>;
beforeAll(async () => {
  city = await testCity({ requests: 5, interactions: 5 });
  admin = await signInAs(city.app, "admin@civic311.example");
});
afterAll(() => city?.close());

const URL = "/api/admin/api-keys";

async function create(body: unknown) {
  return city.app.inject({ method: "POST", url: URL, headers: admin.headers, payload: body as object });
}

async function list(): Promise<ApiKeySummary[]> {
  const res = await city.app.inject({ method: "GET", url: URL, headers: { cookie: admin.cookie } });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

describe(`API key administration on ${DB_KIND}`, () => {
  it("an administrator creates a key, sees it in full once, and the list never shows it again", async () => {
    const res = await create({ name: "  Fix-It app  ", rateLimitPerMinute: 120 });
    expect(res.statusCode).toBe(201);
    const created: CreatedApiKey = res.json();
    expect(created).toEqual({
      id: expect.any(Number),
      name: "Fix-It app",
      prefix: expect.stringMatching(/^[0-9a-f]{12}$/),
      rateLimitPerMinute: 120,
      createdAt: TEST_NOW,
      lastUsedAt: null,
      revokedAt: null,
      createdBy: "Alex Admin",
      key: expect.stringMatching(/^c311_[0-9a-f]{12}_[A-Za-z0-9_-]+$/),
    });
    expect(created.key.startsWith(`c311_${created.prefix}_`)).toBe(true);
    expect((await findApiKey(city.database.db, created.key))?.id).toBe(created.id);

    const listRes = await city.app.inject({ method: "GET", url: URL, headers: { cookie: admin.cookie } });
    // The secret is base64url and may itself hold "_": everything after the prefix.
    const secret = created.key.slice(`c311_${created.prefix}_`.length);
    expect(listRes.body).not.toContain(secret);
    const { key: _shownOnce, ...summary } = created;
    expect(listRes.json().items).toContainEqual(summary);
    for (const item of listRes.json().items) expect(Object.keys(item)).not.toContain("key");
  });

  it("uses 60 requests a minute when no limit is given", async () => {
    const res = await create({ name: "Open data portal" });
    expect(res.statusCode).toBe(201);
    expect(res.json().rateLimitPerMinute).toBe(60);
  });

  it("lists newest first, including keys made from the command line (no creator)", async () => {
    city.clock.set(new Date(Date.parse(TEST_NOW) - 86_400_000));
    try {
      await city.database.db.transaction((tx) =>
        createApiKey(
          { tx, actor: { kind: "system", label: "Command line" }, now: city.clock.now() },
          { name: "Older CLI key" },
        ),
      );
    } finally {
      city.clock.set(TEST_NOW);
    }
    city.clock.set(new Date(Date.parse(TEST_NOW) + 60_000));
    try {
      expect((await create({ name: "Newest key" })).statusCode).toBe(201);
    } finally {
      city.clock.set(TEST_NOW);
    }
    const items = await list();
    expect(items[0]?.name).toBe("Newest key");
    expect(items.at(-1)).toMatchObject({ name: "Older CLI key", createdBy: null });
    const times = items.map((k) => Date.parse(k.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("revokes a key: it is refused from then on, and revoking again changes nothing", async () => {
    const created: CreatedApiKey = (await create({ name: "Partner CRM" })).json();
    city.clock.set(new Date(Date.parse(TEST_NOW) + 3_600_000));
    try {
      const res = await city.app.inject({
        method: "POST",
        url: `${URL}/${created.id}/revoke`,
        headers: admin.headers,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: created.id,
        name: "Partner CRM",
        revokedAt: "2026-11-25T16:00:00.000Z",
      });
      expect(res.json()).not.toHaveProperty("key");
    } finally {
      city.clock.set(TEST_NOW);
    }
    expect(await findApiKey(city.database.db, created.key)).toBeNull();

    const again = await city.app.inject({
      method: "POST",
      url: `${URL}/${created.id}/revoke`,
      headers: admin.headers,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().revokedAt).toBe("2026-11-25T16:00:00.000Z");
    expect((await list()).find((k) => k.id === created.id)?.revokedAt).toBe("2026-11-25T16:00:00.000Z");

    const revocations = await city.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "api_key.revoked"));
    expect(revocations.filter((a) => a.entityId === String(created.id))).toHaveLength(1);
  });

  it("answers 404 for a key that does not exist", async () => {
    const res = await city.app.inject({
      method: "POST",
      url: `${URL}/999999/revoke`,
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("not_found");
    await expect(
      city.database.db.transaction((tx) =>
        revokeApiKey({ tx, actor: { kind: "system", label: "test" } }, 999_999),
      ),
    ).rejects.toThrow(/API key not found/);
  });

  it("records creation and revocation in the audit log, without any key material", async () => {
    const created: CreatedApiKey = (await create({ name: "Audited key" })).json();
    await city.app.inject({ method: "POST", url: `${URL}/${created.id}/revoke`, headers: admin.headers });
    const rows = await city.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(created.id)));
    const mine = rows.filter((a) => a.entity === "api_key");
    expect(mine.map((a) => a.action).sort()).toEqual(["api_key.created", "api_key.revoked"]);
    for (const row of mine) {
      expect(row.actorLabel).toBe("Alex Admin");
      expect(row.actorUserId).not.toBeNull();
      expect(row.data).toMatchObject({ name: "Audited key", prefix: created.prefix });
    }
    const [stored] = await city.database.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    const everything = JSON.stringify(await city.database.db.select().from(auditLog));
    expect(everything).not.toContain(created.key);
    expect(everything).not.toContain(created.key.slice(`c311_${created.prefix}_`.length));
    expect(everything).not.toContain(stored!.keyHash);
  });

  it.each(["supervisor@civic311.example", "operator@civic311.example", "publicworks@civic311.example"])(
    "tells %s there is nothing here (404)",
    async (email) => {
      const s = await signInAs(city.app, email);
      const target: CreatedApiKey = (await create({ name: `Not for ${email}` })).json();
      const get = await city.app.inject({ method: "GET", url: URL, headers: { cookie: s.cookie } });
      const post = await city.app.inject({
        method: "POST",
        url: URL,
        headers: s.headers,
        payload: { name: "Sneaky" },
      });
      const revoke = await city.app.inject({
        method: "POST",
        url: `${URL}/${target.id}/revoke`,
        headers: s.headers,
      });
      for (const res of [get, post, revoke]) {
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe("not_found");
      }
      expect(await findApiKey(city.database.db, target.key)).not.toBeNull();
      expect((await list()).some((k) => k.name === "Sneaky")).toBe(false);
    },
  );

  it("asks anonymous callers to sign in (401)", async () => {
    const get = await city.app.inject({ method: "GET", url: URL });
    const post = await city.app.inject({ method: "POST", url: URL, payload: { name: "Anon" } });
    const revoke = await city.app.inject({ method: "POST", url: `${URL}/1/revoke` });
    for (const res of [get, post, revoke]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe("unauthenticated");
    }
  });

  it("refuses writes without the CSRF header (403)", async () => {
    const post = await city.app.inject({
      method: "POST",
      url: URL,
      headers: { cookie: admin.cookie },
      payload: { name: "No CSRF" },
    });
    expect(post.statusCode).toBe(403);
    expect(post.json().error.code).toBe("csrf_failed");
    const target: CreatedApiKey = (await create({ name: "CSRF target" })).json();
    const revoke = await city.app.inject({
      method: "POST",
      url: `${URL}/${target.id}/revoke`,
      headers: { cookie: admin.cookie, "x-csrf-token": "wrong" },
    });
    expect(revoke.statusCode).toBe(403);
    expect((await list()).some((k) => k.name === "No CSRF")).toBe(false);
    expect(await findApiKey(city.database.db, target.key)).not.toBeNull();
  });

  it.each([
    [{ name: "   " }, "name"],
    [{ name: "x".repeat(101) }, "name"],
    [{}, "name"],
    [{ name: "Ok", rateLimitPerMinute: 0 }, "rateLimitPerMinute"],
    [{ name: "Ok", rateLimitPerMinute: 10_001 }, "rateLimitPerMinute"],
    [{ name: "Ok", rateLimitPerMinute: 1.5 }, "rateLimitPerMinute"],
    [{ name: "Ok", rateLimitPerMinute: "60" }, "rateLimitPerMinute"],
  ])("refuses %j with 400 naming %s", async (body, field) => {
    const res = await create(body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("validation_failed");
    expect(res.json().error.details).toContainEqual(expect.objectContaining({ field }));
  });

  it("refuses a key id that is not a number with 400 naming id", async () => {
    const res = await city.app.inject({ method: "POST", url: `${URL}/abc/revoke`, headers: admin.headers });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toContainEqual(expect.objectContaining({ field: "id" }));
  });
});

describe(`API key editing on ${DB_KIND}`, () => {
  const put = (id: number, body: unknown) =>
    city.app.inject({ method: "PUT", url: `${URL}/${id}`, headers: admin.headers, payload: body as object });
  const auditOf = async (id: number) =>
    (
      await city.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(id)))
    ).filter((r) => r.entity === "api_key" && r.action === "api_key.updated");

  it("renames a key and changes its rate limit, audited with before and after", async () => {
    const made: CreatedApiKey = (await create({ name: "Tenant app", rateLimitPerMinute: 30 })).json();
    const res = await put(made.id, { name: "  Tenants' app ", rateLimitPerMinute: 90 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: made.id, name: "Tenants' app", rateLimitPerMinute: 90 });
    expect((await list()).find((k) => k.id === made.id)?.rateLimitPerMinute).toBe(90);
    const rows = await auditOf(made.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorLabel).toBe("Alex Admin");
    expect(rows[0]!.data).toEqual({
      name: { from: "Tenant app", to: "Tenants' app" },
      rateLimitPerMinute: { from: 30, to: 90 },
    });
    // Saving the same values again changes nothing and records nothing.
    expect((await put(made.id, { name: "Tenants' app", rateLimitPerMinute: 90 })).statusCode).toBe(200);
    expect(await auditOf(made.id)).toHaveLength(1);
  });

  it("names every problem at once and changes nothing on bad input", async () => {
    const made: CreatedApiKey = (await create({ name: "Bad edit", rateLimitPerMinute: 5 })).json();
    const res = await put(made.id, { name: "   ", rateLimitPerMinute: 10_001 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: "name", message: "is required" },
      { field: "rateLimitPerMinute", message: "must be a whole number from 1 to 10000" },
    ]);
    expect(
      (await put(made.id, { name: "x".repeat(101), rateLimitPerMinute: 2.5 })).json().error.details,
    ).toHaveLength(2);
    expect((await put(made.id, {})).statusCode).toBe(400);
    expect((await list()).find((k) => k.id === made.id)).toMatchObject({
      name: "Bad edit",
      rateLimitPerMinute: 5,
    });
    expect(await auditOf(made.id)).toHaveLength(0);
  });

  it("refuses to edit a revoked key (409) and answers 404 for an unknown one", async () => {
    const made: CreatedApiKey = (await create({ name: "Old app", rateLimitPerMinute: 5 })).json();
    await city.app.inject({ method: "POST", url: `${URL}/${made.id}/revoke`, headers: admin.headers });
    const res = await put(made.id, { name: "Old app again", rateLimitPerMinute: 50 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe("This key is revoked, so it cannot be edited.");
    expect((await list()).find((k) => k.id === made.id)?.name).toBe("Old app");
    expect((await put(999_999, { name: "Nobody", rateLimitPerMinute: 5 })).statusCode).toBe(404);
  });

  it("a lower rate limit holds for Open311 clients once the gate's 10-second key cache has passed", async () => {
    const made: CreatedApiKey = (await create({ name: "Poller", rateLimitPerMinute: 2 })).json();
    // An update with nothing but the key: the gate admits (and counts) it, then the missing fields are a 400.
    const poll = () =>
      city.app.inject({
        method: "POST",
        url: "/open311/v2/servicerequestupdates.json",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: `api_key=${encodeURIComponent(made.key)}`,
      });
    try {
      expect((await poll()).statusCode).toBe(400);
      expect((await put(made.id, { name: "Poller", rateLimitPerMinute: 1 })).statusCode).toBe(200);
      // The gate trusts a verified key for 10 s (KEY_CACHE_MS in open311.keys.ts); the minute's window goes on.
      city.clock.set(new Date(Date.parse(TEST_NOW) + 10_001));
      const refused = await poll();
      expect(refused.statusCode).toBe(429);
      expect(refused.body).toContain("Rate limit of 1 requests a minute");
    } finally {
      city.clock.set(TEST_NOW);
    }
  });
});
