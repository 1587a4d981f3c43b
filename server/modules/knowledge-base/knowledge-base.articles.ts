import { and, asc, desc, eq, lt, type SQL, sql } from "drizzle-orm";
import type { ListArticlesQuery } from "../../../common/contracts/articles.js";
import {
  agencies,
  departments,
  kbArticleServices,
  kbArticles,
  serviceTypes,
  users,
} from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { AppError } from "../../platform/errors.js";
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
      phoneAnswer: kbArticles.phoneAnswer,
      useCount: kbArticles.useCount,
      updatedAt: kbArticles.updatedAt,
      department: handoverColumns.department,
      agency: handoverColumns.agency,
      owner: { id: users.id, name: users.name },
    })
    .from(kbArticles)
    .leftJoin(departments, eq(departments.id, kbArticles.departmentId))
    .leftJoin(agencies, eq(agencies.id, kbArticles.agencyId))
    .leftJoin(users, eq(users.id, kbArticles.ownerUserId))
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
    owner: row.owner?.id ? row.owner : null,
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

type ListFilters = Omit<ListArticlesQuery, "limit"> & { limit: number };

// The cursor is the last row's sort key: its lower-cased title and id.
function encodeCursor(row: { sortTitle: string; id: number }): string {
  return Buffer.from(JSON.stringify([row.sortTitle, row.id])).toString("base64url");
}

function decodeCursor(cursor: string): { title: string; id: number } {
  try {
    const [title, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    if (typeof title !== "string" || !Number.isInteger(id)) throw new Error("bad cursor");
    return { title, id: id as number };
  } catch {
    throw new AppError("validation_failed", "cursor is not valid", [
      { field: "cursor", message: "is not valid" },
    ]);
  }
}

/** A page of every article (drafts too), by title, filtered by words, status, department and review date. */
export async function listArticles(db: DbOrTx, f: ListFilters, today: string) {
  const where: (SQL | undefined)[] = [];
  const text = sql`concat_ws(' ', ${kbArticles.title}, ${kbArticles.slug}, array_to_string(${kbArticles.keywords}, ' '), ${kbArticles.publicAnswer})`;
  // Every word must appear somewhere: a supervisor looking for "leaf bags" wants both.
  for (const word of (f.q ?? "").split(/\s+/).filter(Boolean).slice(0, 10))
    where.push(sql`${text} ilike ${`%${word.replace(/[\\%_]/g, "\\$&")}%`}`);
  if (f.status) where.push(eq(kbArticles.status, f.status));
  if (f.department) where.push(eq(departments.code, f.department));
  if (f.stale === "true") where.push(lt(kbArticles.reviewBy, today));
  if (f.stale === "false") where.push(sql`not coalesce(${kbArticles.reviewBy} < ${today}, false)`);
  const sortTitle = sql<string>`lower(${kbArticles.title})`;
  if (f.cursor) {
    const c = decodeCursor(f.cursor);
    where.push(sql`(${sortTitle}, ${kbArticles.id}) > (${c.title}, ${c.id})`);
  }
  const rows = await db
    .select({
      id: kbArticles.id,
      slug: kbArticles.slug,
      title: kbArticles.title,
      sortTitle,
      status: kbArticles.status,
      language: kbArticles.language,
      reviewBy: kbArticles.reviewBy,
      useCount: kbArticles.useCount,
      updatedAt: kbArticles.updatedAt,
      department: { code: departments.code, name: departments.name },
    })
    .from(kbArticles)
    .leftJoin(departments, eq(departments.id, kbArticles.departmentId))
    .where(and(...where))
    .orderBy(sortTitle, asc(kbArticles.id))
    .limit(f.limit + 1);
  const more = rows.length > f.limit;
  const page = more ? rows.slice(0, f.limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      status: row.status,
      language: row.language,
      reviewBy: row.reviewBy,
      stale: row.reviewBy !== null && row.reviewBy < today,
      useCount: row.useCount,
      updatedAt: row.updatedAt.toISOString(),
      department: row.department?.code ? row.department : null,
    })),
    nextCursor: more && last ? encodeCursor(last) : null,
  };
}

/** Published articles by title, for the phone line's "press 1" article: whether each has a phone answer. */
export async function phoneArticleChoices(db: DbOrTx) {
  const rows = await db
    .select({ slug: kbArticles.slug, title: kbArticles.title, phoneAnswer: kbArticles.phoneAnswer })
    .from(kbArticles)
    .where(eq(kbArticles.status, "published"))
    .orderBy(sql`lower(${kbArticles.title})`, asc(kbArticles.id));
  return rows.map((r) => ({ slug: r.slug, title: r.title, hasPhoneAnswer: r.phoneAnswer !== null }));
}

/** Whether an article with this address (slug) exists, drafts included. */
export async function articleExists(db: DbOrTx, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: kbArticles.id })
    .from(kbArticles)
    .where(eq(kbArticles.slug, slug))
    .limit(1);
  return row !== undefined;
}

/** Every article's address (slug), drafts included. */
export async function articleSlugs(db: DbOrTx): Promise<Set<string>> {
  const rows = await db.select({ slug: kbArticles.slug }).from(kbArticles);
  return new Set(rows.map((r) => r.slug));
}
