import { eq } from "drizzle-orm";
import { calls } from "../../../db/schema/index.js";
import type { StaffActor } from "../../../platform/actor.js";
import type { Clock } from "../../../platform/clock.js";
import type { Db } from "../../../platform/db.js";
import { AppError, notFound } from "../../../platform/errors.js";
import { startCallbackContact } from "../../interactions/index.js";
import { changeAgentState, notifyCalls } from "./agent-state.js";

/**
 * An operator takes a callback from the queue: it leaves the queue, a contact starts for the caller and the
 * operator goes on the call. Two operators taking the same callback: the second gets 409.
 */
export async function takeCallback(
  deps: { db: Db; clock: Clock },
  actor: StaffActor,
  callId: number,
): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [call] = await tx.select().from(calls).where(eq(calls.id, callId)).for("update");
    if (!call?.callbackRequestedAt) throw notFound("Callback");
    if (call.callbackDoneAt) throw new AppError("conflict", "Someone has already taken this callback.");
    const interactionId = await startCallbackContact(tx, actor, {
      externalCallId: call.externalId,
      constituentId: call.constituentId,
      operatorUserId: actor.userId,
      at: now,
    });
    await tx
      .update(calls)
      .set({
        callbackDoneAt: now,
        callbackByUserId: actor.userId,
        callbackInteractionId: interactionId,
        updatedAt: now,
      })
      .where(eq(calls.id, callId));
    await changeAgentState(tx, actor, actor.userId, {
      state: "on_call",
      at: now,
      callId,
      changedBy: "operator",
    });
    await notifyCalls(tx, { kind: "callback", callId, type: "taken", userId: actor.userId, interactionId });
    return interactionId;
  });
}
