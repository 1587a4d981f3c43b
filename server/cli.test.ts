import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../scripts/build.mjs";
import { serviceRequests, users } from "./db/schema/index.js";
import { findApiKey, verifyPassword } from "./modules/auth/index.js";
import { openDatabase } from "./platform/db.js";

const root = path.resolve(import.meta.dirname, "..");
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

function cli(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(root, "bin", "civic311.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "warn", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
}

beforeAll(async () => {
  await ensureBuilt({ web: false, log: () => {} });
});

describe("the civic311 command line (embedded database)", () => {
  it("prints help", () => {
    const res = cli(["--help"], {});
    expect(res.status).toBe(0);
    for (const cmd of ["serve", "migrate", "seed", "user", "apikey", "export", "reports"])
      expect(res.stdout).toContain(cmd);
  });

  it("migrates, adds a user and creates an API key printed once, in the same DATA_DIR the server uses", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "civic311-cli-"));
    expect(cli(["migrate"], { DATA_DIR: dataDir }).status).toBe(0);
    const seeded = cli(["seed", "demo"], { DATA_DIR: dataDir, DEMO_REQUESTS: "3" });
    expect(seeded.status, seeded.stderr).toBe(0);
    const add = cli(
      [
        "user",
        "add",
        "--email",
        "Clerk@City.example",
        "--name",
        "Casey Clerk",
        "--role",
        "department_staff",
        "--department",
        "clerk",
        "--password",
        "correct-horse-battery",
      ],
      { DATA_DIR: dataDir },
    );
    expect(add.status, add.stderr).toBe(0);
    expect(add.stdout).toContain("Created department_staff clerk@city.example");
    const weak = cli(
      [
        "user",
        "add",
        "--email",
        "w@city.example",
        "--name",
        "W",
        "--role",
        "operator",
        "--password",
        "short",
      ],
      { DATA_DIR: dataDir },
    );
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/password must be at least 10 characters/);
    const key = cli(["apikey", "create", "--name", "Open data portal"], { DATA_DIR: dataDir });
    expect(key.status, key.stderr).toBe(0);
    const printed = key.stdout.trim();
    expect(printed).toMatch(/^c311_[0-9a-f]{12}_\S+$/);

    const database = await openDatabase({ dataDir, owner: "the test" });
    try {
      expect((await findApiKey(database.db, printed))?.name).toBe("Open data portal");
      const [clerk] = await database.db.select().from(users).where(eq(users.email, "clerk@city.example"));
      expect(await verifyPassword(clerk!.passwordHash, "correct-horse-battery")).toBe(true);
      const [demo] = await database.db
        .select()
        .from(users)
        .where(eq(users.email, "operator@civic311.example"));
      expect(demo).toBeDefined();
    } finally {
      await database.close();
    }
  });

  it("lists API keys without the keys themselves and revokes one, which is refused from then on", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "civic311-cli-"));
    const empty = cli(["apikey", "list"], { DATA_DIR: dataDir });
    expect(empty.status, empty.stderr).toBe(0);
    expect(empty.stdout).toContain("No API keys");
    const created = cli(["apikey", "create", "--name", "Fix-It app", "--rate-limit", "120"], {
      DATA_DIR: dataDir,
    });
    expect(created.status, created.stderr).toBe(0);
    const key = created.stdout.trim();
    const [, prefix, secret] = /^c311_([0-9a-f]{12})_(\S+)$/.exec(key) ?? [];
    const id = /API key (\d+)/.exec(created.stderr)?.[1];
    expect(prefix && secret && id).toBeTruthy();

    const listed = cli(["apikey", "list"], { DATA_DIR: dataDir });
    expect(listed.status, listed.stderr).toBe(0);
    const [header, row] = listed.stdout.trim().split("\n");
    for (const column of ["ID", "NAME", "PREFIX", "RATE LIMIT", "CREATED", "LAST USED", "REVOKED"])
      expect(header).toContain(column);
    expect(row).toMatch(new RegExp(`^${id}\\s+Fix-It app\\s+c311_${prefix}_…\\s+120/min\\s.*never\\s+no$`));
    expect(listed.stdout).not.toContain(secret);

    const revoked = cli(["apikey", "revoke", "--id", id!], { DATA_DIR: dataDir });
    expect(revoked.status, revoked.stderr).toBe(0);
    expect(revoked.stdout).toContain(`Revoked API key ${id}.`);
    const again = cli(["apikey", "revoke", "--id", id!], { DATA_DIR: dataDir });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("already revoked");
    const after = cli(["apikey", "list"], { DATA_DIR: dataDir });
    expect(after.stdout.trim().split("\n")[1]).toMatch(/UTC$/);
    const unknown = cli(["apikey", "revoke", "--id", "999"], { DATA_DIR: dataDir });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("API key not found");

    const database = await openDatabase({ dataDir, owner: "the test" });
    try {
      expect(await findApiKey(database.db, key)).toBeNull();
    } finally {
      await database.close();
    }
  });

  it("exports requests as open data: only data on stdout (or in --output), the summary on stderr", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "civic311-cli-"));
    const seeded = cli(["seed", "demo"], { DATA_DIR: dataDir, DEMO_REQUESTS: "6" });
    expect(seeded.status, seeded.stderr).toBe(0);
    const database = await openDatabase({ dataDir, owner: "the test" });
    const numbers = (await database.db.select({ n: serviceRequests.number }).from(serviceRequests)).map(
      (r) => r.n,
    );
    await database.close();

    const refreshed = cli(["reports", "refresh"], { DATA_DIR: dataDir });
    expect(refreshed.status, refreshed.stderr).toBe(0);
    expect(refreshed.stdout).toMatch(/Report rollups in America\/New_York: \d+ new batch\(es\)/);

    const csv = cli(["export", "requests", "--format", "csv"], { DATA_DIR: dataDir });
    expect(csv.status, csv.stderr).toBe(0);
    // The demo's descriptions hold no line breaks, so each CRLF ends one row.
    const [header, ...rows] = csv.stdout.split("\r\n").slice(0, -1);
    expect(header).toMatch(/^service_request_id,requested_datetime,/);
    expect(rows.map((r) => r.split(",")[0]).sort()).toEqual(numbers.sort());
    expect(csv.stderr).toContain(`Exported ${numbers.length} requests to standard output.`);

    const file = path.join(dataDir, "requests.geojson");
    const args = ["export", "requests", "--format", "geojson", "--since", "2000-01-01", "--output", file];
    const geojson = cli(args, { DATA_DIR: dataDir });
    expect(geojson.status, geojson.stderr).toBe(0);
    expect(geojson.stdout).toBe("");
    const doc = JSON.parse(readFileSync(file, "utf8"));
    expect(doc.type).toBe("FeatureCollection");
    expect(doc.features).toHaveLength(numbers.length);
    expect(existsSync(`${file}.partial`)).toBe(false);

    const bad = cli(["export", "requests", "--format", "csv", "--since", "2026-02-30"], {
      DATA_DIR: dataDir,
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("--since must be a date as YYYY-MM-DD");
    expect(bad.stdout).toBe("");
    const xml = cli(["export", "requests", "--format", "xml"], { DATA_DIR: dataDir });
    expect(xml.status).toBe(1);
    expect(xml.stdout).toBe("");
  });

  it("refuses to touch the embedded database while a server holds it", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "civic311-cli-"));
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    writeFileSync(
      path.join(dataDir, "civic311.lock"),
      JSON.stringify({ pid: holder.pid, owner: "the civic311 server (port 3311)" }),
    );
    try {
      const res = cli(["apikey", "create", "--name", "x"], { DATA_DIR: dataDir });
      expect(res.status).toBe(1);
      expect(res.stderr).toContain("is in use by the civic311 server (port 3311)");
      expect(res.stdout).toBe("");
      expect(existsSync(path.join(dataDir, "pglite"))).toBe(false);
    } finally {
      holder.kill();
    }
  });

  it.runIf(TEST_DATABASE_URL)("works on PostgreSQL at any time", () => {
    const res = cli(["migrate"], { DATABASE_URL: TEST_DATABASE_URL! });
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain("Migrations applied to PostgreSQL");
  });

  it("stops on bad settings, naming each", () => {
    const res = cli(["migrate"], { PORT: "x", SERVICES: "everything" });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain("PORT");
    expect(res.stderr).toContain("SERVICES");
  });
});
