import { and, eq, isNull, sql } from "drizzle-orm";
import type { AgentState } from "../../../../common/contracts/telephony.js";
import { agentStatePeriods, agentStates } from "../../../db/schema/index.js";
import type { Actor } from "../../../platform/actor.js";
import { audit } from "../../../platform/audit.js";
import type { DbOrTx } from "../../../platform/db.js";
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
 * arrive out of order) and changes nothing: the state the operator is in now is newer. Returns whether it
 * changed.
 */
export async function changeAgentState(
  tx: DbOrTx,
  actor: Actor,
  userId: number,
  change: StateChange,
): Promise<boolean> {
  const current = await lockAgentState(tx, userId);
  const reason = change.state === "away" ? (change.reason ?? null) : null;
  const callId = change.callId ?? null;
  if (current && current.since > change.at) return false;
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

/** Announces a telephony change at commit to every process's live streams (platform/events.ts). */
export async function notifyCalls(tx: DbOrTx, payload: Record<string, unknown>): Promise<void> {
  await tx.execute(sql`select pg_notify(${CALLS_CHANNEL}, ${JSON.stringify(payload)})`);
}
