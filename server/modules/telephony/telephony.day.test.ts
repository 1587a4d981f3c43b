import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallDashboard } from "../../../common/contracts/reports.js";
import type { QueueEntry, Wallboard } from "../../../common/contracts/telephony.js";
import { rows } from "../../platform/db.js";
import {
  type StaffSessionCookies,
  signInAs,
  TEST_NOW,
  TEST_WEBHOOK_SECRET,
  type TestCity,
  testCity,
} from "../../test/app.js";
import { postCallEvents, type ScriptedEvent } from "../../test/phone.js";
import { type DeliveryPlan, planDelivery, type SimulatedDay, simulateDay } from "../../test/phone-day.js";
import { createUser } from "../auth/index.js";
import { SIGNATURE_HEADER, signWebhook } from "./webhook.signature.js";

/**
 * A simulated day on the phone line (server/test/phone-day.ts): about 2,500 calls posted as the phone system
 * would, batch by batch as the day goes, with duplicates, calls whose events arrive out of order, forged and
 * stale signatures; then the wallboard, the contacts and the operators' states are checked against figures
 * the simulation worked out itself.
 */

const PASSWORD = "a-long-password-1";
const DEMO = ["operator@civic311.example", "supervisor@civic311.example", "admin@civic311.example"];
const CREATED = Array.from({ length: 15 }, (_, i) => `phone-day-${i + 1}@civic311.example`);
const EMAILS = [...DEMO, ...CREATED];
const hms = (h: number, m: number, s = 0) => h * 3600 + m * 60 + s;
/** Mid-morning peak and mid-afternoon (instants with callers waiting): the queue and figures are checked there too. */
let CHECKPOINTS: number[] = [];
const END = hms(23, 59);
/** The day simulated; PHONE_DAY_SEED=<n> tries another (a failure names the seed in its title). */
const SEED = Number(process.env.PHONE_DAY_SEED ?? 311);

let city: TestCity;
let day: SimulatedDay;
let plan: DeliveryPlan;
const userIds = new Map<string, number>();
const sessions = new Map<string, StaffSessionCookies>();
/** civic311's call ids by the phone system's. */
let callIds = new Map<string, number>();

beforeAll(async () => {
  city = await testCity({ requests: 10, interactions: 5 });
  await city.database.db.transaction(async (tx) => {
    for (const [i, email] of CREATED.entries())
      await createUser(
        { tx, actor: { kind: "system", label: "test" } },
        { email, name: `Day Operator ${i + 1}`, password: PASSWORD, role: "operator" },
      );
  });
  const users = await rows<{ id: number; email: string }>(
    city.database.db,
    sql`select id, email from users where email in (${sql.join(
      EMAILS.map((e) => sql`${e}`),
      sql`, `,
    )})`,
  );
  for (const u of users) userIds.set(u.email, u.id);
  expect(userIds.size).toBe(EMAILS.length);
  day = simulateDay({
    seed: SEED,
    day: new Date(TEST_NOW),
    timeZone: city.config.timeZone,
    operators: EMAILS,
  });
  /** The first instant of a range (every 30 s) with the most callers waiting. */
  const busy = (from: number, to: number) => {
    let best = from;
    let most = -1;
    for (let second = from; second < to; second += 30) {
      const waiting = day.queueAt(second).filter((q) => q.kind === "call").length;
      if (waiting > most) [best, most] = [second, waiting];
    }
    return best;
  };
  CHECKPOINTS = [busy(hms(10, 30), hms(11, 30)), busy(hms(14, 15), hms(15, 30))];
  plan = planDelivery(day, { seed: SEED + 1, checkpoints: CHECKPOINTS, lastSecond: END });
}, 120_000);
afterAll(() => city?.close());

