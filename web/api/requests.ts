import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type {
  BulkInput,
  BulkResult,
  ChangeStatusInput,
  ReassignInput,
  RequestCounts,
  RequestList,
  RequestMap,
  RequestSort,
  SavedView,
  SavedViewInput,
  StaffRequestDetail,
} from "../../common/contracts/requests.js";
import { REQUEST_SORTS } from "../../common/contracts/requests.js";
import { REQUEST_STATUSES, type RequestStatus } from "../../common/statuses.js";
import { apiFetch, toQueryString } from "./client";

/** The request-list filters, exactly as they appear in the page's query string. */
export interface RequestFilters {
  status: RequestStatus[];
  service: string;
  department: string;
  assignee: string;
  overdue: boolean;
  q: string;
  from: string;
  to: string;
  district: string;
  /** "" is the server's default order: overdue first, then due date. */
  sort: RequestSort | "";
}

/** Every filter empty: the whole queue in the default order. */
export const EMPTY_FILTERS: RequestFilters = {
  status: [],
  service: "",
  department: "",
  assignee: "",
  overdue: false,
  q: "",
  from: "",
  to: "",
  district: "",
  sort: "",
};

const PAGE_SIZE = "50";

function isStatus(value: string): value is RequestStatus {
  return (REQUEST_STATUSES as readonly string[]).includes(value);
}

/** Reads filters from a query string, ignoring values the API would reject. */
export function filtersFromSearch(params: URLSearchParams): RequestFilters {
  const status = (params.get("status") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(isStatus);
  return {
    status,
    service: params.get("service") ?? "",
    department: params.get("department") ?? "",
    assignee: params.get("assignee") ?? "",
    overdue: params.get("overdue") === "true",
    q: params.get("q") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
    district: params.get("district") ?? "",
    sort: REQUEST_SORTS.find((s) => s === params.get("sort")) ?? "",
  };
}

/** The query parameters for a set of filters; empty filters are left out. */
export function filtersToParams(filters: RequestFilters): Record<string, string | undefined> {
  return {
    status: filters.status.join(",") || undefined,
    service: filters.service || undefined,
    department: filters.department || undefined,
    assignee: filters.assignee || undefined,
    overdue: filters.overdue ? "true" : undefined,
    q: filters.q.trim() || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    district: filters.district || undefined,
    sort: filters.sort || undefined,
  };
}

export const requestKeys = {
  lists: ["requests"] as const,
  list: (filters: RequestFilters) => ["requests", "list", filtersToParams(filters)] as const,
  counts: (filters: RequestFilters) => ["requests", "counts", filtersToParams(filters)] as const,
  map: (filters: RequestFilters) => ["requests", "map", filtersToParams(filters)] as const,
  detail: (number: string) => ["request", number] as const,
  views: ["saved-views"] as const,
};

/** Pages of requests matching the filters; `fetchNextPage` follows `nextCursor`. */
export function useRequestList(filters: RequestFilters) {
  return useInfiniteQuery({
    queryKey: requestKeys.list(filters),
    queryFn: ({ pageParam, signal }) => {
      const query = toQueryString({
        ...filtersToParams(filters),
        cursor: pageParam ?? undefined,
        limit: PAGE_SIZE,
      });
      return apiFetch<RequestList>("GET", `/api/requests${query}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** One request with its answers, contact and timeline. */
export function useRequest(number: string) {
  return useQuery({
    queryKey: requestKeys.detail(number),
    queryFn: ({ signal }) =>
      apiFetch<StaffRequestDetail>("GET", `/api/requests/${encodeURIComponent(number)}`, { signal }),
  });
}

function useRequestAction<TInput>(number: string, action: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) =>
      apiFetch<StaffRequestDetail>("POST", `/api/requests/${encodeURIComponent(number)}/${action}`, {
        body: input,
      }),
    onSuccess: async (detail) => {
      queryClient.setQueryData(requestKeys.detail(number), detail);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: requestKeys.detail(number) }),
        queryClient.invalidateQueries({ queryKey: requestKeys.lists }),
      ]);
    },
  });
}

/** Moves a request to another status (closing needs a close reason). */
export function useChangeStatus(number: string) {
  return useRequestAction<ChangeStatusInput>(number, "status");
}

/** Assigns a request to a staff member, or unassigns it with null. */
export function useAssign(number: string) {
  return useRequestAction<{ assigneeId: number | null }>(number, "assign");
}

/** Adds an internal or public note to a request's timeline. */
export function useAddNote(number: string) {
  return useRequestAction<{ body: string; public: boolean }>(number, "notes");
}

/** How many requests match the filters, per status and overdue. */
export function useRequestCounts(filters: RequestFilters) {
  return useQuery({
    queryKey: requestKeys.counts(filters),
    queryFn: ({ signal }) =>
      apiFetch<RequestCounts>("GET", `/api/requests/counts${toQueryString(filtersToParams(filters))}`, {
        signal,
      }),
  });
}

/** The located requests matching the filters, for the map; idle until `enabled`. */
export function useRequestMap(filters: RequestFilters, enabled: boolean) {
  return useQuery({
    queryKey: requestKeys.map(filters),
    queryFn: ({ signal }) =>
      apiFetch<RequestMap>("GET", `/api/requests/map${toQueryString(filtersToParams(filters))}`, { signal }),
    enabled,
  });
}

/** The districts (wards) requests can be filtered by. */
export function useDistricts() {
  return useQuery({
    queryKey: ["districts"],
    queryFn: ({ signal }) => apiFetch<{ items: string[] }>("GET", "/api/requests/districts", { signal }),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
  });
}

/** The signed-in user's saved list views. */
export function useSavedViews() {
  return useQuery({
    queryKey: requestKeys.views,
    queryFn: ({ signal }) => apiFetch<{ items: SavedView[] }>("GET", "/api/requests/views", { signal }),
    select: (data) => data.items,
  });
}

/** Saves the current filters under a name (the same name replaces that view). */
export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SavedViewInput) =>
      apiFetch<SavedView>("POST", "/api/requests/views", { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestKeys.views }),
  });
}

/** Deletes one of the user's saved views. */
export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiFetch<void>("DELETE", `/api/requests/views/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestKeys.views }),
  });
}

/** One change to many requests, all or nothing. */
export function useBulkChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkInput) => apiFetch<BulkResult>("POST", "/api/requests/bulk", { body: input }),
    onSuccess: async (result) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: requestKeys.lists }),
        ...result.numbers.map((n) => queryClient.invalidateQueries({ queryKey: requestKeys.detail(n) })),
      ]);
    },
  });
}

