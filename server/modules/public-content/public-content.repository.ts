import { and, asc, desc, eq, gte, inArray, isNotNull, ne, or, sql } from "drizzle-orm";
import {
  agencies,
  attachments,
  departments,
  kbArticleServices,
  kbArticles,
  requestEvents,
  serviceRequests,
  serviceTypes,
} from "../../db/schema/index.js";
import { type DbOrTx, rows } from "../../platform/db.js";
import { distanceMetres, withinBox } from "../../platform/geo.js";

/** A published article by its slug, with who answers for it; null for drafts, archived or unknown slugs. */
export async function publicArticle(db: DbOrTx, slug: string) {
  const [row] = await db
    .select({
      id: kbArticles.id,
      slug: kbArticles.slug,
      title: kbArticles.title,
      publicAnswer: kbArticles.publicAnswer,
      updatedAt: kbArticles.updatedAt,
      department: {
        code: departments.code,
        name: departments.name,
        phone: departments.phone,
        email: departments.email,
        hours: departments.hours,
        address: departments.address,
        webUrl: departments.webUrl,
      },
      agency: { code: agencies.code, name: agencies.name, phone: agencies.phone, webUrl: agencies.webUrl },
    })
    .from(kbArticles)
    .leftJoin(departments, eq(departments.id, kbArticles.departmentId))
    .leftJoin(agencies, eq(agencies.id, kbArticles.agencyId))
    .where(and(eq(kbArticles.slug, slug), eq(kbArticles.status, "published")))
    .limit(1);
  if (!row) return null;
  const services = await db
    .select({ code: serviceTypes.code, name: serviceTypes.name })
    .from(kbArticleServices)
    .innerJoin(serviceTypes, eq(serviceTypes.id, kbArticleServices.serviceTypeId))
    .where(
      and(
        eq(kbArticleServices.articleId, row.id),
        eq(serviceTypes.active, true),
        eq(serviceTypes.availableOnline, true),
      ),
    )
    .orderBy(asc(serviceTypes.name));
  return {
    ...row,
    department: row.department?.code ? row.department : null,
    agency: row.agency?.code ? row.agency : null,
    services,
  };
}

/** The online services residents asked for most since `since`, most requested first (ties by name). */
export async function commonOnlineServices(db: DbOrTx, since: Date, limit: number) {
  return db
    .select({
      code: serviceTypes.code,
      name: serviceTypes.name,
      group: serviceTypes.groupName,
      requests: sql<number>`count(${serviceRequests.id})::int`,
    })
    .from(serviceTypes)
    .leftJoin(
      serviceRequests,
      and(eq(serviceRequests.serviceTypeId, serviceTypes.id), gte(serviceRequests.createdAt, since)),
    )
    .where(and(eq(serviceTypes.active, true), eq(serviceTypes.availableOnline, true)))
    .groupBy(serviceTypes.id)
    .orderBy(desc(sql`count(${serviceRequests.id})`), asc(serviceTypes.name))
    .limit(limit);
}

/** Open requests, and those closed since `closedSince`, within `radiusM` of a point: public columns only. */
export async function requestsNear(
  db: DbOrTx,
  point: { lat: number; lng: number },
  radiusM: number,
  closedSince: Date,
  limit: number,
) {
  const distance = distanceMetres(serviceRequests.lat, serviceRequests.lng, point.lat, point.lng);
  return db
    .select({
      number: serviceRequests.number,
      serviceCode: serviceTypes.code,
      service: serviceTypes.name,
      status: serviceRequests.status,
      closeReason: serviceRequests.closeReason,
      address: serviceRequests.address,
      lat: serviceRequests.lat,
      lng: serviceRequests.lng,
      createdAt: serviceRequests.createdAt,
      closedAt: serviceRequests.closedAt,
      distanceM: sql<number>`round(${distance})::int`,
    })
    .from(serviceRequests)
    .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
    .where(
      and(
        isNotNull(serviceRequests.lat),
        withinBox(serviceRequests.lat, serviceRequests.lng, point.lat, point.lng, radiusM),
        sql`${distance} <= ${radiusM}`,
        or(ne(serviceRequests.status, "closed"), gte(serviceRequests.closedAt, closedSince)),
      ),
    )
    .orderBy(sql`${distance}`, desc(serviceRequests.createdAt))
    .limit(limit);
}

