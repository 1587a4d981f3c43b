import { DateTime } from "luxon";
import { DEFAULT_PHONE_SETTINGS, type Wallboard } from "../../common/contracts/telephony.js";
import type { ScriptedEvent } from "./phone.js";

/**
 * A simulated day on the phone line, worked out here and not by civic311: callers arrive on a weekday's curve
 * (morning and early-afternoon peaks), about one in seven hears City Hall's hours or a request's status in the
 * menu and hangs up, the rest wait in one queue for operators on shifts who take one call at a time (talk,
 * then wrap-up), and a caller whose patience runs out hangs up (abandoned) or, offered a callback after the
 * city's callback wait, keeps their place. A few calls are transferred. Everything is in whole seconds since
 * the city's local midnight, and everything depends on the seed only.
 *
 * `planDelivery` then turns the day into what a phone system sends: batches of signed events as the day goes,
 * with duplicates (re-sent, sometimes much later) and calls whose events arrive out of order.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same day. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    /** Exponentially distributed, with this mean. */
    exponential: (mean: number) => -mean * Math.log(1 - next()),
    /** Log-normally distributed around this median. */
    logNormal: (median: number, sigma: number) => {
      const u = 1 - next();
      const v = next();
      return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
    },
  };
}
export type Random = ReturnType<typeof seededRandom>;

/** Share of the day's calls arriving in each local hour (a weekday: morning and early-afternoon peaks). */
export const HOURLY_CURVE = [
  0.35, 0.25, 0.2, 0.2, 0.3, 0.6, 1.5, 3.6, 7.2, 9.6, 10, 8.6, 7, 8.4, 9, 7.4, 5.8, 4.3, 2.9, 2.1, 1.5, 1.1,
  0.7, 0,
];

/**
 * The operators' shifts, in local hours: one overnight, the rest staggered over the peaks. The evening shifts
 * run past the last arrivals (before 23:00) so the queue is empty well before midnight.
 */
export const SHIFTS: readonly (readonly [number, number])[] = [
  [0, 7],
  [6.5, 15],
  [7, 15.5],
  [7.5, 16],
  [8, 16.5],
  [8, 16.5],
  [8.5, 17],
  [9, 17.5],
  [9, 17.5],
  [9.5, 18],
  [10, 18.5],
  [11, 19.5],
  [12, 20.5],
  [12.5, 21],
  [13, 21.5],
  [14.5, 23.25],
  [15, 23.5],
  [16, 23.5],
];

export type CallOutcome = "answered" | "abandoned" | "callback" | "self_served" | "menu_hangup";

/** One simulated call: its story in local seconds, and the events the phone system sends for it. */
export interface DayCall {
  callId: string;
  outcome: CallOutcome;
  from: string;
  arrivedAt: number;
  /** The menu options heard ("hours", "status"), in order. */
  menu: string[];
  queuedAt: number | null;
  offeredAt: number | null;
  answeredAt: number | null;
  /** When the operator's part ended: the transfer, or the end of the call. */
  talkEndAt: number | null;
  transferred: boolean;
  abandonedAt: number | null;
  callbackAt: number | null;
  endedAt: number | null;
  /** Seconds from entering the queue to the answer or the abandonment. */
  queueSeconds: number | null;
  operator: string | null;
  /** The events, in the order they happened, each with its local second. */
  events: { second: number; event: ScriptedEvent }[];
}

export interface DayOperator {
  email: string;
  shiftStart: number;
  shiftEnd: number;
  /** When they went offline: the end of the shift, or of the wrap-up of their last call. */
  offlineAt: number;
  answered: number;
  onCallSeconds: number;
}

export type DayFigures = Wallboard["today"];

