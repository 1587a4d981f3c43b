import type { FastifyRequest } from "fastify";
import { requireStaff, type StaffActor } from "./actor.js";
import type { Clock } from "./clock.js";
import type { Config } from "./config.js";
import type { Db } from "./db.js";
import { AppError } from "./errors.js";

/** What every administration route plugin is given (registered under `/api/admin/`). */
export interface AdminDeps {
  db: Db;
  clock: Clock;
  config: Config;
}

/**
 * The administrator making the request, or a 401 for anonymous callers. Other staff are told there is
 * nothing here, with the same answer as an unknown route (outsiders get 404, not 403).
 */
export function requireAdmin(request: FastifyRequest): StaffActor {
  const actor = requireStaff(request);
  if (actor.role !== "admin") {
    throw new AppError("not_found", `No route for ${request.method} ${request.url.split("?")[0]}`);
  }
  return actor;
}
