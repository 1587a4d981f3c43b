import type { FastifyInstance } from "fastify";
import { requireStaff } from "../../platform/actor.js";
import type { Db } from "../../platform/db.js";
import { presentService } from "./catalog.presenter.js";
import { listDepartments, listServices } from "./catalog.repository.js";

/** Staff reads of the catalog: `/api/services`, `/api/departments`. */
export async function catalogRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  app.get("/api/services", async (request) => {
    requireStaff(request);
    return { items: (await listServices(deps.db)).map(presentService) };
  });
  app.get("/api/departments", async (request) => {
    requireStaff(request);
    return { items: await listDepartments(deps.db) };
  });
}
