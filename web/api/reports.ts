import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type {
  CallDashboard,
  ContactDashboard,
  ContactMedians,
  RecordsPage,
  RequestDashboard,
  RequestMap,
  RequestPercentiles,
} from "../../common/contracts/reports.js";
import { apiFetch, toQueryString } from "./client";

/** The dashboard's filters exactly as in the page's query string (empty = the server's default). */
export const REPORT_FILTER_KEYS = [
  "from",
  "to",
  "interval",
  "department",
  "service",
  "district",
  "channel",
  "operator",
] as const;
export type ReportQuery = Partial<Record<(typeof REPORT_FILTER_KEYS)[number], string>>;

/** What a drill-down adds to the filters: the measure and the slice clicked. */
export const RECORD_SLICE_KEYS = [
  "measure",
  "bucket",
  "age",
  "destination",
  "article",
  "rating",
  "cell",
] as const;
export type RecordsQuery = ReportQuery & Partial<Record<(typeof RECORD_SLICE_KEYS)[number], string>>;

/** The report filters (and slice) read from a URL's search parameters. */
export function readReportQuery(search: URLSearchParams): RecordsQuery {
  const out: RecordsQuery = {};
  for (const key of [...REPORT_FILTER_KEYS, ...RECORD_SLICE_KEYS]) {
    const value = search.get(key);
    if (value) out[key] = value;
  }
  return out;
}

/** Query string of filters plus a slice, for links to the records and their CSV. */
export function reportSearch(query: RecordsQuery): string {
  return toQueryString(query);
}

/** The request measures for the filters; the previous figures stay on screen while new ones load. */
export function useRequestDashboard(query: ReportQuery, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ["reports", "requests", query],
    queryFn: ({ signal }) =>
      apiFetch<RequestDashboard>("GET", `/api/reports/requests${toQueryString(query)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The contact-center measures for the filters. */
export function useContactDashboard(query: ReportQuery, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ["reports", "contacts", query],
    queryFn: ({ signal }) =>
      apiFetch<ContactDashboard>("GET", `/api/reports/contacts${toQueryString(query)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The phone line's measures for the filters (calls by arrival; the operator is who answered). */
export function useCallDashboard(query: ReportQuery, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ["reports", "calls", query],
    queryFn: ({ signal }) =>
      apiFetch<CallDashboard>("GET", `/api/reports/calls${toQueryString(query)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Where the period's requests were, for the map (its own call: the figures do not wait for it). */
export function useRequestMap(query: ReportQuery) {
  return useQuery({
    queryKey: ["reports", "requests", "map", query],
    queryFn: ({ signal }) =>
      apiFetch<RequestMap>("GET", `/api/reports/requests/map${toQueryString(query)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Days to close by service type, which fill in the dashboard's by-service table when counted. */
export function useRequestPercentiles(query: ReportQuery) {
  return useQuery({
    queryKey: ["reports", "requests", "percentiles", query],
    queryFn: ({ signal }) =>
      apiFetch<RequestPercentiles>("GET", `/api/reports/requests/percentiles${toQueryString(query)}`, {
        signal,
      }),
  });
}

/** Median handle time by channel and operator, which fill in the dashboard's tables when counted. */
export function useContactMedians(query: ReportQuery) {
  return useQuery({
    queryKey: ["reports", "contacts", "medians", query],
    queryFn: ({ signal }) =>
      apiFetch<ContactMedians>("GET", `/api/reports/contacts/medians${toQueryString(query)}`, { signal }),
  });
}

/** The records behind a figure, a page at a time. */
export function useRecords(query: RecordsQuery) {
  return useInfiniteQuery({
    queryKey: ["reports", "records", query],
    queryFn: ({ pageParam, signal }) =>
      apiFetch<RecordsPage>(
        "GET",
        `/api/reports/records${toQueryString({ ...query, cursor: pageParam ?? undefined, limit: "100" })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Where the CSV of the records behind a figure downloads from: the same filters, every row. */
export function recordsCsvUrl(query: RecordsQuery): string {
  return `/api/reports/records.csv${toQueryString(query)}`;
}
