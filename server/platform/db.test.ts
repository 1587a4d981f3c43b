import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { TEST_DATABASE_URL } from "../test/database.js";
import { type Database, LOCKS, migrate, migrationsApplied, openDatabase } from "./db.js";

// Several processes starting at once on one PostgreSQL (SERVICES=api and worker, a rolling restart) must not
// trip over each other's migrations. Each handle below is its own pool, as separate processes would have.
if (!TEST_DATABASE_URL)
  console.log("Skipping the concurrent-start tests: they need PostgreSQL (TEST_DATABASE_URL).");

describe.skipIf(!TEST_DATABASE_URL)("start-up steps taking turns on PostgreSQL", () => {
  const name = `civic311_test_${randomBytes(5).toString("hex")}`;
  const handles: Database[] = [];
  afterAll(async () => {
    for (const h of handles) await h.close();
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it("three processes migrating an empty database at once all succeed, and it is migrated once", async () => {
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    for (let i = 0; i < 3; i++) {
      handles.push(await openDatabase({ databaseUrl: url.toString(), dataDir: "", owner: `process ${i}` }));
    }
    const results = await Promise.allSettled(handles.map((h) => migrate(h)));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    expect(await migrationsApplied(handles[0]!.db)).toBe(true);
    const applied = await handles[0]!.raw.executeSql(
      "select count(*)::int as n from drizzle.__drizzle_migrations",
    );
    const journal = await handles[0]!.raw.executeSql(
      "select count(distinct hash)::int as n from drizzle.__drizzle_migrations",
    );
    expect(applied.rows[0]!.n).toBe(journal.rows[0]!.n);
  });

  it("two holders of the same lock never overlap", async () => {
    const spans: [number, number][] = [];
    const step = async (h: Database) =>
      h.exclusive(LOCKS.seed, async () => {
        const start = performance.now();
        await new Promise((r) => setTimeout(r, 150));
        spans.push([start, performance.now()]);
      });
    await Promise.all([step(handles[0]!), step(handles[1]!), step(handles[2]!)]);
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
  });
});