export interface SimulatedDay {
  /** The city's local date and its midnight. */
  date: string;
  start: Date;
  thresholdSeconds: number;
  calls: DayCall[];
  operators: DayOperator[];
  /** The operators' own state changes: available at the start of the shift, offline at its end. */
  stateChanges: { second: number; email: string; state: "available" | "offline" }[];
  /** The instant of a local second of the day. */
  time(second: number): Date;
  /** The day's figures as known at a local second (events up to and including it). */
  figuresAt(second: number): DayFigures;
  /** The callers in the queue at a local second (waiting, or waiting to be called back), oldest first. */
  queueAt(second: number): { callId: string; kind: "call" | "callback"; queuedAt: number }[];
  /** Each operator's state at a local second, as their events and own changes make it (none before any). */
  stateAt(email: string, second: number): "available" | "on_call" | "wrap_up" | "offline" | null;
}

export interface DayOptions {
  seed: number;
  /** Any instant of the day to simulate, and the city's time zone. */
  day: Date;
  timeZone: string;
  /** The operators' emails: one shift each from SHIFTS, in order. */
  operators: readonly string[];
  calls?: number;
  thresholdSeconds?: number;
  callbackOfferSeconds?: number;
}

const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((1000 * part) / whole) / 10);
const TRANSFER_TARGETS = ["DPW", "BTD", "ISD", "+16175554000"];

