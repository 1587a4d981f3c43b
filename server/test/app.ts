import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../app.js";
import { seedDemoCity } from "../db/seeds/demo-city/index.js";
import { fixedClock } from "../platform/clock.js";
import { type Config, loadConfig } from "../platform/config.js";
import type { Database } from "../platform/db.js";
import { type JobQueue, startJobs } from "../platform/jobs.js";
import { QUEUES } from "../worker.js";
import { freshDatabase } from "./database.js";

/** The phone system's shared secrets in test cities (server/test/phone.ts signs with them). */
export const TEST_WEBHOOK_SECRET = "test-phone-system-shared-secret-0123456789";
export const TEST_TWILIO_TOKEN = "test-twilio-auth-token-0123456789abcdef";

/** The instant test cities are seeded at: the Wednesday before Thanksgiving 2026, 10:00 in Boston. */
export const TEST_NOW = "2026-11-25T15:00:00.000Z";

export interface TestCity {
  app: FastifyInstance;
  database: Database;
  clock: ReturnType<typeof fixedClock>;
  config: Config;
  jobs: JobQueue;
  close(): Promise<void>;
}

/** A real app on a fresh database holding the demo city with a small history. */
export async function testCity(opts: { requests?: number; interactions?: number } = {}): Promise<TestCity> {
  const database = await freshDatabase();
  const clock = fixedClock(TEST_NOW);
  const config = loadConfig({
    SEED: "demo",
    LOG_LEVEL: "silent",
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "civic311-test-")),
    TZ: "America/New_York",
    TELEPHONY_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    TWILIO_AUTH_TOKEN: TEST_TWILIO_TOKEN,
  });
  await seedDemoCity({
    db: database.db,
    timeZone: config.timeZone,
    now: new Date(TEST_NOW),
    requests: opts.requests ?? 60,
    interactions: opts.interactions ?? 60,
  });
  // Real pg-boss on the test database: commands enqueue; tests that check sending start a worker.
  const jobs = await startJobs(database, QUEUES, { supervise: false });
  const app = await buildApp({ config, database, clock, jobs });
  await app.ready();
  return {
    app,
    database,
    clock,
    config,
    jobs,
    async close() {
      await app.close();
      await jobs.stop();
      await database.close();
    },
  };
}

export interface StaffSessionCookies {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

/** Signs in through the real API and returns the cookie and CSRF header to send with later requests. */
export async function signInAs(
  app: FastifyInstance,
  email: string,
  password = "demo311",
): Promise<StaffSessionCookies> {
  const res = await app.inject({ method: "POST", url: "/api/session", payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers["set-cookie"];
  const raw = (Array.isArray(setCookie) ? setCookie[0] : setCookie) ?? "";
  const cookie = raw.split(";")[0]!;
  const csrf = res.json().csrfToken as string;
  return { cookie, csrf, headers: { cookie, "x-csrf-token": csrf } };
}
