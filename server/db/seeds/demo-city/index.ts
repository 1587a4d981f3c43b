import { count, eq } from "drizzle-orm";
import type { Db } from "../../../platform/db.js";
import { departments, serviceRequests, settings } from "../../schema/index.js";
import { loadRefs, seedCatalog } from "./catalog.js";
import { seedHistory } from "./history.js";
import { Random } from "./random.js";

const STATE_KEY = "demo_history";
export const DEMO_SIZE = { requests: 5000, interactions: 10000 } as const;

interface HistoryState {
  status: "pending" | "done";
  requests: number;
  interactions: number;
}

export interface SeedOptions {
  db: Db;
  timeZone: string;
  /** The moment the history ends; defaults to now. */
  now?: Date;
  requests?: number;
  interactions?: number;
  onProgress?: (done: number, total: number, unit?: string) => void;
  /** Checked between records: returning true stops the history early (it resumes at the next start). */
  shouldStop?: () => boolean;
}

/** Whether the database already holds a city (any department). */
export async function isSeeded(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(departments);
  return (row?.n ?? 0) > 0;
}

/**
 * Creates the demo city's directory, catalog, knowledge base, town map and staff in an empty database,
 * and records how much history is still to be generated. Takes a couple of seconds.
 */
export async function seedDemoFoundation(opts: SeedOptions) {
  // One transaction: a start-up interrupted here leaves an empty database, so the next start seeds again.
  return opts.db.transaction(async (tx) => {
    const catalog = await seedCatalog(tx, new Random(311), opts.now ?? new Date(), opts.timeZone);
    const state: HistoryState = {
      status: "pending",
      requests: opts.requests ?? DEMO_SIZE.requests,
      interactions: opts.interactions ?? DEMO_SIZE.interactions,
    };
    await tx.insert(settings).values({ key: STATE_KEY, value: state });
    return catalog;
  });
}

/** True while the demo history recorded by `seedDemoFoundation` has not been fully generated. */
export async function demoHistoryPending(db: Db): Promise<boolean> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, STATE_KEY));
  return (row?.value as HistoryState | undefined)?.status === "pending";
}

/**
 * Generates the demo city's history: about six months of requests made through the request commands,
 * and contacts. Resumable: after an interrupted run it adds only what is missing.
 */
export async function seedDemoHistory(opts: SeedOptions) {
  const [row] = await opts.db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, STATE_KEY));
  const state = row?.value as HistoryState | undefined;
  if (!state || state.status === "done") return null;
  const [existing] = await opts.db.select({ n: count() }).from(serviceRequests);
  const done = existing?.n ?? 0;
  const rnd = new Random(311 + done);
  const history = await seedHistory(opts.db, rnd, await loadRefs(opts.db), {
    now: opts.now ?? new Date(),
    requests: Math.max(0, state.requests - done),
    interactions:
      done === 0 ? state.interactions : Math.round(state.interactions * (1 - done / state.requests)),
    timeZone: opts.timeZone,
    onProgress: opts.onProgress ? (d, total) => opts.onProgress?.(d, total, "records") : undefined,
    shouldStop: opts.shouldStop,
  });
  if (!history.stopped) {
    await opts.db
      .update(settings)
      .set({ value: { ...state, status: "done" }, updatedAt: new Date() })
      .where(eq(settings.key, STATE_KEY));
  }
  return history;
}

/** The whole demo city in one go (the CLI's `seed demo` and the tests). */
export async function seedDemoCity(opts: SeedOptions) {
  const catalog = await seedDemoFoundation(opts);
  const history = await seedDemoHistory(opts);
  return {
    ...catalog,
    requests: history?.requests ?? 0,
    interactions: history?.interactions ?? 0,
  };
}
