import { eq } from "drizzle-orm";
import { apiKeys } from "../../db/schema/index.js";
import type { Actor } from "../../platform/actor.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import { findApiKey } from "../auth/index.js";

type ApiKeyRow = NonNullable<Awaited<ReturnType<typeof findApiKey>>>;

import { Open311Error } from "./open311.errors.js";

const WINDOW_MS = 60_000;
const LAST_USED_EVERY_MS = 60_000;
/** A verified key is trusted this long without asking the database again; revocation takes effect within it. */
export const KEY_CACHE_MS = 10_000;

/**
 * Checks `api_key` and the key's per-minute rate limit. Counting is per app process (a fixed one-minute
 * window): with N processes behind a balancer a client gets at most N times its limit.
 */
export class ApiKeyGate {
  private readonly windows = new Map<number, { start: number; count: number }>();
  private readonly lastUsedWritten = new Map<number, number>();
  private readonly verified = new Map<string, { at: number; key: ApiKeyRow }>();

  constructor(private readonly deps: { db: Db; clock: Clock }) {}

  /** The actor for a valid, unrevoked key within its limit; 403 or 429 (with Retry-After) otherwise. */
  async admit(presented: string | undefined): Promise<Extract<Actor, { kind: "api_client" }>> {
    if (!presented) throw new Open311Error(403, "An api_key is required to submit requests.");
    const now = this.deps.clock.now().getTime();
    const key = await this.lookup(presented, now);
    if (!key) throw new Open311Error(403, "The api_key is not valid or has been revoked.");
    const w = this.windows.get(key.id);
    if (!w || now - w.start >= WINDOW_MS) this.windows.set(key.id, { start: now, count: 1 });
    else if (w.count >= key.rateLimitPerMinute) {
      const retry = Math.max(1, Math.ceil((w.start + WINDOW_MS - now) / 1000));
      throw new Open311Error(
        429,
        `Rate limit of ${key.rateLimitPerMinute} requests a minute reached; retry in ${retry} s.`,
        [],
        retry,
      );
    } else w.count++;
    if (now - (this.lastUsedWritten.get(key.id) ?? 0) > LAST_USED_EVERY_MS) {
      this.lastUsedWritten.set(key.id, now);
      await this.deps.db
        .update(apiKeys)
        .set({ lastUsedAt: new Date(now) })
        .where(eq(apiKeys.id, key.id));
    }
    return { kind: "api_client", apiKeyId: key.id, label: `Open311 client: ${key.name}` };
  }

  /** Verifying a key costs a query and a hash; a verified key is remembered for KEY_CACHE_MS. */
  private async lookup(presented: string, now: number): Promise<ApiKeyRow | null> {
    const hit = this.verified.get(presented);
    if (hit && now - hit.at < KEY_CACHE_MS) return hit.key;
    const key = await findApiKey(this.deps.db, presented);
    if (this.verified.size > 10_000) this.verified.clear();
    if (key) this.verified.set(presented, { at: now, key });
    else this.verified.delete(presented);
    return key;
  }
}