export function simulateDay(opts: DayOptions): SimulatedDay {
  const rnd = seededRandom(opts.seed);
  const total = opts.calls ?? 2500;
  const threshold = opts.thresholdSeconds ?? DEFAULT_PHONE_SETTINGS.serviceLevelSeconds;
  const callbackOffer = opts.callbackOfferSeconds ?? DEFAULT_PHONE_SETTINGS.callbackOfferSeconds;
  const midnight = DateTime.fromJSDate(opts.day, { zone: opts.timeZone }).startOf("day");
  const start = midnight.toJSDate();
  const time = (second: number) => new Date(start.getTime() + second * 1000);
  // The local hour of a second: the day is checked to have 24 hours (no clock change).
  if (midnight.plus({ days: 1 }).diff(midnight, "hours").hours !== 24)
    throw new Error("simulateDay needs a day without a clock change");
  if (opts.operators.length > SHIFTS.length) throw new Error(`at most ${SHIFTS.length} operators`);

  // Arrivals: each hour's share of the day, give or take a tenth, at uniformly random seconds.
  const weight = HOURLY_CURVE.reduce((a, b) => a + b, 0);
  const arrivals: number[] = [];
  HOURLY_CURVE.forEach((w, hour) => {
    const expected = (total * w) / weight;
    const n = Math.max(0, Math.round(expected * (0.9 + 0.2 * rnd.next())));
    for (let i = 0; i < n; i++) arrivals.push(hour * 3600 + rnd.int(0, 3599));
  });
  arrivals.sort((a, b) => a - b);

  const calls: DayCall[] = [];
  // Callers on their way to the queue, and what they will do there.
  const toQueue: { call: DayCall; patience: number; takesCallback: boolean }[] = [];
  arrivals.forEach((arrivedAt, i) => {
    const callId = `DAY-${String(i + 1).padStart(5, "0")}`;
    const from = `+1617555${String(rnd.int(0, 9999)).padStart(4, "0")}`;
    const language = rnd.chance(0.15) ? "es" : "en";
    const call: DayCall = {
      callId,
      outcome: "menu_hangup",
      from,
      arrivedAt,
      menu: [],
      queuedAt: null,
      offeredAt: null,
      answeredAt: null,
      talkEndAt: null,
      transferred: false,
      abandonedAt: null,
      callbackAt: null,
      endedAt: null,
      queueSeconds: null,
      operator: null,
      events: [],
    };
    calls.push(call);
    const push = (second: number, event: Omit<ScriptedEvent, "callId" | "at">) =>
      call.events.push({ second, event: { callId, at: time(second), ...event } as ScriptedEvent });
    push(arrivedAt, { type: "arrived", from, to: "311" });
    const roll = rnd.next();
    if (roll < 0.02) {
      // Hung up during the greeting.
      call.endedAt = arrivedAt + rnd.int(3, 15);
      push(call.endedAt, { type: "ended" });
      return;
    }
    if (roll < 0.17) {
      // Self-served: City Hall's hours, a request's status, sometimes both.
      call.outcome = "self_served";
      let at = arrivedAt + rnd.int(8, 20);
      call.menu.push(rnd.chance(0.65) ? "hours" : "status");
      if (rnd.chance(0.2)) call.menu.push(call.menu[0] === "hours" ? "status" : "hours");
      for (const option of call.menu) {
        push(at, { type: "menu", option, language });
        at += rnd.int(15, 45);
      }
      call.endedAt = at + rnd.int(0, 20);
      push(call.endedAt, { type: "ended" });
      return;
    }
    // Wants an operator: some hear the hours first; Spanish speakers choose their language.
    let at = arrivedAt + rnd.int(8, 25);
    if (rnd.chance(0.08)) {
      call.menu.push("hours");
      push(at, { type: "menu", option: "hours", language });
      at += rnd.int(15, 40);
    } else if (language === "es") push(at, { type: "menu", language });
    call.queuedAt = at;
    push(at, { type: "queued" });
    toQueue.push({
      call,
      patience: Math.min(1800, 5 + Math.round(rnd.exponential(260))),
      takesCallback: rnd.chance(0.85),
    });
  });
  toQueue.sort((a, b) => a.call.queuedAt! - b.call.queuedAt! || a.call.arrivedAt - b.call.arrivedAt);

  const operators: (DayOperator & { freeAt: number; idleSince: number })[] = opts.operators.map(
    (email, i) => {
      const [from, to] = SHIFTS[i]!;
      return {
        email,
        shiftStart: from * 3600,
        shiftEnd: to * 3600,
        offlineAt: to * 3600,
        answered: 0,
        onCallSeconds: 0,
        freeAt: from * 3600,
        idleSince: from * 3600,
      };
    },
  );

  // Second by second: callers join the queue, leave it (hang up, or take a callback), and the operators
  // free longest take the callers waiting longest.
  const waiting: { call: DayCall; leaveAt: number; callbackAt: number | null }[] = [];
  let next = 0;
  for (let t = 0; t < 86_400; t++) {
    while (next < toQueue.length && toQueue[next]!.call.queuedAt === t) {
      const { call, patience, takesCallback } = toQueue[next++]!;
      const callbackAt = takesCallback ? t + callbackOffer + rnd.int(3, 10) : null;
      const abandonAt = t + patience;
      waiting.push({
        call,
        leaveAt: callbackAt !== null && callbackAt < abandonAt ? callbackAt : abandonAt,
        callbackAt: callbackAt !== null && callbackAt < abandonAt ? callbackAt : null,
      });
    }
    for (let i = waiting.length - 1; i >= 0; i--) {
      const w = waiting[i]!;
      if (w.leaveAt !== t) continue;
      waiting.splice(i, 1);
      const c = w.call;
      const push = (second: number, event: Omit<ScriptedEvent, "callId" | "at">) =>
        c.events.push({ second, event: { callId: c.callId, at: time(second), ...event } as ScriptedEvent });
      if (w.callbackAt !== null) {
        c.outcome = "callback";
        c.callbackAt = t;
        push(t, {
          type: "callback_requested",
          ...(rnd.chance(0.3)
            ? { callbackNumber: `+1857555${String(rnd.int(0, 9999)).padStart(4, "0")}` }
            : {}),
        });
        c.endedAt = t + rnd.int(5, 15);
        push(c.endedAt, { type: "ended" });
      } else {
        c.outcome = "abandoned";
        c.abandonedAt = t;
        c.queueSeconds = t - c.queuedAt!;
        push(t, { type: "abandoned", queueSeconds: c.queueSeconds });
        if (rnd.chance(0.7)) {
          c.endedAt = t;
          push(t, { type: "ended" });
        }
      }
    }
    if (waiting.length === 0) continue;
    const free = operators
      .filter((o) => o.shiftStart <= t && t < o.shiftEnd && o.freeAt <= t)
      .sort((a, b) => a.idleSince - b.idleSince || a.shiftStart - b.shiftStart);
    for (const o of free) {
      const w = waiting.shift();
      if (!w) break;
      const c = w.call;
      const push = (second: number, event: Omit<ScriptedEvent, "callId" | "at">) =>
        c.events.push({ second, event: { callId: c.callId, at: time(second), ...event } as ScriptedEvent });
      c.outcome = "answered";
      c.operator = o.email;
      c.offeredAt = t;
      c.answeredAt = t + rnd.int(2, 6);
      c.queueSeconds = c.answeredAt - c.queuedAt!;
      const talk = Math.round(Math.min(1200, Math.max(25, rnd.logNormal(125, 0.55))));
      c.talkEndAt = c.answeredAt + talk;
      c.transferred = rnd.chance(0.06);
      c.endedAt = c.transferred ? c.talkEndAt + rnd.int(30, 300) : c.talkEndAt;
      push(t, { type: "offered", agent: o.email });
      // The phone system gives its own count of the wait with about half the answers.
      push(c.answeredAt, {
        type: "answered",
        agent: o.email,
        ...(rnd.chance(0.5) ? { queueSeconds: c.queueSeconds } : {}),
      });
      if (c.transferred) push(c.talkEndAt, { type: "transferred", target: rnd.pick(TRANSFER_TARGETS) });
      push(c.endedAt, { type: "ended" });
      o.answered += 1;
      o.onCallSeconds += talk;
      o.freeAt = c.talkEndAt + rnd.int(10, 60);
      o.idleSince = o.freeAt;
      o.offlineAt = Math.max(o.shiftEnd, o.freeAt);
    }
  }
  if (waiting.length) throw new Error("callers still waiting at midnight: the shifts do not cover the day");
  for (const c of calls) c.events.sort((a, b) => a.second - b.second);

  const stateChanges = operators
    .flatMap((o) => [
      { second: o.shiftStart, email: o.email, state: "available" as const },
      { second: o.offlineAt, email: o.email, state: "offline" as const },
    ])
    .sort((a, b) => a.second - b.second);

  const figuresAt = (s: number): DayFigures => {
    const known = calls.filter((c) => c.arrivedAt <= s);
    const answered = known.filter((c) => c.answeredAt !== null && c.answeredAt <= s);
    const abandoned = known.filter((c) => c.abandonedAt !== null && c.abandonedAt <= s);
    const within = answered.filter((c) => c.queueSeconds! <= threshold).length;
    const wait = answered.reduce((sum, c) => sum + c.queueSeconds!, 0);
    const hours = new Map<number, number>();
    for (const c of known)
      hours.set(Math.floor(c.arrivedAt / 3600), (hours.get(Math.floor(c.arrivedAt / 3600)) ?? 0) + 1);
    const resolved = answered.length + abandoned.length;
    return {
      arrived: known.length,
      queued: known.filter((c) => c.queuedAt !== null && c.queuedAt <= s).length,
      answered: answered.length,
      answeredWithinThreshold: within,
      abandoned: abandoned.length,
      callbacks: known.filter((c) => c.callbackAt !== null && c.callbackAt <= s).length,
      // Heard the menu and hung up without asking for an operator.
      selfServed: known.filter((c) => c.outcome === "self_served" && c.endedAt! <= s).length,
      serviceLevelPercent: pct(within, resolved),
      averageSpeedOfAnswerSeconds: answered.length ? Math.round((10 * wait) / answered.length) / 10 : null,
      abandonmentPercent: pct(abandoned.length, resolved),
      callsPerHour: [...hours].sort((a, b) => a[0] - b[0]).map(([hour, n]) => ({ hour, calls: n })),
    };
  };

  type QueueItem = { callId: string; kind: "call" | "callback"; queuedAt: number };
  const queueAt = (s: number): QueueItem[] =>
    calls
      .filter((c) => c.queuedAt !== null && c.queuedAt <= s)
      .flatMap((c): QueueItem[] => {
        const left = c.answeredAt ?? c.abandonedAt ?? c.callbackAt;
        if (c.callbackAt !== null && c.callbackAt <= s)
          return [{ callId: c.callId, kind: "callback", queuedAt: c.queuedAt! }];
        if (left === null || left > s) return [{ callId: c.callId, kind: "call", queuedAt: c.queuedAt! }];
        return [];
      })
      .sort((a, b) => a.queuedAt - b.queuedAt || a.callId.localeCompare(b.callId));

  const stateAt = (email: string, s: number) => {
    const o = operators.find((x) => x.email === email);
    if (!o || s < o.shiftStart) return null;
    if (s >= o.offlineAt) return "offline";
    const mine = calls.filter((c) => c.operator === email && c.answeredAt! <= s);
    const last = mine.at(-1);
    if (!last) return "available";
    return s < last.talkEndAt! ? "on_call" : "wrap_up";
  };

  return {
    date: midnight.toISODate()!,
    start,
    thresholdSeconds: threshold,
    calls,
    operators: operators.map(({ freeAt: _f, idleSince: _i, ...o }) => o),
    stateChanges,
    time,
    figuresAt,
    queueAt,
    stateAt,
  };
}

