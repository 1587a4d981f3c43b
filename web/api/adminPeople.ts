import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CreatePersonInput,
  PersonInput,
  PersonList,
  PersonSummary,
  PersonWithPassword,
} from "../../common/contracts/people.js";
import { apiFetch, toQueryString } from "./client";

const peopleKey = ["admin", "people"] as const;

/** The people list's filters, as the query string holds them. */
export interface PeopleFilters {
  q: string;
  role: string;
  department: string;
  active: string;
}

export const NO_PEOPLE_FILTERS: PeopleFilters = { q: "", role: "", department: "", active: "" };

/** Reads the filters from the screen's query string (the single source of truth). */
export function peopleFiltersFromSearch(search: URLSearchParams): PeopleFilters {
  return {
    q: search.get("q") ?? "",
    role: search.get("role") ?? "",
    department: search.get("department") ?? "",
    active: search.get("active") ?? "",
  };
}

/** Staff accounts matching the filters (administrators only). */
export function usePeople(filters: PeopleFilters) {
  return useQuery({
    queryKey: [...peopleKey, "list", filters],
    queryFn: ({ signal }) =>
      apiFetch<PersonList>("GET", `/api/admin/people${toQueryString({ ...filters })}`, { signal }),
    select: (data) => data.items,
  });
}

/** One staff account; idle until an id is known. */
export function usePerson(id: number | undefined) {
  return useQuery({
    queryKey: [...peopleKey, "one", id],
    queryFn: ({ signal }) => apiFetch<PersonSummary>("GET", `/api/admin/people/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

/**
 * Creates a staff account. A generated password comes back in the mutation's own result, shown once; only
 * the lists are refetched, so it never enters the query cache.
 */
export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePersonInput) =>
      apiFetch<PersonWithPassword>("POST", "/api/admin/people", { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
    gcTime: 0,
  });
}

/** Saves a person's name, email, role and departments. */
export function useUpdatePerson(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonInput) =>
      apiFetch<PersonSummary>("PUT", `/api/admin/people/${id}`, { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
  });
}

/** Deactivates (their sessions end at once) or reactivates a person. */
export function useSetPersonActive(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (active: boolean) =>
      apiFetch<PersonSummary>("POST", `/api/admin/people/${id}/${active ? "reactivate" : "deactivate"}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
  });
}

/** Resets a password: the chosen one, or (empty) a generated one returned once. Their sessions end. */
export function useResetPassword(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) =>
      apiFetch<PersonWithPassword>("POST", `/api/admin/people/${id}/reset-password`, { body: { password } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
    gcTime: 0,
  });
}
