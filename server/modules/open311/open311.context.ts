import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import type { JobSender } from "../../platform/jobs.js";
import type { ApiKeyGate } from "./open311.keys.js";

/** What every Open311 handler needs. `test` marks the test endpoint, whose writes are rolled back. */
export interface Open311Context {
  db: Db;
  clock: Clock;
  timeZone: string;
  /** Where public changes enqueue residents' notifications. */
  jobs: JobSender | null;
  publicBaseUrl: string;
  dataDir: string;
  gate: ApiKeyGate;
  test: boolean;
  /** The city's name, for discovery's contact text. */
  cityName: string;
}
