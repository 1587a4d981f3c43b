import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  constituents,
  followers,
  kbArticles,
  requestEvents,
  serviceRequests,
} from "../../db/schema/index.js";
import { type StaffSessionCookies, signInAs, TEST_NOW, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { createUser } from "../auth/index.js";

let city: TestCity;
let op: StaffSessionCookies;
let other: StaffSessionCookies;
let supervisor: StaffSessionCookies;

beforeAll(async () => {
  city = await testCity({ requests: 10, interactions: 5 });
  await city.database.db.transaction((tx) =>
    createUser(
      { tx, actor: { kind: "system", label: "t" } },
      {
        email: "op2@civic311.example",
        name: "Second Operator",
        password: "a-long-password-9",
        role: "operator",
      },
    ),
  );
  op = await signInAs(city.app, "operator@civic311.example");
  other = await signInAs(city.app, "op2@civic311.example", "a-long-password-9");
  supervisor = await signInAs(city.app, "supervisor@civic311.example");
});
afterAll(() => city?.close());

const call = (who: StaffSessionCookies, method: "GET" | "POST", url: string, payload?: object) =>
  city.app.inject({ method, url, headers: who.headers, payload });
const at = (seconds: number) => city.clock.set(new Date(Date.parse(TEST_NOW) + seconds * 1000));

describe(`interactions on ${DB_KIND}: every contact leaves an outcome and a handle time`, () => {
  it("answers 'what are City Hall's hours?' from an article, counts the use, and wraps up", async () => {
    at(0);
    const started = await call(op, "POST", "/api/interactions", { channel: "phone" });
    expect(started.statusCode).toBe(201);
    const id = started.json().id;
    const hits = (
      await call(op, "GET", `/api/search?q=${encodeURIComponent("what are city hall's hours")}`)
    ).json().results;
    const article = hits.find(
      (h: { kind: string; code: string }) => h.kind === "article" && h.code === "city-hall-hours",
    );
    expect(article).toBeDefined();
    const articleUses = async () =>
      (
        await city.database.db
          .select({ n: kbArticles.useCount })
          .from(kbArticles)
          .where(eq(kbArticles.id, article.id))
      )[0]!.n;
    const before = await articleUses();
    expect(
      (await call(op, "POST", `/api/interactions/${id}/answers`, { articleId: article.id })).statusCode,
    ).toBe(200);
    at(95);
    const ended = (
      await call(op, "POST", `/api/interactions/${id}/end`, { wrapUpCode: "resolved", note: "Gave hours" })
    ).json();
    expect(ended).toMatchObject({
      outcomes: ["answered"],
      handleSeconds: 95,
      wrapUpCode: "resolved",
      articles: [{ id: article.id }],
    });
    expect(await articleUses()).toBe(before + 1);
    expect(
      (await call(op, "POST", `/api/interactions/${id}/answers`, { articleId: article.id })).statusCode,
    ).toBe(409);
  });

  let pothole = "";
  it("creates a pothole request for the caller during the contact, routed with a due date", async () => {
    at(0);
    const id = (
      await call(op, "POST", "/api/interactions", {
        channel: "phone",
        constituent: { firstName: "Maria", lastName: "Silva", phone: "(555) 222-0101" },
      })
    ).json().id;
    const made = await call(op, "POST", `/api/interactions/${id}/requests`, {
      serviceCode: "pothole",
      answers: { size: "larger_than_tire" },
      location: { address: "40 Elm Street, Riverton, MA", lat: 42.41, lng: -71.32 },
    });
    expect(made.statusCode, made.body).toBe(201);
    pothole = made.json().number;
    expect(made.json().dueAt).toBe("2026-12-01T20:30:00.000Z");
    expect(made.json().interaction.outcomes).toEqual(["request_created"]);
    const detail = (await call(supervisor, "GET", `/api/requests/${pothole}`)).json();
    expect(detail).toMatchObject({
      department: { code: "dpw" },
      channel: "phone",
      constituent: { name: "Maria Silva" },
    });
    at(240);
    expect(
      (await call(op, "POST", `/api/interactions/${id}/end`, { wrapUpCode: "request_created" })).json()
        .handleSeconds,
    ).toBe(240);
  });

  it("a new caller's details make a constituent the console then finds; details naming nobody leave the contact anonymous", async () => {
    const made = await call(op, "POST", "/api/interactions", {
      channel: "walk_in",
      constituent: {
        firstName: "Ana",
        lastName: "Pereira",
        phone: "555-014-7788",
        email: "Ana.Pereira@Example.org",
        address: "7 Birch Street, Riverton, MA",
        language: "pt",
        contactPreference: "sms",
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().constituent).toMatchObject({
      name: "Ana Pereira",
      phone: "555-014-7788",
      email: "ana.pereira@example.org",
    });
    const found = (await call(op, "GET", "/api/constituents?q=0147788")).json().items;
    expect(found.map((c: { id: number }) => c.id)).toContain(made.json().constituent.id);
    const [person] = await city.database.db
      .select()
      .from(constituents)
      .where(eq(constituents.id, made.json().constituent.id));
    expect(person).toMatchObject({
      address: "7 Birch Street, Riverton, MA",
      language: "pt",
      contactPreference: "sms",
    });

    const anonymous = await call(op, "POST", "/api/interactions", {
      channel: "phone",
      constituent: { language: "es" },
    });
    expect(anonymous.json().constituent).toBeNull();
    const before = await city.database.db.$count(constituents);
    const bad = await call(op, "POST", "/api/interactions", {
      channel: "phone",
      constituent: { firstName: "X", language: "fr" },
    });
    expect(bad.statusCode).toBe(400);
    expect(await city.database.db.$count(constituents)).toBe(before);
  });

  it("a second caller for the same pothole follows the existing request (me too)", async () => {
    const id = (
      await call(op, "POST", "/api/interactions", {
        channel: "phone",
        constituent: { firstName: "Ken", lastName: "Ito" },
      })
    ).json().id;
    const linked = (await call(op, "POST", `/api/interactions/${id}/links`, { number: pothole })).json();
    expect(linked.outcomes).toEqual(["request_linked"]);
    expect(linked.requests).toEqual([{ number: pothole, relation: "linked" }]);
    const [req] = await city.database.db
      .select({ id: serviceRequests.id })
      .from(serviceRequests)
      .where(eq(serviceRequests.number, pothole));
    expect(
      await city.database.db.select().from(followers).where(eq(followers.requestId, req!.id)),
    ).toHaveLength(2);
    const events = await city.database.db
      .select({ type: requestEvents.type })
      .from(requestEvents)
      .where(eq(requestEvents.requestId, req!.id));
    expect(events.map((e) => e.type)).toContain("caller_added");
  });

  it("refers a driver's-license question to the Registry of Motor Vehicles and ends the contact", async () => {
    const id = (await call(op, "POST", "/api/interactions", { channel: "walk_in" })).json().id;
    const referred = (
      await call(op, "POST", `/api/interactions/${id}/referral`, { agencyCode: "rmv" })
    ).json();
    expect(referred.outcomes).toEqual(["referred"]);
    expect(referred.referredTo).toMatchObject({
      code: "rmv",
      name: expect.stringMatching(/Registry of Motor Vehicles/),
    });
    expect(referred.referredTo.phone).toBeTruthy();
    expect(referred.endedAt).not.toBeNull();
  });

  it("transfers to the City Clerk, showing the transfer number, and ends the contact", async () => {
    const id = (await call(op, "POST", "/api/interactions", { channel: "phone" })).json().id;
    const moved = (
      await call(op, "POST", `/api/interactions/${id}/transfer`, { departmentCode: "clerk" })
    ).json();
    expect(moved).toMatchObject({
      outcomes: ["transferred"],
      transferredTo: { code: "clerk", name: "City Clerk" },
    });
    expect(moved.transferredTo.transferPhone).toBeTruthy();
    expect(
      (await call(op, "POST", `/api/interactions/${id}/transfer`, { departmentCode: "clerk" })).statusCode,
    ).toBe(409);
  });

  it("records abandoned contacts, and keeps other operators out (404) while supervisors may look", async () => {
    const id = (await call(op, "POST", "/api/interactions", { channel: "phone" })).json().id;
    expect((await call(other, "GET", `/api/interactions/${id}`)).statusCode).toBe(404);
    expect((await call(other, "POST", `/api/interactions/${id}/end`, {})).statusCode).toBe(404);
    expect((await call(supervisor, "GET", `/api/interactions/${id}`)).statusCode).toBe(200);
    const ended = (await call(op, "POST", `/api/interactions/${id}/end`, { abandoned: true })).json();
    expect(ended.outcomes).toEqual(["abandoned"]);
    expect(
      (await city.app.inject({ method: "POST", url: "/api/interactions", payload: {} })).statusCode,
    ).toBe(401);
    expect(
      (await call(op, "POST", `/api/interactions/${id}/referral`, { agencyCode: "nope" })).statusCode,
    ).toBe(409);
  });
});
