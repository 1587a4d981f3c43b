import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { AuditFacets, AuditPage } from "../../common/contracts/audit.js";
import { apiFetch, toQueryString } from "./client";

/** The viewer's filters as they appear in the page's query string (its one source of truth). */
export const AUDIT_FILTER_KEYS = ["person", "entity", "entityId", "action", "from", "to", "q"] as const;
export type AuditQueryText = Partial<Record<(typeof AUDIT_FILTER_KEYS)[number], string>>;

/** The filters in a query string, ignoring anything else in it. */
export function readAuditQuery(params: URLSearchParams): AuditQueryText {
  const out: AuditQueryText = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/** The audit log, newest first, one page of 50 at a time ("More" fetches the next). */
export function useAuditLog(query: AuditQueryText) {
  return useInfiniteQuery({
    queryKey: ["admin", "audit", query],
    queryFn: ({ pageParam, signal }) =>
      apiFetch<AuditPage>(
        "GET",
        `/api/admin/audit${toQueryString({ ...query, cursor: pageParam ?? undefined, limit: "50" })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** The people, object types and actions present in the log, for the filter form's choices. */
export function useAuditFacets() {
  return useQuery({
    queryKey: ["admin", "audit", "facets"],
    queryFn: ({ signal }) => apiFetch<AuditFacets>("GET", "/api/admin/audit/facets", { signal }),
  });
}

/** Where the CSV of every row matching the same filters downloads from. */
export function auditCsvUrl(query: AuditQueryText): string {
  return `/api/admin/audit.csv${toQueryString(query)}`;
}
