import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ContactPreference, Language } from "../../common/languages.js";
import { apiFetch, toQueryString } from "./client";

/** One answer of `GET /api/public/search`: titles and snippets in the resident's language where translated. */
export interface PublicSearchResult {
  kind: "article" | "service" | "department" | "agency";
  code: string;
  title: string;
  snippet: string;
  score: number;
}

/** Results as the resident types; the language is in the key because titles are translated. */
export function usePublicSearch(q: string, language: Language) {
  const text = q.trim();
  return useQuery({
    queryKey: ["public-search", language, text],
    queryFn: ({ signal }) =>
      apiFetch<{ results: PublicSearchResult[] }>(
        "GET",
        `/api/public/search${toQueryString({ q: text, typing: "true", lang: language })}`,
        { signal },
      ),
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** `GET /api/public/articles/:slug`. */
export interface PublicArticle {
  slug: string;
  title: string;
  publicAnswer: string;
  translated: boolean;
  updatedAt: string;
  services: { code: string; name: string }[];
  department: {
    code: string;
    name: string;
    phone: string | null;
    email: string | null;
    hours: string | null;
    address: string | null;
    webUrl: string | null;
  } | null;
  agency: { code: string; name: string; phone: string | null; webUrl: string | null } | null;
}

export function usePublicArticle(slug: string, language: Language) {
  return useQuery({
    queryKey: ["public-article", language, slug],
    queryFn: ({ signal }) =>
      apiFetch<PublicArticle>("GET", `/api/public/articles/${encodeURIComponent(slug)}?lang=${language}`, {
        signal,
      }),
    retry: false,
  });
}

/** `GET /api/public/home`: shortcuts to the most requested online services, and how to reach 311. */
export interface PublicHome {
  city: { name: string; phone311: string; outsidePhone: string | null; webUrl: string | null };
  services: { code: string; name: string }[];
}

export function usePublicHome(language: Language) {
  return useQuery({
    queryKey: ["public-home", language],
    queryFn: ({ signal }) => apiFetch<PublicHome>("GET", `/api/public/home?lang=${language}`, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** A request near a place (`GET /api/public/requests/near`): public fields only. */
export interface NearbyRequest {
  number: string;
  serviceCode: string;
  service: string;
  status: string;
  closeReason: string | null;
  address: string | null;
  lat: number;
  lng: number;
  distanceM: number;
  createdAt: string;
  closedAt: string | null;
}

export interface NearbyAnswer {
  center: { lat: number; lng: number; label: string | null };
  radiusM: number;
  capped: boolean;
  requests: NearbyRequest[];
}

export function useRequestsNear(address: string, language: Language) {
  return useQuery({
    queryKey: ["public-near", language, address],
    queryFn: ({ signal }) =>
      apiFetch<NearbyAnswer>(
        "GET",
        `/api/public/requests/near${toQueryString({ address, lang: language })}`,
        {
          signal,
        },
      ),
    enabled: address.length > 0,
    retry: false,
  });
}

/** Follow a request (`POST /api/public/requests/:number/followers`, from the portal module). */
export function useFollowRequest(number: string) {
  return useMutation({
    mutationFn: (input: {
      email?: string;
      phone?: string;
      language: Language;
      contactPreference: ContactPreference;
    }) =>
      apiFetch<{ number: string; following: true; alreadyFollowing: boolean }>(
        "POST",
        `/api/public/requests/${encodeURIComponent(number)}/followers`,
        { body: input, skipCsrf: true },
      ),
  });
}

/** "Not fixed?": reopen with the survey link's token (`POST /api/public/requests/:number/reopen`). */
export function useResidentReopen(number: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { token: string; reason: string }) =>
      apiFetch<unknown>("POST", `/api/public/requests/${encodeURIComponent(number)}/reopen`, {
        body: input,
        skipCsrf: true,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["public-request"] }),
  });
}
