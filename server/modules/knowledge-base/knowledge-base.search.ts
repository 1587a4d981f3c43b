import { sql } from "drizzle-orm";
import type { SearchResult } from "../../../common/contracts/search.js";
import { type DbOrTx, rows } from "../../platform/db.js";
import { toAllWordsQuery, toTsQuery, words } from "./knowledge-base.query.js";

// The stored search documents are generated columns declared in SQL only (migrations 0004 and 0007):
// search_tsv and search_trgm on every kind, search_title_tsv on articles.

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
 * How many articles are ranked by their whole document (and trigram similarity) per query. Candidates are
 * chosen first by their small title-and-keywords document (`search_title_tsv`, migration 0007), so a query
 * that matches thousands of articles still ranks only this many; see docs/decisions/0008-search-design.md.
 */
export const RANKED_CANDIDATES = 32;
/** How many articles matching only in their bodies, or only by a misspelt word's trigrams, are pre-ranked. */
export const BODY_ONLY_SCAN = 400;

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
  const original = words(text);
  if (original.length === 0) return [];
  // Misspelt words are corrected from the vocabulary of titles and keywords, so they become ordinary
  // full-text words; only a word with no close match is left to trigram scoring.
  // While typing, the last word is a prefix ("cert"): it is known when some word starts with it.
  const typed = opts.typing ? original[original.length - 1] : undefined;
  const { unknown, corrections } = await misspelt(
    db,
    original.filter((w) => w.length >= 4),
    typed,
  );
  const said = corrections.size > 0 ? original.map((w) => corrections.get(w) ?? w).join(" ") : text;
  const all = words(said);
  // First every known word must match (precise, and cheap even where common words abound); when that finds
  // too little, any word will do, ranked by how much matches. Documents matching every word stay first.
  const known = all.filter((w) => !unknown.includes(w));
  const strict = toAllWordsQuery(known, synonymGroups, opts.typing);
  // Any word, in titles and keywords only: it also chooses which of many matching articles are ranked.
  const loose = toTsQuery(said, synonymGroups, opts.typing, true);
  // The same words without the weight marks, for the titles-and-keywords document (all of it is weight A): an
  // unweighted query is decided by the GIN index alone, without rereading every matching row.
  const inTitles = toTsQuery(said, synonymGroups, opts.typing) ?? "";
  const first = strict ? await runSearch(db, said, strict, inTitles, "all", unknown, opts) : [];
  if (first.length >= opts.limit || !loose || loose === strict) return first.slice(0, opts.limit * 2);
  const more = await runSearch(db, said, loose, inTitles, "titles", unknown, opts);
  const seen = new Set(first.map((r) => `${r.kind}:${r.id}`));
  return [...first, ...more.filter((r) => !seen.has(`${r.kind}:${r.id}`))].slice(0, opts.limit * 2);
}

