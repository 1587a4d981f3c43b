import { auditLog } from "../db/schema/index.js";
import { type Actor, actorLabel, actorUserId } from "./actor.js";
import type { DbOrTx } from "./db.js";

/** Writes one audit record in the caller's transaction. `data` must never hold secrets or personal data. */
export async function audit(
  tx: DbOrTx,
  actor: Actor,
  action: string,
  entity: string,
  entityId: string | number | null,
  data: Record<string, unknown> = {},
  at?: Date,
): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: actorUserId(actor),
    actorLabel: actorLabel(actor),
    action,
    entity,
    entityId: entityId === null ? null : String(entityId),
    data,
    ...(at ? { at } : {}),
  });
}
