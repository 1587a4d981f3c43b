import type { FastifyInstance } from "fastify";
import type { AdminDeps } from "../../platform/admin.js";

/** `/api/admin/phone`: the phone line's settings: TO BE BUILT (issue 10). */
export async function phoneAdminRoutes(_app: FastifyInstance, _deps: AdminDeps): Promise<void> {}
