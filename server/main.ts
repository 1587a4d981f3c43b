import Fastify, { type FastifyInstance } from "fastify";
import { buildApp } from "./app.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./db/seeds/demo-city/accounts.js";
import {
  demoHistoryPending,
  isSeeded,
  seedDemoFoundation,
  seedDemoHistory,
} from "./db/seeds/demo-city/index.js";
import { systemClock } from "./platform/clock.js";
import type { Config } from "./platform/config.js";
import { type Database, LOCKS, migrate, openDatabase } from "./platform/db.js";
import { type JobQueue, startJobs } from "./platform/jobs.js";
import { loggerOptions } from "./platform/logger.js";
import { progressBar } from "./platform/progress.js";
import { QUEUES, startWorker, type Worker } from "./worker.js";

const say = (line = "") => process.stdout.write(`${line}\n`);

/** Opens the database for this process and applies pending migrations. */
export async function openAndMigrate(config: Config, owner: string): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, owner });
  try {
    await migrate(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

/** Starts the server: config → database → migrations → demo seed → API and/or worker, with graceful shutdown. */
export async function serve(config: Config): Promise<void> {
  const started = Date.now();
  const owner = `the civic311 server (port ${config.port})`;
  const database = await openAndMigrate(config, owner);
  // Processes starting together on an empty PostgreSQL take turns: the first seeds, the others find it done.
  if (config.demo) {
    await database.exclusive(LOCKS.seed, async () => {
      if (await isSeeded(database.db)) return;
      say("civic311: creating the demo city (first start only)…");
      const counts = await seedDemoFoundation({
        db: database.db,
        timeZone: config.timeZone,
        requests: config.demoRequests,
        interactions: config.demoRequests * 2,
      });
      say(
        `civic311: ${counts.departments} departments, ${counts.services} services, ${counts.articles} articles, ${counts.addresses} addresses, staff accounts.`,
      );
    });
  }
  let app: FastifyInstance | undefined;
  let worker: Worker | undefined;
  let jobs: JobQueue;
  // A worker-only process has no app; it logs through the same pino settings (redaction included).
  const workerLog =
    config.services === "worker" ? Fastify({ logger: loggerOptions(config.logLevel) }).log : undefined;
  try {
    jobs = await startJobs(database, QUEUES, {
      supervise: config.services !== "api",
      onError: (err) => (app?.log ?? workerLog)?.error({ err }, "job queue error"),
    });
  } catch (err) {
    await database.close();
    throw err;
  }
  let reportsDatabase: Database | undefined;
  if (config.services !== "worker") {
    try {
      if (config.reportsDatabaseUrl) {
        reportsDatabase = await openDatabase({ databaseUrl: config.reportsDatabaseUrl, dataDir: "", owner });
      }
      app = await buildApp({ config, database, reportsDatabase, clock: systemClock, jobs });
      await app.listen({ port: config.port, host: config.host });
    } catch (err) {
      await app?.close();
      await reportsDatabase?.close();
      await jobs.stop();
      await database.close();
      throw err;
    }
  }
  if (config.services !== "api") {
    worker = await startWorker({
      db: database.db,
      jobs,
      clock: systemClock,
      config,
      log: app?.log ?? workerLog,
    });
  }

  say("");
  say(
    `civic311 is running (${config.services === "all" ? "API and worker" : config.services}), ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (app) {
    say(`  Open:      ${config.publicBaseUrl}/            (staff app: ${config.publicBaseUrl}/staff/)`);
  }
  say(`  Database:  ${database.description}`);
  if (reportsDatabase) say(`  Reports:   ${reportsDatabase.description} (read-only replica)`);
  say(`  Time zone: ${config.timeZone}`);
  say(
    `  Email:     ${config.smtpUrl ? `via ${new URL(config.smtpUrl).hostname}` : "SMTP_URL not set: residents' messages are recorded, not sent"}`,
  );
  if (app)
    say(
      `  Phone:     ${
        config.telephony.webhookSecret
          ? `call events at ${config.publicBaseUrl}/telephony/events${config.demo ? " (try: npx civic311 phone simulate)" : ""}`
          : "TELEPHONY_WEBHOOK_SECRET not set: the call-event webhook is off"
      }; Twilio ${config.telephony.twilioAuthToken ? `at ${config.publicBaseUrl}/telephony/twilio/voice` : "off (TWILIO_AUTH_TOKEN not set)"}`,
    );
  if (config.demo) {
    say(`  Demo mode: demo accounts (password for all: ${DEMO_PASSWORD})`);
    for (const a of DEMO_ACCOUNTS) say(`    ${a.email.padEnd(32)} ${a.label}`);
  }
  say("  Stop with Ctrl+C.");

  // The demo history (months of requests made through the real commands) fills in while the app serves.
  let stopHistory = false;
  const history =
    config.demo && config.services !== "api" && (await demoHistoryPending(database.db))
      ? (async () => {
          say(
            `civic311: generating the demo history (${config.demoRequests} requests, ${config.demoRequests * 2} contacts) in the background; the app is usable now.`,
          );
          const bar = progressBar("demo history");
          const result = await seedDemoHistory({
            db: database.db,
            timeZone: config.timeZone,
            onProgress: bar.update,
            shouldStop: () => stopHistory,
          });
          bar.stop();
          if (result?.stopped) say("civic311: demo history paused; it resumes at the next start.");
          else if (result)
            say(
              `civic311: demo history ready: ${result.requests} requests, ${result.interactions} contacts.`,
            );
        })().catch((err) => (app?.log ?? workerLog)?.error({ err }, "demo history failed"))
      : Promise.resolve();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`civic311: ${signal} received, finishing requests in flight…`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    stopHistory = true;
    await history;
    await worker?.stop();
    await app?.close();
    await reportsDatabase?.close();
    await jobs.stop();
    await database.close();
    say("civic311: stopped.");
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}
