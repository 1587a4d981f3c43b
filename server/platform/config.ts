import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3311),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
  ),
  REPORTS_DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
  ),
  DATA_DIR: z.string().default("./data"),
  SERVICES: z.enum(["api", "worker", "all"]).default("all"),
  PUBLIC_BASE_URL: optionalText.pipe(z.url().optional()),
  SESSION_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  SEED: z.enum(["demo", "none"]).default("demo"),
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
      .optional(),
  ),
  MAIL_FROM: z.string().trim().min(3).default("City 311 <no-reply@civic311.example>"),
  SMS_URL: optionalText.pipe(z.url().optional()),
  SMS_ACCOUNT_SID: optionalText,
  SMS_AUTH_TOKEN: optionalText,
  SMS_FROM: optionalText,
  TELEPHONY_WEBHOOK_SECRET: optionalText.pipe(
    z.string().min(32, "must be at least 32 characters").optional(),
  ),
  TWILIO_AUTH_TOKEN: optionalText,
  TZ: z.string().default("America/New_York").refine(isTimeZone, "is not a known IANA time zone"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  TRUST_PROXY: z
    .string()
    .trim()
    .default("false")
    .refine(
      (v) => /^(true|false|[\d.:/a-fA-F,\s]+)$/.test(v),
      "must be true, false or proxy addresses (a,b,c)",
    )
    .transform((v): boolean | string => (v === "true" ? true : v === "false" ? false : v)),
  DEMO_REQUESTS: z.coerce.number().int().min(0).max(200_000).default(5000),
  REOPEN_WINDOW_DAYS: z.coerce.number().int().min(0).max(365).default(14),
});

/** The settings, parsed once. Nothing else in the server reads `process.env`. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  /** A read-only replica of DATABASE_URL that the dashboards, public figures and open data read from. */
  readonly reportsDatabaseUrl: string | undefined;
  readonly dataDir: string;
  readonly services: "api" | "worker" | "all";
  readonly publicBaseUrl: string;
  readonly sessionSecret: string;
  readonly seed: "demo" | "none";
  readonly smtpUrl: string | undefined;
  /** The From of residents' and staff emails. */
  readonly mailFrom: string;
  /** An SMS provider speaking Twilio's REST format (`SMS_URL` is its base, e.g. https://api.twilio.com). */
  readonly sms:
    | {
        readonly baseUrl: string;
        readonly accountSid: string;
        readonly authToken: string;
        readonly from: string;
      }
    | undefined;
  /** The phone system's shared secrets: civic311's own signed webhook, and Twilio's auth token. */
  readonly telephony: {
    readonly webhookSecret: string | undefined;
    readonly twilioAuthToken: string | undefined;
  };
  readonly timeZone: string;
  readonly logLevel: string;
  readonly sessionTtlHours: number;
  /** Whether (and which) reverse proxies' X-Forwarded-For to believe for client addresses. */
  readonly trustProxy: boolean | string;
  readonly demo: boolean;
  /** How many requests of history the demo city gets (contacts: twice as many). */
  readonly demoRequests: number;
  /** How many days after a request closes as fixed its resident may reopen it ("not fixed"); 0 turns it off. */
  readonly reopenWindowDays: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Parses settings from an environment; throws ConfigError naming every problem at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  const smsParts = [e.SMS_URL, e.SMS_ACCOUNT_SID, e.SMS_AUTH_TOKEN, e.SMS_FROM];
  if (smsParts.some(Boolean) && !smsParts.every(Boolean))
    throw new ConfigError(["SMS_URL, SMS_ACCOUNT_SID, SMS_AUTH_TOKEN and SMS_FROM: set all four or none"]);
  if (e.REPORTS_DATABASE_URL && !e.DATABASE_URL)
    throw new ConfigError([
      "REPORTS_DATABASE_URL: a replica needs DATABASE_URL (PostgreSQL) for the primary",
    ]);
  const dataDir = path.resolve(e.DATA_DIR);
  const demo = e.SEED === "demo";
  let sessionSecret = e.SESSION_SECRET;
  if (!sessionSecret) {
    if (!demo) throw new ConfigError(["SESSION_SECRET: required unless SEED=demo (at least 32 characters)"]);
    sessionSecret = demoSecret(dataDir, "session-secret");
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    reportsDatabaseUrl: e.REPORTS_DATABASE_URL,
    dataDir,
    services: e.SERVICES,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    sessionSecret,
    seed: e.SEED,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sms:
      e.SMS_URL && e.SMS_ACCOUNT_SID && e.SMS_AUTH_TOKEN && e.SMS_FROM
        ? {
            baseUrl: e.SMS_URL.replace(/\/$/, ""),
            accountSid: e.SMS_ACCOUNT_SID,
            authToken: e.SMS_AUTH_TOKEN,
            from: e.SMS_FROM,
          }
        : undefined,
    telephony: Object.freeze({
      // The demo city's phone line works out of the box (`civic311 phone simulate` reads the same file).
      webhookSecret:
        e.TELEPHONY_WEBHOOK_SECRET ?? (demo ? demoSecret(dataDir, "telephony-secret") : undefined),
      twilioAuthToken: e.TWILIO_AUTH_TOKEN,
    }),
    timeZone: e.TZ,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    trustProxy: e.TRUST_PROXY,
    demo,
    demoRequests: e.DEMO_REQUESTS,
    reopenWindowDays: e.REOPEN_WINDOW_DAYS,
  });
}

/** In demo mode a secret is generated once and kept under DATA_DIR, so sessions (and the phone line) survive restarts. */
function demoSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
