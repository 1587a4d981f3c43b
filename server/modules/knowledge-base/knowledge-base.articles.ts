import { and, asc, desc, eq, lt, sql } from "drizzle-orm";
import { agencies, departments, kbArticleServices, kbArticles, serviceTypes } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { handoverColumns } from "../catalog/index.js";

/** An article with everything an operator reads on a call: the public answer, internal notes, who handles it. */
export async function getArticle(db: DbOrTx, id: number) {
  const [row] = await db
    .select({
      id: kbArticles.id,
      slug: kbArticles.slug,
      title: kbArticles.title,
      publicAnswer: kbArticles.publicAnswer,
      internalNotes: kbArticles.internalNotes,
      keywords: kbArticles.keywords,
      status: kbArticles.status,
      language: kbArticles.language,
      reviewBy: kbArticles.reviewBy,
      useCount: kbArticles.useCount,
      updatedAt: kbArticles.updatedAt,
      department: handoverColumns.department,
      agency: handoverColumns.agency,
    })
    .from(kbArticles)
    .leftJoin(departments, eq(departments.id, kbArticles.departmentId))
    .leftJoin(agencies, eq(agencies.id, kbArticles.agencyId))
    .where(eq(kbArticles.id, id))
    .limit(1);
  if (!row) return null;
  const services = await db
    .select({ code: serviceTypes.code, name: serviceTypes.name })
    .from(kbArticleServices)
    .innerJoin(serviceTypes, eq(serviceTypes.id, kbArticleServices.serviceTypeId))
    .where(eq(kbArticleServices.articleId, id))
    .orderBy(asc(serviceTypes.name));
  return {
    ...row,
    department: row.department?.code ? row.department : null,
    agency: row.agency?.code ? row.agency : null,
    updatedAt: row.updatedAt.toISOString(),
    services,
  };
}

/** Articles past their review date (stale first), and the most used, for supervisors. */
export async function articleHealth(db: DbOrTx, today: string) {
  const columns = {
    id: kbArticles.id,
    title: kbArticles.title,
    reviewBy: kbArticles.reviewBy,
    useCount: kbArticles.useCount,
    status: kbArticles.status,
  };
  const [stale, mostUsed] = await Promise.all([
    db
      .select(columns)
      .from(kbArticles)
      .where(and(lt(kbArticles.reviewBy, today), eq(kbArticles.status, "published")))
      .orderBy(asc(kbArticles.reviewBy)),
    db
      .select(columns)
      .from(kbArticles)
      .where(sql`${kbArticles.useCount} > 0`)
      .orderBy(desc(kbArticles.useCount), asc(kbArticles.title))
      .limit(20),
  ]);
  return { stale, mostUsed };
}
