import { eq } from "drizzle-orm";
import { apiKeys } from "../../../db/schema/index.js";
import type { Actor } from "../../../platform/actor.js";
import { audit } from "../../../platform/audit.js";
import type { DbOrTx } from "../../../platform/db.js";
import { AppError, notFound } from "../../../platform/errors.js";
import { API_KEY_LIMITS } from "./create-api-key.js";

/** Every problem with a key's name and rate limit at once, as field problems. */
function check(name: string, rate: number): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!name) problems.push({ field: "name", message: "is required" });
  else if (name.length > API_KEY_LIMITS.nameMax)
    problems.push({ field: "name", message: `must be at most ${API_KEY_LIMITS.nameMax} characters` });
  if (!Number.isInteger(rate) || rate < API_KEY_LIMITS.rateLimitMin || rate > API_KEY_LIMITS.rateLimitMax) {
    problems.push({
      field: "rateLimitPerMinute",
      message: `must be a whole number from ${API_KEY_LIMITS.rateLimitMin} to ${API_KEY_LIMITS.rateLimitMax}`,
    });
  }
  return problems;
}

/**
 * Renames a key or changes its rate limit, audited with what changed. A revoked key cannot be edited;
 * an unchanged edit writes nothing. Throws `validation_failed`, `not_found` or `conflict`.
 */
export async function updateApiKey(
  deps: { tx: DbOrTx; actor: Actor; now?: Date },
  id: number,
  input: { name: string; rateLimitPerMinute: number },
): Promise<{ id: number; changed: boolean }> {
  const name = input.name.trim();
  const rate = input.rateLimitPerMinute;
  const problems = check(name, rate);
  if (problems.length) {
    throw new AppError(
      "validation_failed",
      problems.map((p) => `${p.field} ${p.message}`).join("; "),
      problems,
    );
  }
  // Locked, so a revocation racing this edit is either before it (refused here) or after it.
  const [row] = await deps.tx
    .select({ name: apiKeys.name, rate: apiKeys.rateLimitPerMinute, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.id, id))
    .for("update")
    .limit(1);
  if (!row) throw notFound("API key");
  if (row.revokedAt) throw new AppError("conflict", "This key is revoked, so it cannot be edited.");
  const data: Record<string, { from: unknown; to: unknown }> = {};
  if (row.name !== name) data.name = { from: row.name, to: name };
  if (row.rate !== rate) data.rateLimitPerMinute = { from: row.rate, to: rate };
  if (Object.keys(data).length === 0) return { id, changed: false };
  await deps.tx.update(apiKeys).set({ name, rateLimitPerMinute: rate }).where(eq(apiKeys.id, id));
  await audit(deps.tx, deps.actor, "api_key.updated", "api_key", id, data, deps.now);
  return { id, changed: true };
}
