import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "../db/schema/index.js";
import { acquireDataDirLock, type DataDirLock } from "./lock.js";
import { projectRoot } from "./paths.js";

export type Schema = typeof schema;
/** The database handle every repository and command receives; the same type on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; commands take `Db | Tx` so they compose inside a caller's transaction. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema>;
export type DbOrTx = Db | Tx;

export interface Database {
  readonly db: Db;
  readonly kind: "pglite" | "postgres";
  /** Human description for start-up messages, with no password. */
  readonly description: string;
  /** Plain SQL for libraries that bring their own (pg-boss): parameters as $1…; no parameters may mean several statements. */
  readonly raw: RawSql;
  /**
   * Runs `fn` while this process holds a PostgreSQL session advisory lock (`key`), so processes starting
   * together take turns (migrations, the demo seed). PGlite has one owner (the data-folder lock): it just runs.
   */
  exclusive<T>(key: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Advisory lock keys of the start-up steps that must not run twice at once. */
export const LOCKS = { migrate: 3110001, seed: 3110002 } as const;

/** The `executeSql` shape pg-boss expects of a database. */
export interface RawSql {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Who holds the embedded database, shown to anyone else who tries to open it. */
  owner: string;
  /** PGlite in memory (tests only). */
  inMemory?: boolean;
}

/** Where the committed SQL migrations live. */
export function migrationsFolder(): string {
  return path.join(projectRoot(), "server", "db", "migrations");
}

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite under DATA_DIR (locked to one owner). */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    pool.on("error", () => {
      /* idle client errors surface on the next query; nothing to do here */
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    const url = new URL(opts.databaseUrl);
    return {
      db,
      raw: {
        executeSql: async (text, values) => {
          const result = await pool.query(text, values);
          return { rows: result.rows };
        },
      },
      kind: "postgres",
      description: `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`,
      exclusive: async (key, fn) => {
        // A session lock needs one connection held for the whole step; the step itself uses the pool.
        const client = await pool.connect();
        try {
          await client.query("select pg_advisory_lock($1)", [key]);
          try {
            return await fn();
          } finally {
            await client.query("select pg_advisory_unlock($1)", [key]);
          }
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  let lock: DataDirLock | undefined;
  let dataPath: string | undefined;
  if (!opts.inMemory) {
    mkdirSync(opts.dataDir, { recursive: true });
    lock = acquireDataDirLock(opts.dataDir, opts.owner);
    dataPath = path.join(opts.dataDir, "pglite");
  }
  try {
    const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
    const client = await PGlite.create(dataPath ?? "memory://", { extensions: { pg_trgm } });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      db,
      raw: {
        executeSql: async (text, values) => {
          if (values && values.length > 0) return client.query<Record<string, unknown>>(text, values);
          // PGlite's query() takes one statement; exec() runs a script (pg-boss installs its schema as one).
          const results = await client.exec(text);
          return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
        },
      },
      kind: "pglite",
      description: dataPath ? `embedded PGlite in ${dataPath}` : "embedded PGlite in memory",
      exclusive: (_key, fn) => fn(),
      close: async () => {
        await client.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/**
 * Applies every committed migration not yet applied. Safe to call at each start, and from several processes at
 * once: they take turns (an advisory lock), and the later ones find nothing left to apply.
 */
export async function migrate(database: Database): Promise<void> {
  const migrationsFolderPath = migrationsFolder();
  await database.exclusive(LOCKS.migrate, async () => {
    if (database.kind === "postgres") {
      await migratePg(database.db as never, { migrationsFolder: migrationsFolderPath });
    } else {
      await migratePglite(database.db as never, { migrationsFolder: migrationsFolderPath });
    }
  });
}

/** True when the database answers a trivial query. */
export async function ping(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

/** Rows of a raw query, the same shape on both drivers. */
export async function rows<T>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** True when every migration in the committed journal has been recorded as applied. */
export async function migrationsApplied(db: Db): Promise<boolean> {
  const journal = JSON.parse(
    readFileSync(path.join(migrationsFolder(), "meta", "_journal.json"), "utf8"),
  ) as {
    entries: unknown[];
  };
  try {
    const result = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    return (result[0]?.n ?? 0) >= journal.entries.length;
  } catch {
    return false;
  }
}
