import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { apiKeys } from "../../../db/schema/index.js";
import type { Actor } from "../../../platform/actor.js";
import { actorUserId } from "../../../platform/actor.js";
import { audit } from "../../../platform/audit.js";
import type { DbOrTx } from "../../../platform/db.js";
import { AppError } from "../../../platform/errors.js";

const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** The limits every channel (staff API, command line) applies to a new key. */
export const API_KEY_LIMITS = { nameMax: 100, rateLimitMin: 1, rateLimitMax: 10_000 } as const;

/**
 * Creates an API key and returns it in full — the only time it is ever visible.
 * The key is `c311_<prefix>_<secret>`; the prefix finds the row, the secret's SHA-256 proves it.
 */
export async function createApiKey(
  deps: { tx: DbOrTx; actor: Actor; now?: Date },
  input: { name: string; rateLimitPerMinute?: number },
): Promise<{ id: number; key: string; prefix: string }> {
  const name = input.name.trim();
  const rateLimitPerMinute = input.rateLimitPerMinute ?? 60;
  const problems: { field: string; message: string }[] = [];
  if (!name) problems.push({ field: "name", message: "is required" });
  else if (name.length > API_KEY_LIMITS.nameMax)
    problems.push({ field: "name", message: `must be at most ${API_KEY_LIMITS.nameMax} characters` });
  if (
    !Number.isInteger(rateLimitPerMinute) ||
    rateLimitPerMinute < API_KEY_LIMITS.rateLimitMin ||
    rateLimitPerMinute > API_KEY_LIMITS.rateLimitMax
  ) {
    problems.push({
      field: "rateLimitPerMinute",
      message: `must be a whole number from ${API_KEY_LIMITS.rateLimitMin} to ${API_KEY_LIMITS.rateLimitMax}`,
    });
  }
  if (problems.length) {
    throw new AppError(
      "validation_failed",
      problems.map((p) => `${p.field} ${p.message}`).join("; "),
      problems,
    );
  }
  const prefix = randomBytes(6).toString("hex");
  const secret = randomBytes(24).toString("base64url");
  const [row] = await deps.tx
    .insert(apiKeys)
    .values({
      name,
      prefix,
      keyHash: hashSecret(secret),
      rateLimitPerMinute,
      createdByUserId: actorUserId(deps.actor),
      ...(deps.now ? { createdAt: deps.now } : {}),
    })
    .returning({ id: apiKeys.id });
  await audit(deps.tx, deps.actor, "api_key.created", "api_key", row!.id, { name, prefix }, deps.now);
  return { id: row!.id, key: `c311_${prefix}_${secret}`, prefix };
}

/** The live (not revoked) key matching a presented key string, or null. */
export async function findApiKey(db: DbOrTx, presented: string) {
  const match = /^c311_([0-9a-f]{12})_([A-Za-z0-9_-]{20,64})$/.exec(presented.trim());
  if (!match) return null;
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.prefix, match[1]!), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  const a = Buffer.from(row.keyHash, "hex");
  const b = Buffer.from(hashSecret(match[2]!), "hex");
  return a.length === b.length && timingSafeEqual(a, b) ? row : null;
}