/** A request's public columns by tracking number, with the number of the request it was merged into. */
export async function publicRequest(db: DbOrTx, number: string) {
  const [req] = await db
    .select({
      id: serviceRequests.id,
      number: serviceRequests.number,
      serviceCode: serviceTypes.code,
      service: serviceTypes.name,
      status: serviceRequests.status,
      closeReason: serviceRequests.closeReason,
      address: serviceRequests.address,
      createdAt: serviceRequests.createdAt,
      updatedAt: serviceRequests.updatedAt,
      closedAt: serviceRequests.closedAt,
      dueAt: serviceRequests.dueAt,
      parentRequestId: serviceRequests.parentRequestId,
    })
    .from(serviceRequests)
    .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
    .where(eq(serviceRequests.number, number))
    .limit(1);
  if (!req) return null;
  const [parent] = req.parentRequestId
    ? await db
        .select({ number: serviceRequests.number })
        .from(serviceRequests)
        .where(eq(serviceRequests.id, req.parentRequestId))
    : [];
  const [events, photos] = await Promise.all([
    db
      .select({
        type: requestEvents.type,
        at: requestEvents.at,
        body: requestEvents.body,
        data: requestEvents.data,
      })
      .from(requestEvents)
      .where(and(eq(requestEvents.requestId, req.id), eq(requestEvents.public, true)))
      .orderBy(asc(requestEvents.at), asc(requestEvents.id)),
    db
      .select({ storageKey: attachments.storageKey, contentType: attachments.contentType })
      .from(attachments)
      .where(
        and(
          eq(attachments.requestId, req.id),
          eq(attachments.public, true),
          isNotNull(attachments.storageKey),
          sql`${attachments.contentType} like 'image/%'`,
        ),
      )
      .orderBy(asc(attachments.id)),
  ]);
  return { ...req, duplicateOf: parent?.number ?? null, events, photos };
}

type TranslatedMatch = { kind: "article" | "service"; key: string; score: number };

const CONFIGS: Record<string, string> = { es: "spanish", pt: "portuguese" };

/**
 * Articles and online services whose text in `language` matches the words: stemmed full text in that
 * language over translated titles, names and public answers (titles weigh most), and trigram similarity of
 * the words to translated titles so a misspelt word still finds its page. English is searched by `search`.
 */
export async function searchTranslated(
  db: DbOrTx,
  words: string[],
  language: string,
  publicOnly: boolean,
  limit: number,
): Promise<TranslatedMatch[]> {
  const config = CONFIGS[language];
  if (!config || words.length === 0) return [];
  const tsq = words.map((w) => `${w.replace(/[^\p{L}\p{N}]/gu, "")}:*`).filter((w) => w !== ":*");
  if (tsq.length === 0) return [];
  const any = tsq.join(" | ");
  const typed = words.join(" ");
  const articleWhere = publicOnly ? sql`a.status = 'published'` : sql`a.status in ('published', 'draft')`;
  const serviceWhere = publicOnly ? sql`s.active and s.available_online` : sql`s.active`;
  const found = await rows<{ kind: "article" | "service"; key: string; score: number }>(
    db,
    sql`with q as (select to_tsquery(${config}::regconfig, ${any}) as q),
      t as (
        select ct.entity, ct.entity_key, ct.field, ct.text from content_translations ct
        where ct.language = ${language} and (
          (ct.entity = 'article' and ct.field in ('title', 'publicAnswer')) or
          (ct.entity = 'service' and ct.field in ('name', 'description')))),
      scored as (
        select t.entity, t.entity_key,
          sum(case when t.field in ('title', 'name') then 4 else 1 end *
              ts_rank_cd(to_tsvector(${config}::regconfig, t.text), q.q, 1)) +
          max(case when t.field in ('title', 'name') then word_similarity(${typed}, lower(t.text)) * 4 else 0 end)
            as score,
          bool_or(to_tsvector(${config}::regconfig, t.text) @@ q.q) as matched,
          max(case when t.field in ('title', 'name') then word_similarity(${typed}, lower(t.text)) else 0 end) as near
        from t, q group by t.entity, t.entity_key)
      select 'article' as kind, sc.entity_key as key, sc.score from scored sc
        join kb_articles a on a.slug = sc.entity_key
        where sc.entity = 'article' and ${articleWhere} and (sc.matched or sc.near >= 0.5)
      union all
      select 'service', sc.entity_key, sc.score from scored sc
        join service_types s on s.code = sc.entity_key
        where sc.entity = 'service' and ${serviceWhere} and (sc.matched or sc.near >= 0.5)
      order by 3 desc limit ${limit}`,
  );
  return found.map((r) => ({ ...r, score: Number(r.score) }));
}

/** Ids, titles and descriptions of articles (by slug) and services (by code), for results found in translation. */
export async function entitiesByKey(db: DbOrTx, articleSlugs: string[], serviceCodes: string[]) {
  const [arts, svcs] = await Promise.all([
    articleSlugs.length
      ? rows<{ id: number; slug: string; title: string; snippet: string }>(
          db,
          sql`select id, slug, title, public_answer as snippet from kb_articles
            where ${inArray(kbArticles.slug, articleSlugs)}`,
        )
      : [],
    serviceCodes.length
      ? rows<{ id: number; code: string; name: string; description: string | null }>(
          db,
          sql`select id, code, name, description from service_types where ${inArray(serviceTypes.code, serviceCodes)}`,
        )
      : [],
  ]);
  return { articles: arts, services: svcs };
}
