import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { CallEventInput, CallEventType } from "../../../../common/contracts/telephony.js";
import {
  agentStatePeriods,
  agentStates,
  callEvents,
  calls,
  constituents,
  users,
} from "../../../db/schema/index.js";
import type { Actor } from "../../../platform/actor.js";
import type { Clock } from "../../../platform/clock.js";
import type { DbOrTx } from "../../../platform/db.js";
import { AppError } from "../../../platform/errors.js";
import { phoneDigits } from "../../constituents/index.js";
import {
  contactForAnsweredCall,
  fillContactCaller,
  recordAbandonedContact,
  withdrawAbandonedContact,
} from "../../interactions/index.js";
import { eventKey, type FoldedCall, foldCall, type StoredCallEvent } from "../calls.fold.js";
import { changeAgentState, lockAgentState, notifyCalls } from "./agent-state.js";

export interface CallEventDeps {
  db: DbOrTx;
  clock: Clock;
}

/** Which adapter an event came through; part of the call's identity. */
export type CallSource = "webhook" | "twilio";

/** The actor of every change the phone system's events make. */
export const PHONE_SYSTEM: Actor = { kind: "system", label: "Phone system" };

/** An event after its operator has been looked up. */
export interface ResolvedCallEvent extends Omit<CallEventInput, "agent" | "at"> {
  at: Date;
  userId?: number;
}

export interface CallEventOutcome {
  callId: string;
  type: CallEventType;
  status: "recorded" | "duplicate";
  /** civic311's id of the call. */
  id: number;
}

/**
 * Looks up the operators the events name (email or user id, active staff only) and, given the server's
 * clock, refuses events dated more than MAX_EVENT_LEAD_SECONDS ahead of it. Every problem is a 400 naming the
 * event, before anything is written: a batch is checked whole.
 */
/** How far ahead of the server's clock an event may be dated (clocks differ a little; a future day never). */
export const MAX_EVENT_LEAD_SECONDS = 300;

export async function resolveAgents(db: DbOrTx, events: readonly CallEventInput[], now?: Date) {
  const named = [...new Set(events.flatMap((e) => (e.agent === undefined ? [] : [e.agent])))];
  const emails = named.filter((a): a is string => typeof a === "string").map((a) => a.toLowerCase());
  const ids = named.filter((a): a is number => typeof a === "number");
  const found =
    named.length === 0
      ? []
      : await db
          .select({ id: users.id, email: users.email })
          .from(users)
          .where(
            and(
              eq(users.active, true),
              sql`(${emails.length ? inArray(sql`lower(${users.email})`, emails) : sql`false`} or ${
                ids.length ? inArray(users.id, ids) : sql`false`
              })`,
            ),
          );
  const byEmail = new Map(found.map((u) => [u.email.toLowerCase(), u.id]));
  const byId = new Set(found.map((u) => u.id));
  const problems: { field: string; message: string }[] = [];
  const resolved = events.map((e, i): ResolvedCallEvent => {
    const { agent, at, ...rest } = e;
    let userId: number | undefined;
    if (agent !== undefined) {
      userId =
        typeof agent === "number" ? (byId.has(agent) ? agent : undefined) : byEmail.get(agent.toLowerCase());
      if (userId === undefined)
        problems.push({
          field: events.length > 1 ? `events.${i}.agent` : "agent",
          message: "is not an active staff member",
        });
    }
    const when = new Date(at);
    if (now && when.getTime() > now.getTime() + MAX_EVENT_LEAD_SECONDS * 1000)
      problems.push({
        field: events.length > 1 ? `events.${i}.at` : "at",
        message: `is more than ${MAX_EVENT_LEAD_SECONDS} seconds ahead of the server's clock`,
      });
    return { ...rest, at: when, ...(userId !== undefined ? { userId } : {}) };
  });
  if (problems.length) throw new AppError("validation_failed", "Some events cannot be recorded", problems);
  return resolved;
}

/**
 * Records several events in one transaction, in order (fewer commits: a phone system's batch costs about
 * what one event does). The batch's calls are made and locked first, in the order of their ids, then the
 * states of the operators it may move, in the order of theirs, so two batches touching the same calls or
 * operators wait for each other instead of deadlocking; should PostgreSQL still end one as a deadlock (an
 * operator's first state row, which could not be locked ahead), it is run again after a short random pause:
 * every event is idempotent, and nothing of a failed attempt was kept.
 */
