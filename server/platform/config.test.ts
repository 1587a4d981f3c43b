import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

const tmp = () => mkdtempSync(path.join(tmpdir(), "civic311-config-"));

describe("loadConfig", () => {
  it("gives the documented defaults in demo mode and keeps a generated session secret under DATA_DIR", () => {
    const dir = tmp();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3311,
      services: "all",
      seed: "demo",
      demo: true,
      timeZone: "America/New_York",
    });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.publicBaseUrl).toBe("http://localhost:3311");
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, "session-secret"), "utf8").trim()).toBe(config.sessionSecret);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("keeps a generated phone-line secret in demo mode only, and takes the configured one", () => {
    const dir = tmp();
    const demo = loadConfig({ DATA_DIR: dir });
    expect(demo.telephony.webhookSecret?.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, "telephony-secret"), "utf8").trim()).toBe(
      demo.telephony.webhookSecret,
    );
    expect(demo.telephony.webhookSecret).not.toBe(demo.sessionSecret);
    const city = loadConfig({ DATA_DIR: tmp(), SEED: "none", SESSION_SECRET: "s".repeat(32) });
    expect(city.telephony).toEqual({ webhookSecret: undefined, twilioAuthToken: undefined });
    const set = loadConfig({
      DATA_DIR: tmp(),
      TELEPHONY_WEBHOOK_SECRET: "p".repeat(32),
      TWILIO_AUTH_TOKEN: "tok",
    });
    expect(set.telephony).toEqual({ webhookSecret: "p".repeat(32), twilioAuthToken: "tok" });
    expect(() => loadConfig({ DATA_DIR: tmp(), TELEPHONY_WEBHOOK_SECRET: "short" })).toThrow(
      /TELEPHONY_WEBHOOK_SECRET/,
    );
  });

  it("names every bad value at once", () => {
    try {
      loadConfig({
        PORT: "eighty",
        DATABASE_URL: "mysql://x",
        SERVICES: "web",
        TZ: "Mars/Olympus",
        SEED: "big",
        DATA_DIR: tmp(),
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as Error).message;
      for (const name of ["PORT", "DATABASE_URL", "SERVICES", "TZ", "SEED"]) expect(message).toContain(name);
    }
  });

  it("takes a reports replica only beside a PostgreSQL primary", () => {
    const replica = "postgres://ro@replica:5432/civic311";
    expect(() => loadConfig({ REPORTS_DATABASE_URL: replica, DATA_DIR: tmp() })).toThrow(
      /REPORTS_DATABASE_URL/,
    );
    expect(() => loadConfig({ REPORTS_DATABASE_URL: "mysql://x", DATA_DIR: tmp() })).toThrow(
      /REPORTS_DATABASE_URL/,
    );
    const config = loadConfig({
      DATABASE_URL: "postgres://p@primary/civic311",
      REPORTS_DATABASE_URL: replica,
      DATA_DIR: tmp(),
    });
    expect(config.reportsDatabaseUrl).toBe(replica);
    expect(loadConfig({ DATA_DIR: tmp() }).reportsDatabaseUrl).toBeUndefined();
  });

  it("requires a session secret outside demo mode", () => {
    expect(() => loadConfig({ SEED: "none", DATA_DIR: tmp() })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ SEED: "none", SESSION_SECRET: "short", DATA_DIR: tmp() })).toThrow(
      /SESSION_SECRET/,
    );
    const config = loadConfig({ SEED: "none", SESSION_SECRET: "x".repeat(40), DATA_DIR: tmp() });
    expect(config.demo).toBe(false);
  });

  it("treats empty values as unset", () => {
    const config = loadConfig({ DATABASE_URL: "", SMTP_URL: "", PUBLIC_BASE_URL: "", DATA_DIR: tmp() });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.smtpUrl).toBeUndefined();
  });

  it("takes the SMS provider's four settings together or not at all", () => {
    const sms = {
      SMS_URL: "https://sms.example.gov/",
      SMS_ACCOUNT_SID: "AC1",
      SMS_AUTH_TOKEN: "secret",
      SMS_FROM: "+15550000311",
    };
    expect(loadConfig({ ...sms, DATA_DIR: tmp() }).sms).toEqual({
      baseUrl: "https://sms.example.gov",
      accountSid: "AC1",
      authToken: "secret",
      from: "+15550000311",
    });
    expect(loadConfig({ DATA_DIR: tmp() }).sms).toBeUndefined();
    expect(() => loadConfig({ ...sms, SMS_FROM: "", DATA_DIR: tmp() })).toThrow(/set all four or none/);
  });
});