/** Hands a request to another department; resolves with null when the user can no longer see it. */
export function useReassign(number: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReassignInput) =>
      apiFetch<StaffRequestDetail | undefined>(
        "POST",
        `/api/requests/${encodeURIComponent(number)}/reassign`,
        {
          body: input,
        },
      ).then((detail) => detail ?? null),
    onSuccess: async (detail) => {
      if (detail) queryClient.setQueryData(requestKeys.detail(number), detail);
      else queryClient.removeQueries({ queryKey: requestKeys.detail(number) });
      await queryClient.invalidateQueries({ queryKey: requestKeys.lists });
    },
  });
}

/** One change announced by the server's event stream. */
export interface LiveRequestEvent {
  number: string;
  type: string;
  eventId: number;
}

/**
 * Keeps request lists and details fresh from `GET /api/events/stream` (Server-Sent Events; the browser
 * reconnects by itself). A burst of changes (a bulk close) re-reads the lists once. `onEvent` hears each one.
 */
export function useLiveRequests(onEvent?: (event: LiveRequestEvent) => void) {
  const queryClient = useQueryClient();
  const listener = useRef(onEvent);
  listener.current = onEvent;
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/events/stream");
    let timer: ReturnType<typeof setTimeout> | undefined;
    source.addEventListener("request", (message) => {
      let event: LiveRequestEvent;
      try {
        event = JSON.parse((message as MessageEvent<string>).data) as LiveRequestEvent;
      } catch {
        return;
      }
      void queryClient.invalidateQueries({ queryKey: requestKeys.detail(event.number) });
      clearTimeout(timer);
      timer = setTimeout(() => void queryClient.invalidateQueries({ queryKey: requestKeys.lists }), 250);
      listener.current?.(event);
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [queryClient]);
}
