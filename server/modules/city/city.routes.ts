import type { FastifyInstance } from "fastify";
import type { Db } from "../../platform/db.js";
import { getCity } from "./city.repository.js";

/** `GET /api/city`: the city's public name, numbers, look and languages, for every page's header. */
export async function cityRoutes(app: FastifyInstance, deps: { db: Db; timeZone: string }): Promise<void> {
  app.get("/api/city", async (_request, reply) => {
    // Revalidated on every use: an administrator's change shows on the next page load, not in a minute.
    reply.header("cache-control", "no-cache");
    return getCity(deps.db, deps.timeZone);
  });
}
