import { eq } from "drizzle-orm";
import { apiKeys } from "../../db/schema/index.js";
import type { Actor } from "../../platform/actor.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import { findApiKey } from "../auth/index.js";
import { Open311Error } from "./open311.errors.js";

const WINDOW_MS = 60_000;
const LAST_USED_EVERY_MS = 60_000;

/**
 * Checks `api_key` and the key's per-minute rate limit. Counting is per app process (a fixed one-minute
 * window): with N processes behind a balancer a client gets at most N times its limit.
 */
export class ApiKeyGate {
  private readonly windows = new Map<number, { start: number; count: number }>();
  private readonly lastUsedWritten = new Map<number, number>();

  constructor(private readonly deps: { db: Db; clock: Clock }) {}

  /** The actor for a valid, unrevoked key within its limit; 403 or 429 (with Retry-After) otherwise. */
  async admit(presented: string | undefined): Promise<Extract<Actor, { kind: "api_client" }>> {
    if (!presented) throw new Open311Error(403, "An api_key is required to submit requests.");
    const key = await findApiKey(this.deps.db, presented);
    if (!key) throw new Open311Error(403, "The api_key is not valid or has been revoked.");
    const now = this.deps.clock.now().getTime();
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
}
