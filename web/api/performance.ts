import { useQuery } from "@tanstack/react-query";
import type { PublicPerformance } from "../../common/contracts/reports.js";
import type { Language } from "../../common/languages.js";
import { apiFetch } from "./client";

/**
 * The public performance figures (`GET /api/public/performance`): the last 12 months by service type. The
 * server recalculates them at most every 5 minutes, so neither does the page ask more often. The language is
 * in the key (and the URL) so that names come back in it once the server translates them.
 */
export function usePublicPerformance(language: Language) {
  return useQuery({
    queryKey: ["public-performance", language],
    queryFn: ({ signal }) =>
      apiFetch<PublicPerformance>("GET", `/api/public/performance?lang=${language}`, { signal }),
    staleTime: 5 * 60_000,
  });
}
