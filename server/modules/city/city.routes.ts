import type { FastifyInstance } from "fastify";
import type { Db } from "../../platform/db.js";
import { getCity } from "./city.repository.js";

/** `GET /api/city`: the city's public name and contact numbers, for every page's header. */
export async function cityRoutes(app: FastifyInstance, deps: { db: Db; timeZone: string }): Promise<void> {
  app.get("/api/city", async (_request, reply) => {
    reply.header("cache-control", "public, max-age=60");
    return getCity(deps.db, deps.timeZone);
  });
}
