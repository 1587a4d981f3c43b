import type { ApiKeySummary, CreatedApiKey } from "../../../common/contracts/api-keys.js";
import type { ApiKeyRow } from "./auth.repository.js";

/** An API key for administrators, field by field: the prefix, never the hash or the secret. */
export function presentApiKey(row: ApiKeyRow): ApiKeySummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    rateLimitPerMinute: row.rateLimitPerMinute,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdBy: row.createdBy,
  };
}

/** A key just created: its summary plus the full key, which no later answer repeats. */
export function presentCreatedApiKey(row: ApiKeyRow, key: string): CreatedApiKey {
  return { ...presentApiKey(row), key };
}
