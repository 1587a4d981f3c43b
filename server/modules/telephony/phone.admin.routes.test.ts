import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PHONE_SETTINGS, type PhoneSettings } from "../../../common/contracts/telephony.js";
import { auditLog, settings } from "../../db/schema/index.js";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { readPhoneSettings } from "./index.js";

let city: TestCity;
let admin: StaffSessionCookies;
beforeAll(async () => {
  city = await testCity({ requests: 0, interactions: 0 });
  admin = await signInAs(city.app, "admin@civic311.example");
});
afterAll(() => city?.close());

const get = (url: string, who = admin) => city.app.inject({ method: "GET", url, headers: who.headers });
const put = (payload: unknown, who = admin) =>
  city.app.inject({
    method: "PUT",
    url: "/api/admin/phone",
    headers: who.headers,
    payload: payload as object,
  });
const phoneAudits = () =>
  city.database.db.select().from(auditLog).where(like(auditLog.action, "phone.%")).orderBy(auditLog.id);
const storedRow = async () =>
  (await city.database.db.select().from(settings).where(eq(settings.key, "phone")))[0]?.value ?? null;
const clone = (s: PhoneSettings): PhoneSettings => JSON.parse(JSON.stringify(s));

describe(`the phone line's settings on ${DB_KIND}`, () => {
  it("shows the defaults before anything is saved, and the published articles press 1 may read", async () => {
    const res = await get("/api/admin/phone");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(DEFAULT_PHONE_SETTINGS);
    expect(await storedRow()).toBeNull();
    const articles = (await get("/api/admin/phone/articles")).json() as {
      slug: string;
      title: string;
      hasPhoneAnswer: boolean;
    }[];
    expect(articles.find((a) => a.slug === "city-hall-hours")).toEqual({
      slug: "city-hall-hours",
      title: "City Hall hours",
      hasPhoneAnswer: true,
    });
    expect(articles.some((a) => !a.hasPhoneAnswer)).toBe(true);
    const titles = articles.map((a) => a.title.toLowerCase());
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("refuses bad input with a problem per field, and changes nothing", async () => {
    const bad = clone(DEFAULT_PHONE_SETTINGS) as unknown as Record<string, unknown>;
    bad.serviceLevelSeconds = 2;
    bad.callbackOfferSeconds = "soon";
    bad.awayReasons = [];
    (bad.menu as { en: Record<string, unknown> }).en.greeting = "  ";
    const res = await put(bad);
    expect(res.statusCode).toBe(400);
    const fields = (res.json().error.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual([
      "awayReasons",
      "callbackOfferSeconds",
      "menu.en.greeting",
      "serviceLevelSeconds",
    ]);

    const unknownArticle = await put({ ...DEFAULT_PHONE_SETTINGS, hoursArticle: "no-such-article" });
    expect(unknownArticle.statusCode).toBe(400);
    expect(unknownArticle.json().error.details).toEqual([
      { field: "hoursArticle", message: 'No article has the address "no-such-article"' },
    ]);
    expect(await storedRow()).toBeNull();
    expect(await phoneAudits()).toHaveLength(0);
  });

  it("saves the whole settings with an audit row naming each changed field, and reads them back", async () => {
    const next = clone(DEFAULT_PHONE_SETTINGS);
    next.serviceLevelSeconds = 45;
    next.hoursArticle = "library-hours";
    next.awayReasons = ["lunch", "break", "outreach"];
    next.menu.es!.greeting = "Gracias por llamar a la línea 311 de Riverton.";
    const res = await put(next);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().changed.sort()).toEqual(
      ["awayReasons", "hoursArticle", "menu.es.greeting", "serviceLevelSeconds"].sort(),
    );
    expect(res.json().settings).toEqual(next);
    expect((await get("/api/admin/phone")).json()).toEqual(next);
    // The rest of civic311 (the menu, the wallboard) reads the same settings.
    expect(await readPhoneSettings(city.database.db)).toEqual(next);
    const [row, ...more] = await phoneAudits();
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({
      action: "phone.settings_updated",
      entity: "phone_settings",
      actorLabel: "Alex Admin",
    });
    expect(row?.data).toEqual({
      changes: {
        serviceLevelSeconds: { from: 30, to: 45 },
        hoursArticle: { from: "city-hall-hours", to: "library-hours" },
        awayReasons: { from: DEFAULT_PHONE_SETTINGS.awayReasons, to: ["lunch", "break", "outreach"] },
        "menu.es.greeting": {
          from: DEFAULT_PHONE_SETTINGS.menu.es!.greeting,
          to: "Gracias por llamar a la línea 311 de Riverton.",
        },
      },
    });
    // The same values again change nothing and add no audit row.
    const again = await put(next);
    expect(again.json().changed).toEqual([]);
    expect(await phoneAudits()).toHaveLength(1);
  });

  it("turns the Spanish menu off: a menu saved without es reads back without it, audited", async () => {
    const englishOnly = clone((await get("/api/admin/phone")).json() as PhoneSettings);
    delete englishOnly.menu.es;
    expect((await put(englishOnly)).statusCode).toBe(200);
    expect(((await get("/api/admin/phone")).json() as PhoneSettings).menu.es).toBeUndefined();
    const last = (await phoneAudits()).at(-1)!;
    const changes = (last.data as { changes: Record<string, { to: unknown }> }).changes;
    expect(Object.keys(changes)).toEqual(["menu.es"]);
    expect(changes["menu.es"]?.to).toBeNull();
  });

  it("is for administrators only: other staff are told there is nothing here", async () => {
    const supervisor = await signInAs(city.app, "supervisor@civic311.example");
    expect((await get("/api/admin/phone", supervisor)).statusCode).toBe(404);
    expect((await put(DEFAULT_PHONE_SETTINGS, supervisor)).statusCode).toBe(404);
    expect((await city.app.inject({ method: "GET", url: "/api/admin/phone" })).statusCode).toBe(401);
  });
});
