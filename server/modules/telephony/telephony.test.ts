import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentStatePeriods, calls, constituents, interactions, users } from "../../db/schema/index.js";
import { type StaffSessionCookies, signInAs, TEST_NOW, type TestCity, testCity } from "../../test/app.js";
import { postCallEvents } from "../../test/phone.js";

let city: TestCity;
let op: StaffSessionCookies;
let supervisor: StaffSessionCookies;
const OP = "operator@civic311.example";
const t = (seconds: number) => new Date(Date.parse(TEST_NOW) + seconds * 1000);

beforeAll(async () => {
  city = await testCity({ requests: 10, interactions: 5 });
  op = await signInAs(city.app, OP);
  supervisor = await signInAs(city.app, "supervisor@civic311.example");
});
afterAll(() => city?.close());

const get = (who: StaffSessionCookies, url: string) =>
  city.app.inject({ method: "GET", url, headers: who.headers });
const put = (who: StaffSessionCookies, url: string, payload: object) =>
  city.app.inject({ method: "PUT", url, headers: who.headers, payload });

describe("a call from a known caller, answered by an operator", () => {
  it("becomes the operator's contact with the call's times, and moves the operator's state", async () => {
    const [caller] = await city.database.db.select().from(constituents).where(eq(constituents.id, 1));
    expect(caller?.phone).toBeTruthy();
    expect((await put(op, "/api/telephony/me/state", { state: "available" })).statusCode).toBe(204);
    city.clock.set(t(60));
    const res = await postCallEvents(city.app, city.clock, [
      { callId: "CA-1", type: "arrived", at: t(0), from: caller!.phone!, to: "311" },
      { callId: "CA-1", type: "queued", at: t(5) },
      { callId: "CA-1", type: "offered", at: t(20), agent: OP },
      { callId: "CA-1", type: "answered", at: t(22), agent: OP },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().results.map((r: { status: string }) => r.status)).toEqual([
      "recorded",
      "recorded",
      "recorded",
      "recorded",
    ]);
    const [row] = await city.database.db.select().from(calls).where(eq(calls.externalId, "CA-1"));
    expect(row).toMatchObject({ constituentId: caller!.id, queueSeconds: 17 });
    const [contact] = await city.database.db
      .select()
      .from(interactions)
      .where(eq(interactions.id, row!.interactionId!));
    expect(contact?.startedAt.toISOString()).toBe(t(22).toISOString());
    expect(contact?.constituentId).toBe(caller!.id);
    const me = (await get(op, "/api/telephony/me")).json();
    expect(me).toMatchObject({ state: "on_call", callId: row!.id });

    // A repeat changes nothing; the end moves the operator to wrap-up.
    const again = await postCallEvents(city.app, city.clock, {
      callId: "CA-1",
      type: "answered",
      at: t(22),
      agent: OP,
    });
    expect(again.json().results[0].status).toBe("duplicate");
    await postCallEvents(city.app, city.clock, { callId: "CA-1", type: "ended", at: t(50) });
    expect((await get(op, "/api/telephony/me")).json()).toMatchObject({ state: "wrap_up" });
    const periods = await city.database.db.select().from(agentStatePeriods);
    expect(periods.map((p) => p.state)).toEqual(["available", "on_call", "wrap_up"]);
    const board = (await get(supervisor, "/api/telephony/wallboard")).json();
    expect(board.today).toMatchObject({
      arrived: 1,
      answered: 1,
      answeredWithinThreshold: 1,
      serviceLevelPercent: 100,
    });
  });

  it("refuses a forged signature and changes nothing", async () => {
    const res = await postCallEvents(
      city.app,
      city.clock,
      { callId: "CA-X", type: "arrived", at: t(70) },
      { secret: "x".repeat(40) },
    );
    expect(res.statusCode).toBe(401);
    expect(await city.database.db.select().from(calls).where(eq(calls.externalId, "CA-X"))).toEqual([]);
  });
});

describe("a caller who hears two menu options", () => {
  it("records both choices (each option is its own event; a repeat of either is a duplicate)", async () => {
    city.clock.set(t(600));
    const res = await postCallEvents(city.app, city.clock, [
      { callId: "CA-M1", type: "arrived", at: t(500), from: "+16175550100", to: "311" },
      { callId: "CA-M1", type: "menu", at: t(510), option: "hours", language: "en" },
      { callId: "CA-M1", type: "menu", at: t(540), option: "status", language: "en" },
      { callId: "CA-M1", type: "menu", at: t(540), option: "status", language: "en" },
      { callId: "CA-M1", type: "ended", at: t(580) },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().results.map((r: { status: string }) => r.status)).toEqual([
      "recorded",
      "recorded",
      "recorded",
      "duplicate",
      "recorded",
    ]);
    const [row] = await city.database.db.select().from(calls).where(eq(calls.externalId, "CA-M1"));
    expect(row?.selfService).toEqual(["hours", "status"]);
  });
});

describe("a caller still in the menu", () => {
  it("is not self-served until they hang up without asking for an operator", async () => {
    city.clock.set(t(900));
    const selfServed = async () =>
      (await get(supervisor, "/api/telephony/wallboard")).json().today.selfServed as number;
    const before = await selfServed();
    await postCallEvents(city.app, city.clock, [
      { callId: "CA-M2", type: "arrived", at: t(800), from: "+16175550101", to: "311" },
      { callId: "CA-M2", type: "menu", at: t(810), option: "hours", language: "en" },
    ]);
    expect(await selfServed()).toBe(before);
    await postCallEvents(city.app, city.clock, { callId: "CA-M2", type: "ended", at: t(850) });
    expect(await selfServed()).toBe(before + 1);
  });
});

describe("an operator's call events arriving late", () => {
  it("take their place in the operator's history without changing the state they are in now", async () => {
    const ADMIN = "admin@civic311.example";
    const admin = await signInAs(city.app, ADMIN);
    city.clock.set(t(1000));
    expect((await put(admin, "/api/telephony/me/state", { state: "available" })).statusCode).toBe(204);
    city.clock.set(t(1500));
    // The second call is answered before the end of the first is heard of; the second's transfer comes
    // after its end.
    await postCallEvents(city.app, city.clock, [
      { callId: "CA-L1", type: "arrived", at: t(1000), from: "+16175550102" },
      { callId: "CA-L1", type: "queued", at: t(1005) },
      { callId: "CA-L1", type: "answered", at: t(1010), agent: ADMIN },
      { callId: "CA-L2", type: "arrived", at: t(1100), from: "+16175550103" },
      { callId: "CA-L2", type: "queued", at: t(1105) },
      { callId: "CA-L2", type: "answered", at: t(1200), agent: ADMIN },
    ]);
    await postCallEvents(city.app, city.clock, { callId: "CA-L1", type: "ended", at: t(1100) });
    await postCallEvents(city.app, city.clock, { callId: "CA-L2", type: "ended", at: t(1300) });
    await postCallEvents(city.app, city.clock, {
      callId: "CA-L2",
      type: "transferred",
      at: t(1250),
      target: "DPW",
    });
    const ids = Object.fromEntries(
      (await city.database.db.select().from(calls)).map((c) => [c.externalId, c.id]),
    );
    const [me] = await city.database.db.select().from(users).where(eq(users.email, ADMIN));
    const mine = (await city.database.db.select().from(agentStatePeriods))
      .filter((p) => p.userId === me!.id)
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    const s = (d: Date | null) => (d ? (d.getTime() - Date.parse(TEST_NOW)) / 1000 : null);
    expect(mine.map((p) => [p.state, p.callId, s(p.startedAt), s(p.endedAt)])).toEqual([
      ["available", null, 1000, 1010],
      ["on_call", ids["CA-L1"], 1010, 1100],
      ["wrap_up", ids["CA-L1"], 1100, 1200],
      ["on_call", ids["CA-L2"], 1200, 1250],
      ["wrap_up", ids["CA-L2"], 1250, null],
    ]);
    expect((await get(admin, "/api/telephony/me")).json()).toMatchObject({
      state: "wrap_up",
      callId: ids["CA-L2"],
      since: t(1250).toISOString(),
    });
  });
});

describe("a transferred call whose transfer is heard of after its end", () => {
  it("does not take the operator off the next call they answered; the transfer dates their wrap-up", async () => {
    const SUP = "supervisor@civic311.example";
    city.clock.set(t(2000));
    expect((await put(supervisor, "/api/telephony/me/state", { state: "available" })).statusCode).toBe(204);
    city.clock.set(t(2600));
    // Transferred at 2100 (the caller stays on with the department until 2400); the operator answers the
    // next call at 2150. The phone system reports the transfer last.
    await postCallEvents(city.app, city.clock, [
      { callId: "CA-T1", type: "arrived", at: t(2000), from: "+16175550104" },
      { callId: "CA-T1", type: "queued", at: t(2005) },
      { callId: "CA-T1", type: "answered", at: t(2010), agent: SUP },
      { callId: "CA-T2", type: "arrived", at: t(2100), from: "+16175550105" },
      { callId: "CA-T2", type: "queued", at: t(2110) },
      { callId: "CA-T2", type: "answered", at: t(2150), agent: SUP },
      { callId: "CA-T1", type: "ended", at: t(2400) },
    ]);
    const ids = Object.fromEntries(
      (await city.database.db.select().from(calls)).map((c) => [c.externalId, c.id]),
    );
    expect((await get(supervisor, "/api/telephony/me")).json()).toMatchObject({
      state: "on_call",
      callId: ids["CA-T2"],
    });
    await postCallEvents(city.app, city.clock, {
      callId: "CA-T1",
      type: "transferred",
      at: t(2100),
      target: "DPW",
    });
    const [me] = await city.database.db.select().from(users).where(eq(users.email, SUP));
    const mine = (await city.database.db.select().from(agentStatePeriods))
      .filter((p) => p.userId === me!.id)
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    const s = (d: Date | null) => (d ? (d.getTime() - Date.parse(TEST_NOW)) / 1000 : null);
    expect(mine.map((p) => [p.state, p.callId, s(p.startedAt), s(p.endedAt)])).toEqual([
      ["available", null, 2000, 2010],
      ["on_call", ids["CA-T1"], 2010, 2100],
      ["wrap_up", ids["CA-T1"], 2100, 2150],
      ["on_call", ids["CA-T2"], 2150, null],
    ]);
  });
});

describe("a call answered while the end of the operator's previous, transferred call was already heard of", () => {
  it("puts the operator on the new call from its answer, and the transfer dates the earlier wrap-up", async () => {
    const SUP = "supervisor@civic311.example";
    city.clock.set(t(3600));
    // X is transferred at 3100 (the caller stays on until 3400); the operator answers Y at 3150. The phone
    // system reports X's end first, then Y's answer, then X's transfer, then Y's end.
    await postCallEvents(city.app, city.clock, [
      { callId: "CA-X", type: "arrived", at: t(3000), from: "+16175550106" },
      { callId: "CA-X", type: "answered", at: t(3010), agent: SUP, queueSeconds: 5 },
      { callId: "CA-X", type: "ended", at: t(3400) },
      { callId: "CA-Y", type: "arrived", at: t(3120), from: "+16175550107" },
      { callId: "CA-Y", type: "answered", at: t(3150), agent: SUP, queueSeconds: 20 },
      { callId: "CA-X", type: "transferred", at: t(3100), target: "DPW" },
    ]);
    const ids = Object.fromEntries(
      (await city.database.db.select().from(calls)).map((c) => [c.externalId, c.id]),
    );
    expect((await get(supervisor, "/api/telephony/me")).json()).toMatchObject({
      state: "on_call",
      callId: ids["CA-Y"],
      since: t(3150).toISOString(),
    });
    await postCallEvents(city.app, city.clock, { callId: "CA-Y", type: "ended", at: t(3500) });
    const [me] = await city.database.db.select().from(users).where(eq(users.email, SUP));
    const mine = (await city.database.db.select().from(agentStatePeriods))
      .filter((p) => p.userId === me!.id && (p.callId === ids["CA-X"] || p.callId === ids["CA-Y"]))
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    const s = (d: Date | null) => (d ? (d.getTime() - Date.parse(TEST_NOW)) / 1000 : null);
    expect(mine.map((p) => [p.state, p.callId, s(p.startedAt), s(p.endedAt)])).toEqual([
      ["on_call", ids["CA-X"], 3010, 3100],
      ["wrap_up", ids["CA-X"], 3100, 3150],
      ["on_call", ids["CA-Y"], 3150, 3500],
      ["wrap_up", ids["CA-Y"], 3500, null],
    ]);
  });
});

describe("the end of an earlier call heard of while the operator is on a later one", () => {
  it("does not cut the later call short: the operator had left the earlier one (its transfer comes later)", async () => {
    const ADMIN = "admin@civic311.example";
    const admin = await signInAs(city.app, ADMIN);
    city.clock.set(t(4600));
    // X is transferred at 4100; the operator answers Y at 4200, transfers it at 4300. X's caller hangs up
    // at 4250. The phone system reports Y's transfer and answer, then X's end, and X's transfer last.
    await postCallEvents(city.app, city.clock, [
      { callId: "CA-X2", type: "arrived", at: t(4000), from: "+16175550108" },
      { callId: "CA-X2", type: "answered", at: t(4010), agent: ADMIN, queueSeconds: 5 },
      { callId: "CA-Y2", type: "transferred", at: t(4300), target: "DPW" },
      { callId: "CA-Y2", type: "answered", at: t(4200), agent: ADMIN, queueSeconds: 9 },
      { callId: "CA-X2", type: "ended", at: t(4250) },
      { callId: "CA-X2", type: "transferred", at: t(4100), target: "BTD" },
    ]);
    const ids = Object.fromEntries(
      (await city.database.db.select().from(calls)).map((c) => [c.externalId, c.id]),
    );
    const [me] = await city.database.db.select().from(users).where(eq(users.email, ADMIN));
    const mine = (await city.database.db.select().from(agentStatePeriods))
      .filter((p) => p.userId === me!.id && (p.callId === ids["CA-X2"] || p.callId === ids["CA-Y2"]))
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    const s = (d: Date | null) => (d ? (d.getTime() - Date.parse(TEST_NOW)) / 1000 : null);
    expect(mine.map((p) => [p.state, p.callId, s(p.startedAt), s(p.endedAt)])).toEqual([
      ["on_call", ids["CA-X2"], 4010, 4100],
      ["wrap_up", ids["CA-X2"], 4100, 4200],
      ["on_call", ids["CA-Y2"], 4200, 4300],
      ["wrap_up", ids["CA-Y2"], 4300, null],
    ]);
    expect((await get(admin, "/api/telephony/me")).json()).toMatchObject({
      state: "wrap_up",
      callId: ids["CA-Y2"],
    });
  });
});

describe("batches sent at the same time", () => {
  it("touching the same calls in opposite orders all land (a deadlock is retried), each event once", async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `CA-RACE-${i}`);
    const batch = (order: string[], type: "arrived" | "queued", at: number) =>
      order.map((callId) => ({ callId, type, at: t(at), from: "+16175550000" }));
    city.clock.set(t(100));
    const sent = await Promise.all([
      postCallEvents(city.app, city.clock, [...batch(ids, "arrived", 90), ...batch(ids, "queued", 95)]),
      postCallEvents(city.app, city.clock, [
        ...batch([...ids].reverse(), "queued", 95),
        ...batch([...ids].reverse(), "arrived", 90),
      ]),
      postCallEvents(city.app, city.clock, batch(ids.slice(3, 9), "queued", 95)),
    ]);
    for (const res of sent) expect(res.statusCode, res.body).toBe(200);
    const statuses = sent.flatMap((r) => r.json().results.map((x: { status: string }) => x.status));
    expect(statuses.filter((s) => s === "recorded")).toHaveLength(24);
    expect(statuses.filter((s) => s === "duplicate")).toHaveLength(30);
    const rows = await city.database.db.select().from(calls).where(inArray(calls.externalId, ids));
    expect(rows).toHaveLength(12);
    for (const r of rows) expect(r.queuedAt?.toISOString()).toBe(t(95).toISOString());
  });
});

