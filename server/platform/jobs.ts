import { createHash } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import PgBoss from "pg-boss";
import type { Database, DbOrTx, RawSql } from "./db.js";

/** A job's settings: how often it is retried, how long it may run, and whether it runs on a schedule. */
export interface QueueSpec {
  name: string;
  /** Tries after the first failure; the wait doubles each time (pg-boss retryBackoff) from `retryDelaySeconds`. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** A job still running after this long is taken to have died with its process and is retried. */
  expireInSeconds: number;
}

export interface JobOptions {
  /**
   * What makes the job unique: the same key never makes a second job (for example "event 42"), so
   * retrying a command or a relay cannot duplicate work.
   */
  key?: string;
  startAfter?: Date;
}

/** Enqueues jobs in the caller's transaction: they exist exactly when the change that caused them commits. */
export interface JobSender {
  send(tx: DbOrTx, queue: string, data: object, options?: JobOptions): Promise<void>;
}

export interface JobQueue extends JobSender {
  /** Runs `handler` for each job of the queue, in this process, until `stop()`. */
  work<T extends object>(
    queue: string,
    handler: (data: T, job: { id: string }) => Promise<void>,
  ): Promise<void>;
  /** Runs the queue's job on a cron schedule in the city's time zone (one job per tick across all processes). */
  schedule(queue: string, cron: string, timeZone: string): Promise<void>;
  /** Jobs waiting or running in a queue (tests and operators' checks). */
  pending(queue: string): Promise<number>;
  stop(): Promise<void>;
}

/** A stable job id from a key, so a second send of the same key is ignored by the database. */
export function jobIdFor(queue: string, key: string): string {
  const h = createHash("sha256").update(`${queue}\n${key}`).digest("hex");
  // Shaped as a version-5-style UUID (pg-boss ids are uuid).
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * pg-boss's SQL ($1, $2… placeholders, some used twice) run through Drizzle in the caller's transaction:
 * each placeholder becomes a bound parameter, nothing is spliced into the text.
 */
export function transactionSql(tx: DbOrTx): RawSql {
  return {
    async executeSql(text, values = []) {
      const parts = text.split(/\$(\d+)/);
      const chunks: SQL[] = parts.map((part, i) =>
        i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1] ?? null}`,
      );
      const result = (await tx.execute(sql.join(chunks))) as unknown as { rows: Record<string, unknown>[] };
      return { rows: result.rows };
    },
  };
}

const POLL_SECONDS = 1;

/**
 * pg-boss 10 on the app's own database (ADR 0009): on PGlite through its `executeSql` adapter, on PostgreSQL
 * through the app's pool. Its tables live in the `pgboss` schema, which pg-boss creates and migrates itself.
 * Every process starts it (API processes only send); workers also `work` and `schedule`.
 */
export async function startJobs(
  database: Database,
  queues: QueueSpec[],
  options: { supervise: boolean; onError?: (err: Error) => void },
): Promise<JobQueue> {
  const boss = new PgBoss({
    db: database.raw,
    schema: "pgboss",
    supervise: options.supervise,
    schedule: options.supervise,
    migrate: true,
    // Finished jobs are kept a week for support questions, then removed by pg-boss's maintenance.
    deleteAfterDays: 7,
    archiveCompletedAfterSeconds: 3600,
  } as PgBoss.ConstructorOptions);
  boss.on("error", (err) => options.onError?.(err));
  await boss.start();
  const known = new Set<string>();
  for (const q of queues) {
    const spec = {
      name: q.name,
      retryLimit: q.retryLimit,
      retryDelay: q.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: q.expireInSeconds,
    };
    const existing = await boss.getQueue(q.name);
    if (existing) await boss.updateQueue(q.name, spec);
    else await boss.createQueue(q.name, spec);
    known.add(q.name);
  }
  const check = (queue: string) => {
    if (!known.has(queue)) throw new Error(`No job queue "${queue}" was declared at start-up`);
  };
  let stopped = false;

  return {
    async send(tx, queue, data, opts = {}) {
      check(queue);
      await boss.send(queue, data, {
        db: transactionSql(tx),
        ...(opts.key ? { id: jobIdFor(queue, opts.key) } : {}),
        ...(opts.startAfter ? { startAfter: opts.startAfter } : {}),
      } as PgBoss.SendOptions);
    },
    async work(queue, handler) {
      check(queue);
      await boss.work(queue, { pollingIntervalSeconds: POLL_SECONDS, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await handler(job.data as never, { id: job.id });
      });
    },
    async schedule(queue, cron, timeZone) {
      check(queue);
      await boss.schedule(queue, cron, {}, { tz: timeZone });
    },
    async pending(queue) {
      return boss.getQueueSize(queue, { before: "completed" });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
