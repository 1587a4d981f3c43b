import { sql } from "drizzle-orm";
import type { SearchResult } from "../../../common/contracts/search.js";
import { type DbOrTx, rows } from "../../platform/db.js";
import { toAllWordsQuery, toTsQuery, words } from "./knowledge-base.query.js";

// The stored search documents of migration 0004 (GIN-indexed generated columns).
const DOCS = {
  article: { tsv: sql`search_tsv`, trgm: sql`search_trgm` },
  service: { tsv: sql`search_tsv`, trgm: sql`search_trgm` },
  department: { tsv: sql`search_tsv` },
  agency: { tsv: sql`search_tsv` },
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
  const all = words(text);
  if (all.length === 0) return [];
  const unknownRaw = await unknownWords(
    db,
    all.filter((w) => w.length >= 4),
  );
  // Misspelt words are corrected from the vocabulary of titles and keywords, so they become ordinary
  // full-text words; only a word with no close match is left to trigram scoring.
  const corrections = await correct(db, unknownRaw);
  if (corrections.size > 0) {
    const fixed = all.map((w) => corrections.get(w) ?? w).join(" ");
    return search(db, fixed, synonymGroups, opts);
  }
  const unknown = unknownRaw;
  // First every known word must match (precise, and cheap even where common words abound); when that finds
  // too little, any word will do, ranked by how much matches. Documents matching every word stay first.
  const known = all.filter((w) => !unknown.includes(w));
  const strict = toAllWordsQuery(known, synonymGroups, opts.typing);
  const first = strict ? await runSearch(db, text, strict, unknown, opts) : [];
  if (first.length >= opts.limit) return first.slice(0, opts.limit * 2);
  // Any word, but in titles and keywords only: selective enough to rank quickly even over many articles.
  const loose = toTsQuery(text, synonymGroups, opts.typing, true);
  const more = loose && loose !== strict ? await runSearch(db, text, loose, unknown, opts) : [];
  const seen = new Set(first.map((r) => `${r.kind}:${r.id}`));
  return [...first, ...more.filter((r) => !seen.has(`${r.kind}:${r.id}`))].slice(0, opts.limit * 2);
}

async function runSearch(
  db: DbOrTx,
  text: string,
  tsq: string,
  unknown: string[],
  opts: SearchOptions,
): Promise<SearchResult[]> {
  const raw = words(text).join(" ");
  const q = sql`to_tsquery('english', ${tsq})`;
  // Typos: a word that no document knows ("streetlite", "certficate") is matched by trigram similarity, word
  // by word, so one misspelt word is not drowned by the rest; known words are left to full text.
  const fuzzyWords = unknown.length ? unknown : [raw];
  const fuzzy = (_tsv: ReturnType<typeof sql>, target: ReturnType<typeof sql>) =>
    unknown.length
      ? sql`greatest(${sql.join(
          unknown.map((w) => sql`word_similarity(${w}, ${target})`),
          sql`, `,
        )})`
      : sql`0`;
  const near = (target: ReturnType<typeof sql>) =>
    unknown.length === 0
      ? sql`false`
      : sql`(${sql.join(
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
    (select 'article' as kind, a.id, a.title,
        left(regexp_replace(a.public_answer, '[#*_>\\[\\]\`]|\\(http[^)]*\\)', '', 'g'), 180) as snippet, a.slug as code, r.score
      -- Rank first, then build snippets for the few rows kept, not for every match.
      from (select id, ${score(DOCS.article.tsv, DOCS.article.trgm)} + ${saysKeyword} as score
        from kb_articles where ${articleWhere} and (${DOCS.article.tsv} @@ ${q} or ${near(DOCS.article.trgm)})
        order by score desc limit ${opts.limit}) r
      join kb_articles a on a.id = r.id)
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
  if (candidates.length === 0) return [];
  // Safe to inline: words() yields only [a-z0-9] runs. Each word's query is built once; stop words ("what")
  // have an empty query and count as known, so they never start a scan.
  const list = sql.raw(`array[${candidates.map((c) => `'${c}'`).join(",")}]`);
  const checked = await rows<{ w: string; known: boolean }>(
    db,
    sql`select w, numnode(q) = 0 or
        exists (select 1 from kb_articles where search_tsv @@ q) or
        exists (select 1 from service_types where search_tsv @@ q) or
        exists (select 1 from departments where search_tsv @@ q) or
        exists (select 1 from agencies where search_tsv @@ q) as known
      from unnest(${list}::text[]) as w, lateral (select plainto_tsquery('english', w) as q) x`,
  );
  const known = new Set(checked.filter((k) => k.known).map((k) => k.w));
  return candidates.filter((c) => !known.has(c));
}

/** The closest known word for each misspelt one (trigram similarity of at least 0.45), from `search_vocabulary`. */
async function correct(db: DbOrTx, unknown: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const w of unknown) {
    const [best] = await rows<{ word: string; s: number }>(
      db,
      sql`select word, similarity(word, ${w}) as s from search_vocabulary where word % ${w} order by s desc, word limit 1`,
    );
    if (best && Number(best.s) >= 0.45 && best.word !== w) out.set(w, best.word);
  }
  return out;
}

/** Rebuilds the spelling vocabulary after titles or keywords change. */
export async function refreshVocabulary(db: DbOrTx): Promise<void> {
  await db.execute(sql`refresh materialized view search_vocabulary`);
}
