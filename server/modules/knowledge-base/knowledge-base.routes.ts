import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { articleInput, listArticlesQuery, synonymsInput } from "../../../common/contracts/articles.js";
import { searchQuery } from "../../../common/contracts/search.js";
import { requireStaff } from "../../platform/actor.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import { notFound } from "../../platform/errors.js";
import { replaceSynonyms, saveArticle } from "./commands/save-article.js";
import { articleHealth, getArticle, listArticles } from "./knowledge-base.articles.js";
import { listAgencies, synonymGroups } from "./knowledge-base.repository.js";
import { search } from "./knowledge-base.search.js";

const SYNONYMS_TTL_MS = 5_000;
const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Search across articles, services, departments and agencies; articles (list, read, health, edit); synonyms. */
export async function knowledgeBaseRoutes(
  app: FastifyInstance,
  deps: { db: Db; clock: Clock },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Synonyms change rarely (a supervisor edits them); read them at most every few seconds.
  let cached: { at: number; groups: Promise<string[][]> } | undefined;
  const groups = () => {
    if (!cached || Date.now() - cached.at > SYNONYMS_TTL_MS)
      cached = { at: Date.now(), groups: synonymGroups(deps.db) };
    return cached.groups;
  };

  const editorsOnly = (request: FastifyRequest) => {
    const actor = requireStaff(request);
    // Like the commands: people who may not keep the knowledge base are told there is nothing here.
    if (actor.role !== "supervisor" && actor.role !== "admin") throw notFound("Page");
    return actor;
  };
  const today = () => deps.clock.now().toISOString().slice(0, 10);

  r.get("/api/articles", { schema: { querystring: listArticlesQuery } }, async (request) => {
    editorsOnly(request);
    return listArticles(deps.db, request.query, today());
  });

  r.get("/api/articles/:id", { schema: { params: idParams } }, async (request) => {
    requireStaff(request);
    const article = await getArticle(deps.db, request.params.id);
    if (!article) throw notFound("Article");
    return article;
  });

  r.get("/api/articles/health", async (request) => {
    editorsOnly(request);
    return articleHealth(deps.db, today());
  });

  r.post("/api/articles", { schema: { body: articleInput } }, async (request, reply) => {
    const actor = requireStaff(request);
    const id = await saveArticle({ db: deps.db, actor, clock: deps.clock }, request.body);
    return reply.status(201).send(await getArticle(deps.db, id));
  });

  r.put("/api/articles/:id", { schema: { params: idParams, body: articleInput } }, async (request) => {
    const actor = requireStaff(request);
    await saveArticle({ db: deps.db, actor, clock: deps.clock }, request.body, request.params.id);
    return getArticle(deps.db, request.params.id);
  });

  r.get("/api/synonyms", async (request) => {
    requireStaff(request);
    return { groups: await synonymGroups(deps.db) };
  });

  r.put("/api/synonyms", { schema: { body: synonymsInput } }, async (request) => {
    const actor = requireStaff(request);
    await replaceSynonyms({ db: deps.db, actor, clock: deps.clock }, request.body.groups);
    cached = undefined;
    return { groups: await synonymGroups(deps.db) };
  });

  r.get("/api/agencies", async (request) => {
    requireStaff(request);
    return { items: await listAgencies(deps.db) };
  });

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
