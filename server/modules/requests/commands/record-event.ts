import { requestEvents } from "../../../db/schema/index.js";
import { type Actor, actorLabel, actorUserId } from "../../../platform/actor.js";
import type { DbOrTx } from "../../../platform/db.js";

/** Appends one timeline event in the caller's transaction. */
export async function recordEvent(
  tx: DbOrTx,
  actor: Actor,
  event: {
    requestId: number;
    type: string;
    at: Date;
    public: boolean;
    body?: string | null;
    data?: Record<string, unknown>;
  },
): Promise<number> {
  const [row] = await tx
    .insert(requestEvents)
    .values({
      requestId: event.requestId,
      type: event.type,
      at: event.at,
      actorUserId: actorUserId(actor),
      actorLabel: actorLabel(actor),
      public: event.public,
      body: event.body ?? null,
      data: event.data ?? {},
    })
    .returning({ id: requestEvents.id });
  return row!.id;
}
