import { requestEvents } from "../../../db/schema/index.js";
import { type Actor, actorLabel, actorUserId } from "../../../platform/actor.js";
import type { DbOrTx } from "../../../platform/db.js";
import type { JobSender } from "../../../platform/jobs.js";

/** The queue told of every public change to a request (the notifications module works it). */
export const PUBLIC_EVENT_QUEUE = "request-public-event";

/**
 * Appends one timeline event in the caller's transaction. A public event also enqueues a
 * `PUBLIC_EVENT_QUEUE` job in that transaction, keyed by the event, when `jobs` is given: residents hear
 * of every public change exactly when it commits. The demo history passes no `jobs`: the past is not news.
 */
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
  jobs?: JobSender | null,
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
  const id = row!.id;
  if (event.public && jobs) await jobs.send(tx, PUBLIC_EVENT_QUEUE, { eventId: id }, { key: `event ${id}` });
  return id;
}