describe("signing out", () => {
  it("takes an operator off the phone line (offline from then), and leaves one already offline as they were", async () => {
    const who = await signInAs(city.app, "admin@civic311.example");
    city.clock.set(t(20_000));
    expect((await put(who, "/api/telephony/me/state", { state: "available" })).statusCode).toBe(204);
    city.clock.set(t(20_060));
    const out = await city.app.inject({ method: "DELETE", url: "/api/session", headers: who.headers });
    expect(out.statusCode).toBe(204);
    const again = await signInAs(city.app, "admin@civic311.example");
    const me = (await get(again, "/api/telephony/me")).json();
    expect(me).toMatchObject({ state: "offline", since: t(20_060).toISOString() });
    const [admin] = await city.database.db
      .select()
      .from(users)
      .where(eq(users.email, "admin@civic311.example"));
    const periods = await city.database.db
      .select()
      .from(agentStatePeriods)
      .where(eq(agentStatePeriods.userId, admin!.id));
    expect(periods.map((p) => p.state).slice(-2)).toEqual(["available", "offline"]);
    city.clock.set(t(20_100));
    await city.app.inject({ method: "DELETE", url: "/api/session", headers: again.headers });
    const after = await city.database.db
      .select()
      .from(agentStatePeriods)
      .where(eq(agentStatePeriods.userId, admin!.id));
    expect(after).toHaveLength(periods.length);
  });
});