export async function recordCallEvents(
  deps: CallEventDeps,
  source: CallSource,
  events: readonly ResolvedCallEvent[],
): Promise<CallEventOutcome[]> {
  for (let attempt = 1; ; attempt++) {
    const now = deps.clock.now();
    try {
      return await deps.db.transaction(async (tx) => {
        const ids = [...new Set(events.map((e) => e.callId))].sort();
        const first = new Map<string, Date>();
        for (const e of events)
          if (!first.has(e.callId) || e.at < first.get(e.callId)!) first.set(e.callId, e.at);
        const locked = await tx
          .insert(calls)
          .values(
            ids.map((externalId) => ({
              source,
              externalId,
              arrivedAt: first.get(externalId)!,
              updatedAt: now,
            })),
          )
          .onConflictDoUpdate({
            target: [calls.source, calls.externalId],
            set: { updatedAt: sql`${calls.updatedAt}` },
          })
          .returning({ answeredBy: calls.answeredByUserId });
        // Then the operators the batch may move (those it names, those who answered its calls), in id order.
        const operators = new Set<number>();
        for (const e of events) if (e.userId !== undefined) operators.add(e.userId);
        for (const c of locked) if (c.answeredBy !== null) operators.add(c.answeredBy);
        if (operators.size)
          await tx
            .select({ userId: agentStates.userId })
            .from(agentStates)
            .where(inArray(agentStates.userId, [...operators]))
            .orderBy(asc(agentStates.userId))
            .for("update");
        const out: CallEventOutcome[] = [];
        for (const event of events) out.push(await recordCallEventIn(tx, now, source, event));
        return out;
      });
    } catch (err) {
      const code =
        (err as { code?: string; cause?: { code?: string } }).code ??
        (err as { cause?: { code?: string } }).cause?.code;
      if (attempt >= 5 || (code !== "40P01" && code !== "40001")) throw err;
      await new Promise((r) => setTimeout(r, attempt * (10 + Math.random() * 40)));
    }
  }
}

/**
 * One event inside the batch's transaction, bringing everything it touches up to date: the call (folded again
 * from all its events, so order does not matter), the caller (looked up by number), the contact (an answered
 * call becomes the operator's interaction; an abandoned one an abandoned contact) and the operator's state.
 * A repeat of an event already recorded changes nothing and says "duplicate".
 */
async function recordCallEventIn(
  tx: DbOrTx,
  now: Date,
  source: CallSource,
  event: ResolvedCallEvent,
): Promise<CallEventOutcome> {
  // One statement makes the call if new and locks its row either way (ON CONFLICT DO UPDATE locks).
  const [call] = await tx
    .insert(calls)
    .values({ source, externalId: event.callId, arrivedAt: event.at, updatedAt: now })
    .onConflictDoUpdate({
      target: [calls.source, calls.externalId],
      set: { updatedAt: sql`${calls.updatedAt}` },
    })
    .returning();
  const data: StoredCallEvent["data"] = {};
  for (const k of [
    "from",
    "to",
    "userId",
    "queueSeconds",
    "target",
    "option",
    "language",
    "callbackNumber",
  ] as const)
    if (event[k] !== undefined) (data as Record<string, unknown>)[k] = event[k];
  const inserted = await tx
    .insert(callEvents)
    .values({
      callId: call!.id,
      key: eventKey(source, event.callId, event.type, event.userId, event.option),
      type: event.type,
      occurredAt: event.at,
      receivedAt: now,
      data,
    })
    .onConflictDoNothing()
    .returning({ id: callEvents.id });
  const outcome = { callId: event.callId, type: event.type, id: call!.id };
  if (!inserted.length) return { ...outcome, status: "duplicate" as const };

  const stored = await tx
    .select({ type: callEvents.type, occurredAt: callEvents.occurredAt, data: callEvents.data })
    .from(callEvents)
    .where(eq(callEvents.callId, call!.id))
    .orderBy(asc(callEvents.id));
  const folded = foldCall(stored as StoredCallEvent[]);
  let constituentId = call!.constituentId;
  // The caller is looked up once, when their number is first heard of.
  if (constituentId === null && folded.fromNumber && folded.fromNumber !== call!.fromNumber)
    constituentId = await callerByNumber(tx, folded.fromNumber);

  let interactionId = call!.interactionId;
  if (folded.answeredAt && folded.answeredByUserId && (call!.answeredAt === null || !interactionId)) {
    interactionId = await contactForAnsweredCall(
      tx,
      PHONE_SYSTEM,
      {
        externalCallId: event.callId,
        constituentId,
        operatorUserId: folded.answeredByUserId,
        answeredAt: folded.answeredAt,
      },
      interactionId,
    );
  } else if (!folded.answeredAt && !folded.abandonedAt && interactionId && call!.abandonedAt) {
    // It looked abandoned, but an earlier callback request (arriving late) says the caller kept their place.
    await tx.update(calls).set({ interactionId: null }).where(eq(calls.id, call!.id));
    if (await withdrawAbandonedContact(tx, PHONE_SYSTEM, interactionId)) interactionId = null;
  } else if (folded.abandonedAt && !interactionId) {
    interactionId = await recordAbandonedContact(tx, PHONE_SYSTEM, {
      externalCallId: event.callId,
      constituentId,
      queuedAt: folded.queuedAt ?? folded.arrivedAt,
      abandonedAt: folded.abandonedAt,
    });
  }
  // A caller found after the contact was made (the number arrived late) becomes the contact's caller.
  if (interactionId && constituentId !== null && constituentId !== call!.constituentId)
    await fillContactCaller(tx, interactionId, constituentId);
  await tx
    .update(calls)
    .set({ ...folded, constituentId, interactionId, updatedAt: now })
    .where(eq(calls.id, call!.id));
  await updateOperator(tx, call!.id, folded);
  await notifyCalls(tx, {
    kind: "call",
    callId: call!.id,
    type: event.type,
    userId: event.userId ?? folded.answeredByUserId ?? null,
    interactionId,
  });
  return { ...outcome, status: "recorded" as const };
}

