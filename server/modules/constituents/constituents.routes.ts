import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireStaff } from "../../platform/actor.js";
import type { Db } from "../../platform/db.js";
import { notFound } from "../../platform/errors.js";
import { constituentSummary, findConstituents } from "./constituents.lookup.js";
import { displayName } from "./constituents.repository.js";

/** Caller lookup for the console: `GET /api/constituents?q=` and `GET /api/constituents/:id`. Staff only. */
export async function constituentsRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/constituents",
    { schema: { querystring: z.object({ q: z.string().trim().min(2).max(200) }) } },
    async (request) => {
      requireStaff(request);
      const people = await findConstituents(deps.db, request.query.q);
      return {
        items: people.map((p) => ({
          id: p.id,
          name: displayName(p),
          phone: p.phone,
          email: p.email,
          address: p.address,
        })),
      };
    },
  );
  r.get(
    "/api/constituents/:id",
    { schema: { params: z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) }) } },
    async (request) => {
      requireStaff(request);
      const summary = await constituentSummary(deps.db, request.params.id);
      if (!summary) throw notFound("Constituent");
      return summary;
    },
  );
}
