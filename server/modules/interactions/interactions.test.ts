import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  calls,
  constituents,
  followers,
  kbArticles,
  requestEvents,
  serviceRequests,
} from "../../db/schema/index.js";
import { type StaffSessionCookies, signInAs, TEST_NOW, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { postCallEvents } from "../../test/phone.js";
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

describe(`interactions on ${DB_KIND}: a contact from a phone call shows the call's times`, () => {
  const OP = "operator@civic311.example";
  const t = (seconds: number) => new Date(Date.parse(TEST_NOW) + seconds * 1000);
  const iso = (seconds: number) => t(seconds).toISOString();
  const post = async (events: Parameters<typeof postCallEvents>[2]) => {
    const res = await postCallEvents(city.app, city.clock, events);
    expect(res.statusCode, res.body).toBe(200);
  };
  const contactOf = async (externalId: string, column: "interactionId" | "callbackInteractionId") => {
    const [row] = await city.database.db.select().from(calls).where(eq(calls.externalId, externalId));
    const id = row?.[column];
    expect(id).toBeTruthy();
    return id!;
  };

  it("an answered call: the contact starts when it was answered and has its arrival, answer, end, queue and talk", async () => {
    at(3600);
    await post([
      { callId: "IX-1", type: "arrived", at: t(3000), from: "555-010-9999", to: "311" },
      { callId: "IX-1", type: "queued", at: t(3005) },
      { callId: "IX-1", type: "offered", at: t(3020), agent: OP },
      { callId: "IX-1", type: "answered", at: t(3022), agent: OP },
    ]);
    const id = await contactOf("IX-1", "interactionId");
    const during = (await call(op, "GET", `/api/interactions/${id}`)).json();
    expect(during.startedAt).toBe(iso(3022));
    expect(during.call).toEqual({
      arrivedAt: iso(3000),
      answeredAt: iso(3022),
      endedAt: null,
      queueSeconds: 17,
      talkSeconds: null,
    });
    await post([{ callId: "IX-1", type: "ended", at: t(3150) }]);
    at(3200);
    const ended = (await call(op, "POST", `/api/interactions/${id}/end`, { wrapUpCode: "resolved" })).json();
    expect(ended.call).toEqual({
      arrivedAt: iso(3000),
      answeredAt: iso(3022),
      endedAt: iso(3150),
      queueSeconds: 17,
      talkSeconds: 128,
    });
    expect(ended.handleSeconds).toBe(178);
  });

  it("a transferred call's talk ends at the transfer; an abandoned call has queue time and no talk", async () => {
    at(3700);
    await post([
      { callId: "IX-2", type: "arrived", at: t(3300) },
      { callId: "IX-2", type: "queued", at: t(3302) },
      { callId: "IX-2", type: "answered", at: t(3310), agent: OP },
      { callId: "IX-2", type: "transferred", at: t(3370), agent: OP, target: "clerk" },
      { callId: "IX-2", type: "ended", at: t(3400) },
      { callId: "IX-3", type: "arrived", at: t(3500) },
      { callId: "IX-3", type: "queued", at: t(3505) },
      { callId: "IX-3", type: "abandoned", at: t(3545), queueSeconds: 40 },
    ]);
    const transferred = (
      await call(op, "GET", `/api/interactions/${await contactOf("IX-2", "interactionId")}`)
    ).json();
    expect(transferred.call).toMatchObject({ answeredAt: iso(3310), endedAt: iso(3400), talkSeconds: 60 });
    const abandoned = (
      await call(supervisor, "GET", `/api/interactions/${await contactOf("IX-3", "interactionId")}`)
    ).json();
    expect(abandoned.outcomes).toEqual(["abandoned"]);
    expect(abandoned.call).toEqual({
      arrivedAt: iso(3500),
      answeredAt: null,
      endedAt: iso(3545),
      queueSeconds: 40,
      talkSeconds: null,
    });
  });

  it("a callback's contact shows the call the caller waited on; contacts no call describes have none", async () => {
    at(3800);
    await post([
      { callId: "IX-4", type: "arrived", at: t(3600), from: "555-010-8888" },
      { callId: "IX-4", type: "queued", at: t(3601) },
      { callId: "IX-4", type: "callback_requested", at: t(3700) },
    ]);
    const [row] = await city.database.db.select().from(calls).where(eq(calls.externalId, "IX-4"));
    const taken = await call(op, "POST", `/api/telephony/callbacks/${row!.id}/start`);
    expect(taken.statusCode, taken.body).toBe(201);
    const callback = (await call(op, "GET", `/api/interactions/${taken.json().interactionId}`)).json();
    expect(callback.startedAt).toBe(iso(3800));
    expect(callback.call).toMatchObject({ arrivedAt: iso(3600), answeredAt: null, talkSeconds: null });

    const walkIn = (await call(op, "POST", "/api/interactions", { channel: "walk_in" })).json();
    expect(walkIn.call).toBeNull();
    // A contact naming a call's id that is not that call's contact is not given its times.
    const named = (
      await call(op, "POST", "/api/interactions", { channel: "phone", externalCallId: "IX-1" })
    ).json();
    expect(named.call).toBeNull();
  });
});
