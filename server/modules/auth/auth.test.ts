import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, sessions } from "../../db/schema/index.js";
import { signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { createApiKey, createUser, deactivateUser, findApiKey, LOGIN_LIMITS } from "./index.js";

let city: TestCity;
beforeAll(async () => {
  city = await testCity({ requests: 5, interactions: 5 });
});
afterAll(() => city?.close());

const system = { kind: "system", label: "test" } as const;

describe(`staff sign-in on ${DB_KIND}`, () => {
  it("sets an httpOnly, SameSite session cookie and answers who is signed in", async () => {
    const res = await city.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: "Supervisor@Civic311.example", password: "demo311" },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(/c311_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.json().user).toMatchObject({
      email: "supervisor@civic311.example",
      role: "supervisor",
      departments: [],
    });
    const s = await signInAs(city.app, "publicworks@civic311.example");
    const me = await city.app.inject({ method: "GET", url: "/api/session", headers: { cookie: s.cookie } });
    expect(me.json().user.departments).toEqual([
      expect.objectContaining({ code: "dpw", name: "Public Works" }),
    ]);
  });

  it("signs out: the cookie stops working", async () => {
    const s = await signInAs(city.app, "operator@civic311.example");
    const out = await city.app.inject({ method: "DELETE", url: "/api/session", headers: s.headers });
    expect(out.statusCode).toBe(204);
    const me = await city.app.inject({ method: "GET", url: "/api/session", headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(401);
  });

  it("rejects a tampered cookie", async () => {
    const s = await signInAs(city.app, "operator@civic311.example");
    const tampered = s.cookie.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    const me = await city.app.inject({ method: "GET", url: "/api/session", headers: { cookie: tampered } });
    expect(me.statusCode).toBe(401);
  });

  it("expires sessions after their lifetime", async () => {
    const s = await signInAs(city.app, "operator@civic311.example");
    city.clock.set(
      new Date(Date.parse("2026-11-25T15:00:00Z") + (city.config.sessionTtlHours + 1) * 3_600_000),
    );
    try {
      const me = await city.app.inject({ method: "GET", url: "/api/session", headers: { cookie: s.cookie } });
      expect(me.statusCode).toBe(401);
    } finally {
      city.clock.set("2026-11-25T15:00:00Z");
    }
  });

  it("slides an active session: the cookie and the row are renewed, so activity keeps a person signed in", async () => {
    const s = await signInAs(city.app, "operator@civic311.example");
    const start = Date.parse("2026-11-25T15:00:00Z");
    const ttl = city.config.sessionTtlHours * 3_600_000;
    try {
      let cookie = s.cookie;
      // Active every (ttl / 2): by the end, well past the first expiry, still signed in.
      for (const step of [0.5, 1.0, 1.5]) {
        city.clock.set(new Date(start + ttl * step));
        const me = await city.app.inject({ method: "GET", url: "/api/session", headers: { cookie } });
        expect(me.statusCode).toBe(200);
        const renewed = String(me.headers["set-cookie"] ?? "");
        expect(renewed).toMatch(/c311_session=.*Expires=/i);
        const expires = Date.parse(/Expires=([^;]+)/i.exec(renewed)![1]!);
        expect(expires).toBeGreaterThan(start + ttl * step + ttl - 60_000);
        cookie = renewed.split(";")[0]!;
      }
    } finally {
      city.clock.set("2026-11-25T15:00:00Z");
    }
  });

  it("limits guessing: after the allowed failures even the right password gets 429 with Retry-After", async () => {
    await city.database.db.transaction((tx) =>
      createUser(
        { tx, actor: system },
        { email: "target@civic311.example", name: "Target", password: "a-long-password-1", role: "operator" },
      ),
    );
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
      const bad = await city.app.inject({
        method: "POST",
        url: "/api/session",
        payload: { email: "target@civic311.example", password: `wrong-${i}` },
      });
      expect(bad.statusCode).toBe(401);
      expect(bad.json().error.message).toBe("The email or password is not correct.");
    }
    const locked = await city.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: "target@civic311.example", password: "a-long-password-1" },
    });
    expect(locked.statusCode).toBe(429);
    const retryAfter = Number(locked.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LOGIN_LIMITS.windowMinutes * 60);
    // The same message for an unknown account: nothing reveals which emails exist.
    const unknown = await city.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: "nobody@civic311.example", password: "x" },
    });
    expect(unknown.json().error.message).toBe("The email or password is not correct.");
  });

  it("deactivating a user ends their sessions at once", async () => {
    const { id } = await city.database.db.transaction((tx) =>
      createUser(
        { tx, actor: system },
        { email: "leaver@civic311.example", name: "Leaver", password: "a-long-password-2", role: "operator" },
      ),
    );
    const s = await signInAs(city.app, "leaver@civic311.example", "a-long-password-2");
    await city.database.db.transaction((tx) => deactivateUser({ tx, actor: system }, id));
    expect(
      (await city.app.inject({ method: "GET", url: "/api/session", headers: { cookie: s.cookie } }))
        .statusCode,
    ).toBe(401);
    const again = await city.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: "leaver@civic311.example", password: "a-long-password-2" },
    });
    expect(again.statusCode).toBe(401);
    const rows = await city.database.db.select().from(sessions);
    expect(rows.every((r) => r.userId !== id)).toBe(true);
  });

  it("stores argon2id hashes, refuses short passwords and duplicate emails, and audits account creation", async () => {
    const tx = city.database.db;
    await expect(
      createUser(
        { tx, actor: system },
        { email: "weak@civic311.example", name: "Weak", password: "demo311", role: "operator" },
      ),
    ).rejects.toThrow(/password/);
    await expect(
      createUser(
        { tx, actor: system },
        { email: "operator@civic311.example", name: "Dup", password: "a-long-password-3", role: "operator" },
      ),
    ).rejects.toThrow(/already exists/);
    await expect(
      createUser(
        { tx, actor: system },
        {
          email: "ds@civic311.example",
          name: "No dept",
          password: "a-long-password-3",
          role: "department_staff",
        },
      ),
    ).rejects.toThrow(/department/);
    const { users } = await import("../../db/schema/index.js");
    const all = await city.database.db.select({ hash: users.passwordHash }).from(users);
    expect(all.every((u) => u.hash.startsWith("$argon2id$"))).toBe(true);
    const audit = await city.database.db.select().from(auditLog);
    expect(audit.some((a) => a.action === "user.created" && a.entity === "user")).toBe(true);
    expect(JSON.stringify(audit)).not.toContain("a-long-password");
  });

  it("API keys: shown once, stored hashed, found only by the full key, refused once revoked", async () => {
    const created = await createApiKey(
      { tx: city.database.db, actor: system },
      { name: "Fix-It app", rateLimitPerMinute: 30 },
    );
    expect(created.key).toMatch(/^c311_[0-9a-f]{12}_/);
    const found = await findApiKey(city.database.db, created.key);
    expect(found?.name).toBe("Fix-It app");
    expect(found?.keyHash).not.toContain(created.key.slice(`c311_${created.prefix}_`.length));
    // Change the last character to a different one (a fixed replacement could equal it by chance).
    const tampered = `${created.key.slice(0, -1)}${created.key.endsWith("A") ? "B" : "A"}`;
    expect(await findApiKey(city.database.db, tampered)).toBeNull();
    expect(await findApiKey(city.database.db, "c311_nonsense")).toBeNull();
    const { apiKeys } = await import("../../db/schema/index.js");
    const { eq } = await import("drizzle-orm");
    await city.database.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, created.id));
    expect(await findApiKey(city.database.db, created.key)).toBeNull();
  });
});
