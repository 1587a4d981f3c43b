import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routesOf } from "./app.js";
import { signInAs, type TestCity, testCity } from "./test/app.js";
import { DB_KIND } from "./test/database.js";

// Every route under /api/admin/ × every role: only administrators get past the door. Routes are read
// from the app itself, so a route added later is covered without touching this file.
let city: TestCity;
const sessions = new Map<string, Awaited<ReturnType<typeof signInAs>>>();
const STAFF = {
  operator: "operator@civic311.example",
  supervisor: "supervisor@civic311.example",
  department_staff: "publicworks@civic311.example",
  admin: "admin@civic311.example",
};
beforeAll(async () => {
  city = await testCity({ requests: 5, interactions: 5 });
  for (const [role, email] of Object.entries(STAFF)) sessions.set(role, await signInAs(city.app, email));
});
afterAll(() => city?.close());

function adminRoutes() {
  return routesOf(city.app).filter((r) => r.url.startsWith("/api/admin/") && r.method !== "HEAD");
}

/** A concrete URL for a route pattern: every `:param` becomes a value no record has. */
function concrete(url: string): string {
  return url.replace(/:[A-Za-z]+/g, "999999").replace(/\*$/, "x");
}

async function call(method: string, url: string, role: string | null) {
  const session = role ? sessions.get(role) : undefined;
  const hasBody = !["GET", "DELETE", "OPTIONS"].includes(method);
  return city.app.inject({
    method: method as "GET",
    url: concrete(url),
    headers: session ? session.headers : {},
    ...(hasBody ? { payload: {} } : {}),
  });
}

describe(`administration routes × roles on ${DB_KIND}`, () => {
  it("covers the administration areas of issue 9", () => {
    const urls = adminRoutes().map((r) => r.url);
    expect(urls.length).toBeGreaterThan(1);
    const areas = [
      "departments",
      "agencies",
      "services",
      "routing-rules",
      "routing",
      "districts",
      "calendar",
      "holidays",
      "people",
      "api-keys",
      "city",
      "config",
      "audit",
    ];
    for (const area of areas)
      expect(
        urls.some((u) => u.startsWith(`/api/admin/${area}/`) || u === `/api/admin/${area}`),
        area,
      ).toBe(true);
  });

  it("anonymous callers are asked to sign in; other staff are told there is no such route", async () => {
    for (const route of adminRoutes()) {
      const anonymous = await call(route.method, route.url, null);
      expect(anonymous.statusCode, `${route.method} ${route.url} anonymous`).toBe(401);
      for (const role of ["operator", "supervisor", "department_staff"]) {
        const res = await call(route.method, route.url, role);
        expect(res.statusCode, `${route.method} ${route.url} as ${role}`).toBe(404);
        expect(res.json().error.message, `${route.method} ${route.url} as ${role}`).toMatch(/^No route for/);
      }
    }
  });

  it("administrators reach every route (a bad or unknown target is theirs to be told about)", async () => {
    for (const route of adminRoutes()) {
      const res = await call(route.method, route.url, "admin");
      expect([401, 403], `${route.method} ${route.url}`).not.toContain(res.statusCode);
      if (res.statusCode === 404) {
        expect(res.json().error.message, `${route.method} ${route.url}`).not.toMatch(/^No route for/);
      }
      if (route.method === "GET" && !route.url.includes(":")) {
        expect(res.statusCode, `GET ${route.url}`).toBe(200);
      }
    }
  });
});