async function runSearch(
  db: DbOrTx,
  text: string,
  tsq: string,
  inTitles: string,
  match: "all" | "titles",
  unknown: string[],
  opts: SearchOptions,
): Promise<SearchResult[]> {
  const raw = words(text).join(" ");
  const q = sql`to_tsquery('english', ${tsq})`;
  // The same queries as one-row subqueries (init plans): the planner cannot see how common the words are, so
  // it reads the articles through the GIN indexes even when thousands match, instead of scanning the table and
  // matching every whole document.
  const Q = sql`(select to_tsquery('english', ${tsq}))`;
  const QA = sql`(select to_tsquery('english', ${inTitles}))`;
  // Typos: a word that no document knows ("streetlite", "certficate") is matched by trigram similarity, word
  // by word, so one misspelt word is not drowned by the rest; known words are left to full text.
  const fuzzy = (target: ReturnType<typeof sql>) =>
    unknown.length
      ? sql`greatest(${sql.join(
          unknown.map((w) => sql`word_similarity(${w}, ${target})`),
          sql`, `,
        )})`
      : sql`0`;
  // Each word as a one-row subquery too: still matched through the trigram index, but the planner does not
  // try the word against the column's statistics (milliseconds of word_similarity calls per query).
  const near = (target: ReturnType<typeof sql>) =>
    unknown.length === 0
      ? sql`false`
      : sql`(${sql.join(
          unknown.map((w) => sql`(select ${w}::text) <% ${target}`),
          sql` or `,
        )})`;
  const score = (
    tsv: ReturnType<typeof sql>,
    query: ReturnType<typeof sql>,
    target: ReturnType<typeof sql>,
  ) => sql`(ts_rank_cd(${tsv}, ${query}, 1) * 4 + ${fuzzy(target)} * 4 + similarity(${raw}, ${target}) * 2)`;
  // The caller said one of the item's keyword phrases word for word ("no heat", "pot hole"): a strong signal.
  const saysKeyword = (
    keywords: ReturnType<typeof sql>,
  ) => sql`(case when exists (select 1 from unnest(${keywords}) k
    where position(' ' in k) > 0 and position(' ' || lower(k) || ' ' in ${` ${raw} `}) > 0) then 2 else 0 end)`;
  // A caller who names the place ("RMV", "City Clerk") wants the place itself first.
  const named = sql`(case when lower(code) = ${raw} or lower(name) = ${raw} then 5 else 0 end)`;
  const articleWhere = opts.publicOnly ? sql`status = 'published'` : sql`status in ('published', 'draft')`;
  const serviceWhere = opts.publicOnly ? sql`active and available_online` : sql`active`;
  const K = RANKED_CANDIDATES;
  // Articles: only the best RANKED_CANDIDATES are ranked by their whole document, chosen by how much of the
  // caller's words their titles and keywords hold (a small document, cheap to rank). Those that match only in
  // their bodies are considered when too few titles match; the misspelt words' trigram matches always are.
  const titled =
    match === "titles"
      ? sql`search_title_tsv @@ ${QA}`
      : sql`search_tsv @@ ${Q} and search_title_tsv @@ ${QA}`;
  const bodyOnly =
    match === "titles"
      ? sql``
      : sql`union all
        (select id, -1 from (select id, search_tsv from kb_articles
            where ${articleWhere} and search_tsv @@ ${Q} and not (search_title_tsv @@ ${QA})
              and (select count(*) from titled) < ${K}
            limit ${BODY_ONLY_SCAN}) b
          order by ts_rank_cd(b.search_tsv, ${Q}, 1) desc limit ${K})`;
  const typos =
    unknown.length === 0
      ? sql``
      : sql`union
        (select id from (select id, search_trgm from kb_articles where ${articleWhere} and ${near(sql`search_trgm`)}
            limit ${BODY_ONLY_SCAN}) t
          order by ${fuzzy(sql`t.search_trgm`)} desc limit ${K})`;
  const result = await rows<Row>(
    db,
    sql`
    with titled as materialized (
      select id, ts_rank_cd(search_title_tsv, ${QA}, 1) as pre from kb_articles
      where ${articleWhere} and ${titled}
      order by pre desc, use_count desc, id limit ${K})
    (select 'article' as kind, a.id, a.title,
        left(regexp_replace(a.public_answer, '[#*_>\\[\\]\`]|\\(http[^)]*\\)', '', 'g'), 180) as snippet, a.slug as code, r.score
      -- Rank first, then build snippets for the few rows kept, not for every match.
      from (select k.id, ${score(sql`k.search_tsv`, Q, sql`k.search_trgm`)} + ${saysKeyword(sql`k.keywords`)} as score
        from ((select id from (select id, pre from titled ${bodyOnly}) c order by pre desc limit ${K}) ${typos}) c
        join kb_articles k on k.id = c.id
        order by score desc limit ${opts.limit}) r
      join kb_articles a on a.id = r.id)
    union all
    (select 'service', id, name, description, code, ${score(sql`search_tsv`, q, sql`search_trgm`)} + ${saysKeyword(sql`keywords`)}
      from service_types where ${serviceWhere} and (search_tsv @@ ${q} or ${near(sql`search_trgm`)})
      order by 6 desc limit ${opts.limit})
    union all
    (select 'department', id, name, description, code, ${score(sql`search_tsv`, q, sql`lower(name)`)} + ${named}
      from departments where active and (search_tsv @@ ${q} or ${near(sql`lower(name)`)})
      order by 6 desc limit ${opts.limit})
    union all
    (select 'agency', id, name, handles, code, ${score(sql`search_tsv`, q, sql`lower(name)`)} + ${named}
      from agencies where active and (search_tsv @@ ${q} or ${near(sql`lower(name)`)})
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

/**
 * The caller's words that no article, service, department or agency contains (likely misspellings), each with
 * the closest word of `search_vocabulary` when their trigram similarity is at least 0.45: one round trip.
 */
async function misspelt(
  db: DbOrTx,
  candidates: string[],
  prefix: string | undefined,
): Promise<{ unknown: string[]; corrections: Map<string, string> }> {
  const corrections = new Map<string, string>();
  if (candidates.length === 0) return { unknown: [], corrections };
  // Each word is its own constant query, so the planner sees how common it is: a common word is found in
  // the first rows of a scan, a rare or unknown one through the GIN index. Stop words ("what") have an empty
  // query and count as known.
  const known = (w: string) => {
    const q =
      w === prefix
        ? sql`to_tsquery('english', ${`${w}:*`}::text)`
        : sql`plainto_tsquery('english', ${w}::text)`;
    return sql`(numnode(${q}) = 0 or
        exists (select 1 from kb_articles where search_tsv @@ ${q}) or
        exists (select 1 from service_types where search_tsv @@ ${q}) or
        exists (select 1 from departments where search_tsv @@ ${q}) or
        exists (select 1 from agencies where search_tsv @@ ${q}))`;
  };
  const checked = await rows<{ w: string; known: boolean; fix: string | null; s: number | null }>(
    db,
    sql`select k.w, k.known, c.fix, c.s from (${sql.join(
      candidates.map((w, i) => sql`select ${i}::int as i, ${w}::text as w, ${known(w)} as known`),
      sql` union all `,
    )}) k
      left join lateral (select word as fix, similarity(word, k.w) as s from search_vocabulary
        where not k.known and word % k.w order by s desc, word limit 1) c on true
      order by k.i`,
  );
  const unknown: string[] = [];
  for (const c of checked) {
    if (c.known) continue;
    if (c.fix && Number(c.s) >= 0.45 && c.fix !== c.w) corrections.set(c.w, c.fix);
    else unknown.push(c.w);
  }
  return { unknown, corrections };
}

/** Rebuilds the spelling vocabulary after titles or keywords change. */
export async function refreshVocabulary(db: DbOrTx): Promise<void> {
  await db.execute(sql`refresh materialized view search_vocabulary`);
}
