import type { FastifyInstance } from "fastify";
import type { AdminDeps } from "../auth/index.js";

/** Administration of routing rules and districts (under /api/admin/). */
export async function routingAdminRoutes(_app: FastifyInstance, _deps: AdminDeps): Promise<void> {}
