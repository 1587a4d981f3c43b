import type { FastifyInstance } from "fastify";
import type { AdminDeps } from "../auth/index.js";

/** Administration of the city's settings (under /api/admin/). */
export async function cityAdminRoutes(_app: FastifyInstance, _deps: AdminDeps): Promise<void> {}
