import type { FastifyInstance } from "fastify";
import type { AdminDeps } from "../auth/index.js";

/** The audit log viewer and its CSV (under /api/admin/). */
export async function auditAdminRoutes(_app: FastifyInstance, _deps: AdminDeps): Promise<void> {}
