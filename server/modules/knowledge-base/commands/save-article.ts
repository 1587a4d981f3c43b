import { eq, inArray } from "drizzle-orm";
import type { ArticleInput } from "../../../../common/contracts/articles.js";
import {
  agencies,
  departments,
  kbArticleServices,
  kbArticles,
  serviceTypes,
  synonyms,
} from "../../../db/schema/index.js";
import type { StaffActor } from "../../../platform/actor.js";
import { audit } from "../../../platform/audit.js";
import type { Clock } from "../../../platform/clock.js";
import type { DbOrTx } from "../../../platform/db.js";
import { AppError, notFound } from "../../../platform/errors.js";
import { refreshVocabulary } from "../knowledge-base.search.js";

export interface KbDeps {
  db: DbOrTx;
  actor: StaffActor;
  clock: Clock;
}

/** Supervisors and administrators keep the knowledge base; everyone else is told there is nothing here. */
function requireEditor(actor: StaffActor): void {
  if (actor.role !== "supervisor" && actor.role !== "admin") throw notFound("Page");
}

async function resolveRefs(tx: DbOrTx, input: ArticleInput) {
  const problems: { field: string; message: string }[] = [];
  const [dept] = input.departmentCode
    ? await tx
        .select({ id: departments.id })
        .from(departments)
        .where(eq(departments.code, input.departmentCode))
    : [];
  if (input.departmentCode && !dept)
    problems.push({ field: "departmentCode", message: "is not a department" });
  const [agency] = input.agencyCode
    ? await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, input.agencyCode))
    : [];
  if (input.agencyCode && !agency)
    problems.push({ field: "agencyCode", message: "is not an outside agency" });
  const services = input.serviceCodes.length
    ? await tx
        .select({ id: serviceTypes.id, code: serviceTypes.code })
        .from(serviceTypes)
        .where(inArray(serviceTypes.code, input.serviceCodes))
    : [];
  const unknown = input.serviceCodes.filter((c) => !services.some((s) => s.code === c));
  if (unknown.length)
    problems.push({ field: "serviceCodes", message: `unknown service ${unknown.join(", ")}` });
  if (problems.length)
    throw new AppError(
      "validation_failed",
      problems.map((p) => `${p.field} ${p.message}`).join("; "),
      problems,
    );
  return {
    departmentId: dept?.id ?? null,
    agencyId: agency?.id ?? null,
    serviceIds: services.map((s) => s.id),
  };
}

/** Creates (no id) or updates an article, with its related services, in one audited transaction. */
export async function saveArticle(deps: KbDeps, input: ArticleInput, id?: number): Promise<number> {
  requireEditor(deps.actor);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const refs = await resolveRefs(tx, input);
    const [clash] = await tx
      .select({ id: kbArticles.id })
      .from(kbArticles)
      .where(eq(kbArticles.slug, input.slug));
    if (clash && clash.id !== id)
      throw new AppError("conflict", `Another article already uses the address "${input.slug}".`);
    const values = {
      slug: input.slug,
      title: input.title,
      publicAnswer: input.publicAnswer,
      internalNotes: input.internalNotes || null,
      keywords: input.keywords,
      departmentId: refs.departmentId,
      agencyId: refs.agencyId,
      reviewBy: input.reviewBy,
      status: input.status,
      language: input.language,
      phoneAnswer: input.phoneAnswer,
      updatedAt: now,
    };
    const [before] =
      id === undefined
        ? []
        : await tx
            .select({ phoneAnswer: kbArticles.phoneAnswer })
            .from(kbArticles)
            .where(eq(kbArticles.id, id));
    let articleId = id;
    if (articleId === undefined) {
      const [row] = await tx
        .insert(kbArticles)
        .values({ ...values, ownerUserId: deps.actor.userId, createdAt: now })
        .returning({ id: kbArticles.id });
      articleId = row!.id;
    } else {
      const updated = await tx
        .update(kbArticles)
        .set(values)
        .where(eq(kbArticles.id, articleId))
        .returning({ id: kbArticles.id });
      if (!updated.length) throw notFound("Article");
      await tx.delete(kbArticleServices).where(eq(kbArticleServices.articleId, articleId));
    }
    if (refs.serviceIds.length)
      await tx
        .insert(kbArticleServices)
        .values(refs.serviceIds.map((serviceTypeId) => ({ articleId: articleId!, serviceTypeId })));
    await audit(
      tx,
      deps.actor,
      id === undefined ? "article.created" : "article.updated",
      "article",
      articleId,
      {
        slug: input.slug,
        status: input.status,
        // The phone answer is public text; the row says whether it was set, changed or removed.
        ...(id === undefined
          ? { phoneAnswer: input.phoneAnswer === null ? "none" : "set" }
          : (before?.phoneAnswer ?? null) !== input.phoneAnswer
            ? { phoneAnswer: input.phoneAnswer === null ? "removed" : "changed" }
            : {}),
      },
      now,
    );
    await refreshVocabulary(tx);
    return articleId;
  });
}

/** Replaces the synonym groups (search picks them up within seconds). */
export async function replaceSynonyms(deps: KbDeps, groups: string[][]): Promise<void> {
  requireEditor(deps.actor);
  await deps.db.transaction(async (tx) => {
    await tx.delete(synonyms);
    const cleaned = groups.map((g) => [...new Set(g)]).filter((g) => g.length >= 2);
    if (cleaned.length) await tx.insert(synonyms).values(cleaned.map((terms) => ({ terms })));
    await audit(
      tx,
      deps.actor,
      "synonyms.replaced",
      "synonyms",
      null,
      { groups: cleaned.length },
      deps.clock.now(),
    );
  });
}
