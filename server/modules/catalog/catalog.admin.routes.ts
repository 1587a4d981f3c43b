import type { FastifyInstance } from "fastify";
import type { AdminDeps } from "../auth/index.js";

/** Administration of departments, agencies and the service catalog (under /api/admin/). */
export async function catalogAdminRoutes(_app: FastifyInstance, _deps: AdminDeps): Promise<void> {}