/** One step of the phone system's day: a signed post of events, an operator's own change, or a check. */
export type DeliveryStep =
  | {
      kind: "post";
      second: number;
      events: ScriptedEvent[];
      /** What civic311 should answer for each: the first delivery of an event is recorded, a copy is a duplicate. */
      expected: ("recorded" | "duplicate")[];
    }
  | { kind: "state"; second: number; email: string; state: "available" | "offline" }
  | { kind: "checkpoint"; second: number };

export interface DeliveryPlan {
  steps: DeliveryStep[];
  /** Copies sent again, and calls whose events were delivered in another order than they happened. */
  duplicates: number;
  events: number;
  disorderedCalls: Set<string>;
  /** Calls delivered out of order in a way the fold must undo: ended before answered, answered before queued. */
  endedBeforeAnswered: number;
  answeredBeforeQueued: number;
}

/**
 * How the phone system delivers the day: a post every `tickSeconds` (and at each operator's change and each
 * checkpoint) of the events that happened since, in batches of at most 500. About `disorderRate` of the calls
 * have their events reversed within a batch and one of them held back to a later post; about `duplicateRate`
 * of the events are sent again, in the same post or up to half an hour later. Nothing is held back past a
 * checkpoint, so at a checkpoint civic311 has heard of everything that happened until then.
 */