describe("clocks that differ a little", () => {
  it("an answer dated just before the operator pressed Available still puts them on the call, then in wrap-up", async () => {
    const who = await signInAs(city.app, "supervisor@civic311.example");
    city.clock.set(new Date(t(30_000).getTime() + 700));
    expect((await put(who, "/api/telephony/me/state", { state: "available" })).statusCode).toBe(204);
    const sent = await postCallEvents(city.app, city.clock, [
      { callId: "CA-SKEW", type: "arrived", at: t(29_980), from: "+16175550999" },
      { callId: "CA-SKEW", type: "answered", at: t(30_000), agent: "supervisor@civic311.example" },
    ]);
    expect(sent.statusCode, sent.body).toBe(200);
    const [call] = await city.database.db.select().from(calls).where(eq(calls.externalId, "CA-SKEW"));
    expect((await get(who, "/api/telephony/me")).json()).toMatchObject({
      state: "on_call",
      callId: call!.id,
    });
    city.clock.set(t(30_100));
    await postCallEvents(city.app, city.clock, { callId: "CA-SKEW", type: "ended", at: t(30_090) });
    expect((await get(who, "/api/telephony/me")).json()).toMatchObject({
      state: "wrap_up",
      since: t(30_090).toISOString(),
    });
  });

  it("refuses an event dated more than five minutes ahead (400 naming it, nothing kept)", async () => {
    city.clock.set(t(31_000));
    const res = await postCallEvents(city.app, city.clock, [
      { callId: "CA-FUTURE", type: "arrived", at: t(31_000) },
      { callId: "CA-FUTURE", type: "queued", at: t(31_000 + 3600) },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: "events.1.at", message: expect.stringMatching(/ahead of the server's clock/) },
    ]);
    expect(await city.database.db.select().from(calls).where(eq(calls.externalId, "CA-FUTURE"))).toEqual([]);
  });

  it("an operator's own change takes effect even after a call dated a little ahead of the server", async () => {
    const who = await signInAs(city.app, "supervisor@civic311.example");
    city.clock.set(t(32_000));
    await postCallEvents(city.app, city.clock, [
      { callId: "CA-AHEAD", type: "answered", at: t(32_120), agent: "supervisor@civic311.example" },
      { callId: "CA-AHEAD", type: "ended", at: t(32_200) },
    ]);
    expect((await get(who, "/api/telephony/me")).json()).toMatchObject({ state: "wrap_up" });
    expect((await put(who, "/api/telephony/me/state", { state: "available" })).statusCode).toBe(204);
    expect((await get(who, "/api/telephony/me")).json()).toMatchObject({
      state: "available",
      since: t(32_200).toISOString(),
    });
  });
});

describe("late news about a call's contact", () => {
  it("a number heard after the answer names the contact's caller", async () => {
    const [caller] = await city.database.db.select().from(constituents).where(eq(constituents.id, 2));
    expect(caller?.phone).toBeTruthy();
    city.clock.set(t(40_000));
    await postCallEvents(city.app, city.clock, [
      { callId: "CA-LATE-NUMBER", type: "answered", at: t(39_990), agent: OP },
      { callId: "CA-LATE-NUMBER", type: "arrived", at: t(39_950), from: caller!.phone! },
    ]);
    const [call] = await city.database.db.select().from(calls).where(eq(calls.externalId, "CA-LATE-NUMBER"));
    const [contact] = await city.database.db
      .select()
      .from(interactions)
      .where(eq(interactions.id, call!.interactionId!));
    expect(call?.constituentId).toBe(caller!.id);
    expect(contact?.constituentId).toBe(caller!.id);
  });

  it("an abandonment followed by an earlier callback request is a callback, and its abandoned contact goes", async () => {
    city.clock.set(t(41_000));
    await postCallEvents(city.app, city.clock, [
      { callId: "CA-LATE-CB", type: "arrived", at: t(40_800), from: "+16175550777" },
      { callId: "CA-LATE-CB", type: "queued", at: t(40_810) },
      { callId: "CA-LATE-CB", type: "abandoned", at: t(40_950) },
    ]);
    const [before] = await city.database.db.select().from(calls).where(eq(calls.externalId, "CA-LATE-CB"));
    expect(before?.interactionId).not.toBeNull();
    const abandonedContact = before!.interactionId!;
    const late = await postCallEvents(city.app, city.clock, {
      callId: "CA-LATE-CB",
      type: "callback_requested",
      at: t(40_940),
    });
    expect(late.statusCode, late.body).toBe(200);
    const [after] = await city.database.db.select().from(calls).where(eq(calls.externalId, "CA-LATE-CB"));
    expect(after).toMatchObject({ abandonedAt: null, interactionId: null });
    expect(after?.callbackRequestedAt?.toISOString()).toBe(t(40_940).toISOString());
    expect(
      await city.database.db.select().from(interactions).where(eq(interactions.id, abandonedContact)),
    ).toEqual([]);
    const queue = (await get(op, "/api/telephony/queue")).json().queue as { callId: number; kind: string }[];
    expect(queue).toContainEqual(expect.objectContaining({ callId: after!.id, kind: "callback" }));
  });
});

describe("the console and the phone system at the same call", () => {
  it("an operator starting a contact for a call the answer already made one for gets that contact", async () => {
    city.clock.set(t(50_000));
    await postCallEvents(city.app, city.clock, [
      { callId: "CA-BOTH", type: "arrived", at: t(49_990), from: "+16175550888" },
      { callId: "CA-BOTH", type: "answered", at: t(49_995), agent: OP },
    ]);
    const [call] = await city.database.db.select().from(calls).where(eq(calls.externalId, "CA-BOTH"));
    const started = await city.app.inject({
      method: "POST",
      url: "/api/interactions",
      headers: op.headers,
      payload: { channel: "phone", externalCallId: "CA-BOTH" },
    });
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json().id).toBe(call!.interactionId);
    const mine = await city.database.db
      .select()
      .from(interactions)
      .where(eq(interactions.externalCallId, "CA-BOTH"));
    expect(mine).toHaveLength(1);
  });
});
