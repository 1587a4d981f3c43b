import { and, asc, desc, eq, gt, isNull, lte, sql } from "drizzle-orm";
import type { AgentState } from "../../../../common/contracts/telephony.js";
import { agentStatePeriods, agentStates } from "../../../db/schema/index.js";
import type { Actor } from "../../../platform/actor.js";
import { audit } from "../../../platform/audit.js";
import type { Clock } from "../../../platform/clock.js";
import type { Db, DbOrTx } from "../../../platform/db.js";
import { CALLS_CHANNEL } from "../../../platform/events.js";

export interface StateChange {
  state: AgentState;
  reason?: string | null;
  at: Date;
  callId?: number | null;
  changedBy: "operator" | "call" | "supervisor";
}

/** The operator's current state, locked for the rest of the transaction; null before their first. */
export async function lockAgentState(tx: DbOrTx, userId: number) {
  const [row] = await tx.select().from(agentStates).where(eq(agentStates.userId, userId)).for("update");
  return row ?? null;
}

/**
 * Moves an operator to a state from `at`, closing their open period and opening the next, in the caller's
 * transaction. A change dated before the current state began is late news (the phone system's events can
 * arrive out of order): the state the operator is in now is newer and stays, but the change takes its place
 * in their history (recordLateChange), so their time on calls is right whatever order the events came in.
 * Returns whether anything changed.
 */
export async function changeAgentState(
  tx: DbOrTx,
  actor: Actor,
  userId: number,
  change: StateChange,
): Promise<boolean> {
  const current = await lockAgentState(tx, userId);
  // A person's own change always takes effect: dated no earlier than the state it replaces (which a phone
  // system's clock, a little ahead of ours, may have dated after our now).
  if (change.changedBy !== "call" && current && current.since > change.at)
    change = { ...change, at: current.since };
  const reason = change.state === "away" ? (change.reason ?? null) : null;
  const callId = change.callId ?? null;
  if (current && current.since > change.at)
    return recordLateChange(tx, actor, userId, { ...change, reason, callId });
  if (current && current.state === change.state && current.reason === reason && current.callId === callId)
    return false;
  await tx
    .update(agentStatePeriods)
    .set({ endedAt: change.at })
    .where(and(eq(agentStatePeriods.userId, userId), isNull(agentStatePeriods.endedAt)));
  await tx.insert(agentStatePeriods).values({
    userId,
    state: change.state,
    reason,
    startedAt: change.at,
    callId,
    changedBy: change.changedBy,
  });
  await tx
    .insert(agentStates)
    .values({ userId, state: change.state, reason, since: change.at, callId })
    .onConflictDoUpdate({
      target: agentStates.userId,
      set: { state: change.state, reason, since: change.at, callId },
    });
  await audit(
    tx,
    actor,
    "agent.state_changed",
    "user",
    userId,
    { state: change.state, reason, callId, by: change.changedBy },
    change.at,
  );
  await notifyCalls(tx, { kind: "agent", userId, state: change.state });
  return true;
}

/**
 * Puts a change older than the operator's current state into their history at its time: the period it falls
 * in ends then, and the change lasts until the next period began (or that period, when it is the same state,
 * starts earlier). A change that repeats the period it falls in changes nothing. The state now is untouched,
 * except when it is the wrap-up of an earlier call begun after this call's answer (see below).
 */
async function recordLateChange(
  tx: DbOrTx,
  actor: Actor,
  userId: number,
  change: StateChange & { reason: string | null; callId: number | null },
): Promise<boolean> {
  const same = (p: { state: string; reason: string | null; callId: number | null }) =>
    p.state === change.state && p.reason === change.reason && p.callId === change.callId;
  const [covering] = await tx
    .select()
    .from(agentStatePeriods)
    .where(and(eq(agentStatePeriods.userId, userId), lte(agentStatePeriods.startedAt, change.at)))
    .orderBy(desc(agentStatePeriods.startedAt), desc(agentStatePeriods.id))
    .limit(1);
  if (covering && same(covering)) return false;
  const [following] = await tx
    .select()
    .from(agentStatePeriods)
    .where(and(eq(agentStatePeriods.userId, userId), gt(agentStatePeriods.startedAt, change.at)))
    .orderBy(asc(agentStatePeriods.startedAt), asc(agentStatePeriods.id))
    .limit(1);
  // The current state's own period always follows a late change; without one there is nothing to place it in.
  if (!following) return false;
  if (covering)
    await tx
      .update(agentStatePeriods)
      .set({ endedAt: change.at })
      .where(eq(agentStatePeriods.id, covering.id));
  if (
    change.state === "on_call" &&
    change.callId !== null &&
    following.state === "wrap_up" &&
    following.changedBy === "call" &&
    following.callId !== change.callId
  ) {
    // The wrap-up of an earlier call, begun after the operator answered this one: that call's end was not
    // theirs (they had left it, by a transfer not heard of yet). They were on this call from its answer.
    await tx
      .update(agentStatePeriods)
      .set({ state: "on_call", reason: null, callId: change.callId, startedAt: change.at })
      .where(eq(agentStatePeriods.id, following.id));
    if (following.endedAt === null)
      await tx
        .update(agentStates)
        .set({ state: "on_call", reason: null, callId: change.callId, since: change.at })
        .where(eq(agentStates.userId, userId));
  } else if (same(following)) {
    await tx
      .update(agentStatePeriods)
      .set({ startedAt: change.at })
      .where(eq(agentStatePeriods.id, following.id));
    if (following.endedAt === null)
      await tx.update(agentStates).set({ since: change.at }).where(eq(agentStates.userId, userId));
  } else
    await tx.insert(agentStatePeriods).values({
      userId,
      state: change.state,
      reason: change.reason,
      startedAt: change.at,
      endedAt: following.startedAt,
      callId: change.callId,
      changedBy: change.changedBy,
    });
  await audit(
    tx,
    actor,
    "agent.state_changed",
    "user",
    userId,
    { state: change.state, reason: change.reason, callId: change.callId, by: change.changedBy, late: true },
    change.at,
  );
  return true;
}

/** A staff member signed out: if they had a phone state other than offline, they are offline from now. */
export async function signedOutOfPhoneLine(db: Db, clock: Clock, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await lockAgentState(tx, userId);
    if (!current || current.state === "offline") return;
    await changeAgentState(tx, { kind: "system", label: "Sign-out" }, userId, {
      state: "offline",
      at: clock.now(),
      changedBy: "operator",
    });
  });
}

/** Announces a telephony change at commit to every process's live streams (platform/events.ts). */
export async function notifyCalls(tx: DbOrTx, payload: Record<string, unknown>): Promise<void> {
  await tx.execute(sql`select pg_notify(${CALLS_CHANNEL}, ${JSON.stringify(payload)})`);
}
