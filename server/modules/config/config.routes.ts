import type { FastifyInstance } from "fastify";
import type { AdminDeps } from "../auth/index.js";

/** Configuration as a file: export, and import with a diff preview (under /api/admin/). */
export async function configAdminRoutes(_app: FastifyInstance, _deps: AdminDeps): Promise<void> {}
