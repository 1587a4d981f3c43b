import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ArticleDetail,
  ArticleHealth,
  ArticleInput,
  ArticleList,
} from "../../common/contracts/articles.js";
import { apiFetch, toQueryString } from "./client";

/** The article-list filters, exactly as they appear in the page's query string. */
export interface ArticleFilters {
  q: string;
  status: "" | "draft" | "published";
  department: string;
  stale: boolean;
}

const PAGE_SIZE = "50";

/** Reads filters from a query string, ignoring values the API would reject. */
export function articleFiltersFromSearch(params: URLSearchParams): ArticleFilters {
  const status = params.get("status");
  return {
    q: params.get("q") ?? "",
    status: status === "draft" || status === "published" ? status : "",
    department: params.get("department") ?? "",
    stale: params.get("stale") === "true",
  };
}

/** The query parameters for a set of filters; empty filters are left out. */
export function articleFiltersToParams(filters: ArticleFilters): Record<string, string | undefined> {
  return {
    q: filters.q.trim() || undefined,
    status: filters.status || undefined,
    department: filters.department || undefined,
    stale: filters.stale ? "true" : undefined,
  };
}

export const kbKeys = {
  lists: ["kb-articles"] as const,
  list: (filters: ArticleFilters) => ["kb-articles", articleFiltersToParams(filters)] as const,
  health: ["kb-health"] as const,
  // Shared with the console's useArticle, so an edit shows there at once.
  article: (id: number) => ["article", id] as const,
  synonyms: ["synonyms"] as const,
};

/** Pages of articles (drafts included) matching the filters, by title; `fetchNextPage` follows `nextCursor`. */
export function useArticleList(filters: ArticleFilters, enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: kbKeys.list(filters),
    queryFn: ({ pageParam, signal }) => {
      const query = toQueryString({
        ...articleFiltersToParams(filters),
        cursor: pageParam ?? undefined,
        limit: PAGE_SIZE,
      });
      return apiFetch<ArticleList>("GET", `/api/articles${query}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** Published articles past their review date, and the most used ones. */
export function useArticleHealth() {
  return useQuery({
    queryKey: kbKeys.health,
    queryFn: ({ signal }) => apiFetch<ArticleHealth>("GET", "/api/articles/health", { signal }),
  });
}

/** One article with every field the editor shows; idle without an id (a new article). */
export function useArticleDetail(id: number | undefined) {
  return useQuery({
    queryKey: kbKeys.article(id ?? 0),
    queryFn: ({ signal }) => apiFetch<ArticleDetail>("GET", `/api/articles/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

/** Creates an article (no id) or replaces one; every list, the health lists and searches are refreshed. */
export function useSaveArticle(id: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ArticleInput) =>
      id === undefined
        ? apiFetch<ArticleDetail>("POST", "/api/articles", { body: input })
        : apiFetch<ArticleDetail>("PUT", `/api/articles/${id}`, { body: input }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(kbKeys.article(saved.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: kbKeys.lists }),
        queryClient.invalidateQueries({ queryKey: kbKeys.health }),
        queryClient.invalidateQueries({ queryKey: kbKeys.article(saved.id) }),
        queryClient.invalidateQueries({ queryKey: ["console-search"] }),
      ]);
    },
  });
}

/** The synonym groups search expands ("trash", "garbage", "rubbish"). */
export function useSynonyms(enabled = true) {
  return useQuery({
    enabled,
    queryKey: kbKeys.synonyms,
    queryFn: ({ signal }) => apiFetch<{ groups: string[][] }>("GET", "/api/synonyms", { signal }),
    select: (data) => data.groups,
  });
}

/** Replaces every synonym group; search uses them within seconds. */
export function useSaveSynonyms() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groups: string[][]) =>
      apiFetch<{ groups: string[][] }>("PUT", "/api/synonyms", { body: { groups } }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(kbKeys.synonyms, saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: kbKeys.synonyms }),
        queryClient.invalidateQueries({ queryKey: ["console-search"] }),
      ]);
    },
  });
}
