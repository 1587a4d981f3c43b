/**
 * All of the Boston 2015 legacy export through the real pipeline, with exact counts of imported and rejected
 * rows. PostgreSQL only: on the embedded database the 121,145 rows take about a minute, and the parser's own
 * test already reads every file on both.
 */
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceRequests } from "../../db/schema/index.js";
import { seedDemoFoundation } from "../../db/seeds/demo-city/index.js";
import type { Database } from "../../platform/db.js";
import { projectRoot } from "../../platform/paths.js";
import { DB_KIND, freshDatabase } from "../../test/database.js";
import { parseBostonCsv } from "./imports.boston-csv.js";
import { runImport } from "./imports.pipeline.js";

const FOLDER = path.join(projectRoot(), "..", "shared", "data", "311", "boston_311_2015_legacy_csv");
const RUN = existsSync(FOLDER) && DB_KIND === "postgres";
if (!RUN)
  console.warn("Skipping the full Boston legacy import: it runs on PostgreSQL with ../shared present (CI).");

/** Every usable row (the parser's count); the 197 others closed before they opened. */
const IMPORTED = 120_948;
let database: Database;

beforeAll(async () => {
  if (!RUN) return;
  database = await freshDatabase();
  await seedDemoFoundation({ db: database.db, timeZone: "America/New_York", requests: 0, interactions: 0 });
}, 120_000);

afterAll(async () => {
  await database?.close();
});

describe.skipIf(!RUN)("the whole Boston 2015 legacy export through the import pipeline (PostgreSQL)", () => {
  it("imports every usable row once, rejects the rest with reasons, and a second run imports none", async () => {
    const files = readdirSync(FOLDER)
      .filter((f) => f.endsWith(".csv"))
      .sort()
      .map((f) => path.join(FOLDER, f));
    expect(files).toHaveLength(158);
    const dir = mkdtempSync(path.join(tmpdir(), "civic311-boston-"));
    const run = () =>
      runImport({
        db: database.db,
        actor: { kind: "system", label: "Tests" },
        files,
        parse: (file) => parseBostonCsv([file]),
        format: "boston-csv",
        mappingFile: path.join(dir, "mapping.json"),
        rejectsFile: path.join(dir, "rejects.csv"),
      });
    const first = await run();
    expect(first).toMatchObject({ read: 121_145, imported: IMPORTED, alreadyImported: 0, rejected: 197 });
    expect(first.rejectedByReason).toEqual({ "CLOSED_DT before OPEN_DT": 197 });
    const [stored] = await database.db
      .select({ n: count() })
      .from(serviceRequests)
      .where(eq(serviceRequests.sourceSystem, "boston-legacy"));
    expect(stored?.n).toBe(IMPORTED);
    const again = await run();
    expect(again).toMatchObject({ imported: 0, alreadyImported: IMPORTED, rejected: 197 });
  }, 300_000);
});
