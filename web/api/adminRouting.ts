import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  DistrictList,
  DistrictUpdateInput,
  DistrictUploadResult,
  RoutingRule,
  RoutingTestResult,
} from "../../common/contracts/routing.js";
import { apiFetch } from "./client";

const keys = { districts: ["admin", "districts"] as const, rules: ["admin", "routing-rules"] as const };

/** The district polygons and the address list's wards. */
export function useDistricts() {
  return useQuery({
    queryKey: keys.districts,
    queryFn: ({ signal }) => apiFetch<DistrictList>("GET", "/api/admin/districts", { signal }),
  });
}

/** Uploads a GeoJSON FeatureCollection of districts. */
export function useUploadDistricts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      geojson: unknown;
      codeProperty: string;
      nameProperty: string;
      mode: "add" | "replace";
    }) => apiFetch<DistrictUploadResult>("POST", "/api/admin/districts", { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.districts }),
  });
}

/** Renames, retires or restores a district. */
export function useUpdateDistrict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, ...body }: DistrictUpdateInput & { code: string }) =>
      apiFetch("PUT", `/api/admin/districts/${encodeURIComponent(code)}`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.districts }),
  });
}

/** The routing rules in list order. */
export function useRoutingRules() {
  return useQuery({
    queryKey: keys.rules,
    queryFn: ({ signal }) =>
      apiFetch<{ items: RoutingRule[] }>("GET", "/api/admin/routing-rules", { signal }),
    select: (data) => data.items,
  });
}

/** What the rule form sends. */
export interface RuleDraft {
  serviceCode: string;
  district: string | null;
  priority: string | null;
  departmentCode: string;
}

/** Adds a rule (no id) or changes one. */
export function useSaveRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id?: number; draft: RuleDraft }) =>
      id === undefined
        ? apiFetch<RoutingRule>("POST", "/api/admin/routing-rules", { body: draft })
        : apiFetch<RoutingRule>("PUT", `/api/admin/routing-rules/${id}`, { body: draft }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.rules }),
  });
}

/** Deletes a rule. */
export function useDeleteRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiFetch<void>("DELETE", `/api/admin/routing-rules/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.rules }),
  });
}

/** Saves a new order of every rule. */
export function useReorderRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: number[]) =>
      apiFetch<{ items: RoutingRule[] }>("POST", "/api/admin/routing-rules/order", { body: { ids } }),
    onSuccess: (data) => queryClient.setQueryData(keys.rules, data),
  });
}

/** Asks which department a request would go to. */
export function useRoutingTest() {
  return useMutation({
    mutationFn: (body: {
      serviceCode: string;
      address?: string;
      lat?: number;
      lng?: number;
      priority?: string;
    }) => apiFetch<RoutingTestResult>("POST", "/api/admin/routing/test", { body }),
  });
}
