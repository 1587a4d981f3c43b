import { count } from "drizzle-orm";
import { departments } from "../../schema/index.js";
import type { Db } from "../../../platform/db.js";
import { seedCatalog } from "./catalog.js";
import { seedHistory } from "./history.js";
import { Random } from "./random.js";

export interface SeedOptions {
  db: Db;
  timeZone: string;
  /** The moment the history ends; defaults to now. */
  now?: Date;
  requests?: number;
  interactions?: number;
  onProgress?: (done: number, total: number, unit?: string) => void;
}

/** Whether the database already holds a city (any department). */
export async function isSeeded(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(departments);
  return (row?.n ?? 0) > 0;
}

/**
 * Creates the demo city in an empty database: directory, catalog, knowledge base, town map, staff,
 * then about six months of requests (through the request commands) and contacts.
 */
export async function seedDemoCity(opts: SeedOptions) {
  const now = opts.now ?? new Date();
  const rnd = new Random(311);
  const catalog = await seedCatalog(opts.db, rnd, now);
  const history = await seedHistory(opts.db, rnd, catalog, {
    now,
    requests: opts.requests ?? 5000,
    interactions: opts.interactions ?? 10000,
    timeZone: opts.timeZone,
    onProgress: opts.onProgress ? (done, total) => opts.onProgress?.(done, total, "records") : undefined,
  });
  return {
    departments: catalog.deptIds.size,
    agencies: catalog.agencyIds.size,
    services: catalog.serviceIds.size,
    articles: catalog.articleIds.size,
    addresses: catalog.addressIds.length,
    ...history,
  };
}
