import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, migrate, openDatabase } from "../platform/db.js";

/** Which database the suite runs on: real PostgreSQL when TEST_DATABASE_URL is set, PGlite otherwise. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const DB_KIND = TEST_DATABASE_URL ? "postgres" : "pglite";

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database created on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again by `close`).
 */
export async function freshDatabase(): Promise<Database & { url?: string }> {
  if (!TEST_DATABASE_URL) {
    const database = await openDatabase({ dataDir: "", owner: "tests", inMemory: true });
    await migrate(database);
    return database;
  }
  const name = `civic311_test_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: "", owner: "tests" });
  await migrate(database);
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
