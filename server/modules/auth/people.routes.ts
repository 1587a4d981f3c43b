import type { FastifyInstance } from "fastify";
import type { AdminDeps } from "../auth/index.js";

/** Administration of staff accounts (under /api/admin/). */
export async function peopleAdminRoutes(_app: FastifyInstance, _deps: AdminDeps): Promise<void> {}
