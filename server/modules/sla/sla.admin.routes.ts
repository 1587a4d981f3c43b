import type { FastifyInstance } from "fastify";
import type { AdminDeps } from "../auth/index.js";

/** Administration of working hours and holidays (under /api/admin/). */
export async function calendarAdminRoutes(_app: FastifyInstance, _deps: AdminDeps): Promise<void> {}
