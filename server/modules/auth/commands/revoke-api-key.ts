import { and, eq, isNull } from "drizzle-orm";
import { apiKeys } from "../../../db/schema/index.js";
import type { Actor } from "../../../platform/actor.js";
import { audit } from "../../../platform/audit.js";
import type { DbOrTx } from "../../../platform/db.js";
import { notFound } from "../../../platform/errors.js";

/**
 * Revokes an API key at once: `findApiKey` refuses it from then on. Revoking a revoked key changes
 * nothing and succeeds, so a retried request is harmless. Throws `not_found` for an unknown id.
 */
export async function revokeApiKey(
  deps: { tx: DbOrTx; actor: Actor; now?: Date },
  id: number,
): Promise<{ id: number; revokedAt: Date; alreadyRevoked: boolean }> {
  const now = deps.now ?? new Date();
  // One conditional UPDATE: of two revocations racing, exactly one changes the row and is audited.
  const [changed] = await deps.tx
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ name: apiKeys.name, prefix: apiKeys.prefix });
  if (changed) {
    await audit(deps.tx, deps.actor, "api_key.revoked", "api_key", id, changed, now);
    return { id, revokedAt: now, alreadyRevoked: false };
  }
  const [existing] = await deps.tx
    .select({ revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.id, id))
    .limit(1);
  if (!existing?.revokedAt) throw notFound("API key");
  return { id, revokedAt: existing.revokedAt, alreadyRevoked: true };
}