export function planDelivery(
  day: SimulatedDay,
  opts: {
    seed: number;
    tickSeconds?: number;
    checkpoints?: number[];
    duplicateRate?: number;
    disorderRate?: number;
    lastSecond?: number;
  },
): DeliveryPlan {
  const rnd = seededRandom(opts.seed);
  const tick = opts.tickSeconds ?? 300;
  const lastSecond = opts.lastSecond ?? 86_340;
  const checkpoints = [...(opts.checkpoints ?? [])].sort((a, b) => a - b);
  const instants = [
    ...new Set([
      ...Array.from({ length: Math.floor(lastSecond / tick) + 1 }, (_, k) => k * tick),
      ...day.stateChanges.map((c) => c.second),
      ...checkpoints,
      lastSecond,
    ]),
  ]
    .filter((s) => s <= lastSecond)
    .sort((a, b) => a - b);
  const slotOf = (second: number) => {
    let lo = 0;
    let hi = instants.length - 1;
    if (second > instants[hi]!) throw new Error(`an event at second ${second} is after the last post`);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (instants[mid]! >= second) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  /** The last slot an event of this slot may be held back to: the next checkpoint's. */
  const holdLimit = (slot: number) => {
    const cp = checkpoints.find((c) => c >= instants[slot]!);
    return cp === undefined ? instants.length - 1 : slotOf(cp);
  };

  type Item = { event: ScriptedEvent; second: number; order: number; late: boolean };
  const slots: Item[][] = instants.map(() => []);
  const disordered = new Set<string>();
  let order = 0;
  for (const call of day.calls) {
    const placed = call.events.map((e) => ({ ...e, slot: slotOf(e.second), order: order++, late: false }));
    if (placed.length >= 2 && rnd.chance(opts.disorderRate ?? 0.1)) {
      // Hold one event back past a later one (to a later post, or to the end of the same post), and send
      // the call's other events of each post in reverse.
      disordered.add(call.callId);
      const i = rnd.int(0, placed.length - 2);
      const held = placed[i]!;
      const after = placed[rnd.int(i + 1, placed.length - 1)]!;
      held.slot = Math.min(after.slot + rnd.int(0, 3), holdLimit(held.slot));
      held.late = true;
    }
    for (const p of placed)
      slots[p.slot]!.push({ event: p.event, second: p.second, order: p.order, late: p.late });
  }
  // Within a post, events in the order they happened, held-back ones last; a disordered call's in reverse.
  for (const items of slots) {
    items.sort((a, b) => Number(a.late) - Number(b.late) || a.second - b.second || a.order - b.order);
    const byCall = new Map<string, number[]>();
    items.forEach((it, i) => {
      if (it.late || !disordered.has(it.event.callId)) return;
      byCall.set(it.event.callId, [...(byCall.get(it.event.callId) ?? []), i]);
    });
    for (const positions of byCall.values()) {
      const reversed = positions.map((i) => items[i]!).reverse();
      positions.forEach((pos, k) => {
        items[pos] = reversed[k]!;
      });
    }
  }

  // Copies: in the same post or in one of the next six, anywhere in it (whichever of two identical events
  // comes first is the one recorded).
  let duplicates = 0;
  const copies: Item[][] = instants.map(() => []);
  slots.forEach((items, slot) => {
    for (const item of items) {
      if (!rnd.chance(opts.duplicateRate ?? 0.05)) continue;
      duplicates++;
      const later = rnd.chance(0.6) ? Math.min(instants.length - 1, slot + rnd.int(1, 6)) : slot;
      copies[later]!.push(item);
    }
  });

  const seen = new Set<string>();
  const steps: DeliveryStep[] = [];
  let events = 0;
  instants.forEach((second, slot) => {
    const list = [...slots[slot]!];
    for (const copy of copies[slot]!) list.splice(rnd.int(0, list.length), 0, copy);
    for (let i = 0; i < list.length; i += 500) {
      const batch = list.slice(i, i + 500);
      steps.push({
        kind: "post",
        second,
        events: batch.map((it) => it.event),
        expected: batch.map((it) => {
          const id = JSON.stringify(it.event);
          if (seen.has(id)) return "duplicate";
          seen.add(id);
          return "recorded";
        }),
      });
      events += batch.length;
    }
    for (const c of day.stateChanges)
      if (c.second === second) steps.push({ kind: "state", second, email: c.email, state: c.state });
    if (checkpoints.includes(second)) steps.push({ kind: "checkpoint", second });
  });

  // What the disorder amounts to, per call: the delivery order against the happening order.
  let endedBeforeAnswered = 0;
  let answeredBeforeQueued = 0;
  const delivered = new Map<string, string[]>();
  for (const step of steps)
    if (step.kind === "post")
      for (const e of step.events) {
        const list = delivered.get(e.callId) ?? [];
        if (!list.includes(e.type)) list.push(e.type);
        delivered.set(e.callId, list);
      }
  for (const [callId, types] of delivered) {
    if (!disordered.has(callId)) continue;
    const a = types.indexOf("answered");
    if (a >= 0 && types.indexOf("ended") >= 0 && types.indexOf("ended") < a) endedBeforeAnswered++;
    if (a >= 0 && types.indexOf("queued") > a) answeredBeforeQueued++;
  }
  return {
    steps,
    duplicates,
    events,
    disorderedCalls: disordered,
    endedBeforeAnswered,
    answeredBeforeQueued,
  };
}