/** Signs in at the clock's time (sessions last 12 hours: each operator signs in at the start of the shift). */
const signIn = async (email: string) => {
  const s = await signInAs(city.app, email, DEMO.includes(email) ? "demo311" : PASSWORD);
  sessions.set(email, s);
  return s;
};
const get = async <T>(who: StaffSessionCookies, url: string): Promise<T> => {
  const res = await city.app.inject({ method: "GET", url, headers: who.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};

/** The body the phone system sends: one event alone, or a batch. */
const bodyOf = (events: ScriptedEvent[]) => {
  const list = events.map((e) => ({ ...e, at: e.at instanceof Date ? e.at.toISOString() : e.at }));
  return JSON.stringify(list.length === 1 ? list[0] : { events: list });
};

/** Rows of everything a call event can write. */
async function counts() {
  const [row] = await rows<Record<string, number>>(
    city.database.db,
    sql`select (select count(*)::int from calls) as calls, (select count(*)::int from call_events) as events,
      (select count(*)::int from interactions) as interactions,
      (select count(*)::int from agent_state_periods) as periods,
      (select count(*)::int from agent_states) as states, (select count(*)::int from audit_log) as audit`,
  );
  return row;
}

async function loadCallIds() {
  const list = await rows<{ id: number; external_id: string }>(
    city.database.db,
    sql`select id, external_id from calls where source = 'webhook'`,
  );
  callIds = new Map(list.map((r) => [r.external_id, r.id]));
}

/** The supervisor's wallboard and the queue at a local second, against the simulation. */
async function checkBoardAt(second: number) {
  const supervisor = await signIn("supervisor@civic311.example");
  await loadCallIds();
  const byId = new Map([...callIds].map(([ext, id]) => [id, ext]));
  const board = await get<Wallboard>(supervisor, "/api/telephony/wallboard");
  expect(board.date).toBe(day.date);
  expect(board.today).toEqual(day.figuresAt(second));

  const expected = day.queueAt(second).map((q) => ({
    callId: q.callId,
    kind: q.kind,
    waitSeconds: second - q.queuedAt,
  }));
  const { queue } = await get<{ queue: QueueEntry[] }>(supervisor, "/api/telephony/queue");
  const seen = queue.map((q) => ({ callId: byId.get(q.callId), kind: q.kind, waitSeconds: q.waitSeconds }));
  const order = (a: { callId?: string; waitSeconds: number }, b: { callId?: string; waitSeconds: number }) =>
    b.waitSeconds - a.waitSeconds || (a.callId ?? "").localeCompare(b.callId ?? "");
  expect(seen.sort(order)).toEqual(expected.sort(order));
  const calls = expected.filter((q) => q.kind === "call");
  expect(board.waiting).toBe(calls.length);
  expect(board.callbacksWaiting).toBe(expected.length - calls.length);
  expect(board.longestWaitSeconds).toBe(calls.length ? Math.max(...calls.map((q) => q.waitSeconds)) : null);

  const agents = { available: 0, on_call: 0, wrap_up: 0, away: 0, offline: 0 };
  for (const email of EMAILS) {
    const state = day.stateAt(email, second);
    if (state) agents[state] += 1;
  }
  expect(board.agents).toEqual(agents);
  return { board, queue: expected };
}

describe(`a simulated day of calls (seed ${SEED})`, () => {
  const midday: { waiting: number; callbacks: number }[] = [];
  let refused = 0;
  let duplicatesAnswered = 0;

  it("is a realistic day (checked on the simulation itself)", () => {
    const f = day.figuresAt(END);
    expect(f.arrived).toBeGreaterThan(2000);
    expect(f.arrived).toBeLessThan(3000);
    expect(f.selfServed / f.arrived).toBeGreaterThan(0.1);
    expect(f.selfServed / f.arrived).toBeLessThan(0.2);
    expect(f.callbacks / f.arrived).toBeGreaterThan(0.01);
    expect(day.calls.filter((c) => c.transferred).length / f.arrived).toBeGreaterThan(0.03);
    expect(f.abandoned).toBeGreaterThan(0);
    expect(f.serviceLevelPercent).toBeGreaterThan(50);
    expect(f.serviceLevelPercent).toBeLessThan(100);
    // Two peaks: mid-morning and early afternoon, with the lunch hour between them lower.
    const perHour = new Map(f.callsPerHour.map((h) => [h.hour, h.calls]));
    expect(perHour.get(12)!).toBeLessThan(perHour.get(10)!);
    expect(perHour.get(12)!).toBeLessThan(perHour.get(14)!);
    expect(plan.duplicates / plan.events).toBeGreaterThan(0.03);
    expect(plan.disorderedCalls.size / day.calls.length).toBeGreaterThan(0.08);
    expect(plan.endedBeforeAnswered).toBeGreaterThan(10);
    expect(plan.answeredBeforeQueued).toBeGreaterThan(10);
    // The same seed gives the same day.
    const again = simulateDay({
      seed: SEED,
      day: new Date(TEST_NOW),
      timeZone: "America/New_York",
      operators: EMAILS,
    });
    expect(again.figuresAt(END)).toEqual(f);
  });

  it("posts the day as the phone system would, refusing forged, stale and replayed deliveries", async () => {
    const posts = plan.steps.filter((s) => s.kind === "post");
    // Where the phone system misbehaves: one post in the morning, one after lunch, one in the evening.
    const tamperAt = new Set(
      [hms(9, 0), hms(13, 5), hms(18, 30)].map((s) =>
        posts.find((p) => p.second >= s && p.events.length > 5),
      ),
    );
    expect(tamperAt.size).toBe(3);
    let captured: { body: string; signature: string; second: number } | null = null;
    const mismatches: { second: number; event: ScriptedEvent; expected: string; status: string }[] = [];
    for (const step of plan.steps) {
      city.clock.set(day.time(step.second));
      if (step.kind === "state") {
        // Operators sign in at the start of their shift and set themselves available; offline at its end.
        const who = step.state === "available" ? await signIn(step.email) : sessions.get(step.email)!;
        const res = await city.app.inject({
          method: "PUT",
          url: "/api/telephony/me/state",
          headers: who.headers,
          payload: { state: step.state },
        });
        expect(res.statusCode, `${step.email} ${step.state}: ${res.body}`).toBe(204);
        continue;
      }
      if (step.kind === "checkpoint") {
        const { board } = await checkBoardAt(step.second);
        midday.push({ waiting: board.waiting, callbacks: board.callbacksWaiting });
        continue;
      }
      const now = city.clock.now();
      const unix = Math.floor(now.getTime() / 1000);
      const body = bodyOf(step.events);
      if (tamperAt.has(step)) {
        const before = await counts();
        const refusedNow = [
          await postCallEvents(city.app, city.clock, step.events, { secret: "f".repeat(42) }),
          await postCallEvents(city.app, city.clock, step.events, {
            signedAt: new Date(now.getTime() - 360_000),
          }),
          await postCallEvents(city.app, city.clock, step.events, {
            signedAt: new Date(now.getTime() + 360_000),
          }),
          // Signed for one body, sent with another.
          await city.app.inject({
            method: "POST",
            url: "/telephony/events",
            headers: {
              "content-type": "application/json",
              [SIGNATURE_HEADER]: signWebhook(TEST_WEBHOOK_SECRET, bodyOf(step.events.slice(1)), unix),
            },
            payload: body,
          }),
          // A delivery captured over an hour earlier and replayed byte for byte.
          await city.app.inject({
            method: "POST",
            url: "/telephony/events",
            headers: { "content-type": "application/json", [SIGNATURE_HEADER]: captured!.signature },
            payload: captured!.body,
          }),
        ];
        for (const res of refusedNow) {
          expect(res.statusCode, res.body).toBe(401);
          expect(res.json().error.code).toBe("unauthenticated");
          refused++;
        }
        // A batch naming an operator civic311 does not know is refused whole (400), before anything is written.
        const unknown = await postCallEvents(city.app, city.clock, [
          ...step.events,
          { callId: "DAY-UNKNOWN", type: "answered", at: now, agent: "nobody@civic311.example" },
        ]);
        expect(unknown.statusCode, unknown.body).toBe(400);
        expect(await counts()).toEqual(before);
      }
      const res = await postCallEvents(city.app, city.clock, step.events, { rawBody: body });
      expect(res.statusCode, res.body).toBe(200);
      const statuses = res.json().results.map((r: { status: string }) => r.status);
      statuses.forEach((status: string, i: number) => {
        if (status !== step.expected[i])
          mismatches.push({
            second: step.second,
            event: step.events[i]!,
            expected: step.expected[i]!,
            status,
          });
      });
      duplicatesAnswered += statuses.filter((s: string) => s === "duplicate").length;
      if (!captured || step.second - captured.second > 3600)
        captured = { body, signature: signWebhook(TEST_WEBHOOK_SECRET, body, unix), second: step.second };
    }
    // Each event's first delivery recorded, every copy (in the same post or a later one) a duplicate.
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(refused).toBe(15);
    expect(duplicatesAnswered).toBe(plan.duplicates);
    // Mid-morning and mid-afternoon, callers were waiting.
    expect(midday.length).toBe(CHECKPOINTS.length);
    expect(midday.some((m) => m.waiting > 0)).toBe(true);
  }, 900_000);

  it("ends the day (23:59) with the wallboard's figures exactly the simulation's", async () => {
    city.clock.set(day.time(END));
    const { board } = await checkBoardAt(END);
    const f = day.figuresAt(END);
    expect(board.today.arrived).toBe(day.calls.length);
    expect(board.waiting).toBe(0);
    expect(board.callbacksWaiting).toBe(f.callbacks);
    expect(board.agents.offline).toBe(EMAILS.length);
  });

  it("keeps each call as it happened, whatever order its events came in", async () => {
    const list = await rows<{
      external_id: string;
      arrived_at: Date | string;
      queued_at: Date | string | null;
      answered_at: Date | string | null;
      answered_by_user_id: number | null;
      abandoned_at: Date | string | null;
      callback_requested_at: Date | string | null;
      transferred_at: Date | string | null;
      ended_at: Date | string | null;
      queue_seconds: number | null;
      self_service: string[];
    }>(
      city.database.db,
      sql`select external_id, arrived_at, queued_at, answered_at, answered_by_user_id, abandoned_at,
            callback_requested_at, transferred_at, ended_at, queue_seconds, self_service
          from calls where source = 'webhook' order by external_id`,
    );
    const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
    const at = (s: number | null) => (s === null ? null : day.time(s).toISOString());
    expect(list.map((c) => c.external_id)).toEqual(day.calls.map((c) => c.callId));
    list.forEach((row, i) => {
      const c = day.calls[i]!;
      expect(
        {
          arrived: iso(row.arrived_at),
          queued: iso(row.queued_at),
          answered: iso(row.answered_at),
          by: row.answered_by_user_id,
          abandoned: iso(row.abandoned_at),
          callback: iso(row.callback_requested_at),
          transferred: iso(row.transferred_at),
          ended: iso(row.ended_at),
          queueSeconds: row.queue_seconds,
          menu: row.self_service,
        },
        c.callId,
      ).toEqual({
        arrived: at(c.arrivedAt),
        queued: at(c.queuedAt),
        answered: at(c.answeredAt),
        by: c.operator ? userIds.get(c.operator) : null,
        abandoned: at(c.abandonedAt),
        callback: at(c.callbackAt),
        transferred: c.transferred ? at(c.talkEndAt) : null,
        ended: at(c.endedAt ?? c.abandonedAt),
        queueSeconds: c.queueSeconds,
        menu: c.menu,
      });
    });
  });

  it("made one contact per answered call, for its operator from its answer, and one per abandoned call", async () => {
    const contacts = await rows<{
      external_call_id: string;
      operator_user_id: number | null;
      started_at: Date | string;
      ended_at: Date | string | null;
      outcomes: string[];
      channel: string;
    }>(
      city.database.db,
      sql`select external_call_id, operator_user_id, started_at, ended_at, outcomes, channel
          from interactions where external_call_id like 'DAY-%' order by external_call_id, id`,
    );
    const byCall = new Map<string, typeof contacts>();
    for (const c of contacts) byCall.set(c.external_call_id, [...(byCall.get(c.external_call_id) ?? []), c]);
    for (const call of day.calls) {
      const mine = byCall.get(call.callId) ?? [];
      if (call.outcome === "answered") {
        expect(mine, call.callId).toHaveLength(1);
        expect(
          {
            operator: mine[0]!.operator_user_id,
            started: new Date(mine[0]!.started_at).toISOString(),
            channel: mine[0]!.channel,
            abandoned: mine[0]!.outcomes.includes("abandoned"),
          },
          call.callId,
        ).toEqual({
          operator: userIds.get(call.operator!),
          started: day.time(call.answeredAt!).toISOString(),
          channel: "phone",
          abandoned: false,
        });
      } else if (call.outcome === "abandoned") {
        expect(mine, call.callId).toHaveLength(1);
        expect(mine[0]).toMatchObject({ operator_user_id: null, outcomes: ["abandoned"], channel: "phone" });
        expect(new Date(mine[0]!.ended_at!).toISOString()).toBe(day.time(call.abandonedAt!).toISOString());
      } else expect(mine, call.callId).toEqual([]);
    }
    const expected = day.calls.filter((c) => c.outcome === "answered" || c.outcome === "abandoned").length;
    expect(contacts).toHaveLength(expected);
  });

  it("kept each operator's answered calls and time on calls as the simulation's, in one unbroken timeline", async () => {
    const periods = await rows<{
      user_id: number;
      state: string;
      started_at: Date | string;
      ended_at: Date | string | null;
      call_id: number | null;
    }>(
      city.database.db,
      sql`select user_id, state, started_at, ended_at, call_id from agent_state_periods
          order by user_id, started_at, id`,
    );
    const answered = await rows<{ user_id: number; n: number }>(
      city.database.db,
      sql`select answered_by_user_id as user_id, count(*)::int as n from calls
          where source = 'webhook' and answered_at is not null group by 1`,
    );
    const seconds = (p: (typeof periods)[number]) =>
      (new Date(p.ended_at!).getTime() - new Date(p.started_at).getTime()) / 1000;
    // Each answered call: one period on it, from its answer to the end of the operator's part.
    await loadCallIds();
    const onCalls = periods.filter((p) => p.state === "on_call");
    const talk = day.calls
      .filter((c) => c.outcome === "answered")
      .map((c) => ({
        callId: c.callId,
        periods: onCalls
          .filter((p) => p.call_id === callIds.get(c.callId))
          .map((p) => [new Date(p.started_at).toISOString(), seconds(p)]),
      }));
    expect(talk.filter((c) => c.periods.length !== 1).slice(0, 5)).toEqual([]);
    expect(talk).toEqual(
      day.calls
        .filter((c) => c.outcome === "answered")
        .map((c) => ({
          callId: c.callId,
          periods: [[day.time(c.answeredAt!).toISOString(), c.talkEndAt! - c.answeredAt!]],
        })),
    );
    for (const o of day.operators) {
      const id = userIds.get(o.email)!;
      const mine = periods.filter((p) => p.user_id === id);
      const onCall = mine.filter((p) => p.state === "on_call");
      expect(
        {
          answered: answered.find((a) => a.user_id === id)?.n ?? 0,
          onCallPeriods: onCall.length,
          onCallSeconds: onCall.reduce((sum, p) => sum + seconds(p), 0),
        },
        o.email,
      ).toEqual({ answered: o.answered, onCallPeriods: o.answered, onCallSeconds: o.onCallSeconds });
      // Available from the start of the shift, offline (still) from its end; each period ends as the next begins.
      expect(mine[0]).toMatchObject({ state: "available" });
      expect(new Date(mine[0]!.started_at).toISOString()).toBe(day.time(o.shiftStart).toISOString());
      expect(mine.at(-1)).toMatchObject({ state: "offline", ended_at: null });
      expect(new Date(mine.at(-1)!.started_at).toISOString()).toBe(day.time(o.offlineAt).toISOString());
      for (let i = 1; i < mine.length; i++)
        expect(new Date(mine[i - 1]!.ended_at!).toISOString(), `${o.email} period ${i}`).toBe(
          new Date(mine[i]!.started_at).toISOString(),
        );
    }
  });

  it("gives the same day in the phone line's historical measures (reports), overall, by hour and by operator", async () => {
    city.clock.set(day.time(END));
    const supervisor = await signIn("supervisor@civic311.example");
    const report = await get<CallDashboard>(
      supervisor,
      `/api/reports/calls?from=${day.date}&to=${day.date}&interval=hour`,
    );
    const pct = (part: number, whole: number) =>
      whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
    /** The figures of calls that arrived in a local second range, as the simulation has them at the end. */
    const figures = (from: number, to: number) => {
      const mine = day.calls.filter((c) => c.arrivedAt >= from && c.arrivedAt < to);
      const answered = mine.filter((c) => c.outcome === "answered");
      const abandoned = mine.filter((c) => c.outcome === "abandoned").length;
      const within = answered.filter((c) => c.queueSeconds! <= day.thresholdSeconds).length;
      const wait = answered.reduce((sum, c) => sum + c.queueSeconds!, 0);
      return {
        calls: mine.length,
        queued: mine.filter((c) => c.queuedAt !== null).length,
        answered: answered.length,
        withinThreshold: within,
        abandoned,
        callbacks: mine.filter((c) => c.outcome === "callback").length,
        selfServed: mine.filter((c) => c.outcome === "self_served").length,
        serviceLevelPct: pct(within, answered.length + abandoned),
        averageSpeedOfAnswerSeconds: answered.length ? Math.round((10 * wait) / answered.length) / 10 : null,
        abandonedPct: pct(abandoned, answered.length + abandoned),
      };
    };
    const f = day.figuresAt(END);
    expect(report.totals).toEqual(figures(0, 86_400));
    expect(report.totals).toMatchObject({
      calls: f.arrived,
      answered: f.answered,
      serviceLevelPct: f.serviceLevelPercent,
      averageSpeedOfAnswerSeconds: f.averageSpeedOfAnswerSeconds,
      abandonedPct: f.abandonmentPercent,
    });
    expect(report.series.map(({ bucket: _b, ...rest }) => rest)).toEqual(
      Array.from({ length: 24 }, (_, h) => figures(h * 3600, (h + 1) * 3600)),
    );
    for (const o of day.operators) {
      const id = userIds.get(o.email)!;
      const mine = day.calls.filter((c) => c.operator === o.email);
      expect(
        report.byOperator.find((b) => b.id === id),
        o.email,
      ).toMatchObject({
        answered: o.answered,
        withinThreshold: mine.filter((c) => c.queueSeconds! <= day.thresholdSeconds).length,
      });
    }
  });
});
