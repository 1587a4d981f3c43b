import { eq } from "drizzle-orm";
import { serviceRequests } from "../../../db/schema/index.js";
import type { Actor } from "../../../platform/actor.js";
import type { Clock } from "../../../platform/clock.js";
import type { DbOrTx } from "../../../platform/db.js";
import { notFound } from "../../../platform/errors.js";
import { recordEvent } from "./record-event.js";

/**
 * Adds a public comment from outside the city (a resident app's update, say) to a request's timeline.
 * It changes no status: staff decide what the comment means. Returns the new event's id.
 */
export async function addPublicComment(
  deps: { db: DbOrTx; actor: Actor; clock: Clock },
  number: string,
  input: { body: string; data: Record<string, unknown> },
): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [req] = await tx
      .update(serviceRequests)
      .set({ updatedAt: now })
      .where(eq(serviceRequests.number, number))
      .returning({ id: serviceRequests.id });
    if (!req) throw notFound("Request");
    return recordEvent(tx, deps.actor, {
      requestId: req.id,
      type: "comment",
      at: now,
      public: true,
      body: input.body,
      data: input.data,
    });
  });
}