/** The caller whose number this is (the most recently updated record when several share it). */
async function callerByNumber(tx: DbOrTx, number: string): Promise<number | null> {
  const digits = phoneDigits(number);
  if (!digits || digits.length < 7) return null;
  const [row] = await tx
    .select({ id: constituents.id })
    .from(constituents)
    .where(eq(constituents.phoneDigits, digits))
    .orderBy(desc(constituents.updatedAt), desc(constituents.id))
    .limit(1);
  return row?.id ?? null;
}

/**
 * The answering operator goes on the call when it is answered and into wrap-up when it ends or is
 * transferred; each change is dated by the event, and one older than the operator's current state takes its
 * place in their history (changeAgentState). An operator whose history shows them elsewhere when the call
 * ended (on a later call, or in a state of their own, since the answer) had left it earlier: a transfer not
 * heard of yet, which will date their wrap-up when it comes. The end of the call is then not theirs.
 */
async function updateOperator(tx: DbOrTx, callId: number, call: FoldedCall): Promise<void> {
  const userId = call.answeredByUserId;
  if (!userId || !call.answeredAt) return;
  const finished = call.transferredAt ?? call.endedAt;
  // An answer dated a moment before a state the operator set themselves (Available, just as the call rang;
  // the phone system's clock a little behind ours, or whole seconds) is not late news: while the call is on,
  // the operator is on it, from the moment their own state began.
  const current = await lockAgentState(tx, userId);
  const ownState =
    current && current.callId === null && current.state !== "on_call" && current.state !== "wrap_up";
  const skewed = !finished && ownState && current.since > call.answeredAt;
  await changeAgentState(tx, PHONE_SYSTEM, userId, {
    state: "on_call",
    at: skewed ? current.since : call.answeredAt,
    callId,
    changedBy: "call",
  });
  if (!finished) return;
  // Where the operator was when the call finished: on it (then it puts them into wrap-up), or moved on.
  const [then] = await tx
    .select({ callId: agentStatePeriods.callId })
    .from(agentStatePeriods)
    .where(and(eq(agentStatePeriods.userId, userId), lte(agentStatePeriods.startedAt, finished)))
    .orderBy(desc(agentStatePeriods.startedAt), desc(agentStatePeriods.id))
    .limit(1);
  if (then?.callId === callId)
    await changeAgentState(tx, PHONE_SYSTEM, userId, {
      state: "wrap_up",
      at: finished,
      callId,
      changedBy: "call",
    });
}
