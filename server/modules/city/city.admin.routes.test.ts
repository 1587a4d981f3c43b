import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CityAdminView, CityInfo } from "../../../common/contracts/city.js";
import { auditLog } from "../../db/schema/index.js";
import { signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;
let admin: Awaited<ReturnType<typeof signInAs>>;
beforeAll(async () => {
  city = await testCity({ requests: 0, interactions: 0 });
  admin = await signInAs(city.app, "admin@civic311.example");
});
afterAll(() => city?.close());

// A 1×1 PNG, a real image the content check recognises.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function getAdminCity(): Promise<CityAdminView> {
  const res = await city.app.inject({ method: "GET", url: "/api/admin/city", headers: admin.headers });
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function put(body: Record<string, unknown>) {
  return city.app.inject({ method: "PUT", url: "/api/admin/city", headers: admin.headers, payload: body });
}

/** The editable settings as the screen sends them back: everything from GET but the logo and time zone. */
async function current(): Promise<Record<string, unknown>> {
  const { logoUrl: _l, timeZone: _t, timeZoneSource: _s, ...rest } = await getAdminCity();
  return rest;
}

async function cityAudits() {
  return city.database.db.select().from(auditLog).where(like(auditLog.action, "city.%"));
}

async function changeset(): Promise<string> {
  return (await city.app.inject({ method: "GET", url: "/open311/discovery.json" })).json().changeset;
}

describe(`city settings administration on ${DB_KIND}`, () => {
  it("shows the settings with the time zone and where it is set", async () => {
    const view = await getAdminCity();
    expect(view.name).toBe("Riverton");
    expect(view.jurisdictionId).toBe("demo-city.example");
    expect(view.timeZone).toBe("America/New_York");
    expect(view.timeZoneSource).toBe("TZ");
    expect(view.languages).toEqual(["en", "es", "pt"]);
  });

  it("refuses every bad field at once with a message per field, and changes nothing", async () => {
    const before = await current();
    const auditsBefore = (await cityAudits()).length;
    const res = await put({
      ...before,
      name: "  ",
      email: "not-an-email",
      webUrl: "javascript:alert(1)",
      jurisdictionId: "https://demo.example/path",
      mapTileUrl: "https://tiles.example/{z}/{x}.png",
      languages: ["es", "pt"],
      primaryColor: "hot-pink",
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json().error.details as { field: string; message: string }[]).map((d) => d.field);
    expect(fields.sort()).toEqual(
      ["email", "jurisdictionId", "languages", "mapTileUrl", "name", "primaryColor", "webUrl"].sort(),
    );
    const messages = Object.fromEntries(
      (res.json().error.details as { field: string; message: string }[]).map((d) => [d.field, d.message]),
    );
    expect(messages.languages).toBe("English is always offered");
    expect(messages.mapTileUrl).toBe("The tile address must contain {z}, {x} and {y}");
    expect(messages.name).toBe("Enter the city's name");
    const ftp = await put({ ...before, mapTileUrl: "ftp://tiles.example/{z}/{x}/{y}.png" });
    expect(ftp.statusCode).toBe(400);
    expect(ftp.json().error.details[0].field).toBe("mapTileUrl");
    expect(await current()).toEqual(before);
    expect((await cityAudits()).length).toBe(auditsBefore);
  });

  it("saves a change with its audit row, serves it at once from /api/city and moves Open311's changeset", async () => {
    const stampBefore = await changeset();
    const before = await current();
    const res = await put({
      ...before,
      name: "Harbor City",
      email: "",
      primaryColor: "green-cool-70v",
      languages: ["pt", "en"],
      mapTileUrl: "https://tile.example.org/{z}/{x}/{y}.png",
      mapAttribution: "© OpenStreetMap contributors",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().changed.sort()).toEqual(
      ["languages", "mapAttribution", "mapTileUrl", "name", "primaryColor"].sort(),
    );
    const publicCity = await city.app.inject({ method: "GET", url: "/api/city" });
    expect(publicCity.headers["cache-control"]).toBe("no-cache");
    const info: CityInfo = publicCity.json();
    expect(info.name).toBe("Harbor City");
    expect(info.email).toBeNull();
    expect(info.languages).toEqual(["en", "pt"]);
    expect(info.primaryColor).toBe("green-cool-70v");
    const [row] = (await cityAudits()).filter((a) => a.action === "city.updated");
    expect(row?.actorLabel).toBe("Alex Admin");
    expect(row?.data).toEqual({
      changes: {
        name: { from: "Riverton", to: "Harbor City" },
        primaryColor: { from: null, to: "green-cool-70v" },
        languages: { from: ["en", "es", "pt"], to: ["en", "pt"] },
        mapTileUrl: { from: null, to: "https://tile.example.org/{z}/{x}/{y}.png" },
        mapAttribution: { from: null, to: "© OpenStreetMap contributors" },
      },
    });
    const stampAfter = await changeset();
    expect(stampAfter > stampBefore).toBe(true);
    // Saving the same values again changes nothing: no audit row, the changeset stays.
    const again = await put(await current());
    expect(again.json().changed).toEqual([]);
    expect((await cityAudits()).filter((a) => a.action === "city.updated")).toHaveLength(1);
    expect(await changeset()).toBe(stampAfter);
  });

  it("uploads a logo checked by content, serves it publicly, replaces and removes it, each audited", async () => {
    const upload = (payload: Buffer | object, contentType?: string) =>
      city.app.inject({
        method: "POST",
        url: "/api/admin/city/logo",
        headers: { ...admin.headers, ...(contentType ? { "content-type": contentType } : {}) },
        payload,
      });
    const svg = await upload(
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'),
      "image/svg+xml",
    );
    expect(svg.statusCode).toBe(400);
    expect(svg.json().error.message).toMatch(/SVG logos are not accepted/);
    const text = await upload({ filename: "logo.png", dataBase64: Buffer.from("hello").toString("base64") });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.details[0]).toEqual({
      field: "logo",
      message: "The logo must be a PNG, JPEG or WebP image.",
    });
    const gif = await upload(
      Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"),
      "application/octet-stream",
    );
    expect(gif.statusCode).toBe(400);
    const big = await upload(Buffer.concat([PNG, Buffer.alloc(256 * 1024)]), "image/png");
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toMatch(/at most 256 KB/);
    expect((await getAdminCity()).logoUrl).toBeNull();
    expect((await cityAudits()).filter((a) => a.action.startsWith("city.logo"))).toHaveLength(0);

    const first = await upload({ filename: "seal.png", dataBase64: PNG.toString("base64") });
    expect(first.statusCode).toBe(200);
    const firstUrl: string = first.json().logoUrl;
    expect(firstUrl).toMatch(/^\/api\/public\/city\/logo\/[0-9a-f]{32}\.png$/);
    const served = await city.app.inject({ method: "GET", url: firstUrl });
    expect(served.statusCode).toBe(200);
    expect(served.headers["content-type"]).toBe("image/png");
    expect(served.headers["x-content-type-options"]).toBe("nosniff");
    expect(served.rawPayload.subarray(0, 8)).toEqual(PNG.subarray(0, 8));
    expect((await city.app.inject({ method: "GET", url: "/api/city" })).json().logoUrl).toBe(firstUrl);

    const second = await upload(PNG, "image/png");
    expect(second.statusCode).toBe(200);
    expect(second.json().logoUrl).not.toBe(firstUrl);
    expect((await city.app.inject({ method: "GET", url: firstUrl })).statusCode).toBe(404);

    const removed = await city.app.inject({
      method: "DELETE",
      url: "/api/admin/city/logo",
      headers: admin.headers,
    });
    expect(removed.statusCode).toBe(204);
    expect((await getAdminCity()).logoUrl).toBeNull();
    expect((await city.app.inject({ method: "GET", url: second.json().logoUrl })).statusCode).toBe(404);
    const again = await city.app.inject({
      method: "DELETE",
      url: "/api/admin/city/logo",
      headers: admin.headers,
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toBe("The city has no logo to remove.");
    const logoAudits = (await cityAudits()).filter((a) => a.action.startsWith("city.logo"));
    expect(logoAudits.map((a) => a.action).sort()).toEqual([
      "city.logo_changed",
      "city.logo_changed",
      "city.logo_removed",
    ]);
  });

  it("saving settings keeps the uploaded logo (the logo is changed only by uploading)", async () => {
    const logo = await city.app.inject({
      method: "POST",
      url: "/api/admin/city/logo",
      headers: { ...admin.headers, "content-type": "image/png" },
      payload: PNG,
    });
    const logoUrl = logo.json().logoUrl;
    const res = await put({
      ...(await current()),
      logoUrl: "https://evil.example/x.png",
      hours: "Mon–Fri 8–5",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().city.logoUrl).toBe(logoUrl);
    const updates = await city.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "city.updated"))
      .orderBy(auditLog.id);
    expect(Object.keys((updates.at(-1)?.data as { changes?: object } | undefined)?.changes ?? {})).toEqual([
      "hours",
    ]);
  });
});
