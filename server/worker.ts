import { lt } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import { loginAttempts, sessions } from "./db/schema/index.js";
import {
  alertSupervisors,
  deliverEvent,
  escalateDueRequests,
  type Mailer,
  type SmsSender,
  STAFF_ALERT_QUEUE,
  smtpMailer,
  twilioSms,
} from "./modules/notifications/index.js";
import { refreshRollups } from "./modules/reports/index.js";
import { PUBLIC_EVENT_QUEUE } from "./modules/requests/index.js";
import type { Clock } from "./platform/clock.js";
import type { Config } from "./platform/config.js";
import type { Db } from "./platform/db.js";
import type { JobQueue, QueueSpec } from "./platform/jobs.js";

const ESCALATION_SCAN_QUEUE = "escalation-scan";
const HOUSEKEEPING_QUEUE = "housekeeping";
const REPORT_ROLLUPS_QUEUE = "report-rollups";

/**
 * Every queue, declared once. Sends retry with a doubling wait from 30 s (about 8.5 hours over ten tries);
 * a send still running after 5 minutes is taken to have died with its process and runs again.
 */
export const QUEUES: QueueSpec[] = [
  { name: PUBLIC_EVENT_QUEUE, retryLimit: 10, retryDelaySeconds: 30, expireInSeconds: 300 },
  { name: STAFF_ALERT_QUEUE, retryLimit: 10, retryDelaySeconds: 30, expireInSeconds: 300 },
  { name: ESCALATION_SCAN_QUEUE, retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 600 },
  { name: HOUSEKEEPING_QUEUE, retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 600 },
  // The first build of years of history can take minutes; later runs take one day or a few changed ones.
  { name: REPORT_ROLLUPS_QUEUE, retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 3600 },
];

export interface Worker {
  stop(): Promise<void>;
}

export interface WorkerDeps {
  db: Db;
  jobs: JobQueue;
  clock: Clock;
  config: Config;
  log?: FastifyBaseLogger | undefined;
  /** Tests pass their own real SMTP/SMS clients; by default they come from SMTP_URL and SMS_*. */
  mailer?: Mailer | null;
  sms?: SmsSender | null;
}

/**
 * The background worker: residents' notifications, supervisors' escalation alerts, the escalation scan
 * every 5 minutes, the report rollups every 5 (ADR 0011) and housekeeping every 10, all as pg-boss jobs
 * (ADR 0009).
 */
export async function startWorker(deps: WorkerDeps): Promise<Worker> {
  const { config, jobs } = deps;
  const mailer =
    deps.mailer !== undefined
      ? deps.mailer
      : config.smtpUrl
        ? smtpMailer(config.smtpUrl, config.mailFrom)
        : null;
  const sms = deps.sms !== undefined ? deps.sms : config.sms ? twilioSms(config.sms) : null;
  if (!mailer)
    deps.log?.warn("SMTP_URL is not set: residents' and supervisors' emails are recorded as skipped");

  await jobs.work<{ eventId: number }>(PUBLIC_EVENT_QUEUE, async ({ eventId }) => {
    const report = await deliverEvent(
      {
        db: deps.db,
        mailer,
        sms,
        publicBaseUrl: config.publicBaseUrl,
        linkSecret: config.sessionSecret,
        timeZone: config.timeZone,
        clock: deps.clock,
      },
      eventId,
    );
    if (report.sent + report.failed > 0) deps.log?.info({ eventId, ...report }, "notifications sent");
  });
  await jobs.work<{ escalationId: number }>(STAFF_ALERT_QUEUE, async ({ escalationId }) => {
    await alertSupervisors(
      { db: deps.db, mailer, publicBaseUrl: config.publicBaseUrl, now: deps.clock.now() },
      escalationId,
    );
  });
  await jobs.work(ESCALATION_SCAN_QUEUE, async () => {
    const n = await escalateDueRequests({ db: deps.db, jobs, now: deps.clock.now() });
    if (n > 0) deps.log?.info({ escalated: n }, "requests escalated");
  });
  await jobs.work(HOUSEKEEPING_QUEUE, async () => {
    await housekeeping(deps.db, deps.clock.now());
  });
  await jobs.schedule(ESCALATION_SCAN_QUEUE, "*/5 * * * *", config.timeZone);
  await jobs.work(REPORT_ROLLUPS_QUEUE, async () => {
    const done = await refreshRollups(deps.db, config.timeZone, deps.clock.now());
    if (done.built + done.rebuilt > 0) deps.log?.info(done, "report rollups refreshed");
  });
  await jobs.schedule(HOUSEKEEPING_QUEUE, "*/10 * * * *", config.timeZone);
  await jobs.schedule(REPORT_ROLLUPS_QUEUE, "*/5 * * * *", config.timeZone);
  return {
    async stop() {
      mailer?.close();
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
