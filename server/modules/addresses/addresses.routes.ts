import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireStaff } from "../../platform/actor.js";
import type { Db } from "../../platform/db.js";
import { geocode } from "./addresses.geocode.js";
import { nearestAddress, serialiseStreetMap, streetMap } from "./addresses.map.js";
import { searchAddresses } from "./addresses.search.js";

/** Streets change only when an import runs; each process rebuilds its copy at most this often. */
const STREET_MAP_TTL_MS = 60_000;

/**
 * `GET /api/addresses?q=`: address and intersection autocomplete for the console;
 * `GET /api/addresses/geocode?q=`: one place for a text (listed address, number along its street, or corner);
 * `GET /api/addresses/nearest`: the address at a point picked on the map;
 * `GET /api/map/streets`: the streets every map draws (public: street geometry is public information).
 */
export async function addressesRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
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

  r.get(
    "/api/addresses/geocode",
    { schema: { querystring: z.object({ q: z.string().trim().min(1).max(200) }) } },
    async (request) => {
      requireStaff(request);
      return { place: await geocode(deps.db, request.query.q) };
    },
  );

  r.get(
    "/api/addresses/nearest",
    {
      schema: {
        querystring: z.object({
          lat: z.coerce.number().min(-90).max(90),
          lng: z.coerce.number().min(-180).max(180),
        }),
      },
    },
    async (request) => {
      requireStaff(request);
      return { address: await nearestAddress(deps.db, request.query.lat, request.query.lng) };
    },
  );

  let cached: { at: number; map: Promise<{ body: string; etag: string }> } | undefined;
  r.get("/api/map/streets", async (request, reply) => {
    if (!cached || Date.now() - cached.at > STREET_MAP_TTL_MS) {
      const map = streetMap(deps.db).then(serialiseStreetMap);
      cached = { at: Date.now(), map };
      map.catch(() => {
        if (cached?.map === map) cached = undefined;
      });
    }
    const { body, etag } = await cached.map;
    reply.header("etag", etag).header("cache-control", "public, max-age=300");
    if (request.headers["if-none-match"] === etag) return reply.status(304).send();
    return reply.type("application/json; charset=utf-8").send(body);
  });
}
