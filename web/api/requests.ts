import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ChangeStatusInput, RequestDetail, RequestList } from "../../common/contracts/requests.js";
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
}

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
  };
}

export const requestKeys = {
  lists: ["requests"] as const,
  list: (filters: RequestFilters) => ["requests", filtersToParams(filters)] as const,
  detail: (number: string) => ["request", number] as const,
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
      apiFetch<RequestDetail>("GET", `/api/requests/${encodeURIComponent(number)}`, { signal }),
  });
}

function useRequestAction<TInput>(number: string, action: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) =>
      apiFetch<RequestDetail>("POST", `/api/requests/${encodeURIComponent(number)}/${action}`, {
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
