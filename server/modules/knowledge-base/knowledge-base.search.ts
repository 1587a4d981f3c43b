import { sql } from "drizzle-orm";
import type { SearchResult } from "../../../common/contracts/search.js";
import { type DbOrTx, rows } from "../../platform/db.js";
import { toTsQuery, words } from "./knowledge-base.query.js";

// These expressions repeat the ones indexed in migration 0004 exactly, so the GIN indexes serve them.
const DOCS = {
  article: {
    tsv: sql`(setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', civic311_words(keywords)), 'A') || setweight(to_tsvector('english', public_answer), 'C'))`,
    trgm: sql`(lower(title || ' ' || civic311_words(keywords)))`,
  },
  service: {
    tsv: sql`(setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', civic311_words(keywords)), 'A') || setweight(to_tsvector('english', coalesce(group_name, '') || ' ' || coalesce(description, '')), 'C'))`,
    trgm: sql`(lower(name || ' ' || civic311_words(keywords)))`,
  },
  department: {
    tsv: sql`(setweight(to_tsvector('simple', code), 'A') || setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', coalesce(description, '')), 'C'))`,
  },
  agency: {
    tsv: sql`(setweight(to_tsvector('simple', code), 'A') || setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', coalesce(handles, '')), 'C'))`,
  },
};

export interface SearchOptions {
  /** Residents see published articles and online services only; staff see everything active. */
  publicOnly: boolean;
  /** The operator is still typing: the last word counts as a prefix. */
  typing: boolean;
  limit: number;
}

type Row = {
  kind: SearchResult["kind"];
  id: number;
  title: string;
  snippet: string | null;
  code: string | null;
  score: number;
};

/**
 * One search across articles, services, departments and agencies: weighted full text over the caller's words
 * and their synonyms, plus trigram word similarity so typos and spacing still find the right thing.
 */
export async function search(
  db: DbOrTx,
  text: string,
  synonymGroups: readonly string[][],
  opts: SearchOptions,
): Promise<SearchResult[]> {
  const raw = words(text).join(" ");
  const tsq = toTsQuery(text, synonymGroups, opts.typing);
  if (!tsq || !raw) return [];
  const q = sql`to_tsquery('english', ${tsq})`;
  // Typos: a word that no document knows ("streetlite", "certficate") is matched by trigram similarity, word
  // by word, so one misspelt word is not drowned by the rest; known words are left to full text.
  const unknown = await unknownWords(
    db,
    words(text).filter((w) => w.length >= 4),
  );
  const fuzzyWords = unknown.length ? unknown : [raw];
  const fuzzy = (_tsv: ReturnType<typeof sql>, target: ReturnType<typeof sql>) =>
    unknown.length
      ? sql`greatest(${sql.join(
          unknown.map((w) => sql`word_similarity(${w}, ${target})`),
          sql`, `,
        )})`
      : sql`0`;
  const near = (target: ReturnType<typeof sql>) =>
    sql`(${sql.join(
      fuzzyWords.map((w) => sql`${w} <% ${target}`),
      sql` or `,
    )})`;
  const score = (tsv: ReturnType<typeof sql>, target: ReturnType<typeof sql>) =>
    sql`(ts_rank_cd(${tsv}, ${q}, 1) * 4 + ${fuzzy(tsv, target)} * 4 + similarity(${raw}, ${target}) * 2)`;
  // The caller said one of the item's keyword phrases word for word ("no heat", "pot hole"): a strong signal.
  const saysKeyword = sql`(case when exists (select 1 from unnest(keywords) k where position(' ' in k) > 0
    and position(' ' || lower(k) || ' ' in ${` ${raw} `}) > 0) then 2 else 0 end)`;
  // A caller who names the place ("RMV", "City Clerk") wants the place itself first.
  const named = sql`(case when lower(code) = ${raw} or lower(name) = ${raw} then 5 else 0 end)`;
  const articleWhere = opts.publicOnly ? sql`status = 'published'` : sql`status in ('published', 'draft')`;
  const serviceWhere = opts.publicOnly ? sql`active and available_online` : sql`active`;
  const result = await rows<Row>(
    db,
    sql`
    (select 'article' as kind, id, title, left(regexp_replace(public_answer, '[#*_>\\[\\]\`]|\\(http[^)]*\\)', '', 'g'), 180) as snippet,
        slug as code, ${score(DOCS.article.tsv, DOCS.article.trgm)} + ${saysKeyword} as score
      from kb_articles where ${articleWhere} and (${DOCS.article.tsv} @@ ${q} or ${near(DOCS.article.trgm)})
      order by score desc limit ${opts.limit})
    union all
    (select 'service', id, name, description, code, ${score(DOCS.service.tsv, DOCS.service.trgm)} + ${saysKeyword}
      from service_types where ${serviceWhere} and (${DOCS.service.tsv} @@ ${q} or ${near(DOCS.service.trgm)})
      order by 6 desc limit ${opts.limit})
    union all
    (select 'department', id, name, description, code, ${score(DOCS.department.tsv, sql`lower(name)`)} + ${named}
      from departments where active and (${DOCS.department.tsv} @@ ${q} or ${near(sql`lower(name)`)})
      order by 6 desc limit ${opts.limit})
    union all
    (select 'agency', id, name, handles, code, ${score(DOCS.agency.tsv, sql`lower(name)`)} + ${named}
      from agencies where active and (${DOCS.agency.tsv} @@ ${q} or ${near(sql`lower(name)`)})
      order by 6 desc limit ${opts.limit})`,
  );
  return result
    .map((r) => ({
      kind: r.kind,
      id: r.id,
      code: r.code,
      title: r.title,
      snippet: r.snippet ?? "",
      score: Number(r.score),
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, opts.limit * 2);
}

/** The words no article, service, department or agency contains (likely misspellings), found through the indexes. */
async function unknownWords(db: DbOrTx, candidates: string[]): Promise<string[]> {
  // Safe to inline: words() yields only [a-z0-9] runs.
  if (candidates.length === 0) return [];
  const known = await rows<{ w: string }>(
    db,
    sql`select w from unnest(${sql.raw(`array[${candidates.map((c) => `'${c}'`).join(",")}]`)}::text[]) as w where
      exists (select 1 from kb_articles where ${DOCS.article.tsv} @@ plainto_tsquery('english', w)) or
      exists (select 1 from service_types where ${DOCS.service.tsv} @@ plainto_tsquery('english', w)) or
      exists (select 1 from departments where ${DOCS.department.tsv} @@ plainto_tsquery('english', w)) or
      exists (select 1 from agencies where ${DOCS.agency.tsv} @@ plainto_tsquery('english', w))`,
  );
  const knownSet = new Set(known.map((k) => k.w));
  return candidates.filter((c) => !knownSet.has(c));
}
