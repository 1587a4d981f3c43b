import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { searchQuery } from "../../../common/contracts/search.js";
import { requireStaff } from "../../platform/actor.js";
import type { Db } from "../../platform/db.js";
import { synonymGroups } from "./knowledge-base.repository.js";
import { search } from "./knowledge-base.search.js";

const SYNONYMS_TTL_MS = 5_000;

/** `GET /api/search`: one search across articles, services, departments and agencies for staff. */
export async function knowledgeBaseRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Synonyms change rarely (a supervisor edits them); read them at most every few seconds.
  let cached: { at: number; groups: Promise<string[][]> } | undefined;
  const groups = () => {
    if (!cached || Date.now() - cached.at > SYNONYMS_TTL_MS)
      cached = { at: Date.now(), groups: synonymGroups(deps.db) };
    return cached.groups;
  };

  r.get("/api/search", { schema: { querystring: searchQuery } }, async (request) => {
    requireStaff(request);
    const { q, typing, limit } = request.query;
    return {
      results: await search(deps.db, q, await groups(), {
        publicOnly: false,
        typing: typing === "true",
        limit,
      }),
    };
  });
}
