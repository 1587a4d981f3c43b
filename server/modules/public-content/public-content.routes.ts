import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { LANGUAGES } from "../../../common/languages.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import { AppError, notFound } from "../../platform/errors.js";
import { requestLanguage, translationsFor } from "../../platform/translations.js";
import { searchAddresses } from "../addresses/index.js";
import { getCity } from "../city/index.js";
import { synonymGroups } from "../knowledge-base/index.js";
import { presentArticle, presentNearby, presentPublicRequest } from "./public-content.presenter.js";
import {
  commonOnlineServices,
  publicArticle,
  publicRequest,
  requestsNear,
} from "./public-content.repository.js";
import { publicSearch } from "./public-content.search.js";

const DAY_MS = 86_400_000;
/** Shortcuts on the home page: the online services most requested over this many days. */
export const COMMON_SERVICES_DAYS = 90;
/** Closed requests stay on the "near me" map this long. */
export const RECENTLY_CLOSED_DAYS = 30;
/** At most this many requests near a point. */
export const NEAR_LIMIT = 100;
const SYNONYMS_TTL_MS = 5_000;

const lang = z.object({ lang: z.string().max(10).optional() });
const searchQuery = lang.extend({
  q: z.string().trim().min(1).max(200),
  typing: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
const nearQuery = lang.extend({
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
  radius: z.coerce.number().int().min(50).max(2000).default(500),
  address: z.string().trim().min(2).max(200).optional(),
});

/**
 * The resident portal's reading side, without signing in: search over the public knowledge base and online
 * services, public answers, the home page's shortcuts and contacts, requests near a place and a request's
 * public page. Everything is given in the resident's language (`?lang=`, else Accept-Language) where the city
 * has translated it, and nothing holds anyone's name, phone or email.
 */
export async function publicContentRoutes(
  app: FastifyInstance,
  deps: { db: Db; clock: Clock; timeZone: string },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const languageOf = (request: FastifyRequest) =>
    requestLanguage(
      LANGUAGES,
      (request.query as { lang?: string } | undefined)?.lang,
      request.headers["accept-language"],
    );
  let cached: { at: number; groups: Promise<string[][]> } | undefined;
  const groups = () => {
    if (!cached || Date.now() - cached.at > SYNONYMS_TTL_MS)
      cached = { at: Date.now(), groups: synonymGroups(deps.db) };
    return cached.groups;
  };

  r.get("/api/public/search", { schema: { querystring: searchQuery } }, async (request) => {
    const language = languageOf(request);
    const results = await publicSearch(deps.db, request.query.q, await groups(), {
      language,
      typing: request.query.typing === "true",
      limit: request.query.limit,
    });
    return { language, results };
  });

  r.get(
    "/api/public/articles/:slug",
    { schema: { params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/) }), querystring: lang } },
    async (request) => {
      const language = languageOf(request);
      const article = await publicArticle(deps.db, request.params.slug);
      if (!article) throw notFound("Article");
      const [t, dept, services] = await Promise.all([
        translationsFor(deps.db, "article", [article.slug], language),
        translationsFor(deps.db, "department", article.department ? [article.department.code] : [], language),
        translationsFor(
          deps.db,
          "service",
          article.services.map((s) => s.code),
          language,
        ),
      ]);
      return {
        language,
        ...presentArticle(article, {
          article: t.get(article.slug),
          department: article.department ? dept.get(article.department.code) : undefined,
          services,
        }),
      };
    },
  );

  r.get("/api/public/home", { schema: { querystring: lang } }, async (request) => {
    const language = languageOf(request);
    const since = new Date(deps.clock.now().getTime() - COMMON_SERVICES_DAYS * DAY_MS);
    const [services, city] = await Promise.all([
      commonOnlineServices(deps.db, since, 8),
      getCity(deps.db, deps.timeZone),
    ]);
    const names = await translationsFor(
      deps.db,
      "service",
      services.map((s) => s.code),
      language,
    );
    return {
      language,
      city: {
        name: city.name,
        phone311: city.phone311,
        outsidePhone: city.outsidePhone,
        webUrl: city.webUrl,
      },
      services: services.map((s) => ({ code: s.code, name: names.get(s.code)?.get("name") ?? s.name })),
    };
  });

  r.get("/api/public/requests/near", { schema: { querystring: nearQuery } }, async (request) => {
    const language = languageOf(request);
    const { lat, lng, address, radius } = request.query;
    let center: { lat: number; lng: number; label: string | null };
    if (lat !== undefined && lng !== undefined) center = { lat, lng, label: null };
    else if (address) {
      // A full address as written on a letter ("12 Elm St, Riverton, MA") is found by its first line.
      const [match] = (await searchAddresses(deps.db, address, 1)).concat(
        address.includes(",") ? await searchAddresses(deps.db, address.split(",")[0]!, 1) : [],
      );
      if (!match)
        throw new AppError("validation_failed", "No address in the city matches this.", [
          { field: "address", message: "matches no address in the city" },
        ]);
      center = { lat: match.lat, lng: match.lng, label: match.label };
    } else
      throw new AppError("validation_failed", "Give an address, or a latitude and longitude.", [
        { field: "address", message: "is required" },
      ]);
    const closedSince = new Date(deps.clock.now().getTime() - RECENTLY_CLOSED_DAYS * DAY_MS);
    const found = await requestsNear(deps.db, center, radius, closedSince, NEAR_LIMIT + 1);
    const shown = found.slice(0, NEAR_LIMIT);
    const names = await translationsFor(
      deps.db,
      "service",
      [...new Set(shown.map((n) => n.serviceCode))],
      language,
    );
    return {
      language,
      center,
      radiusM: radius,
      capped: found.length > NEAR_LIMIT,
      requests: shown.map((n) => presentNearby(n, names.get(n.serviceCode)?.get("name"))),
    };
  });

  r.get(
    "/api/public/requests/:number",
    { schema: { params: z.object({ number: z.string().regex(/^\d{1,12}$/) }), querystring: lang } },
    async (request) => {
      const language = languageOf(request);
      const req = await publicRequest(deps.db, request.params.number);
      if (!req) throw notFound("Request");
      const names = await translationsFor(deps.db, "service", [req.serviceCode], language);
      return { language, ...presentPublicRequest(req, names.get(req.serviceCode)?.get("name")) };
    },
  );
}
