import { lt } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import { loginAttempts, sessions } from "./db/schema/index.js";
import type { Clock } from "./platform/clock.js";
import type { Db } from "./platform/db.js";

export interface Worker {
  stop(): Promise<void>;
}

const EVERY_MS = 10 * 60_000;

/**
 * The background worker. Today it does housekeeping (expired sessions, old sign-in attempts);
 * scheduled jobs such as SLA escalation join it here.
 */
export function startWorker(deps: { db: Db; clock: Clock; log?: FastifyBaseLogger | undefined }): Worker {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = housekeeping(deps.db, deps.clock.now()).then(
      () => undefined,
      (err) => deps.log?.error({ err }, "housekeeping failed"),
    );
  };
  tick();
  const timer = setInterval(tick, EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** Deletes expired sessions and sign-in attempts older than a day. */
export async function housekeeping(db: Db, now: Date): Promise<{ sessions: number; attempts: number }> {
  const expired = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
  const old = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.at, new Date(now.getTime() - 86_400_000)))
    .returning({ id: loginAttempts.id });
  return { sessions: expired.length, attempts: old.length };
}
