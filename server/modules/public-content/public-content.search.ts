import type { SearchResult } from "../../../common/contracts/search.js";
import type { DbOrTx } from "../../platform/db.js";
import { translationsFor } from "../../platform/translations.js";
import { search } from "../knowledge-base/index.js";
import { entitiesByKey, searchTranslated } from "./public-content.repository.js";

/** One answer of the public search: what it is, where it leads, and its words in the resident's language. */
export interface PublicSearchResult {
  kind: SearchResult["kind"];
  /** Article slug, service code, department or agency code. */
  code: string;
  title: string;
  snippet: string;
  score: number;
}

const SNIPPET = 180;

/** A Markdown answer as one plain line of at most SNIPPET characters (as the console's search does in SQL). */
export function plainSnippet(markdown: string): string {
  return markdown
    .replace(/\(http[^)]*\)/g, "")
    .replace(/[#*_>[\]`]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, SNIPPET);
}

/** The resident's words, lower-cased, for the translated-text search. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
    .slice(0, 12);
}

/**
 * The portal's search: the console's search over published articles and online services (English text and
 * keywords, synonyms, typos), joined by matches in the resident's language over the city's translations, and
 * every result's title and snippet given in that language where a translation exists.
 */
export async function publicSearch(
  db: DbOrTx,
  text: string,
  synonymGroups: readonly string[][],
  opts: { language: string; typing: boolean; limit: number },
): Promise<PublicSearchResult[]> {
  const [english, translated] = await Promise.all([
    search(db, text, synonymGroups, { publicOnly: true, typing: opts.typing, limit: opts.limit }),
    searchTranslated(db, wordsOf(text), opts.language, true, opts.limit),
  ]);
  const merged = new Map<string, PublicSearchResult>();
  for (const r of english) {
    if (!r.code) continue;
    merged.set(`${r.kind}:${r.code}`, {
      kind: r.kind,
      code: r.code,
      title: r.title,
      snippet: r.snippet,
      score: r.score,
    });
  }
  const missing = translated.filter((t) => !merged.has(`${t.kind}:${t.key}`));
  const found = await entitiesByKey(
    db,
    missing.filter((t) => t.kind === "article").map((t) => t.key),
    missing.filter((t) => t.kind === "service").map((t) => t.key),
  );
  for (const t of translated) {
    const id = `${t.kind}:${t.key}`;
    const already = merged.get(id);
    if (already) {
      already.score = Math.max(already.score, t.score) + 1;
      continue;
    }
    const article = found.articles.find((a) => a.slug === t.key);
    const service = found.services.find((s) => s.code === t.key);
    if (article)
      merged.set(id, {
        kind: "article",
        code: t.key,
        title: article.title,
        snippet: plainSnippet(article.snippet),
        score: t.score,
      });
    else if (service)
      merged.set(id, {
        kind: "service",
        code: t.key,
        title: service.name,
        snippet: service.description ?? "",
        score: t.score,
      });
  }
  const results = [...merged.values()].sort((a, b) => b.score - a.score).slice(0, opts.limit * 2);
  return translateResults(db, results, opts.language);
}

/** Titles and snippets in `language` where the city has translated them; English otherwise. */
async function translateResults(
  db: DbOrTx,
  results: PublicSearchResult[],
  language: string,
): Promise<PublicSearchResult[]> {
  if (language === "en") return results;
  const keys = (kind: SearchResult["kind"]) => results.filter((r) => r.kind === kind).map((r) => r.code);
  const [articles, services, depts] = await Promise.all([
    translationsFor(db, "article", keys("article"), language),
    translationsFor(db, "service", keys("service"), language),
    translationsFor(db, "department", keys("department"), language),
  ]);
  return results.map((r) => {
    if (r.kind === "article") {
      const t = articles.get(r.code);
      const answer = t?.get("publicAnswer");
      return { ...r, title: t?.get("title") ?? r.title, snippet: answer ? plainSnippet(answer) : r.snippet };
    }
    const t = (r.kind === "service" ? services : r.kind === "department" ? depts : undefined)?.get(r.code);
    return { ...r, title: t?.get("name") ?? r.title, snippet: t?.get("description") ?? r.snippet };
  });
}
