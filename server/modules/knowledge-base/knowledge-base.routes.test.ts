import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;
let op: StaffSessionCookies;
let sup: StaffSessionCookies;
beforeAll(async () => {
  city = await testCity({ requests: 5, interactions: 40 });
  op = await signInAs(city.app, "operator@civic311.example");
  sup = await signInAs(city.app, "supervisor@civic311.example");
});
afterAll(() => city?.close());

const get = (who: StaffSessionCookies | null, url: string) =>
  city.app
    .inject({ method: "GET", url, headers: who?.headers ?? {} })
    .then((r) => ({ status: r.statusCode, body: r.json() }));

describe(`knowledge-base API on ${DB_KIND}`, () => {
  it("GET /api/search answers the contract, for staff only, and validates q", async () => {
    const r = await get(op, "/api/search?q=pot%20hole");
    expect(r.status).toBe(200);
    expect(r.body.results[0]).toMatchObject({
      kind: expect.any(String),
      id: expect.any(Number),
      title: expect.any(String),
      snippet: expect.any(String),
    });
    expect(r.body.results.slice(0, 3).map((x: { code: string }) => x.code)).toContain("pothole");
    expect((await get(null, "/api/search?q=pothole")).status).toBe(401);
    expect((await get(op, "/api/search?q=")).status).toBe(400);
  });

  it("GET /api/articles/:id gives the answer, the operator's notes and who handles it", async () => {
    const hit = (await get(op, "/api/search?q=renew%20my%20driver%27s%20license")).body.results[0];
    const a = (await get(op, `/api/articles/${hit.id}`)).body;
    expect(a).toMatchObject({ slug: "rmv-license-renewal", agency: { code: "rmv" } });
    expect(a.internalNotes).toBeTruthy();
    expect((await get(op, "/api/articles/999999")).status).toBe(404);
  });

  it("shows supervisors the stale and most-used articles; operators get 404", async () => {
    const health = (await get(sup, "/api/articles/health")).body;
    expect(health.stale.length).toBeGreaterThanOrEqual(5);
    expect(health.mostUsed.length).toBeGreaterThan(0);
    expect(health.mostUsed[0].useCount).toBeGreaterThanOrEqual(health.mostUsed.at(-1).useCount);
    expect((await get(op, "/api/articles/health")).status).toBe(404);
  });

  it("lists outside agencies with what to tell the caller", async () => {
    const items = (await get(op, "/api/agencies")).body.items;
    expect(items.find((a: { code: string }) => a.code === "rmv")).toMatchObject({
      callerScript: expect.any(String),
      phone: expect.any(String),
    });
  });
});
