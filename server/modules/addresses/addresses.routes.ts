import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireStaff } from "../../platform/actor.js";
import type { Db } from "../../platform/db.js";
import { searchAddresses } from "./addresses.search.js";

/** `GET /api/addresses?q=`: address and intersection autocomplete for the console. */
export async function addressesRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/addresses",
    {
      schema: {
        querystring: z.object({
          q: z.string().trim().min(1).max(200),
          limit: z.coerce.number().int().min(1).max(25).default(10),
        }),
      },
    },
    async (request) => {
      requireStaff(request);
      return { items: await searchAddresses(deps.db, request.query.q, request.query.limit) };
    },
  );
}
